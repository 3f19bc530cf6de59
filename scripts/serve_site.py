"""Serve a built site folder, or a branch's tree exported to a folder, on loopback.

Usage: python scripts/serve_site.py [--branch gh-pages | --dir site] [--port 8000]
A missing page under /<version>/<lang>/ gets that language's 404 page.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from hubdocs.site.server import make_server

ROOT = Path(__file__).resolve().parents[1]


def export_branch(branch: str, target: Path) -> Path:
    archive = subprocess.run(["git", "archive", branch], cwd=ROOT, capture_output=True, check=False)
    if archive.returncode != 0:
        raise SystemExit(f"error: branch {branch} not found; run `make versions` first")
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--branch")
    source.add_argument("--dir", type=Path, default=ROOT / "site")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hubdocs-serve-") as tmp:
        root = export_branch(args.branch, Path(tmp)) if args.branch else args.dir
        server = make_server(root, args.host, args.port)
        print(f"Serving {args.branch or root} on http://{args.host}:{server.server_address[1]}/")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
