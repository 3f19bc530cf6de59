"""Deploy the versions listed in versions.yml with mike to the local gh-pages branch.

Each version is built from a git revision of this repository (a temporary worktree), or from
the working tree for ``ref: WORKTREE``. An older revision contributes its content (docs/,
glossary/, .hubdocs/); the site configuration and theme (mkdocs.yml, overrides/) are today's, so
that every version offers readers the same version selector, language switcher and notices.
Released content is history: the translation checks do not run on it, and navigation entries
of pages it did not have yet are left out (its build is still strict: no warnings). The version
with the default alias names its pages by that alias (canonical URLs, alternates, sitemap).
A root 404.html sends a reader at a missing address to the 404 page of their language and
version.
Each version's site is built as `make site` builds it, a process per language, then mike commits
that folder (mike.commands.deploy: the version's folder, its aliases as symlinks, versions.json,
exactly what `mike deploy` commits after building). ``--one-process`` lets `mike deploy` build
each version itself, all languages in one `mkdocs build`, as before: the same gh-pages tree,
file by file (tests/versions/test_versions_tree.py compares them).
Nothing is pushed and no network is used. Commits on gh-pages get a fixed identity when git
has none configured (fresh machines, CI).

Usage: python scripts/deploy_versions.py [--branch gh-pages] [--config versions.yml]
       [--jobs N] [--one-process]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from hubdocs.builds.parallel import build_site
from hubdocs.project import load_project
from hubdocs.site.root_not_found import root_not_found_page

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


def publish(
    args: list[str], cwd: Path, branch: str, extra_env: dict[str, str], jobs: int | None
) -> None:
    """Deploy as ``mike deploy`` does, with the version's site built a process per language.

    mike reads mkdocs.yml (branch, alias type, deploy prefix) and checks the remote branch, as
    its command does before building; then the site is built into a folder of its own, and
    mike.commands.deploy commits that folder as the version, its aliases and versions.json.
    mike's git commands run in ``cwd``, as the mike command did (its commit message names
    ``cwd``'s HEAD); an error of mike's is one line, as mike prints it."""
    from mike import commands, driver, mkdocs_utils

    options = DEPLOY_OPTIONS.parse_args(args[1:])
    options.config_file, options.branch = str(cwd / "mkdocs.yml"), branch
    with (
        tempfile.TemporaryDirectory(prefix="hubdocs-site-") as folder,
        scoped_environment({**environment(), **extra_env}),
    ):
        try:
            with contextlib.chdir(cwd):
                cfg = driver.load_mkdocs_config(options, strict=True)
                driver.check_remote_status(options, strict=True)
            site = Path(folder) / "site"
            version = {mkdocs_utils.docs_version_var: options.version}
            if not build_site(cwd, site, jobs=jobs, env=version, report=print):
                fail(f"the build of version {options.version} failed in {cwd}")
            cfg["site_dir"] = str(site)
            with contextlib.chdir(cwd), driver.handle_empty_commit():
                deployed = commands.deploy(
                    cfg,
                    options.version,
                    options.title,
                    options.aliases,
                    options.update_aliases,
                    commands.AliasType[options.alias_type],
                    options.template,
                    branch=options.branch,
                    deploy_prefix=options.deploy_prefix,
                )
                with deployed:
                    pass  # the site is built already: mike copies cfg["site_dir"]
        except Exception as error:  # as the mike command reports its errors
            fail(f"mike deploy {options.version}: {error}")


def _deploy_options() -> argparse.ArgumentParser:
    """The options of ``mike deploy`` this script gives, read as mike reads them."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--update-aliases", action="store_true")
    parser.add_argument("--title")
    parser.add_argument("version")
    parser.add_argument("aliases", nargs="*")
    parser.set_defaults(
        remote=None, alias_type=None, template=None, deploy_prefix=None, ignore_remote_status=False
    )
    return parser


DEPLOY_OPTIONS = _deploy_options()


