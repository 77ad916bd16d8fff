"""The report notebooks: committed clean, parameterized, and running with non-default parameters.

(The default-parameter run on the seeds is in ``tests/test_reports.py``.) Also the small
helpers the notebooks call from :mod:`cscaucasus.reports`.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus import analysis, explore, kernel, notebook_git, reports
from cscaucasus.build import write_corpus

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
REQUIRED = {"corpus_path", "actors", "date_from", "date_to", "domain_lexicon", "min_n", "by"}
REQUIRED |= {"count", "score"}
FOCUS = {
    "actors": ["Nikol Pashinyan"],
    "date_from": "2022-01-01",
    "date_to": "2022-12-31",
    "domain_lexicon": False,
    "min_n": 2,
    "by": "affiliation",
    "count": "reports",
    "score": "compound",  # 03: VADER instead of the validated tone
}


def _generator():
    spec = importlib.util.spec_from_file_location(
        "make_notebooks", ROOT / "notebooks/make_notebooks.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE = _generator()


@cache
def _git_view() -> dict[Path, str]:
    texts = [p.read_text(encoding="utf-8") for p in NOTEBOOKS]
    return dict(zip(NOTEBOOKS, notebook_git.stripped(texts), strict=True))


def as_git_sees(path: Path) -> str:
    """The notebook through the nbstripout filter: what git stores, outputs or not on disk."""
    return _git_view()[path]


def test_five_numbered_notebooks():
    assert [p.stem for p in NOTEBOOKS] == [
        "01_corpus_overview",
        "02_statement_frequency",
        "03_sentiment_by_actor",
        "04_event_chronology",
        "05_validation",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_parameters_first(path: Path):
    nb = nbformat.reads(as_git_sees(path), as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    assert code[0].metadata.get("tags") == ["parameters"]
    assigned = {t.id for node in ast.parse(code[0].source).body for t in node.targets}
    assert assigned >= REQUIRED
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    prose = " ".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert len(prose.split()) > 60  # the charts are explained, not just drawn


def test_generator_reproduces_the_committed_notebooks():
    written = [nbformat.writes(nb) + "\n" for nb in MAKE.NOTEBOOKS.values()]
    assert notebook_git.stripped(written) == written  # as the git filter stores them
    for name, text in zip(MAKE.NOTEBOOKS, written, strict=True):
        assert text == as_git_sees(ROOT / "notebooks" / name), name


def test_set_up_installs_the_git_filter_and_the_save_hook(tmp_path: Path):
    assert "notebooks/*.ipynb filter=nbstripout" in (ROOT / ".gitattributes").read_text()
    stamp = (ROOT / "Makefile").read_text().split("$(GITSTAMP): $(STAMP)")[1].split("\n\n")[0]
    assert "-m cscaucasus.notebook_git install $(BIN)/python" in stamp
    notebook_git.install(tmp_path, "python", prefix=tmp_path / "venv")
    config = json.loads((tmp_path / "venv" / notebook_git.SERVER_CONFIG).read_text())
    assert (
        config["FileContentsManager"]["post_save_hook"]
        == "cscaucasus.notebook_git.refresh_git_index"
    )


def _repo_with_a_notebook(base: Path) -> tuple[list[str], Path]:
    git = ["git", "-C", str(base), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    (base / "notebooks").mkdir()
    shutil.copy(ROOT / ".gitattributes", base)
    shutil.copy(ROOT / ".gitignore", base)
    target = base / "notebooks" / NOTEBOOKS[0].name
    shutil.copy(NOTEBOOKS[0], target)
    notebook_git.install(base, sys.executable, prefix=base / "v")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "notebooks"], check=True)
    return git, target


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_notebook_run_in_place_leaves_git_clean(tmp_path: Path, seed_corpus, raw_dir: Path):
    """As in JupyterLab: run a notebook where it is and save it, outputs and all."""
    from jupyter_server.services.contents.filemanager import FileContentsManager
    from nbclient import NotebookClient

    git, target = _repo_with_a_notebook(tmp_path)
    write_corpus(seed_corpus, tmp_path / "data" / "processed", raw_dir)
    nb = nbformat.read(target, as_version=4)
    client = NotebookClient(
        nb, kernel_name="python3", kernel_manager_class=kernel.NativeKernelManager,
        resources={"metadata": {"path": str(target.parent)}},
    )  # fmt: skip
    client.execute()
    assert any(c.get("outputs") for c in nb.cells) and "version" in nb.metadata.language_info
    contents = FileContentsManager(root_dir=str(tmp_path), post_save_hook=notebook_git.HOOK)
    contents.save({"type": "notebook", "content": nb}, f"notebooks/{target.name}")
    assert nbformat.read(target, as_version=4).cells[2].outputs  # the outputs stay on disk
    status = subprocess.run([*git, "status", "--porcelain", "notebooks"], capture_output=True)
    assert status.stdout.decode() == ""
    assert notebook_git.stripped([target.read_text()]) == [NOTEBOOKS[0].read_text()]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_notebook_run_by_nbconvert_in_place_leaves_git_clean(
    tmp_path: Path, seed_corpus, raw_dir: Path
):
    """``jupyter nbconvert --execute --inplace``: the notebook keeps its outputs on disk,
    and nbconvert's post-processor tells git that its cleaned content is unchanged."""
    git, target = _repo_with_a_notebook(tmp_path)
    write_corpus(seed_corpus, tmp_path / "data" / "processed", raw_dir)
    config = tmp_path / "v" / notebook_git.NBCONVERT_CONFIG
    env = {**os.environ, "JUPYTER_CONFIG_PATH": str(config.parent)}
    nbconvert = [sys.executable, "-m", "nbconvert", "--to", "notebook", "--inplace"]

    def run(*args: str) -> str:
        command = [*nbconvert, *args, str(target)]
        subprocess.run(command, env=env, cwd=tmp_path, check=True, capture_output=True)
        done = subprocess.run([*git, "status", "--porcelain"], capture_output=True, check=True)
        return done.stdout.decode()

    assert run("--execute") == ""
    nb = nbformat.read(target, as_version=4)
    assert nb.cells[2].outputs  # the outputs stay on disk
    # a tool without the hook writing it (another output, stripped by the git filter):
    # git's size shortcut lists it as modified although git diff shows nothing
    nb.cells[2].outputs.append(nbformat.v4.new_output("stream", text="more\n"))
    nbformat.write(nb, target)
    status = subprocess.run([*git, "status", "--porcelain"], capture_output=True, check=True)
    assert status.stdout.decode() == f" M notebooks/{target.name}\n"
    assert run() == ""  # nbconvert writing it in place again: git is told


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_an_edited_notebook_still_shows_as_modified(tmp_path: Path):
    git, target = _repo_with_a_notebook(tmp_path)
    nb = nbformat.read(target, as_version=4)
    nb.cells[2].source += "\nprint('mine')"
    nbformat.write(nb, target)
    assert notebook_git.refresh_git_index(str(target), {"type": "notebook"}) is False
    status = subprocess.run([*git, "status", "--porcelain", "notebooks"], capture_output=True)
    assert status.stdout.decode().startswith(" M notebooks/")


