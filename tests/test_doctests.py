"""The examples in the foundation modules' docstrings are true."""

from __future__ import annotations

import doctest

import pytest

from cscaucasus import clean, segment


@pytest.mark.parametrize("module", [clean, segment])
def test_docstring_examples(module) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
