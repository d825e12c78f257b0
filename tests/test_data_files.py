"""The hand-written YAML lexicons read as their authors meant: no key given twice in one entry
(YAML keeps the last silently, which once swapped two triggers' settings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parent.parent / "src" / "rasid" / "data"


class _StrictLoader(yaml.SafeLoader):
    pass


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"{node.start_mark}: key given twice: {twice}")
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.yaml")))
def test_no_key_is_given_twice(name: str) -> None:
    yaml.load((DATA / name).read_text(encoding="utf-8"), _StrictLoader)  # noqa: S506


def test_the_strict_loader_catches_a_repeated_key() -> None:
    with pytest.raises(ValueError, match="genitive"):
        yaml.load("- type: COERCE\n  genitive: target\n  genitive: source\n", _StrictLoader)  # noqa: S506


def test_trigger_contexts_are_the_schemas() -> None:
    """Every context a trigger sets is one the output schema allows (spec/PLOVER.md)."""
    schema = json.loads((DATA / "output.schema.json").read_text(encoding="utf-8"))
    event = schema["$defs"]["event"]["properties"]
    contexts = set(event["contexts"]["items"]["enum"])
    for entry in yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8")):
        assert set(entry.get("contexts") or ()) <= contexts, entry
