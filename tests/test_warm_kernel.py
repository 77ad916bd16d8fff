"""Warm kernels: a batch's notebooks share a kernel, each starting as in a fresh one.

A notebook that changes everything it can (variables, matplotlib and pandas settings,
warning filters, the working directory, ``sys.path``, the environment, open figures,
the random seed) runs first; a probe notebook then prints what it sees. Its outputs in
the warm kernel must equal its outputs in a kernel of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from cscaucasus import kernel, reports

POLLUTE = [
    "import os, random, sys, warnings\n"
    "import matplotlib.pyplot as plt\nimport numpy as np\nimport pandas as pd",
    "left_over = 1\nplt.rcParams['font.size'] = 30\npd.set_option('display.max_rows', 3)\n"
    "warnings.simplefilter('ignore')\nwarnings.warn('a warning', UserWarning)\n"
    "os.chdir('/')\nsys.path.append('/nowhere')\nos.environ['CS_PROBE'] = 'left over'\n"
    "plt.figure()\nnp.random.seed(0)\nrandom.seed(0)",
    "print(os.getpid())",
]
PROBE = [
    "import json, os, random, sys, warnings\n"
    "import cscaucasus.analysis, cscaucasus.explore  # what a warm kernel imports\n"
    "import matplotlib.pyplot as plt\nimport numpy as np\nimport pandas as pd",
    "print(json.dumps({'names': sorted(k for k in globals() if not k.startswith('_')),\n"
    "    'cwd': os.getcwd(), 'path': sys.path, 'env': os.environ.get('CS_PROBE'),\n"
    "    'font': plt.rcParams['font.size'], 'rows': pd.get_option('display.max_rows'),\n"
    "    'figures': plt.get_fignums(), 'filters': [str(f) for f in warnings.filters],\n"
    "    'history': len(In), 'seeded': bool(np.random.random() == 0.5488135039273248)}))",
    "warnings.warn('a warning', UserWarning)",
    "%matplotlib inline\nplt.plot([1, 3, 2])\nplt.title('probe')",
    "print(os.getpid())",
]


def _notebook(path: Path, sources: list[str]) -> Path:
    nb = new_notebook(cells=[new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)
    return path


def _outputs(path: Path) -> list:
    """Every code cell's execution count and outputs (the pid cell left out)."""
    nb = nbformat.read(path, as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code"][:-1]
    return [(c.execution_count, [_plain(o) for o in c.outputs]) for c in cells]


def _pid(path: Path) -> int:
    nb = nbformat.read(path, as_version=4)
    return int(nb.cells[-1].outputs[0].text)


def _plain(output) -> dict:
    out = {k: v for k, v in output.items() if k != "metadata"}
    if out.get("name") == "stderr":  # the warning names the cell's temporary file
        out["text"] = out["text"].split(": ", 1)[-1]
    return out


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("warm")
    _notebook(folder / "1_pollute.ipynb", POLLUTE)
    _notebook(folder / "2_probe.ipynb", PROBE)
    _notebook(folder / "1_fail.ipynb", [*POLLUTE[:2], "1 / 0", "print(os.getpid())"])
    return folder


def test_a_notebook_in_a_warm_kernel_sees_what_a_fresh_kernel_shows(
    notebooks: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    injected = {"corpus_path": str(tmp_path.resolve())}  # as run_reports gives every notebook
    alone = reports.execute(notebooks / "2_probe.ipynb", tmp_path / "alone", injected)
    started = []
    real = kernel.WarmKernel.start

    def start(self, cwd: str) -> None:
        started.append(cwd)
        real(self, cwd)

    monkeypatch.setattr(kernel.WarmKernel, "start", start)
    books = [notebooks / name for name in ("1_fail.ipynb", "1_pollute.ipynb", "2_probe.ipynb")]
    failed, first, second = reports.run_reports(books, tmp_path / "warm", processed=tmp_path)
    assert (alone.status, failed.status, first.status, second.status) == (
        "ok",
        "failed",
        "ok",
        "ok",
    )
    assert failed.ename == "ZeroDivisionError"
    # one kernel for the batch, and another after the failed notebook (it may be busy)
    assert len(started) == 2
    assert _pid(tmp_path / "warm/1_pollute.ipynb") == _pid(tmp_path / "warm/2_probe.ipynb")
    seen = _outputs(tmp_path / "warm/2_probe.ipynb")
    assert seen == _outputs(tmp_path / "alone/2_probe.ipynb")
    state = json.loads(seen[2][1][0]["text"])
    names = "In Out corpus_path cscaucasus exit get_ipython json np open os pd plt quit random sys"
    assert state["names"] == [*names.split(), "warnings"]
    assert (state["cwd"], state["env"], state["seeded"]) == (str(notebooks), None, False)
    assert [count for count, _ in seen] == [1, 2, 3, 4, 5]


def test_a_report_kernel_imports_neither_nltk_nor_scipy_nor_the_pipeline():
    """What a warm kernel imports, and what the notebooks import besides (05's validation,
    03's tone), reads tables: NLTK (whose package imports SciPy), datasketch (SciPy) and
    the pipeline are imported by the one analysis that explains VADER scores, and by a
    build. They were half of a kernel's start (docs/reports.md)."""
    code = (
        "import importlib, sys\n"
        "from cscaucasus.kernel import WARM_IMPORTS\n"
        "for name in (*WARM_IMPORTS, 'cscaucasus.validation', 'cscaucasus.tone'):\n"
        "    importlib.import_module(name)\n"
        "heavy = ('nltk', 'scipy', 'sklearn', 'datasketch', 'cscaucasus.pipeline')\n"
        "print(sorted(set(heavy) & set(sys.modules)))"
    )
    assert _fresh_python(code).strip() == "[]"


def test_vader_is_imported_without_scipy_stats_or_sklearn():
    """Report 03's kernel (and a build) import NLTK's VADER; NLTK's package would import
    scipy.stats and scikit-learn, which VADER never uses (1 of 1.35 s CPU). They are left
    out while NLTK loads, and import as usual afterwards."""
    code = (
        "import sys\n"
        "import cscaucasus.sentiment as s\n"
        "print('nltk' in sys.modules, 'scipy.stats' in sys.modules, 'sklearn' in sys.modules,"
        " 'scipy.sparse' in sys.modules)\n"
        "import scipy.stats, scipy.sparse, sklearn.linear_model\n"
        "print(scipy.stats.fisher_exact([[1, 2], [3, 4]]).pvalue > 0, s.polarity('good')['pos'],"
        " scipy.sparse.csr_matrix([[1]]).nnz)"
    )
    assert _fresh_python(code).split("\n")[:2] == ["True False False False", "True 1.0 1"]


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter (nothing imported yet); it must succeed."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout
