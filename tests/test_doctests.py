"""The examples in the modules' docstrings are true."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "cscaucasus",
    "cscaucasus.actors",
    "cscaucasus.archives",
    "cscaucasus.analysis.checks",
    "cscaucasus.analysis.timeline",
    "cscaucasus.analysis.labels",
    "cscaucasus.analysis.grouping",
    "cscaucasus.analysis.actor_tone",
    "cscaucasus.analysis.sources",
    "cscaucasus.build",
    "cscaucasus.chronology",
    "cscaucasus.clean",
    "cscaucasus.engines",
    "cscaucasus.entities",
    "cscaucasus.evaluate",
    "cscaucasus.names",
    "cscaucasus.parameters",
    "cscaucasus.fetch",
    "cscaucasus.segment",
    "cscaucasus.sentiment",
    "cscaucasus.statements",
    "cscaucasus.validation",
    "cscaucasus.tone",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
