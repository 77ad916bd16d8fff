"""YAML for the package's data files and users' gazetteers, parsed by libyaml when
PyYAML was built with it (about ten times faster than the pure-Python parser, same
results: both use PyYAML's safe constructor and resolver)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, faster."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)


@lru_cache(maxsize=8)
def parse_yaml_once(text: str) -> Any:
    """:func:`parse_yaml` for text parsed again and again (the packaged gazetteer); the
    result is shared, so callers must not modify it."""
    return parse_yaml(text)
