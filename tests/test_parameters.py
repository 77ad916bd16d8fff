"""Report parameters cannot silently mislead: checked once, actors resolved, clear errors."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus import cli, explore, reports
from cscaucasus.build import write_corpus
from cscaucasus.parameters import ParameterError, check_parameters, resolve_actors

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"actors": "Nikol Pashinyan"}, "actors = the string 'Nikol Pashinyan': expected a list"),
        (
            {"actors": '["pashinian"]'},  # papermill -p actors '["pashinian"]'
            "actors = the string '[\"pashinian\"]': expected a list of names, e.g. "
            '["Nikol Pashinyan", "CSTO"]; papermill\'s -p passes text: give a list with '
            "-y 'actors: [...]'",
        ),
        ({"date_from": "yesterday"}, "date_from = 'yesterday': expected an ISO date"),
        ({"date_to": "2022-02-30"}, "date_to = '2022-02-30': expected an ISO date"),
        ({"min_n": "five"}, "min_n = 'five': expected a whole number of at least 1"),
        ({"min_n": 0}, "min_n = 0: expected a whole number"),
        ({"min_n": True}, "min_n = True: expected a whole number"),
        ({"domain_lexicon": "no"}, "domain_lexicon = 'no': expected true or false"),
        ({"by": "party"}, "by = 'party': expected one of speaker, affiliation, type, outlet"),
        (
            {"by": "affiliaton"},
            "by = 'affiliaton': expected one of speaker, affiliation, type, "
            "outlet; did you mean affiliation?",
        ),
        (
            {"score": "Compound"},
            "score = 'Compound': expected one of tone_score, tone, compound; "
            "did you mean compound?",
        ),
        ({"count": "articles"}, "count = 'articles': expected one of statements, reports"),
        ({"actor": ["CSTO"]}, "actor: no such parameter; did you mean actors?"),
        ({"date_form": "2022-01-01"}, "date_form: no such parameter; did you mean date_from?"),
        (
            {"date_from": "2022-03-01", "date_to": "2022-01-01"},
            "date_to = '2022-01-01': expected a date on or after date_from (2022-03-01)",
        ),
    ],
)
def test_a_wrong_parameter_is_one_line_naming_it(values, message):
    with pytest.raises(ParameterError) as caught:
        check_parameters(values)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


def test_good_parameters_are_normalised():
    import datetime as dt

    values = {"actors": ["CSTO "], "date_from": dt.date(2022, 1, 1), "min_n": 3, "by": "outlet"}
    assert check_parameters(values) == {
        "actors": ["CSTO"],
        "date_from": "2022-01-01",
        "min_n": 3,
        "by": "outlet",
    }
    assert check_parameters({"validation_path": 1}, known=["validation_path"]) == {
        "validation_path": 1
    }


@pytest.mark.parametrize(
    "name", ["Nikol Pashinyan", "Nikol Pashinian", "pashinyan", "PASHINIAN", "Pashinyán"]
)
def test_actor_focus_resolves_aliases_surname_case_and_accents(seed_corpus, name):
    names = explore.corpus_names(seed_corpus)
    assert resolve_actors([name], seed_corpus.actors, names) == ["Nikol Pashinyan"]


def test_an_unknown_actor_lists_the_closest(seed_corpus):
    with pytest.raises(ParameterError, match=r"'Pashinyn' matches no actor.*closest: .*Pashinyan"):
        resolve_actors(["Pashinyn"], seed_corpus.actors, explore.corpus_names(seed_corpus))


def test_an_ambiguous_actor_lists_every_match():
    actors = pd.DataFrame(
        {"name": ["Ilham Aliyev", "Heydar Aliyev"], "type": ["person"] * 2, "aliases": [[], []]}
    )
    with pytest.raises(ParameterError, match=r"'aliyev' matches several .*Heydar Aliyev, Ilham"):
        resolve_actors(["aliyev"], actors)


def test_spelling_variants_and_surnames_shared_through_spellings(seed_corpus):
    """With the transliteration rules, a German spelling finds its person, and a surname
    that two persons print ("Sarkisian": an alias of each) is ambiguous, as in the
    gazetteer, where it named one of them by its exact alias alone."""
    from cscaucasus.names import spelling_key

    names = explore.corpus_names(seed_corpus)

    def resolve(name: str, spelling=spelling_key) -> list[str]:
        return resolve_actors([name], seed_corpus.actors, names, spelling=spelling)

    assert resolve("Pashinjan") == resolve("pashinyan") == ["Nikol Pashinyan"]
    assert resolve("Schoigu") == ["Sergei Shoigu"]
    with pytest.raises(ParameterError, match="no actor"):
        resolve("Pashinjan", spelling=None)  # the control: without the rules
    with pytest.raises(
        ParameterError, match=r"'Sarkisian' matches several actors \(Armen Sarkissian, Serzh"
    ):
        resolve("Sarkisian")
    assert resolve("Serzh Sarkisian") == ["Serzh Sargsyan"]


def test_the_closest_actors_come_closest_first(seed_corpus):
    names = explore.corpus_names(seed_corpus)
    with pytest.raises(ParameterError, match=r"closest: Sergey Lavrov, "):
        resolve_actors(["Lavrof"], seed_corpus.actors, names)


def test_focus_resolves_names_and_refuses_unknown_ones(seed_corpus):
    by_surname = explore.focus(seed_corpus.statements, ["pashinyan"], known=seed_corpus.actors)
    exact = explore.focus(seed_corpus.statements, ["Nikol Pashinyan"])
    assert len(by_surname) == len(exact) > 0
    with pytest.raises(ParameterError, match="closest"):
        explore.focus(seed_corpus.statements, ["Pashinyn"])
    with pytest.raises(TypeError, match="focus: table must be a DataFrame"):
        explore.focus(seed_corpus, ["CSTO"])


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory, seed_corpus, raw_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("built") / "processed"
    write_corpus(seed_corpus, out, raw_dir)
    return out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-p", "actor", '["CSTO"]'], "error: actor: no such parameter; did you mean actors?"),
        (["-p", "actors", "Nikol Pashinyan"], "error: actors = the string 'Nikol Pashinyan'"),
        (["-p", "actors", '["Pashinyn"]'], "error: actors: 'Pashinyn' matches no actor"),
        (["-p", "date_from", "yesterday"], "error: date_from = 'yesterday': expected an ISO"),
        (["-p", "min_n", "five"], "error: min_n = 'five': expected a whole number"),
        (["--params-file", "my_params.yml"], "error: --params-file my_params.yml: no such file"),
    ],
)
def test_the_command_stops_before_any_notebook_runs(processed, tmp_path, capsys, argv, message):
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("earlier run", encoding="utf-8")
    code = cli.main(["reports", str(processed), "--out", str(out), *argv])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(message) and err.count("\n") == 1
    assert [p.name for p in out.iterdir()] == ["index.html"]  # nothing overwritten
    assert (out / "index.html").read_text(encoding="utf-8") == "earlier run"


def test_a_misspelt_parameter_in_a_file_is_caught(processed, tmp_path, capsys):
    params = tmp_path / "params.yml"
    params.write_text("date_form: 2022-01-01\n", encoding="utf-8")
    code = cli.main(
        ["reports", str(processed), "--out", str(tmp_path / "o"), "--params-file", str(params)]
    )
    assert code == 2 and "did you mean date_from?" in capsys.readouterr().err


def test_the_command_passes_canonical_actor_names(processed):
    from cscaucasus import reports_cli

    args = cli.parser().parse_args(
        ["reports", str(processed), "-p", "actors", '["pashinian", "csto"]']
    )
    notebooks = reports.find_notebooks(ROOT / "notebooks")
    assert reports_cli.checked_parameters(args, notebooks)["actors"] == ["Nikol Pashinyan", "CSTO"]


def test_open_corpus_before_a_build_says_to_build(tmp_path):
    (tmp_path / ".gitkeep").write_text("", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"run `make build` first"):
        explore.open_corpus(tmp_path)


def test_library_errors_name_the_argument(tmp_path, raw_dir):
    with pytest.raises(TypeError, match="sentiment_by_actor: statements must be a table"):
        cs.analysis.sentiment_by_actor(cs.Corpus())
    with pytest.raises(TypeError, match="statements_per_month: articles must be a table"):
        cs.analysis.statements_per_month(cs.Corpus().statements, cs.Corpus())
    with pytest.raises(TypeError, match="load_corpus: jobs must be a whole number"):
        cs.load_corpus(raw_dir, jobs="two")
    with pytest.raises(NotADirectoryError, match="is a file: give the folder"):
        cs.load_corpus(raw_dir / "metadata.csv")
    empty = cs.load_corpus(tmp_path)
    assert empty.articles.empty and empty.events.empty
    assert list(empty.problems.message) == ["no articles found in this folder"]


def test_unchanged_reports_are_not_run_again(processed, tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Tiny"),
        nbformat.v4.new_code_cell("n = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("print(n * 2)"),
    ]
    source = tmp_path / "01_tiny.ipynb"
    nbformat.write(nb, source)
    out = tmp_path / "out"

    def run(**options):
        return reports.run_reports([source], out, processed=processed, **options)[0]

    first = run(parameters={"n": 1})
    again = run(parameters={"n": 1})
    changed = run(parameters={"n": 2})
    forced = run(parameters={"n": 2}, force=True)
    assert first.status == "ok" and not first.reused
    assert again.reused and again.started == first.started and again.run_key == first.run_key
    assert not changed.reused and changed.run_key != first.run_key
    assert not forced.reused
    (out / "01_tiny.html").unlink()  # a report whose export is gone is run again
    assert not run(parameters={"n": 2}).reused