@pytest.fixture(scope="module")
def reposted(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path) -> tuple[Path, cs.Corpus]:
    """The seeds and a repost of one of them: another outlet, a day later, a new headline
    and another site's boilerplate (a copy of its story: its statements are copies)."""
    raw = tmp_path_factory.mktemp("reposted") / "raw"
    shutil.copytree(raw_dir, raw)
    seed = "003_73cf8918bbe49edb.txt"
    body = (raw / seed).read_text(encoding="utf-8").split("\n", 1)[1]
    text = f"Yerevan says no to the CSTO declaration\n{body}\nFollow us on Telegram.\n"
    (raw / "005_repost.txt").write_text(text, encoding="utf-8")
    with (raw / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write("005_repost.txt,news.am,https://news.am/x,2022-11-24,Yerevan says no,\n")
    return raw, cs.load_corpus(raw)


@pytest.fixture(scope="module")
def focused(tmp_path_factory: pytest.TempPathFactory, reposted):
    """Every notebook run once on the seeds and a repost with a focus actor, a period,
    VADER only, every report counted."""
    base = tmp_path_factory.mktemp("notebooks")
    write_corpus(reposted[1], base / "processed", reposted[0])
    results = reports.run_reports(
        NOTEBOOKS, base / "out", processed=base / "processed", parameters=FOCUS, jobs=2
    )
    return {r.name: r for r in results}, base / "out"


def printed(out: Path, name: str) -> list[str]:
    nb = nbformat.read(out / f"{name}.ipynb", as_version=4)
    return [
        line
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "stream"
        for line in o.text.splitlines()
    ]


def test_every_notebook_runs_with_non_default_parameters(focused):
    results, _ = focused
    assert {n: r.status for n, r in results.items()} == {p.stem: "ok" for p in NOTEBOOKS}
    extra = {"05_validation": {"validation_path": "../coding/validation.json"}}
    assert all(
        r.parameters == {"corpus_path": r.parameters["corpus_path"], **FOCUS, **extra.get(n, {})}
        for n, r in results.items()
    )


def test_parameters_reach_the_analysis(focused, reposted):
    _, out = focused
    period = explore.select_period(reposted[1], "2022-01-01", "2022-12-31")
    statements = explore.focus(period.statements, ["Nikol Pashinyan"])
    header = (
        f"{len(period.articles)} articles, {len(period.statements)} statements, "
        f"{len(period.events)} events; period 2022-01-01 to 2022-12-31; focus: Nikol Pashinyan"
    )
    assert printed(out, "01_corpus_overview")[0] == header
    lines = printed(out, "03_sentiment_by_actor")
    rescored = cs.sentiment.score_statements(statements, domain=False)
    n = int((rescored.compound.notna() & rescored.speaker.notna()).sum())
    assert lines[1] == f"{n} scored statements with a speaker; lexicon: VADER only"
    assert lines[2] == "score: VADER compound; counting reports"
    unresolved = int(statements.speaker.isna().sum())
    assert printed(out, "02_statement_frequency")[1] == (
        f"{len(statements)} statements, {unresolved} without a resolved speaker (left out below)"
    )
    distinct = len(cs.stories.one_per_cluster(statements))
    assert distinct < len(statements)  # the repost's statements are copies
    assert printed(out, "02_statement_frequency")[2] == (
        f"counting reports: {distinct} distinct statements in {len(statements)} reports"
    )
    assert lines[2].endswith("; counting reports")
    for name in ("02_statement_frequency", "03_sentiment_by_actor"):  # grouped by affiliation
        page = (out / f"{name}.html").read_text(encoding="utf-8")
        assert "<th>affiliation</th>" in page and "<th>speaker</th>" not in page.split("<h2")[2]


def _section(page: str, title: str) -> str:
    """The HTML of a report's section, from its heading to the next one."""
    return page.split(f">{title}<", 1)[1].split("<h2", 1)[0]


def test_reports_show_both_counts_and_the_corroborated_statements(focused, reposted):
    _, out = focused
    page = (out / "02_statement_frequency.html").read_text(encoding="utf-8")
    period = explore.select_period(reposted[1], "2022-01-01", "2022-12-31")
    per_actor = cs.analysis.statements_per_actor(
        explore.focus(period.statements, ["Nikol Pashinyan"]),
        by="affiliation",
        actors=reposted[1].actors,
        count="reports",
    )
    both = _section(page, "Statements or reports")
    assert "<th>statements (statements)</th>" in both and "<th>statements (reports)</th>" in both
    first = per_actor.iloc[0]  # (Nikol Pashinyan's side: his copied statements)
    assert f"<td>{first.affiliation}</td>" in both and f"<td>{first.statements}</td>" in both
    assert f"<td>{first.statements}</td>" in _section(page, "Who speaks")  # count reached it
    top = _section(page, "Most corroborated statements")
    assert "<td>Horizon Weekly, news.am</td>" in top and "<th>outlets</th>" in top
    page = (out / "03_sentiment_by_actor.html").read_text(encoding="utf-8")
    assert "<th>n (reports)</th>" in _section(page, "Statements or reports")


# --------------------------------------------------------------------------- helpers


def corpus_of(dates: list[str | None]) -> cs.Corpus:
    """Three articles with one statement each; only the columns the helpers read."""
    ids = ["a0", "a1", "a2"]
    articles = pd.DataFrame({"article_id": ids, "published": pd.to_datetime(dates)})
    statements = pd.DataFrame(
        {
            "statement_id": ["a0-s", "a1-s", "a2-s"],
            "article_id": ids,
            "speaker": pd.array(["Nikol Pashinyan", None, "CSTO"], dtype="string"),
            "targets": [[], ["Nikol Pashinyan"], ["Azerbaijan"]],
        }
    )
    problems = pd.DataFrame({"path": ["x.txt"], "severity": ["warning"], "message": ["m"]})
    return cs.Corpus(articles=articles, statements=statements, problems=problems)


def test_select_period_is_inclusive_and_drops_undated_articles():
    corpus = corpus_of(["2022-01-01", None, "2022-03-31"])
    chosen = explore.select_period(corpus, "2022-01-01", "2022-03-31")
    assert list(chosen.articles.article_id) == ["a0", "a2"]
    assert list(chosen.statements.article_id) == ["a0", "a2"]
    assert len(chosen.problems) == 1
    assert list(explore.select_period(corpus, date_to="2022-02-01").articles.article_id) == ["a0"]
    assert explore.select_period(corpus) is corpus


def test_focus_matches_speaker_or_target():
    statements = corpus_of(["2022-01-01", None, "2022-03-31"]).statements
    assert list(explore.focus(statements, ["Nikol Pashinyan"]).statement_id) == ["a0-s", "a1-s"]
    assert list(explore.focus(statements, ["Azerbaijan"]).statement_id) == ["a2-s"]
    assert len(explore.focus(statements, [])) == 3


def test_article_overview_counts(seed_corpus):
    overview = analysis.article_overview(seed_corpus)
    assert overview.sentences.sum() == len(seed_corpus.sentences)
    assert overview.removed.sum() == len(seed_corpus.boilerplate)
    assert overview.published.is_monotonic_increasing


def test_extreme_statements_lists_drivers():
    statements = pd.DataFrame(
        {
            "statement_id": ["s1", "s2", "s3"],
            "speaker": ["A", "B", "C"],
            "text": ["This is a terrible failure.", "A great success.", "It is Monday."],
            "compound": [-0.7, 0.8, 0.0],
        }
    )
    table = analysis.extreme_statements(statements, n=1)
    assert list(table.end) == ["negative", "positive"]
    assert list(table.speaker) == ["A", "B"]
    negative = dict(part.rsplit(" ", 1) for part in table.drivers[0].split("; "))
    positive = dict(part.rsplit(" ", 1) for part in table.drivers[1].split("; "))
    assert set(negative) == {"terrible", "failure"} and set(positive) == {"great", "success"}
    assert all(float(v) < 0 for v in negative.values())
    assert all(float(v) > 0 for v in positive.values())


def test_open_corpus_reloads_built_tables_with_their_lists(focused, reposted):
    _, out = focused
    reloaded = explore.open_corpus(out.parent / "processed")
    assert reloaded.statements.targets.equals(reposted[1].statements.targets)
    assert reloaded.events.actors.equals(reposted[1].events.actors)


def test_date_labels_follow_precision():
    dates = pd.Series(pd.to_datetime(["2022-11-23", "2022-11-01", "2022-01-01", None]))
    precision = pd.Series(["day", "month", "year", None])
    labels = analysis.date_labels(dates, precision)
    assert list(labels[:3]) == ["23 Nov 2022", "Nov 2022", "2022"] and pd.isna(labels[3])


def test_open_corpus_loads_a_raw_folder(raw_dir: Path, seed_corpus):
    corpus = explore.open_corpus(raw_dir)
    assert corpus.statements.text.equals(seed_corpus.statements.text)
