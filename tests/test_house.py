"""The shape of the attribution code: small functions, rules as data (issue 11).

The speech rules live in ``data/speech.yml``, ``data/frames.yml`` and
``data/spelling.yml``; the code that applies them is small functions. These limits
keep it so (cyclomatic complexity as radon counts it, and length in lines).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

radon = pytest.importorskip("radon.complexity")

SRC = Path(__file__).resolve().parents[1] / "src" / "cscaucasus"
#: The attribution modules and their limits.
MODULES = ("statements.py", "entities.py", "frames.py", "names.py")
MAX_COMPLEXITY = 25
MAX_LINES = 80


@pytest.mark.parametrize("module", MODULES)
def test_no_function_is_too_complex(module):
    blocks = radon.cc_visit((SRC / module).read_text(encoding="utf-8"))
    functions = [b for b in blocks if not hasattr(b, "methods") or b.methods == []]
    too_complex = {b.fullname: b.complexity for b in functions if b.complexity > MAX_COMPLEXITY}
    assert too_complex == {}


@pytest.mark.parametrize("module", MODULES)
def test_no_function_is_too_long(module):
    tree = ast.parse((SRC / module).read_text(encoding="utf-8"))
    too_long = {
        node.name: node.end_lineno - node.lineno + 1
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_LINES
    }
    assert too_long == {}


def test_the_module_docstring_is_short():
    """The rules document themselves in their data files, not in prose here."""
    doc = ast.get_docstring(ast.parse((SRC / "statements.py").read_text(encoding="utf-8")))
    assert doc is not None and len(doc.splitlines()) <= 40
