"""The layering contract of pyproject.toml places every package and module of hubdocs/."""

from __future__ import annotations

import re
import tomllib

from tests.support.paths import ROOT


def _layer_names() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    names: set[str] = set()
    for layer in contract["layers"]:
        names.update(part.strip().strip("()") for part in layer.split("|"))
    return names


def test_every_package_of_hubdocs_is_in_a_layer() -> None:
    package = ROOT / "hubdocs"
    children = {
        path.stem if path.is_file() else path.name
        for path in package.iterdir()
        if (path.suffix == ".py" and path.name != "__init__.py")
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert children - _layer_names() == set()


def test_the_layers_run_from_the_errors_up_to_the_adapters() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    layers = [re.sub(r"[()\s]", "", layer).split("|") for layer in contract["layers"]]
    order = {name: index for index, layer in enumerate(layers) for name in layer}
    chain = ["cli", "checks", "terms", "glossary", "document", "text", "errors"]
    assert [order[name] for name in chain] == sorted(order[name] for name in chain)
    assert order["plugin"] == order["cli"] and order["reporters"] == order["site"]
    assert order["exchange"] < order["glossary"]
