"""The batch runner: papermill execution, offline HTML, escaping, the index, failures.

One ``cscaucasus reports`` run (module fixture) executes the four report notebooks and a
deliberately broken one on the seed corpus plus one malicious article; the tests read
what it left behind.
"""

from __future__ import annotations

import asyncio
import doctest
import json
import re
import shutil
import signal
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus import analysis, cli, explore, kernel, reports, reports_cli
from cscaucasus.build import write_corpus

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
BROKEN = ROOT / "tests" / "data" / "broken_notebook.ipynb"
REPORT_NAMES = [
    "01_corpus_overview",
    "02_statement_frequency",
    "03_sentiment_by_actor",
    "04_event_chronology",
]

EVIL_ARTICLE = """\
Armenia <script>alert(1)</script> walks out of CSTO summit

Thursday, November 24, 2022

Armenian Prime Minister Nikol Pashinyan said on Wednesday that "<script>alert('xss')</script> \
the CSTO has failed Armenia <img src=x onerror=alert(2)>."

"We are disappointed <b onmouseover=alert(3)>by the organization</b>," Pashinyan told \
reporters in Yerevan on 23 November.
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path):
    """Seeds + a malicious article, built, then every notebook run once via the CLI."""
    base = tmp_path_factory.mktemp("reports")
    raw = base / "raw"
    shutil.copytree(raw_dir, raw)
    (raw / "005_evil.txt").write_text(EVIL_ARTICLE, encoding="utf-8")
    with (raw / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write('005_evil.txt,"Evil <script>alert(4)</script> Times",,2022-11-24,,\n')
    write_corpus(cs.load_corpus(raw), base / "processed", raw)
    books = base / "notebooks"
    books.mkdir()
    for name in REPORT_NAMES:
        shutil.copy(NOTEBOOKS / f"{name}.ipynb", books)
    shutil.copy(BROKEN, books / "05_broken.ipynb")
    (books / "06_unreadable.ipynb").write_text("not a notebook", encoding="utf-8")
    out = base / "out"
    argv = ["reports", str(base / "processed"), "--out", str(out), "--notebooks", str(books)]
    argv += ["--jobs", "2", "-p", "min_n", "3"]
    capture = pytest.MonkeyPatch()
    import io

    err, stdout = io.StringIO(), io.StringIO()
    capture.setattr(sys, "stderr", err)
    capture.setattr(sys, "stdout", stdout)
    try:
        code = cli.main(argv)
    finally:
        capture.undo()
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return {
        "code": code,
        "stderr": err.getvalue(),
        "stdout": stdout.getvalue(),
        "out": out,
        "processed": base / "processed",
        "index": {r["name"]: r for r in index["reports"]},
        "input_hash": index["input_hash"],
        "notebooks": books,
        "parameters": {"corpus_path": str((base / "processed").resolve()), "min_n": 3},
    }


def html_of(batch, name: str) -> str:
    return (batch["out"] / f"{name}.html").read_text(encoding="utf-8")


def test_every_report_ran_and_the_broken_one_failed(batch):
    statuses = {name: r["status"] for name, r in batch["index"].items()}
    assert statuses == {
        **dict.fromkeys(REPORT_NAMES, "ok"),
        "05_broken": "failed",
        "06_unreadable": "failed",
    }
    assert batch["code"] == 1


def test_failure_names_notebook_cell_and_error(batch):
    failed = batch["index"]["05_broken"]
    # cells: 0 markdown, 1 parameters, 2 injected parameters, 3 print, 4 the division;
    # every code cell before it ran, so it is the fourth execution
    assert (failed["cell_index"], failed["exec_count"]) == (4, 4)
    assert (failed["ename"], failed["evalue"]) == ("ZeroDivisionError", "division by zero")
    assert "failed: 05_broken (05_broken.ipynb) cell 4 [4]: ZeroDivisionError" in batch["stderr"]
    assert "4 reports" not in batch["stdout"] and "6 reports, 2 failed" in batch["stdout"]


def test_unreadable_notebook_is_listed_without_links(batch):
    record = batch["index"]["06_unreadable"]
    assert (record["notebook"], record["html"], record["cell_index"]) == (None, None, None)
    assert record["ename"] == "NotJSONError"
    assert "failed: 06_unreadable (no notebook written) notebook: NotJSONError" in batch["stderr"]


def _outputs(path: Path) -> list:
    nb = nbformat.read(path, as_version=4)
    return [(c.execution_count, c.outputs) for c in nb.cells if c.cell_type == "code"]


def test_reports_in_a_warm_kernel_equal_a_fresh_kernel_run(batch, tmp_path: Path):
    """--jobs 2: two kernels take 01 and 02 first, so 03 and 04 run in a used kernel."""
    for name in ("03_sentiment_by_actor", "04_event_chronology"):
        alone = reports.execute(batch["notebooks"] / f"{name}.ipynb", tmp_path, batch["parameters"])
        assert alone.status == "ok"
        assert _outputs(tmp_path / f"{name}.ipynb") == _outputs(batch["out"] / f"{name}.ipynb")


def test_failed_notebook_is_kept_with_the_error_at_the_top(batch):
    nb = nbformat.read(batch["out"] / "05_broken.ipynb", as_version=4)
    assert nb.cells[0].metadata["tags"] == ["papermill-error-cell-tag"]
    assert "An Exception was encountered" in nb.cells[0].source
    assert (batch["out"] / "05_broken.html").exists()


def test_kernel_is_this_interpreter(batch):
    nb = nbformat.read(batch["out"] / "05_broken.ipynb", as_version=4)
    printed = [
        o.text.strip()
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.output_type == "stream"
    ]
    assert printed == [sys.executable]


def test_native_kernelspec_ignores_user_kernelspecs(tmp_path: Path):
    spec_dir = tmp_path / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(
        json.dumps({"argv": ["/usr/bin/python2", "-m", "ipykernel"], "display_name": "old"})
    )
    manager = kernel.NativeKernelSpecManager(kernel_dirs=[str(tmp_path / "kernels")])
    assert manager.get_kernel_spec("python3").argv[0] == sys.executable


def test_kernel_talks_over_a_private_unix_socket_that_is_removed():
    manager = kernel.NativeKernelManager()
    assert manager.transport == "ipc" and Path(manager.ip).is_absolute()
    folder = Path(manager.ip).parent
    assert folder.is_dir() and oct(folder.stat().st_mode & 0o777) == "0o700"
    manager.cleanup_ipc_files()
    assert not folder.exists()


def test_kernel_is_not_interrupted_when_it_is_shut_down():
    sent = []
    manager = kernel.NativeKernelManager()
    real = manager._async_signal_kernel

    async def record(signum: int) -> None:
        sent.append(signum)
        await real(signum)

    manager._async_signal_kernel = record

    async def run() -> None:
        await manager.start_kernel()
        await manager.interrupt_kernel()  # an interrupt of a running kernel still goes
        await manager.shutdown_kernel()

    asyncio.run(run())
    assert sent == [signal.SIGINT] and not manager.has_kernel


def test_the_reports_command_starts_without_the_pipeline():
    """An unchanged batch is a second's work only if the command imports no pipeline."""
    import subprocess

    code = (
        "import sys; from cscaucasus import cli; cli.parser('reports'); "
        "import cscaucasus.reports, cscaucasus.reports_cli, cscaucasus.fingerprint; "
        "print(sorted(m for m in ('pandas', 'cscaucasus.pipeline', 'nbformat', 'jupyter_client')"
        " if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_docstring_examples():
    result = doctest.testmod(reports_cli)
    assert result.attempted > 0 and result.failed == 0


def test_progress_and_parameters_recorded(batch):
    for name in [*REPORT_NAMES, "05_broken", "06_unreadable"]:
        assert f"{name}: queued" in batch["stderr"]  # --jobs 2: queued, then reported
        assert re.search(rf"\[\d/6\] {name}: (ok|FAILED at (cell \d+|notebook))", batch["stderr"])
    record = batch["index"]["03_sentiment_by_actor"]
    assert record["parameters"] == {
        "corpus_path": str(batch["processed"].resolve()),
        "actors": [],
        "date_from": None,
        "date_to": None,
        "domain_lexicon": True,
        "min_n": 3,
        "by": "speaker",
        "count": "statements",
        "score": "tone_score",
    }
    manifest = json.loads((batch["processed"] / "manifest.json").read_text())
    assert batch["input_hash"] == manifest["input_hash"]


def test_html_embeds_images(batch):
    for name in REPORT_NAMES:
        page = html_of(batch, name)
        assert page.count('src="data:image/png;base64,') >= 1, name
        assert not re.search(r'(src|href)="(?!data:|#|index\.html)', page), name


def test_html_loads_nothing_from_the_network_and_runs_no_script(batch):
    for name in [*REPORT_NAMES, "05_broken"]:
        page = html_of(batch, name)
        assert not re.search(r"<script", page, re.IGNORECASE), name
        assert not re.search(r"url\(\s*['\"]?https?:", page), name
        assert "mathjax" not in page.lower() and "require.min.js" not in page, name


def test_code_is_hidden_with_a_toggle(batch):
    page = html_of(batch, "02_statement_frequency")
    checkbox = re.search(r'<input [^>]*id="cs-show-code"[^>]*>', page)
    assert checkbox and 'type="checkbox"' in checkbox.group(0)
    assert '<label for="cs-show-code">Show code cells</label>' in page
    assert ".jp-CodeCell .jp-Cell-inputWrapper { display: none; }" in page
    assert (
        "#cs-show-code:checked ~ main .jp-CodeCell .jp-Cell-inputWrapper { display: flex; }" in page
    )
    # the checkbox precedes <main> as a sibling, which the CSS rule needs
    assert checkbox.start() < page.index('<main id="cs-notebook">')
    assert "statements_per_actor" in page  # the code is there, only hidden


def test_overview_shows_where_the_articles_came_from(batch):
    overview = html_of(batch, "01_corpus_overview")
    section = overview[overview.index("Where the articles came from") :]
    # the seeds and the evil article: six articles of one folder, the corpus root
    row = r"<td>\.</td>\s*<td>folder</td>\s*<td>txt</td>\s*<td>6</td>"
    assert re.search(row, section[: section.index("</table>")])


def test_article_text_is_escaped(batch):
    overview = html_of(batch, "01_corpus_overview")
    assert "Armenia &lt;script&gt;alert(1)&lt;/script&gt; walks out" in overview
    assert "Evil &lt;script&gt;alert(4)&lt;/script&gt; Times" in overview
    frequency = html_of(batch, "02_statement_frequency")
    assert "&lt;script&gt;alert('xss')&lt;/script&gt;" in frequency or (
        "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in frequency
    )
    assert "&lt;img src=x onerror=alert(2)&gt;" in frequency
    for name in REPORT_NAMES:
        page = html_of(batch, name)
        assert "<img src=x" not in page and "onerror=" not in page.replace(
            "&lt;img src=x onerror=", ""
        )
        assert "<b onmouseover" not in page


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


def test_index_links_exist(batch):
    page = (batch["out"] / "index.html").read_text(encoding="utf-8")
    parser = Links()
    parser.feed(page)
    expected = {f"{n}.html" for n in [*REPORT_NAMES, "05_broken"]}
    expected |= {f"{n}.ipynb" for n in [*REPORT_NAMES, "05_broken"]}
    assert set(parser.hrefs) == expected
    assert all((batch["out"] / href).is_file() for href in parser.hrefs)
    assert batch["input_hash"][:16] in page
    assert "ZeroDivisionError: division by zero" in page
    assert page.count("min_n = 3") == 6 and page.count("actors = []") == 4
    assert page.count('class="ok"') == 4 and page.count('class="failed"') == 2


def test_only_selects_by_prefix():
    found = reports.find_notebooks(NOTEBOOKS, only=["03"])
    assert [p.name for p in found] == ["03_sentiment_by_actor.ipynb"]
    assert [p.stem for p in reports.find_notebooks(NOTEBOOKS)] == [*REPORT_NAMES, "05_validation"]


def test_parameters_from_file_and_flags(tmp_path: Path):
    file = tmp_path / "params.yml"
    file.write_text("actors: [CSTO]\ndate_from: 2022-01-01\nmin_n: 2\n", encoding="utf-8")
    params = reports_cli.parse_parameters(
        [["actors", '["Nikol Pashinyan"]'], ["domain_lexicon", "false"], ["date_to", "2022-12-31"]],
        str(file),
    )
    assert params == {
        "actors": ["Nikol Pashinyan"],
        "date_from": "2022-01-01",
        "min_n": 2,
        "domain_lexicon": False,
        "date_to": "2022-12-31",
    }


def test_missing_processed_tables_is_a_clear_error(tmp_path: Path, capsys):
    code = cli.main(["reports", str(tmp_path), "--out", str(tmp_path / "out")])
    assert code == 1
    assert "has no manifest.json; run `make build`" in capsys.readouterr().err


def test_evidence_escapes_and_keeps_full_text():
    long = "x" * 300
    table = pd.DataFrame({"text": ["<script>alert(1)</script>", long]})
    html = explore.evidence(table).data
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert long in html


def test_evidence_says_when_rows_are_cut():
    html = explore.evidence(pd.DataFrame({"n": range(5)}), max_rows=2).data
    assert "first 2 of 5 rows" in html


def test_evidence_marks_line_breaks_and_rounds_floats():
    table = pd.DataFrame({"text": ["first\n\nsecond"], "mean": [0.123456]})
    html = explore.evidence(table).data
    assert "<td>first ¶ second</td>" in html and "<td>0.123</td>" in html


def test_evidence_keeps_dates_and_ids_on_one_line():
    table = pd.DataFrame(
        {"cluster_id": ["c20220913-31111e"], "date": ["13 Sep 2022"], "text": ["a well-known fact"]}
    )
    html = explore.evidence(table).data
    assert '<td class="nowrap">c20220913-31111e</td>' in html
    assert '<td class="nowrap">13 Sep 2022</td>' in html
    assert "<td>a well-known fact</td>" in html  # prose wraps as usual


def test_evidence_shows_every_missing_value_as_a_dash():
    table = pd.DataFrame(
        {
            "cluster_id": pd.array([None, "c1"], dtype="string"),
            "date": analysis.date_labels(pd.Series([pd.NaT, pd.Timestamp("2022-11-23")]),
                                         pd.Series([None, "day"])),
            "n": pd.array([None, 3], dtype="Int64"),
            "mean": [None, 0.5],
        }
    )  # fmt: skip
    page = explore.evidence(table).data
    assert "&lt;NA&gt;" not in page and "NaN" not in page and "None" not in page
    assert page.count("<td>—</td>") == 4


def test_evidence_says_when_a_table_is_empty():
    assert "No rows." in explore.evidence(pd.DataFrame({"text": []})).data
    assert "No rows." not in explore.evidence(pd.DataFrame({"text": ["a"]})).data


def test_a_partial_run_keeps_the_other_reports(tmp_path: Path):
    def report(name: str) -> reports.Report:
        return reports.Report(
            name=name,
            title=name.upper(),
            notebook=f"{name}.ipynb",
            html=f"{name}.html",
            status="ok",
            started="2026-01-01T00:00:00Z",
            seconds=1.0,
            input_hash="feedface" * 8,
        )

    (tmp_path / "01_kept.html").write_text("kept", encoding="utf-8")
    reports.write_index([report("01_kept"), report("02_gone")], tmp_path, "feedface" * 8)
    assert [r.name for r in reports.previous_reports(tmp_path)] == ["01_kept"]
    reports.run_reports([], tmp_path, processed=tmp_path / "no-manifest")
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'href="01_kept.html"' in page and "02_gone" not in page
    assert "<code>feedfacefeedface</code>" in page  # the kept report's own input hash
    assert "unknown (no manifest.json)" in page  # the latest run had none


CHROMIUM = next(
    (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
)
PROBE = """<script>
const cell = document.querySelector("table.evidence td");
const date = document.querySelector("table.evidence td.nowrap");
const toggle = document.querySelector(".cs-toggle");
window.scrollTo(0, 5000);
document.body.setAttribute("data-probe", JSON.stringify({
  align: getComputedStyle(cell).textAlign,
  dateWrap: date ? getComputedStyle(date).whiteSpace : null,
  dateLines: date ? (() => { const r = document.createRange(); r.selectNodeContents(date);
    return r.getClientRects().length; })() : null,
  toggleTop: toggle.getBoundingClientRect().top,
  scrolled: window.scrollY,
  title: document.title,
}));
</script>"""


def _probe(page: str, tmp_path: Path) -> dict:
    """Computed styles of a report page in headless chromium (a probe script added)."""
    import html as html_module
    import subprocess

    file = tmp_path / "page.html"
    file.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    argv = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1000,800"]
    done = subprocess.run([*argv, "--dump-dom", file.as_uri()], capture_output=True, text=True)
    found = re.search(r'data-probe="([^"]*)"', done.stdout)
    assert found, done.stderr[-2000:]
    return json.loads(html_module.unescape(found.group(1)))


@pytest.mark.skipif(CHROMIUM is None, reason="needs a headless chromium")
@pytest.mark.parametrize(
    ("name", "title"),
    [("01_corpus_overview", "Corpus overview"), ("03_sentiment_by_actor", "Sentiment by actor")],
)
def test_reports_read_well_in_a_browser(batch, tmp_path: Path, name: str, title: str):
    seen = _probe(html_of(batch, name), tmp_path)
    assert seen["title"] == f"{title} — cscaucasus"
    assert seen["align"] == "left"  # JupyterLab's right-aligned rows overridden
    assert seen["scrolled"] > 0 and seen["toggleTop"] == 0  # the code switch stays in view
    if name == "01_corpus_overview":  # dates on one line
        assert seen["dateWrap"] == "nowrap" and seen["dateLines"] == 1


def test_html_titles_missing_values_and_empty_tables(batch):
    page = html_of(batch, "03_sentiment_by_actor")
    assert "<title>Sentiment by actor — cscaucasus</title>" in page
    assert "<td>—</td>" in page and "&lt;NA&gt;" not in page  # n = 1: no interval
    assert "No problems: every file was read as expected." in html_of(batch, "01_corpus_overview")


def test_reports_module_is_the_batch_only():
    """The notebook helpers live in explore and analysis; reports runs and exports."""
    assert sorted(reports.__all__) == [
        "Report",
        "export_html",
        "find_notebooks",
        "run_reports",
        "write_index",
    ]
    assert all(hasattr(reports, name) for name in reports.__all__)
    for name, home in (("focus", explore), ("evidence", explore), ("date_labels", cs.analysis)):
        assert callable(getattr(home, name))
        with pytest.raises(AttributeError):
            getattr(reports, name)


@pytest.mark.parametrize("jobs", [1, 2])
def test_with_several_kernels_the_longest_report_starts_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    books, out = tmp_path / "notebooks", tmp_path / "out"
    books.mkdir()
    seconds = {"01_a": 1.0, "02_b": 9.0, "03_c": 3.0}  # what each took last time
    for name in [*seconds, "04_new"]:
        nbformat.write(nbformat.v4.new_notebook(), books / f"{name}.ipynb")
    earlier = []
    for name, took in seconds.items():
        (out / f"{name}.html").parent.mkdir(exist_ok=True)
        (out / f"{name}.html").write_text("", encoding="utf-8")
        earlier.append(reports.Report(name, name, None, f"{name}.html", "ok", "", took))
    reports.write_index(earlier, out, None)
    started = []

    def execute_all(sources, out, params, jobs, say):
        started.extend(s.stem for s in sources)
        return [(s, replace(earlier[0], name=s.stem)) for s in sources]

    monkeypatch.setattr(reports, "_execute_all", execute_all)
    done = reports.run_reports(reports.find_notebooks(books), out, jobs=jobs, force=True)
    assert [r.name for r in done] == ["01_a", "02_b", "03_c", "04_new"]  # listed by name
    by_name = ["01_a", "02_b", "03_c", "04_new"]
    assert started == (by_name if jobs == 1 else ["02_b", "03_c", "01_a", "04_new"])


def test_a_print_flushed_in_pieces_is_one_output(tmp_path: Path):
    # the kernel may flush one print in two pieces under load; the executed notebook
    # (and so the report) must not depend on it
    nb = nbformat.v4.new_notebook()
    nb.cells.append(
        nbformat.v4.new_code_cell(
            "print('a')",
            outputs=[
                nbformat.v4.new_output("stream", name="stdout", text="67 scored"),
                nbformat.v4.new_output("stream", name="stdout", text="\nscore: expected\n"),
            ],
        )
    )
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    reports._coalesce_streams(path)
    outputs = nbformat.read(path, as_version=4).cells[0].outputs
    assert [(o.name, o.text) for o in outputs] == [("stdout", "67 scored\nscore: expected\n")]
