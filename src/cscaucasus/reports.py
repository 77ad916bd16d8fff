"""Batch reports: run every notebook with papermill, export it to HTML, write an index.

``run_reports`` reads as the recipe: find the notebooks, execute each (in parallel
processes with ``jobs``) into ``reports/<name>.ipynb``, export each to a
self-contained ``reports/<name>.html``, then write ``reports/index.html`` linking
every report with its run date, parameters, the input hash of the processed tables
and its status. A notebook whose cell fails is kept (papermill writes it with the
error at its top), exported and marked failed in the index; the others still run.
Reports of earlier runs still on disk stay in the index, so ``--only 03`` refreshes one.

The HTML reads offline: images are embedded as ``data:`` URIs, no script is loaded
from the network (see ``data/report.html.j2``), code cells are hidden behind a
"Show code cells" checkbox, and HTML outputs are sanitized (article text is
untrusted; the notebooks also render tables with escaped text, see :func:`evidence`).

The kernel is always this interpreter's: :class:`NativeKernelManager` launches
``sys.executable -m ipykernel_launcher``, whatever kernelspecs a user has installed.

The second half holds the small helpers the notebooks call (:func:`open_corpus`,
:func:`select_period`, :func:`focus`, :func:`evidence`, :func:`article_overview`,
:func:`extreme_statements`, :func:`event_evidence`, :func:`date_labels`), so no logic
lives only in a notebook.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field, replace
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from traitlets import default

from .build import MANIFEST, atomic_write, read_corpus
from .corpus import Corpus, load_corpus

KERNEL_NAME = "python3"
NOTEBOOK_GLOB = "[0-9]*.ipynb"
TEMPLATE = "report.html.j2"
INDEX = "index.html"
EXECUTION_TIMEOUT = 600  # seconds per cell


# --------------------------------------------------------------------------- kernel


class NativeKernelSpecManager(KernelSpecManager):
    """Resolves ``python3`` to ipykernel's built-in spec: ``sys.executable`` of this process.

    jupyter_client would prefer a ``python3`` kernelspec found in the user's Jupyter
    data directory, which may point at another interpreter; reports must run in the
    project's environment, so that name never leaves this process's Python.
    """

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        if kernel_name == KERNEL_NAME:
            from ipykernel.kernelspec import RESOURCES, get_kernel_dict

            return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict())
        return super().get_kernel_spec(kernel_name)


class NativeKernelManager(AsyncKernelManager):
    """The kernel manager papermill uses for reports (see :class:`NativeKernelSpecManager`).

    Kernel and client always share this machine, so they talk over Unix sockets (IPC),
    not loopback TCP: no port to race for, nothing on the network, and no "running over
    TCP without encryption" warning from ipykernel. The socket path is absolute, since
    kernel and client would resolve a relative one against different folders.
    """

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        return NativeKernelSpecManager(data_dir=self.data_dir)

    @default("transport")
    def _transport_default(self) -> str:
        return "ipc"

    @default("ip")
    def _ip_default(self) -> str:
        return os.path.join(tempfile.mkdtemp(prefix="cscaucasus-kernel-"), "ipc")

    def cleanup_ipc_files(self) -> None:
        super().cleanup_ipc_files()
        if self.transport == "ipc":
            shutil.rmtree(os.path.dirname(self.ip), ignore_errors=True)

    async def _async_interrupt_kernel(self) -> None:
        """Interrupt the kernel, except while it is being shut down.

        jupyter_client sends SIGINT before every shutdown request; a kernel still busy
        with a message then prints "KeyboardInterrupt caught in kernel" amid the report
        progress. The shutdown request (then SIGTERM, then SIGKILL) stops it anyway.
        """
        if self.shutting_down:
            return
        await super()._async_interrupt_kernel()

    interrupt_kernel = _async_interrupt_kernel


# --------------------------------------------------------------------------- running


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

    import papermill as pm

    values: dict[str, Any] = {}
    for name, info in pm.inspect_notebook(str(path)).items():
        try:
            values[name] = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError):
            values[name] = info["default"]
    return values


def execute(source: Path, out_dir: Path, parameters: Mapping[str, Any]) -> Report:
    """Run ``source`` with papermill into ``out_dir/<name>.ipynb`` and export it to HTML.

    The working directory is the notebook's own folder, as when it is opened in
    JupyterLab. A failing cell gives a ``failed`` report naming the cell; the executed
    notebook (with the error at its top) is still written and exported.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / source.name
    for stale in (target, target.with_suffix(".html")):  # never show an earlier run's output
        stale.unlink(missing_ok=True)
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    clock = time.perf_counter()
    error: dict[str, Any] = {}
    try:
        pm.execute_notebook(
            str(source),
            str(target),
            parameters=dict(parameters),
            kernel_name=KERNEL_NAME,
            kernel_manager_class=NativeKernelManager,
            cwd=str(source.parent),
            progress_bar=False,
            execution_timeout=EXECUTION_TIMEOUT,
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
    seconds = time.perf_counter() - clock
    html_name = None
    if target.exists():
        try:
            html_name = export_html(target, target.with_suffix(".html")).name
        except Exception as exc:  # the executed notebook stays; the index says why
            error = error or {"ename": f"HTML export: {type(exc).__name__}", "evalue": str(exc)}
    return Report(
        name=source.stem,
        title=notebook_title(source),
        notebook=target.name if target.exists() else None,
        html=html_name,
        status="failed" if error else "ok",
        started=started.isoformat().replace("+00:00", "Z"),
        seconds=round(seconds, 1),
        parameters=_effective(source, parameters),
        **error,
    )


# Tags and attributes kept in HTML outputs and markdown; anything else (<script>, <style>,
# <iframe>, event handlers, javascript: links) is escaped and shows as text.
SAFE_TAGS = (
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "div", "em", "h1", "h2", "h3",
    "h4", "h5", "h6", "hr", "i", "li", "ol", "p", "pre", "small", "span", "strong", "sub",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
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


def export_html(notebook: Path, target: Path) -> Path:
    """Write ``notebook`` as self-contained HTML to ``target`` (atomically)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    body, _ = html_exporter().from_notebook_node(nb)
    atomic_write(target, lambda tmp: tmp.write_text(body, encoding="utf-8"))
    return target


def _execute_job(source: str, out_dir: str, parameters: dict[str, Any]) -> Report:
    return execute(Path(source), Path(out_dir), parameters)


def run_reports(
    notebooks: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] = "reports",
    *,
    processed: str | os.PathLike[str] = "data/processed",
    parameters: Mapping[str, Any] | None = None,
    jobs: int = 1,
    progress: Callable[[str], None] | None = None,
) -> list[Report]:
    """Execute and export every notebook, then write ``index.html``; one Report each.

    Every notebook gets ``parameters`` plus ``corpus_path`` (the absolute path of
    ``processed``) unless ``parameters`` sets it. ``jobs`` > 1 runs notebooks in that
    many processes. ``progress`` receives one line as each notebook starts and ends.
    """
    sources = [Path(p).resolve() for p in notebooks]
    out = Path(out_dir).resolve()
    params = {"corpus_path": str(Path(processed).resolve()), **(parameters or {})}
    say = progress or (lambda line: None)
    total = len(sources)
    reports: dict[Path, Report] = {}

    def finished(source: Path, report: Report) -> None:
        reports[source] = report
        status = "ok" if report.status == "ok" else f"FAILED at {report.error}"
        say(f"[{len(reports)}/{total}] {source.stem}: {status} ({report.seconds:.1f}s)")

    if jobs > 1 and total > 1:
        with ProcessPoolExecutor(max_workers=min(jobs, total)) as pool:
            futures = {}
            for source in sources:
                say(f"      {source.stem}: queued")
                futures[pool.submit(_execute_job, str(source), str(out), params)] = source
            for future in as_completed(futures):
                finished(futures[future], future.result())
    else:
        for source in sources:
            say(f"      {source.stem}: running")
            finished(source, execute(source, out, params))
    digest = input_hash(processed)
    ordered = [replace(reports[s], input_hash=digest) for s in sources]
    kept = [r for r in previous_reports(out) if r.name not in {s.stem for s in sources}]
    write_index(sorted([*kept, *ordered], key=lambda r: r.name), out, digest)
    return ordered


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


# --------------------------------------------------------------------------- CLI


def parse_parameters(pairs: Sequence[Sequence[str]], params_file: str | None) -> dict[str, Any]:
    """Parameters from a YAML file, then ``-p NAME VALUE`` pairs (values read as YAML).

    >>> parse_parameters([["actors", '["Nikol Pashinyan"]'], ["min_n", "3"]], None)
    {'actors': ['Nikol Pashinyan'], 'min_n': 3}
    """
    import yaml

    params: dict[str, Any] = {}
    if params_file:
        loaded = yaml.safe_load(Path(params_file).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"{params_file}: expected a mapping of parameter names to values")
        params.update(loaded)
    for name, value in pairs:
        params[name] = yaml.safe_load(value)
    return {name: _plain(value) for name, value in params.items()}


def _plain(value: Any) -> Any:
    """YAML reads ``2022-01-01`` as a date: notebooks get ISO strings (JSON, papermill)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def configure(p) -> None:
    """Arguments of ``cscaucasus reports``."""
    p.add_argument(
        "processed",
        nargs="?",
        default="data/processed",
        help="built tables (default data/processed)",
    )
    p.add_argument("--out", default="reports", help="output folder (default reports)")
    p.add_argument("--notebooks", default="notebooks", help="notebook folder (default notebooks)")
    p.add_argument(
        "--only", action="append", default=[], help="run notebooks whose name starts with this"
    )
    p.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="notebook parameter; VALUE is read as YAML/JSON (e.g. '[\"Nikol Pashinyan\"]')",
    )
    p.add_argument("--params-file", help="YAML file of notebook parameters")
    p.add_argument("--jobs", type=int, default=1, help="notebooks run in parallel (processes)")
    p.add_argument(
        "--build",
        nargs="?",
        const="data/raw",
        metavar="RAW",
        help="first build the tables from RAW (default data/raw) into the processed folder",
    )


def run(args) -> int:
    """``cscaucasus reports``: 0 when every notebook ran, 1 otherwise."""
    if args.build is not None:
        from .cli import main as cli_main

        code = cli_main(["build", args.build, "--out", args.processed, "--quiet"])
        if code:
            return code
    notebooks = find_notebooks(args.notebooks, args.only)
    if not notebooks:
        print(f"error: no notebooks in {args.notebooks} matching {args.only}", file=sys.stderr)
        return 1
    if not (Path(args.processed) / MANIFEST).exists():
        print(
            f"error: {args.processed} has no {MANIFEST}; run `cscaucasus build` first",
            file=sys.stderr,
        )
        return 1
    try:
        params = parse_parameters(args.parameter, args.params_file)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    reports = run_reports(
        notebooks,
        args.out,
        processed=args.processed,
        parameters=params,
        jobs=args.jobs,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
    )
    failed = [r for r in reports if r.status != "ok"]
    elapsed = time.perf_counter() - started
    print(
        f"wrote {Path(args.out) / INDEX}: {len(reports)} reports, "
        f"{len(failed)} failed ({elapsed:.1f}s)"
    )
    for r in failed:
        print(
            f"  failed: {r.name} ({r.notebook or 'no notebook written'}) {r.error}", file=sys.stderr
        )
    return 1 if failed else 0


# --------------------------------------------------------------------------- notebook helpers


def open_corpus(path: str | os.PathLike[str]) -> Corpus:
    """Built tables (a folder with ``manifest.json``) are reloaded, raw articles are loaded."""
    path = Path(path)
    return read_corpus(path) if (path / MANIFEST).exists() else load_corpus(path)


def select_period(
    corpus: Corpus, date_from: str | None = None, date_to: str | None = None
) -> Corpus:
    """The corpus restricted to articles published in ``[date_from, date_to]`` (inclusive).

    ``None`` leaves that side open. With either bound set, undated articles are left out
    (their date is unknown, so they cannot be said to fall in the period). Every table
    keyed by ``article_id`` is filtered alike; ``actors`` and ``problems`` are kept.
    """
    if date_from is None and date_to is None:
        return corpus
    published = corpus.articles["published"]
    keep = published.notna()
    if date_from is not None:
        keep &= published >= pd.Timestamp(date_from)
    if date_to is not None:
        keep &= published < pd.Timestamp(date_to) + pd.Timedelta(days=1)
    ids = set(corpus.articles.loc[keep, "article_id"])
    tables = {
        name: (
            df[df["article_id"].isin(ids)].reset_index(drop=True)
            if "article_id" in df and name != "problems"
            else df
        )
        for name, df in corpus.tables().items()
    }
    return Corpus(**tables, settings=dict(corpus.settings))


def focus(
    table: pd.DataFrame, actors: Sequence[str] = (), columns: Sequence[str] = ("speaker", "targets")
) -> pd.DataFrame:
    """Rows whose ``columns`` name one of ``actors`` (all rows when ``actors`` is empty).

    A column may hold one name per row (``speaker``) or a list of names (``targets``,
    ``actors``): statements spoken by or aimed at an actor, events involving one.
    """
    if not actors:
        return table
    wanted = set(actors)
    keep = pd.Series(False, index=table.index)
    for column in columns:
        values = table[column]
        keep |= values.map(
            lambda v: any(x in wanted for x in v) if isinstance(v, list | tuple) else v in wanted
        ).astype(bool)
    return table[keep].reset_index(drop=True)


def article_overview(corpus: Corpus) -> pd.DataFrame:
    """One row per article: outlet, date, title, words, paragraphs, sentences, removed spans."""
    arts = corpus.articles
    counts = {
        name: getattr(corpus, table).groupby("article_id").size()
        for name, table in (
            ("paragraphs", "paragraphs"),
            ("sentences", "sentences"),
            ("removed", "boilerplate"),
            ("statements", "statements"),
        )
    }
    out = arts[["article_id", "outlet", "published", "published_source", "title"]].copy()
    out["words"] = arts["text"].fillna("").str.split().str.len().astype("int64")
    for name, series in counts.items():
        out[name] = out["article_id"].map(series).fillna(0).astype("int64")
    return out.sort_values(["published", "article_id"], kind="stable").reset_index(drop=True)


def extreme_statements(
    statements: pd.DataFrame, *, n: int = 5, domain: bool = True, words: int = 4
) -> pd.DataFrame:
    """The ``n`` most negative and ``n`` most positive scored statements, with their drivers.

    Columns: ``end`` (``negative``/``positive``), ``speaker``, ``compound``, ``drivers``
    (the ``words`` words with the largest absolute contribution summed over their
    occurrences, from
    :func:`cscaucasus.sentiment.explain`, e.g. ``"threat -0.42; support +0.31"``), ``text``.
    """
    from . import sentiment

    scored = statements[statements["compound"].notna()]
    ordered = scored.sort_values(["compound", "statement_id"], kind="stable")
    low = ordered.head(n).assign(end="negative")
    high = ordered.iloc[::-1].head(n).assign(end="positive")
    high = high[~high["statement_id"].isin(low["statement_id"])]
    picked = pd.concat([low, high], ignore_index=True)

    def drivers(text: str) -> str:
        table = sentiment.explain(text, domain=domain)
        per_word = table[table["contribution"] != 0].groupby("word", sort=True)["contribution"]
        totals = per_word.sum()
        top = totals.reindex(totals.abs().sort_values(ascending=False, kind="stable").index)
        return "; ".join(f"{w} {c:+.2f}" for w, c in top.head(words).items())

    picked["drivers"] = picked["text"].astype(str).map(drivers).astype("string")
    return picked[["end", "speaker", "compound", "drivers", "text"]].reset_index(drop=True)


def date_labels(dates: pd.Series, precision: pd.Series) -> pd.Series:
    """Dates written at their precision: ``23 Nov 2022``, ``Nov 2022``, ``2022`` ("" if NaT)."""
    from .analysis.chronology import DATE_FORMATS

    labels = [
        pd.Timestamp(d).strftime(DATE_FORMATS.get(p, "%Y-%m-%d")) if pd.notna(d) else ""
        for d, p in zip(dates, precision, strict=True)
    ]
    return pd.Series(labels, index=dates.index, dtype="string")


def event_evidence(corpus: Corpus, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events beside the sentence they come from and its outlet, by date.

    Columns: ``cluster_id, date, precision, date_text, outlet, article_id, sentence``;
    ``date`` is written at its precision (:func:`date_labels`).
    """
    events = corpus.events if events is None else events
    sentences = corpus.sentences[["article_id", "sentence_id", "text"]].rename(
        columns={"text": "sentence"}
    )
    outlets = corpus.articles[["article_id", "outlet"]]
    out = events.merge(sentences, on=["article_id", "sentence_id"], how="left").merge(
        outlets, on="article_id", how="left"
    )
    out = out.sort_values(["date", "cluster_id", "event_id"], kind="stable", na_position="last")
    out["date"] = date_labels(out["date"], out["precision"])
    columns = ["cluster_id", "date", "precision", "date_text", "outlet", "article_id", "sentence"]
    return out[columns].reset_index(drop=True)


def evidence(table: pd.DataFrame, *, max_rows: int | None = 50, digits: int = 3):
    """``table`` as escaped HTML with every text in full: the sentences behind a number.

    Article text is untrusted, so every cell is HTML-escaped (``escape=True``); long
    texts wrap instead of being cut at pandas' display width, line breaks inside a text
    show as ``¶``, and floats are rounded to ``digits`` decimals.
    """
    from IPython.display import HTML

    shown = table if max_rows is None else table.head(max_rows)
    texts = [c for c in shown.columns if pd.api.types.is_string_dtype(shown[c])]
    shown = shown.assign(**{c: shown[c].str.replace(r"\s*\n\s*", " ¶ ", regex=True) for c in texts})
    with pd.option_context("display.max_colwidth", None):
        body = shown.to_html(
            index=False,
            escape=True,
            na_rep="",
            border=0,
            classes="evidence",
            float_format=lambda x: f"{x:.{digits}f}",
        )
    note = "<p><em>No rows.</em></p>" if table.empty else ""
    if max_rows is not None and len(table) > max_rows:
        note = f"<p><small>first {max_rows} of {len(table)} rows</small></p>"
    return HTML(body + note)
