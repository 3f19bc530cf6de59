"""Deploy the versions listed in versions.yml with mike to the local gh-pages branch.

Each version is built from a git revision of this repository (a temporary worktree), or from
the working tree for ``ref: WORKTREE``. An older revision contributes its content (docs/,
glossary/, .hubdocs/); the site configuration and theme (mkdocs.yml, overrides/) are today's, so
that every version offers readers the same version selector, language switcher and notices.
Released content is history: neither the translation checks nor a nav entry for a page that
it did not have yet fail its build.
Nothing is pushed and no network is used. Commits on gh-pages get a fixed identity when git
has none configured (fresh machines, CI).

Usage: python scripts/deploy_versions.py [--branch gh-pages] [--config versions.yml]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKTREE = "WORKTREE"
IDENTITY = {
    "GIT_AUTHOR_NAME": "hubdocs versions",
    "GIT_AUTHOR_EMAIL": "hubdocs-versions@localhost",
    "GIT_COMMITTER_NAME": "hubdocs versions",
    "GIT_COMMITTER_EMAIL": "hubdocs-versions@localhost",
}


def fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


def git(*args: str, cwd: Path = ROOT) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["NO_MKDOCS_2_WARNING"] = "1"
    for key, value in IDENTITY.items():
        env.setdefault(key, value)
    return env


def load_versions(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        fail(f"{path.name}: cannot be read ({error}); fix the file")
    if not isinstance(data, dict) or not data.get("versions"):
        fail(f"{path.name}:1: expected 'versions:' with at least one entry")
    return data


#: what an older version takes from today's tree instead of its own
SITE_FILES = ("mkdocs.yml", "overrides")


def mike(args: list[str], cwd: Path, branch: str, extra_env: dict[str, str] | None = None) -> None:
    """Run mike; MkDocs builds into a throw-away folder, never the project's site/ (two
    deployments at once, as the tests' workers make, would clean each other's files)."""
    command = [str(Path(sys.executable).parent / "mike"), *args[:1], "--branch", branch, *args[1:]]
    with tempfile.TemporaryDirectory(prefix="hubdocs-site-") as site:
        env = {**environment(), **(extra_env or {}), "HUBDOCS_SITE_DIR": site}
        result = subprocess.run(command, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        fail(f"mike {' '.join(args)} failed (exit {result.returncode}) in {cwd}")


def deploy(entry: dict[str, Any], branch: str) -> None:
    version, ref = str(entry["version"]), str(entry.get("ref", WORKTREE))
    args = ["deploy", "--update-aliases", "--title", str(entry.get("title", version)), version]
    args += [str(alias) for alias in entry.get("aliases", ())]
    if ref == WORKTREE:
        print(f"Deploying {version} from the working tree")
        mike(args, ROOT, branch)
        return
    commit = git("rev-parse", "--verify", f"{ref}^{{commit}}")
    print(f"Deploying {version} from {ref} ({commit[:10]})")
    folder = Path(tempfile.mkdtemp(prefix="hubdocs-version-"))
    try:
        tree = folder / "tree"
        git("worktree", "add", "--detach", "--force", str(tree), commit)
        for name in SITE_FILES:
            target = tree / name
            if target.is_dir():
                shutil.rmtree(target)
            if (ROOT / name).is_dir():
                shutil.copytree(ROOT / name, target, ignore=shutil.ignore_patterns("*.mo"))
            else:
                shutil.copy2(ROOT / name, target)
        mike(args, tree, branch, {"HUBDOCS_CHECK_ON_BUILD": "false", "HUBDOCS_STRICT": "false"})
    finally:
        git("worktree", "remove", "--force", str(folder / "tree"))
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--branch", default="gh-pages")
    parser.add_argument("--config", type=Path, default=ROOT / "versions.yml")
    args = parser.parse_args()
    data = load_versions(args.config)
    for entry in data["versions"]:
        deploy(entry, args.branch)
    if data.get("default"):
        mike(["set-default", str(data["default"])], ROOT, args.branch)
    print(git("log", "--oneline", "-1", args.branch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