@contextlib.contextmanager
def scoped_environment(values: dict[str, str]) -> Iterator[None]:
    """``os.environ`` as ``values`` inside the block (the builds and mike read it)."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(values)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def mike(args: list[str], cwd: Path, branch: str, extra_env: dict[str, str] | None = None) -> None:
    """Run mike; MkDocs builds into a throw-away folder, never the project's site/ (two
    deployments at once, as the tests' workers make, would clean each other's files)."""
    command = [str(Path(sys.executable).parent / "mike"), *args[:1], "--branch", branch, *args[1:]]
    with tempfile.TemporaryDirectory(prefix="hubdocs-site-") as site:
        env = {**environment(), **(extra_env or {}), "HUBDOCS_SITE_DIR": site}
        result = subprocess.run(command, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        fail(f"mike {' '.join(args)} failed (exit {result.returncode}) in {cwd}")


def deploy(
    entry: dict[str, Any],
    branch: str,
    default: str | None = None,
    *,
    one_process: bool = False,
    jobs: int | None = None,
) -> None:
    """Deploy one version; the one with the ``default`` alias names its pages by that alias.
    ``one_process``: mike builds it, all languages in one process (else a process each)."""

    def run(args: list[str], cwd: Path, extra_env: dict[str, str]) -> None:
        if one_process:
            mike(args, cwd, branch, extra_env)
        else:
            publish(args, cwd, branch, extra_env, jobs)

    version, ref = str(entry["version"]), str(entry.get("ref", WORKTREE))
    aliases = [str(alias) for alias in entry.get("aliases", ())]
    canonical = {"HUBDOCS_CANONICAL_VERSION": default} if default in aliases else {}
    args = ["deploy", "--update-aliases", "--title", str(entry.get("title", version)), version]
    args += aliases
    if ref == WORKTREE:
        print(f"Deploying {version} from the working tree")
        run(args, ROOT, canonical)
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
        released = {"HUBDOCS_CHECK_ON_BUILD": "false", "HUBDOCS_NAV_MISSING_PAGES": "drop"}
        run(args, tree, {**released, **canonical})
    finally:
        git("worktree", "remove", "--force", str(folder / "tree"))
        shutil.rmtree(folder, ignore_errors=True)


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml; MkDocs' own tags (!ENV ...) are read as nothing."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def site_path() -> str:
    """The path of the site on its host, from mkdocs.yml's site_url (``/`` when unset)."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    return urlsplit(str((config or {}).get("site_url") or "/")).path or "/"


def commit_root_file(branch: str, name: str, content: str) -> None:
    """Add or replace ``name`` at the root of ``branch`` in a commit of its own (the branch's
    other files, symlinked aliases included, unchanged); no commit when nothing changes."""
    env = environment()

    def run(*args: str, stdin: str | None = None, extra: dict[str, str] | None = None) -> str:
        result = subprocess.run(
            ["git", *args],
            cwd=ROOT,
            input=stdin,
            capture_output=True,
            text=True,
            env={**env, **(extra or {})},
            check=False,
        )
        if result.returncode != 0:
            fail(f"git {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    parent = run("rev-parse", "--verify", f"refs/heads/{branch}")
    blob = run("hash-object", "-w", "--stdin", stdin=content)
    with tempfile.TemporaryDirectory(prefix="hubdocs-index-") as folder:
        index = {"GIT_INDEX_FILE": str(Path(folder) / "index")}
        run("read-tree", parent, extra=index)
        run("update-index", "--add", "--cacheinfo", f"100644,{blob},{name}", extra=index)
        tree = run("write-tree", extra=index)
    if tree == run("rev-parse", f"{parent}^{{tree}}"):
        return
    commit = run("commit-tree", tree, "-p", parent, "-m", f"Add {name} at the site root")
    run("update-ref", f"refs/heads/{branch}", commit, parent)


def write_root_not_found(branch: str, default_version: str) -> None:
    project = load_project(ROOT)
    languages = {lang.code: lang.tag for lang in project.languages}
    page = root_not_found_page(
        languages, project.source_language.code, default_version, site_path()
    )
    commit_root_file(branch, "404.html", page)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--branch", default="gh-pages")
    parser.add_argument("--config", type=Path, default=ROOT / "versions.yml")
    parser.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        help="languages built at once (default: one per processor)",
    )
    parser.add_argument(
        "--one-process",
        action="store_true",
        help="let mike build each version, all its languages in one process",
    )
    args = parser.parse_args()
    data = load_versions(args.config)
    for entry in data["versions"]:
        deploy(
            entry, args.branch, data.get("default"), one_process=args.one_process, jobs=args.jobs
        )
    if data.get("default"):
        mike(["set-default", str(data["default"])], ROOT, args.branch)
    write_root_not_found(args.branch, str(data.get("default") or data["versions"][-1]["version"]))
    print(git("log", "--oneline", "-1", args.branch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
