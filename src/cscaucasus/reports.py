"""Batch reports: run every notebook with papermill, export it to HTML, write an index.

``run_reports`` reads as the recipe: find the notebooks, skip those whose notebook,
parameters and input tables are unchanged since their last good run, execute the others
(in warm kernels, ``jobs`` of them in parallel) into ``reports/<name>.ipynb``, export each to a
self-contained ``reports/<name>.html``, then write ``reports/index.html`` linking
every report with its run date, parameters, the input hash of the processed tables
and its status. A notebook whose cell fails is kept (papermill writes it with the
error at its top), exported and marked failed in the index; the others still run.
Reports of earlier runs still on disk stay in the index, so ``--only 03`` refreshes one.

The HTML reads offline: images are embedded as ``data:`` URIs, no script is loaded
from the network (see ``data/report.html.j2``), code cells are hidden behind a
"Show code cells" checkbox, and HTML outputs are sanitized (article text is
untrusted; the notebooks also render tables with escaped text, see
:func:`cscaucasus.explore.evidence`).

The kernel is this interpreter's (:mod:`cscaucasus.kernel`); the command line is in
:mod:`cscaucasus.reports_cli`; what the notebooks call is in :mod:`cscaucasus.explore`
and :mod:`cscaucasus.analysis`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import html
import json
import os
import queue
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import MANIFEST, atomic_write

if TYPE_CHECKING:
    from .kernel import WarmKernel

__all__ = [
    "Report",
    "export_html",
    "find_notebooks",
    "run_reports",
    "write_index",
]

NOTEBOOK_GLOB = "[0-9]*.ipynb"
TEMPLATE = "report.html.j2"
INDEX = "index.html"
EXECUTION_TIMEOUT = 600  # seconds per cell


@dataclass
class Report:
    """The outcome of one notebook: where its outputs are and whether it ran."""

    name: str
    title: str
    notebook: str | None  # executed .ipynb, relative to the output folder
    html: str | None  # exported .html, relative to the output folder
    status: str  # "ok" or "failed"
    started: str  # UTC, ISO 8601
    seconds: float
    parameters: dict[str, Any] = field(default_factory=dict)  # defaults + overrides
    input_hash: str | None = None  # of the processed tables it read (manifest.json)
    cell_index: int | None = None
    exec_count: int | None = None
    ename: str | None = None
    evalue: str | None = None
    run_key: str | None = None  # notebook, parameters, input tables and code (see run_key)
    reused: bool = False  # unchanged since its last good run: not executed again

    @property
    def error(self) -> str | None:
        """One line: which cell failed and how (None when the notebook ran)."""
        if self.status == "ok":
            return None
        # no cell index: the notebook could not be read, started or exported
        where = f"cell {self.cell_index}" if self.cell_index is not None else "notebook"
        if self.exec_count is not None:
            where += f" [{self.exec_count}]"
        return f"{where}: {self.ename}: {self.evalue}"


def find_notebooks(folder: str | os.PathLike[str], only: Sequence[str] = ()) -> list[Path]:
    """Numbered notebooks in ``folder``, sorted; ``only`` keeps names starting with a prefix.

    >>> find_notebooks("notebooks", only=["03"])  # doctest: +SKIP
    [PosixPath('notebooks/03_sentiment_by_actor.ipynb')]
    """
    found = sorted(Path(folder).glob(NOTEBOOK_GLOB))
    if only:
        found = [p for p in found if any(p.stem.startswith(prefix) for prefix in only)]
    return found


def notebook_title(path: Path) -> str:
    """The first markdown heading of a notebook, else its file name."""
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # unreadable: the run reports why, the index still lists it
        return path.stem
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return path.stem


def default_parameters(path: Path) -> dict[str, Any]:
    """The values of a notebook's ``parameters`` cell (literals evaluated, else the source).

    >>> default_parameters(Path("notebooks/03_sentiment_by_actor.ipynb"))["min_n"]  # doctest: +SKIP
    5
    """
    import ast

    nb = json.loads(path.read_text(encoding="utf-8"))
    cell = next(
        (c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])), None
    )
    if cell is None:
        return {}
    source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    values: dict[str, Any] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                values[node.targets[0].id] = ast.get_source_segment(source, node.value)
    return values


def execute(
    source: Path, out_dir: Path, parameters: Mapping[str, Any], kernel: WarmKernel | None = None
) -> Report:
    """Run ``source`` with papermill into ``out_dir/<name>.ipynb`` and export it to HTML.

    The working directory is the notebook's own folder, as when it is opened in
    JupyterLab. With ``kernel`` the notebook runs in that warm kernel (reset to a fresh
    kernel's state first), else in a kernel of its own. A failing cell gives a
    ``failed`` report naming the cell; the executed notebook (with the error at its
    top) is still written and exported.
    """
    return export_report(run_notebook(source, out_dir, parameters, kernel), out_dir)


def run_notebook(
    source: Path, out_dir: Path, parameters: Mapping[str, Any], kernel: WarmKernel | None = None
) -> Report:
    """The first half of :func:`execute`: the notebook run, not yet exported."""
    import_libraries()
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError
    from papermill.iorw import load_notebook_node

    from .kernel import KERNEL_NAME, NativeKernelManager

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / source.name
    for stale in (target, target.with_suffix(".html")):  # never show an earlier run's output
        stale.unlink(missing_ok=True)
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    clock = time.perf_counter()
    error: dict[str, Any] = {}
    try:
        load_notebook_node(str(source))  # an unreadable notebook fails before taking a kernel
        if kernel is None:
            where = {"kernel_manager_class": NativeKernelManager, "cwd": str(source.parent)}
        else:
            where = {"km": kernel.fresh(str(source.parent))}
        pm.execute_notebook(
            str(source),
            str(target),
            parameters=dict(parameters),
            kernel_name=KERNEL_NAME,
            progress_bar=False,
            execution_timeout=EXECUTION_TIMEOUT,
            request_save_on_cell_execute=False,  # written once, at the end
            **where,
        )
    except PapermillExecutionError as exc:
        error = {
            "cell_index": exc.cell_index,
            "exec_count": exc.exec_count,
            "ename": exc.ename,
            "evalue": exc.evalue,
        }
    except Exception as exc:  # kernel died, bad parameters, unreadable notebook …
        error = {"ename": type(exc).__name__, "evalue": str(exc)}
    if kernel is not None:
        kernel.finished(failed=bool(error))
    if target.exists():
        _coalesce_streams(target)
    return Report(
        name=source.stem,
        title=notebook_title(source),
        notebook=target.name if target.exists() else None,
        html=None,
        status="failed" if error else "ok",
        started=started.isoformat().replace("+00:00", "Z"),
        seconds=round(time.perf_counter() - clock, 1),
        parameters=_effective(source, parameters),
        **error,
    )


def _coalesce_streams(path: Path) -> None:
    """Join each cell's consecutive stdout (or stderr) pieces into one output: a kernel
    flushes one print in one piece or two as timing allows, and the same inputs must give
    the same notebook (nbconvert's ``CoalesceStreamsPreprocessor``)."""
    import nbformat
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    nb = nbformat.read(path, as_version=4)
    nb, _ = CoalesceStreamsPreprocessor(enabled=True).preprocess(nb, {})
    nbformat.write(nb, path)


def export_report(report: Report, out_dir: Path) -> Report:
    """The second half of :func:`execute`: the executed notebook exported to HTML."""
    if report.notebook is None:
        return report
    target = out_dir / report.notebook
    try:
        html_name = export_html(target, target.with_suffix(".html")).name
    except Exception as exc:  # the executed notebook stays; the index says why
        if report.status != "ok":
            return report
        failure = f"HTML export: {type(exc).__name__}"
        return replace(report, status="failed", ename=failure, evalue=str(exc))
    return replace(report, html=html_name)


# Tags and attributes kept in HTML outputs and markdown; anything else (<script>, <style>,
# <iframe>, event handlers, javascript: links) is escaped and shows as text.
SAFE_TAGS = (
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "details", "div", "em", "h1",
    "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "small", "span", "strong",
    "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
)  # fmt: skip
SAFE_ATTRIBUTES = {
    "*": ["class", "id", "title"],
    "a": ["href", "title"],
    "td": ["colspan", "rowspan"],
    "th": ["colspan", "rowspan"],
}


def _effective(source: Path, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """What the notebook ran with: its defaults overridden by ``parameters``."""
    try:
        defaults = default_parameters(source)
    except Exception:  # an unreadable parameters cell: show what was passed
        defaults = {}
    return {**defaults, **parameters}


def html_exporter():
    """nbconvert's HTML exporter: offline report template, HTML outputs sanitized.

    nbconvert's own ``sanitize_html`` escapes headings and table sections too, so the
    :class:`~nbconvert.preprocessors.SanitizeHTML` preprocessor runs instead with
    :data:`SAFE_TAGS`: tables and prose render, scripts never do.
    """
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors.sanitize import SanitizeHTML

    template = files("cscaucasus") / "data" / TEMPLATE
    exporter = HTMLExporter(template_name="lab", template_file=str(template), embed_images=True)
    sanitizer = SanitizeHTML(tags=list(SAFE_TAGS), attributes=SAFE_ATTRIBUTES, strip=False)
    exporter.register_preprocessor(sanitizer, enabled=True)
    return exporter


_EXPORTING = threading.Lock()


@functools.cache
def _shared_exporter():
    return html_exporter()


def export_html(notebook: Path, target: Path) -> Path:
    """Write ``notebook`` as self-contained HTML to ``target`` (atomically).

    The page's ``<title>`` is the report's heading: "Sentiment by actor — cscaucasus".
    """
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    nb.metadata["title"] = f"{notebook_title(notebook)} — cscaucasus"
    with _EXPORTING:  # one exporter, its templates compiled once, used by one thread at a time
        body, _ = _shared_exporter().from_notebook_node(nb)
    atomic_write(target, lambda tmp: tmp.write_text(body, encoding="utf-8"))
    return target


def run_reports(
    notebooks: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] = "reports",
    *,
    processed: str | os.PathLike[str] = "data/processed",
    parameters: Mapping[str, Any] | None = None,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
    force: bool = False,
) -> list[Report]:
    """Execute and export every notebook, then write ``index.html``; one Report each.

    Every notebook gets ``parameters`` plus ``corpus_path`` (the absolute path of
    ``processed``) unless ``parameters`` sets it. A notebook whose :func:`run_key`
    equals that of its last good run, with its HTML still there, is not run again
    (``force=True`` runs it). ``jobs`` > 1 runs notebooks in that many kernels at once,
    the longest first (by their last run's time: the batch then ends sooner).
    ``progress`` receives one line as each notebook starts and ends.
    """
    sources = [Path(p).resolve() for p in notebooks]
    out = Path(out_dir).resolve()
    params = {"corpus_path": str(Path(processed).resolve()), **(parameters or {})}
    say = progress or (lambda line: None)
    digest = input_hash(processed)
    keys = {s: run_key(s, params, digest) for s in sources}
    earlier = {r.name: r for r in previous_reports(out)}
    reports: dict[Path, Report] = {}

    def finished(source: Path, report: Report) -> None:
        reports[source] = replace(report, input_hash=digest, run_key=keys[source])
        status = "ok" if report.status == "ok" else f"FAILED at {report.error}"
        if report.reused:
            status = "unchanged, not run again (--force runs it)"
        say(f"[{len(reports)}/{len(sources)}] {source.stem}: {status} ({report.seconds:.1f}s)")

    todo = []
    for source in sources:
        last = earlier.get(source.stem)
        if not force and last and last.status == "ok" and last.run_key == keys[source]:
            finished(source, replace(last, reused=True))
        else:
            todo.append(source)
    if jobs > 1:  # the longest (by its last run) first, so that it does not start last
        todo.sort(key=lambda s: -earlier[s.stem].seconds if s.stem in earlier else 0.0)
    for source, report in _execute_all(todo, out, params, jobs, say):
        finished(source, replace(report, reused=False))
    ordered = [reports[s] for s in sources]
    kept = [r for r in earlier.values() if r.name not in {s.stem for s in sources}]
    write_index(sorted([*kept, *ordered], key=lambda r: r.name), out, digest)
    return ordered


def _execute_all(
    sources: Sequence[Path],
    out: Path,
    params: dict[str, Any],
    jobs: int,
    say: Callable[[str], None],
) -> Iterable[tuple[Path, Report]]:
    """(source, report) as each notebook finishes, in ``jobs`` warm kernels.

    Each kernel runs one notebook after another (reset in between, see
    :class:`~cscaucasus.kernel.WarmKernel`), so a batch starts a kernel and imports the
    libraries once per kernel instead of once per notebook. Each kernel is driven by a
    thread of this process; a notebook's HTML is exported by another thread while its
    kernel runs the next notebook.
    """
    if not sources:  # nothing to run: no kernel started
        return
    waiting: queue.SimpleQueue[Path] = queue.SimpleQueue()
    for source in sources:
        waiting.put(source)
    workers = min(jobs, len(sources))
    if workers > 1:
        for source in sources:
            say(f"      {source.stem}: queued")
    done: queue.SimpleQueue[tuple[Path, Future[Report]] | BaseException | None]
    done = queue.SimpleQueue()
    with ThreadPoolExecutor(max_workers=1) as exporter:

        def work() -> None:
            try:
                for source, run in _drain(waiting, out, params, say):
                    done.put((source, exporter.submit(export_report, run, out)))
            except BaseException as exc:  # raised again below, in the caller's thread
                done.put(exc)
            finally:
                done.put(None)  # this kernel is done

        threads = [threading.Thread(target=work, daemon=True) for _ in range(workers)]
        for thread in threads:
            thread.start()
        ended, crashed = 0, []
        while ended < workers:
            item = done.get()
            if item is None:
                ended += 1
            elif isinstance(item, BaseException):
                crashed.append(item)
            else:
                yield item[0], item[1].result()
    if crashed:
        raise crashed[0]


def _drain(
    waiting: queue.SimpleQueue[Path],
    out: Path,
    params: dict[str, Any],
    say: Callable[[str], None],
) -> Iterable[tuple[Path, Report]]:
    """Run the notebooks waiting, one after another, in one warm kernel (not exported)."""
    from .kernel import WarmKernel

    with WarmKernel() as kernel:
        # each notebook then runs in its own folder; a kernel that fails to start is
        # tried again for the first notebook, whose report says why
        with contextlib.suppress(Exception):
            kernel.start(str(Path.cwd()))
        import_libraries()  # while the kernel imports its own

        while True:
            try:
                source = waiting.get_nowait()
            except queue.Empty:
                return
            say(f"      {source.stem}: running")
            yield source, run_notebook(source, out, params, kernel)


_IMPORTING = threading.Lock()


def import_libraries() -> None:
    """Import papermill and nbconvert, which the runner needs, without building the
    IRI grammars nobody uses (:func:`cscaucasus.notebook_git.skip_iri_grammars`: 0.7 s
    of CPU for the runner's imports instead of 1.9 s)."""
    from .notebook_git import skip_iri_grammars

    with _IMPORTING:
        skip_iri_grammars()
        import nbconvert  # noqa: F401
        import papermill  # noqa: F401


def run_key(source: Path, parameters: Mapping[str, Any], input_hash: str | None) -> str:
    """What a report's output depends on: the notebook as git stores it (outputs left
    out), its effective parameters, the input tables' hash, the package's code and data
    (the report template included)."""
    from .fingerprint import code_fingerprint

    notebook = _without_outputs(source)
    record = json.dumps(
        [notebook, _effective(source, parameters), input_hash, code_fingerprint()],
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    return hashlib.sha256(record.encode()).hexdigest()


def _without_outputs(source: Path) -> Any:
    try:
        nb = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # unreadable: never equal to a good run's key
    cells = [{"type": c.get("cell_type"), "source": c.get("source")} for c in nb.get("cells", [])]
    return {"cells": cells, "kernel": nb.get("metadata", {}).get("kernelspec")}


def previous_reports(out_dir: Path) -> list[Report]:
    """Reports of earlier runs still on disk (from ``index.json``), so ``--only`` keeps them."""
    record = out_dir / "index.json"
    if not record.exists():
        return []
    try:
        rows = json.loads(record.read_text(encoding="utf-8"))["reports"]
        found = [Report(**row) for row in rows]
    except (ValueError, KeyError, TypeError):  # unreadable or older format: start afresh
        return []
    return [r for r in found if r.html and (out_dir / r.html).exists()]


def input_hash(processed: str | os.PathLike[str]) -> str | None:
    """``input_hash`` of the processed tables' manifest (None if there is none)."""
    path = Path(processed) / MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8")).get("input_hash")


def write_index(reports: Sequence[Report], out_dir: Path, input_hash: str | None) -> Path:
    """``out_dir/index.html``: one row per report, every value escaped; plus index.json."""
    esc = html.escape
    rows = []
    for r in reports:
        link = f'<a href="{esc(r.html)}">{esc(r.title)}</a>' if r.html else esc(r.title)
        executed = f' · <a href="{esc(r.notebook)}">executed notebook</a>' if r.notebook else ""
        status = (
            '<span class="ok">ok</span>'
            if r.status == "ok"
            else f'<span class="failed">failed</span><br><code>{esc(r.error or "")}</code>'
        )
        params = "\n".join(
            f"{k} = {json.dumps(v, ensure_ascii=False, default=str)}"
            for k, v in r.parameters.items()
        )
        rows.append(
            "<tr>"
            f"<td>{link}<br><small>{esc(r.name)}{executed}</small></td>"
            f"<td>{status}</td>"
            f"<td>{esc(r.started)}<br><small>{r.seconds:.1f} s</small></td>"
            f"<td><pre>{esc(params)}</pre></td>"
            f"<td><code>{esc((r.input_hash or 'unknown')[:16])}</code></td>"
            "</tr>"
        )
    failed = sum(r.status != "ok" for r in reports)
    summary = f"{len(reports)} reports, {failed} failed" if failed else f"{len(reports)} reports"
    page = INDEX_PAGE.format(
        summary=esc(summary),
        input_hash=esc(input_hash or "unknown (no manifest.json)"),
        rows="\n".join(rows),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / INDEX
    atomic_write(target, lambda tmp: tmp.write_text(page, encoding="utf-8"))
    record = json.dumps(
        {"input_hash": input_hash, "reports": [asdict(r) for r in reports]},
        indent=2,
        ensure_ascii=False,
        default=str,
    )
    atomic_write(out_dir / "index.json", lambda tmp: tmp.write_text(record, encoding="utf-8"))
    return target


INDEX_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>cscaucasus reports</title>
<style>
body {{ font: 15px/1.4 sans-serif; margin: 2em auto; max-width: 70em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #ddd; padding: 0.5em; text-align: left; vertical-align: top; }}
pre {{ margin: 0; font-size: 12px; white-space: pre-wrap; }}
.ok {{ color: #1a7f37; font-weight: bold; }} .failed {{ color: #c62828; font-weight: bold; }}
</style></head>
<body>
<h1>cscaucasus reports</h1>
<p>{summary}. Input hash of the processed tables of the latest run:
<code>{input_hash}</code>.
Each report opens offline; code cells are hidden (tick "Show code cells" to see them).</p>
<table>
<thead><tr><th>report</th><th>status</th><th>run (UTC)</th><th>parameters</th>
<th>input hash</th></tr></thead>
<tbody>
{rows}
</tbody></table>
</body></html>
"""
