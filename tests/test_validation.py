"""Hand validation end to end on the seed corpus: sample, fill in sheets as coders would
(two who disagree, a wrong code, an empty sheet), validate, and check the figures."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from cscaucasus import validation as v
from cscaucasus.cli import main


@pytest.fixture(autouse=True)
def few_replicates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(v, "BOOTSTRAP", 200)  # intervals stay intervals, tests stay fast


def test_alpha_matches_krippendorffs_published_example():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School
    for Communication, University of Pennsylvania, section C ("nominal data, any number of
    observers, missing values"): 4 observers, 12 units, alpha = .743 (exactly 113/152)."""
    n = np.nan
    data = np.array(
        [
            [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
            [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
        ]
    )
    assert round(v.alpha(data, "nominal"), 3) == 0.743
    assert v.alpha(data, "nominal") == pytest.approx(113 / 152, abs=1e-12)
    assert round(v.alpha(data, "ordinal"), 3) == 0.815  # the paper's ordinal alpha
    figure = v.alpha_figure(data, "nominal", None)
    assert figure["n"] == 11  # unit 12 has one value: not pairable
    assert figure["low"] < figure["value"] < figure["high"]


def test_alpha_is_undefined_without_variation():
    assert math.isnan(v.alpha(np.array([[1.0, 1.0], [1.0, 1.0]]), "nominal"))


def test_wilson_interval_at_the_edges():
    low, high = v.wilson(10, 10)
    assert high == 1.0 and 0.69 < low < 0.73  # 10/10 is not certainty
    assert v.wilson(0, 10)[0] == pytest.approx(0.0, abs=1e-12)


@given(st.dictionaries(st.text(min_size=1, max_size=3), st.integers(0, 50), max_size=6),
       st.integers(0, 120), st.booleans())  # fmt: skip
def test_allocate_never_overdraws(sizes, n, proportional):
    take = v.allocate(sizes, n, proportional=proportional)
    assert sum(take.values()) == min(n, sum(sizes.values()))
    assert all(0 < take[k] <= sizes[k] for k in take)


# --------------------------------------------------------------------------- sampling


@pytest.fixture(scope="module")
def samples(seed_corpus, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("coding")
    out = {}
    for kind, stratify, name in (
        ("statements", ["speaker"], "statements.xlsx"),
        ("events", [], "events.csv"),
        ("sentiment", ["outlet"], "sentiment.xlsx"),
    ):
        sample = v.make_sample(seed_corpus, kind, 30, stratify=stratify, seed=7)
        v.write_sheet(sample, folder / name)
        out[kind] = folder / name
    return out


def test_sampling_is_reproducible_from_the_seed(seed_corpus):
    one = v.make_sample(seed_corpus, "statements", 20, stratify=["outlet"], seed=11)
    two = v.make_sample(seed_corpus, "statements", 20, stratify=["outlet"], seed=11)
    other = v.make_sample(seed_corpus, "statements", 20, stratify=["outlet"], seed=12)
    pd.testing.assert_frame_equal(one.coding, two.coding)
    pd.testing.assert_frame_equal(one.machine, two.machine)
    assert set(one.machine.sentence_id.astype(str) + one.machine.article_id) != set(
        other.machine.sentence_id.astype(str) + other.machine.article_id
    )


def test_statement_sample_holds_blinded_non_statements(seed_corpus, samples):
    wb = load_workbook(samples["statements"])
    assert wb.sheetnames == ["coding", "codebook", "sample", "machine", "aliases"]
    assert wb["machine"].sheet_state == "hidden" and wb["coding"].sheet_state == "visible"
    coding = pd.read_excel(samples["statements"], sheet_name="coding")
    machine = pd.read_excel(samples["statements"], sheet_name="machine")
    assert not [c for c in coding.columns if c.startswith("machine") or c == "stratum"]
    assert list(coding.unit_id) == sorted(coding.unit_id)  # rows in id order, ids random
    said = machine.set_index("unit_id").machine_is_statement
    assert 10 <= (said == "yes").sum() <= 20 and (said == "no").sum() >= 10
    negative = machine[machine.machine_is_statement == "no"].stratum
    cues = ("speech verb and quote", "speech verb", "quote", "neither")
    assert set(negative) <= {f"not a statement: {c}" for c in cues}
    # a machine statement's sentence is marked in its paragraph, and really holds it
    row = coding.merge(machine, on="unit_id").query("machine_is_statement == 'yes'").iloc[0]
    assert f"[[{row.sentence}]]" in row.paragraph
    statements = seed_corpus.statements
    spoken = statements[statements.article_id == row.article_id]
    sentence = seed_corpus.sentences.query(
        f"article_id == '{row.article_id}' and sentence_id == {row.sentence_id}"
    ).iloc[0]
    assert ((spoken.start < sentence.end) & (spoken.end > sentence.start)).any()
    overlapping = spoken[(spoken.start < sentence.end) & (spoken.end > sentence.start)]
    assert row.statement_ids.split(" | ") == overlapping.statement_id.tolist()


def test_codebook_defines_every_code_in_plain_words(samples):
    codebook = pd.read_excel(samples["statements"], sheet_name="codebook")
    defined = dict(zip(codebook.column, codebook.meaning, strict=True))
    for code in ("is_statement", "speaker", "kind", "coder"):
        assert len(defined[code].split()) >= 8
    assert "Fill in only when is_statement is yes" in defined["speaker"]


def test_csv_sheet_keeps_the_machine_codes_apart(samples):
    path = samples["events"]
    header = next(csv.reader(path.open(encoding="utf-8-sig")))
    assert header[:2] == ["unit_id", "outlet"] and "machine_date" not in header
    key = json.loads(path.with_suffix(".key.json").read_text())
    assert key["info"]["kind"] == "events" and len(key["machine"]) == 30
    assert path.with_suffix(".codebook.csv").exists()


def test_sentiment_sample_picks_up_a_tone_column(seed_corpus):
    sample = v.make_sample(seed_corpus, "sentiment", 10, seed=1)
    tones = seed_corpus.statements.set_index("statement_id").tone
    machine = sample.machine.set_index("statement_id")
    assert machine.machine_tone.tolist() == [float(tones[i]) for i in machine.index]
    corpus = v.Corpus(**seed_corpus.tables())
    corpus.statements = seed_corpus.statements.drop(columns="tone")
    plain = v.make_sample(corpus, "sentiment", 10, seed=1)
    assert "machine_tone" not in plain.machine
    assert plain.machine.machine_vader_domain.tolist() == machine.machine_vader_domain.tolist()


def test_bad_sample_requests_are_refused(seed_corpus):
    with pytest.raises(ValueError, match="cannot stratify events by speaker"):
        v.make_sample(seed_corpus, "events", 5, stratify=["speaker"])
    with pytest.raises(ValueError, match="kind must be one of"):
        v.make_sample(seed_corpus, "quotes", 5)


# --------------------------------------------------------------------------- coding


def machine_of(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.DataFrame(json.loads(path.with_suffix(".key.json").read_text())["machine"])
    return pd.read_excel(path, sheet_name="machine", dtype={"machine_date": str})


def fill_xlsx(src: Path, dst: Path, codes: dict[str, dict], coder: str | None) -> Path:
    wb = load_workbook(src)
    ws = wb["coding"]
    head = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for column, value in codes.get(row[0].value, {}).items():
            row[head.index(column)].value = value
        if coder:
            row[head.index("coder")].value = coder
    wb.save(dst)
    return dst


def as_machine(machine: pd.DataFrame) -> dict[str, dict]:
    """Codes a coder who agrees with the machine on everything would give."""
    codes = {}
    for r in machine.itertuples():
        yes = r.machine_is_statement == "yes"
        codes[r.unit_id] = {
            "is_statement": r.machine_is_statement,
            "speaker": r.machine_speaker.split(" | ")[0] if yes else None,
            "kind": r.machine_kind.split(" | ")[0] if yes else None,
        }
    return codes


@pytest.fixture(scope="module")
def coded(samples, tmp_path_factory) -> dict:
    """Coder A agrees with the machine; B and C (the majority) reject 3 of its statements
    and find 2 it missed, one by a speaker written as a surname."""
    folder = tmp_path_factory.mktemp("coded")
    machine = machine_of(samples["statements"])
    a = as_machine(machine)
    b = {u: dict(c) for u, c in a.items()}
    yes = sorted(u for u, c in a.items() if c["is_statement"] == "yes")[:3]
    no = sorted(u for u, c in a.items() if c["is_statement"] == "no")[:2]
    for u in yes:
        b[u] = {"is_statement": "no", "speaker": None, "kind": None}
    for u in no:
        b[u] = {"is_statement": "Yes", "speaker": "Pashinyan", "kind": "direct"}
    sheets = [
        fill_xlsx(samples["statements"], folder / f"{name}.xlsx", codes, name)
        for name, codes in (("A", a), ("B", b), ("C", b))
    ]
    return {"sheets": sheets, "machine": machine, "a": a, "b": b, "yes": yes, "no": no}


def test_two_coders_who_disagree(coded):
    result = v.validate(coded["sheets"][:2])
    (sample,) = result["samples"]
    assert sample["coders"] == ["A", "B"] and sample["units_coded"] == 30
    is_statement = next(r for r in sample["reliability"] if r["code"] == "is_statement")
    units = sorted(coded["a"])
    matrix = np.array(
        [[1.0 if coded[c][u]["is_statement"].lower() == "yes" else 0.0 for u in units]
         for c in ("a", "b")]
    )  # fmt: skip
    expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    assert is_statement["value"] == pytest.approx(expected, abs=1e-4) and expected < 0.9
    assert is_statement["agreement"] == pytest.approx(25 / 30, abs=1e-4)
    assert is_statement["low"] <= is_statement["value"] <= is_statement["high"]
    # two coders who disagree leave those units without a reference
    assert sample["agreement"]["undecided"] == 5
    assert sample["agreement"]["precision"]["value"] == 1.0


def test_machine_against_the_majority_is_weighted_by_the_strata(coded):
    result = v.validate(coded["sheets"])
    agreement = result["samples"][0]["agreement"]
    m = coded["machine"].set_index("unit_id")
    weight = m.stratum_size / m.stratum_n
    tp = sum(weight[u] for u, c in coded["b"].items() if c["is_statement"] == "yes"
             and m.machine_is_statement[u] == "yes")  # fmt: skip
    fp = sum(weight[u] for u in coded["yes"])
    fn = sum(weight[u] for u in coded["no"])
    assert agreement["precision"]["value"] == pytest.approx(tp / (tp + fp), abs=1e-4)
    assert agreement["recall"]["value"] == pytest.approx(tp / (tp + fn), abs=1e-4)
    assert agreement["precision"]["n"] == int((m.machine_is_statement == "yes").sum())
    assert agreement["speaker_accuracy"]["value"] == 1.0
    assert agreement["recall"]["low"] < agreement["recall"]["value"] < 1.0


def test_wrong_code_is_named_by_sheet_row_and_column(coded, tmp_path):
    unit = sorted(coded["a"])[4]
    bad = fill_xlsx(coded["sheets"][0], tmp_path / "bad.xlsx", {unit: {"is_statement": "maybe"}},
                    None)  # fmt: skip
    with pytest.raises(v.ValidationError) as error:
        v.validate([bad, coded["sheets"][1]])
    (problem,) = error.value.problems
    assert (problem.sheet, problem.row, problem.column) == (str(bad), 6, "is_statement")
    assert "'maybe' is not one of: yes / no" in str(problem)
    assert f"{bad}, sheet 'coding', row 6, column 'is_statement'" in str(error.value)


def test_missing_speaker_is_named(coded, tmp_path):
    unit = next(u for u, c in sorted(coded["a"].items()) if c["is_statement"] == "yes")
    bad = fill_xlsx(coded["sheets"][0], tmp_path / "gap.xlsx", {unit: {"speaker": None}}, None)
    with pytest.raises(v.ValidationError) as error:
        v.validate([bad])
    assert [(p.column, p.message) for p in error.value.problems] == [("speaker", "missing code")]


def test_empty_sheet_is_a_clear_error_or_skipped(samples, coded, tmp_path, capsys):
    empty = fill_xlsx(samples["statements"], tmp_path / "empty.xlsx", {}, None)
    with pytest.raises(v.ValidationError, match="no unit is coded"):
        v.validate([empty, coded["sheets"][0]])
    result = v.validate([empty, coded["sheets"][0]], allow_partial=True)
    assert result["samples"][0]["coders"] == ["A"]
    assert any("no unit is coded" in note for note in result["notes"])
    assert main(["validate", str(empty), "--no-report"]) == 1
    assert "no unit is coded" in capsys.readouterr().err


def test_partial_sheet_leaves_uncoded_rows_out(samples, coded, tmp_path):
    some = dict(list(sorted(coded["a"].items()))[:12])
    partial = fill_xlsx(samples["statements"], tmp_path / "partial.xlsx", some, "D")
    with pytest.raises(v.ValidationError, match="missing code"):
        v.validate([partial])
    result = v.validate([partial], allow_partial=True)
    assert result["samples"][0]["sheets"][0] == {
        "file": str(partial), "coder": "D", "coded": 12, "skipped": 18,
    }  # fmt: skip


def test_one_coder_twice_is_refused(coded, tmp_path):
    copy = tmp_path / "again.xlsx"
    copy.write_bytes(coded["sheets"][0].read_bytes())
    with pytest.raises(v.ValidationError, match="coder 'A' also coded sample"):
        v.validate([coded["sheets"][0], copy])


def test_event_dates_from_a_csv_sheet(samples, tmp_path):
    path = samples["events"]
    machine = machine_of(path).set_index("unit_id")
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    for i, row in enumerate(rows):
        row["is_event"] = "no" if i == 0 else "yes"
        row["date"] = "" if i == 0 else (machine.machine_date[row["unit_id"]] or "2022")
        if i == 1:
            row["date"] = "1999-12"
    coded = tmp_path / path.name  # beside its key file, as a coder's copy would be
    for extra in (".key.json",):
        coded.with_suffix(extra).write_bytes(path.with_suffix(extra).read_bytes())
    with coded.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    agreement = v.validate([coded])["samples"][0]["agreement"]
    assert agreement["event_precision"]["value"] == pytest.approx(29 / 30, abs=1e-4)
    undated = int((machine.machine_date.fillna("") == "").iloc[2:].sum())
    right = 28 - undated
    assert agreement["date_accuracy"]["value"] == pytest.approx(right / 29, abs=1e-4)
    assert agreement["date_accuracy"]["method"] == "wilson"


def test_tone_agreement_with_confusion_table(samples, tmp_path):
    machine = machine_of(samples["sentiment"]).set_index("unit_id")
    truth = dict(zip(machine.index, v.tone_of(machine.machine_vader_domain), strict=True))
    flipped = sorted(truth)[:4]
    codes = {u: {"tone": -truth[u] if u in flipped and truth[u] else t} for u, t in truth.items()}
    sheet = fill_xlsx(samples["sentiment"], tmp_path / "tone.xlsx", codes, "E")
    agreement = v.validate([sheet])["samples"][0]["agreement"]
    domain = agreement["machine_vader_domain"]
    wrong = sum(1 for u in flipped if truth[u])
    assert domain["accuracy"]["n"] == 30
    assert sum(sum(row.values()) for row in domain["confusion"].values()) == 30
    diagonal = sum(domain["confusion"][str(t)][str(t)] for t in (-1, 0, 1))
    assert diagonal == 30 - wrong
    assert domain["alpha"]["level"] == "ordinal"
    assert "machine_vader_plain" in agreement
    assert agreement["machine_tone"]["label"] == "statements.tone"
    assert agreement["machine_tone"]["accuracy"]["n"] == 30
    assert agreement["majority_class"]["n"] == 30


def test_cli_sample_and_validate_write_the_same_bytes_twice(raw_dir, tmp_path, capsys):
    out = tmp_path / "s.xlsx"
    code = main(["sample", "statements", "--n", "12", "--seed", "5", "--corpus", str(raw_dir),
                 "--out", str(out), "--stratify", "outlet"])  # fmt: skip
    assert code == 0 and "12 statements units" in capsys.readouterr().out
    machine = pd.read_excel(out, sheet_name="machine")
    sheet = fill_xlsx(out, tmp_path / "coded.xlsx", as_machine(machine), "F")
    results = []
    for name in ("one.json", "two.json"):
        assert main(["validate", str(sheet), "--out", str(tmp_path / name), "--no-report"]) == 0
        results.append((tmp_path / name).read_bytes())
    assert results[0] == results[1]
    text = capsys.readouterr().out
    assert "precision 1.00" in text and "Sample S" in text


def test_report_tables_and_methods_text(coded):
    result = v.validate(coded["sheets"])
    assert list(v.sample_table(result).coders) == ["A, B, C"]
    assert set(v.reliability_table(result).code) == {
        "is a statement", "speaker", "direct / indirect",
    }  # fmt: skip
    figures = v.agreement_table(result).figure.tolist()
    assert figures[:3] == ["statements: precision", "statements: recall", "statements: F1"]
    text = v.methods_text(result)
    assert "Krippendorff's alpha (nominal) for is a statement" in text
    assert "weighted by the strata's sampling rates" in text
    assert v.methods_text(None).startswith("No validation yet")
    assert v.sample_table(None).empty and v.confusion_tables(None) == {}


def test_validation_report_cites_the_figures(coded, tmp_path):
    """05_validation runs on a validation.json and prints the methods paragraph."""
    import nbformat

    from cscaucasus import reports

    result = v.validate(coded["sheets"])
    path = v.write_result(result, tmp_path / "validation.json")
    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "05_validation.ipynb"
    (report,) = reports.run_reports(
        [notebook], tmp_path / "out", processed=tmp_path, parameters={"validation_path": str(path)}
    )
    assert report.status == "ok" and report.html == "05_validation.html"
    nb = nbformat.read(tmp_path / "out" / "05_validation.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code"
                      for o in c.outputs)  # fmt: skip
    assert v.methods_text(result).splitlines()[0] in printed
    page = (tmp_path / "out" / "05_validation.html").read_text(encoding="utf-8")
    assert "statements: precision" in page and "Reliability between the coders" in page
