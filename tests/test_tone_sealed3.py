"""tone_sealed3 (tests/data/tone_sealed3_README.md): the third sealed tone set of issue 17,
made by the method of tone_sealed2. Only its shape is checked here (texts, sample, the
coders' sheets and their columns) and the two coders against each other (the ceiling); no
method is scored and no coder is compared with the machine (the set is sealed)."""

from __future__ import annotations

import csv
import importlib.resources
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from cscaucasus import evaluate_tone
from cscaucasus import validation as v

DATA = Path(__file__).parent / "data"
SET = DATA / "tone_sealed3"
CONTEXT = ["unit_id", "outlet", "published", "title", "speaker", "statement", "paragraph"]
#: targets that name a real actor the gazetteer does not hold (README, "Stance")
NOT_IN_GAZETTEER = {
    "Commonwealth of Independent States",
    "Eurasian Economic Union",
    "India",
    "Israel",
    "West",
}
#: sets labelled while this one was made (README, "Texts"): none now shares an outlet
#: (devnews3 gave its three shared articles other outlets before landing)
LATER: set[str] = set()
#: coder B's targets outside the gazetteer: A's list without two A used, plus "the
#: government" in an Armenian opposition MP's mouth, which B named apart from Armenia
B_NOT_IN_GAZETTEER = {"Eurasian Economic Union", "Government of Armenia", "India", "Israel", "West"}


#: A coder's sheet: the blind sample's context, then the codes.
CODED_COLUMNS = [*CONTEXT, "tone", "target", "stance", "coder", "note"]


def read_sheet(own: Path, name: str) -> pd.DataFrame:
    """A sheet of a sealed tone set, as the coders saved it."""
    return pd.read_csv(own / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _sheet(name: str) -> pd.DataFrame:
    return read_sheet(SET, name)


def coder_b_sheet(own: Path) -> pd.DataFrame:
    """Coder B's sheet of a sealed set (used by every test_tone_sealed*): the coders'
    columns and the blind sample's context, row for row; returns it."""
    coded = read_sheet(own, "coder_b.csv")
    assert list(coded.columns) == CODED_COLUMNS
    pd.testing.assert_frame_equal(coded[CONTEXT], read_sheet(own, "sample.csv")[CONTEXT])
    return coded


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    sample, coded = _sheet("sample.csv"), _sheet("coder_a.csv")
    assert len(sample) == 422 and sample.unit_id.is_unique
    assert sample.speaker.value_counts().ge(10).sum() == 15
    assert list(coded.columns) == CODED_COLUMNS
    pd.testing.assert_frame_equal(coded[CONTEXT], sample[CONTEXT])
    # the workflow reads the sheet (extra columns are the coder's own)
    checked = v.check_sheets([SET / "coder_a.csv"])
    (coding,) = checked.codings
    assert coding.kind == "sentiment" and coding.codes.tone.notna().sum() == 422
    assert set(coded.tone) == {"-1", "0", "1"} and set(coded.coder) == {"A"}


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    gazetteer = yaml.safe_load(
        (importlib.resources.files("cscaucasus") / "data" / "actors.yml").read_text("utf-8")
    )
    names = {a["name"] for a in gazetteer["actors"]}
    for sheet, outside in [("coder_a.csv", NOT_IN_GAZETTEER), ("coder_b.csv", B_NOT_IN_GAZETTEER)]:
        coded = _sheet(sheet)
        assert ((coded.target == "") == (coded.stance == "")).all()
        assert set(coded.stance[coded.target != ""]) == {"-1", "0", "1"}
        targets = set(coded.target) - {""}
        assert targets - names == outside


def test_coder_b_coded_the_same_sample_in_the_same_columns() -> None:
    coded = coder_b_sheet(SET)
    assert set(coded.tone) == {"-1", "0", "1"} and set(coded.coder) == {"B"}
    assert coded.note.str.startswith("hard").sum() == 129


def tone_sheet_of_the_coders(own: Path, tmp: Path) -> pd.DataFrame:
    """The tone sheet ``validate --tone-sheet`` writes from a sealed set's two coders'
    sheets, checked to be byte for byte the set's committed ``<set>.csv`` (also used by
    test_tone_sealed4 and test_tone_sealed_sets); its coder columns are A's, B's and their
    agreed code."""
    table = v.tone_sheet(v.check_sheets([own / "coder_a.csv", own / "coder_b.csv"]))
    written = v.write_tone_sheet(table, tmp / own.with_suffix(".csv").name)
    assert written.read_bytes() == own.with_suffix(".csv").read_bytes()
    assert list(evaluate_tone.coder_columns(table)) == ["tone_a", "tone_b", "tone"]
    return table


def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(tmp_path) -> None:
    """tone_sealed3.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte (README, "Coder B and the agreement"); only the coders are
    compared: A's and B's alpha, the ceiling, is the README's figure."""
    table = tone_sheet_of_the_coders(SET, tmp_path)
    codes = evaluate_tone.coder_columns(table)
    assert len(table) == 422
    assert list(table.columns[-2:]) == ["target", "stance"]
    assert round(evaluate_tone.alpha(codes["tone_a"], codes["tone_b"]), 3) == 0.970
    assert (table.tone == "").sum() == 15


def coder_figures(own: Path, sample: str) -> dict[str, object]:
    """The two coders' figures in a sealed set's README (also used by test_tone_sealed4
    and test_tone_sealed_sets):
    ``validate``'s intercoder alphas (tone, target, stance; rounded, with n), then with exact
    target names the statements with the same target (or none), those where both named
    the same one, and Krippendorff's alpha (ordinal) of the stance on those."""
    checked = v.check_sheets([own / "coder_a.csv", own / "coder_b.csv"])
    figures: dict[str, object] = {
        r["code"]: (round(r["value"], 3), r["n"]) for r in v.reliability(checked.samples()[sample])
    }
    a, b = (
        pd.read_csv(own / f"coder_{x}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for x in "ab"
    )
    same = a.target == b.target
    shared = same & (a.target != "")
    pair = np.array([a.stance[shared].astype(float), b.stance[shared].astype(float)])
    figures |= {"same target": int(same.sum()), "same named target": int(shared.sum())}
    return figures | {"stance alpha there": round(v.alpha(pair, "ordinal", [-1, 0, 1]), 3)}


def test_the_coders_agree_on_tone_targets_and_stance() -> None:
    """The README's table: validate's three alphas, the share of statements with the same
    target (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(SET, "T2ADD") == {
        "tone": (0.970, 422),
        "target": (0.895, 422),
        "stance": (0.996, 204),
        "same target": 389,
        "same named target": 201,
        "stance alpha there": 0.996,
    }


def outlets_of_other_sets(own: Path, leave_out: set[str]) -> set[str]:
    """Every outlet (casefolded) named in an ``outlet`` column of a CSV under tests/data,
    outside the set folder ``own``, its tone sheet and the files named in ``leave_out``
    (also used by test_tone_sealed4 and test_tone_sealed_sets)."""
    others: set[str] = set()
    for path in sorted(DATA.rglob("*.csv")):
        if own in path.parents or path.name in leave_out or path == own.with_suffix(".csv"):
            continue
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if "outlet" in (reader.fieldnames or []):
                others |= {(r["outlet"] or "").casefold() for r in reader}
    return others


def openings_in_statement_sets(own: Path, files: pd.Series, length: int = 120) -> list[str]:
    """The openings (first ``length`` characters) of the set's articles that a statements
    set's ``text`` holds: none, when the articles are used nowhere else."""
    texts = "\n".join(
        pd.concat(
            pd.read_csv(p, dtype=str, usecols=lambda c: c == "text")
            for p in sorted(DATA.glob("*_statements.csv"))
        ).text.dropna()
    )
    openings = [(own / "articles" / f).read_text("utf-8")[:length].strip() for f in files]
    return [o for o in openings if o in texts]


def blind_sheet_and_coder_a(own: Path, rows: int, sample: str, speakers: int) -> pd.DataFrame:
    """A sealed set's blind sheet and coder A's copy of it (used by test_tone_sealed4 and
    test_tone_sealed_sets): ``rows`` statements of one sample, ``speakers`` speakers with ten
    statements or more, nothing coded in the blind sheet, coder A's columns and context the
    blind sheet's, and the workflow reads A's sheet with a tone on every row; returns A's."""
    blind, coded = read_sheet(own, "sample.csv"), read_sheet(own, "coder_a.csv")
    assert len(blind) == rows and blind.unit_id.is_unique
    assert set(blind.unit_id.str.split("-").str[0]) == {sample}
    assert blind.speaker.value_counts().ge(10).sum() == speakers
    assert (blind[["tone", "target", "stance", "coder", "note"]] == "").all().all()
    assert list(coded.columns) == CODED_COLUMNS
    pd.testing.assert_frame_equal(coded[CONTEXT], blind[CONTEXT])
    (coding,) = v.check_sheets([own / "coder_a.csv"]).codings
    assert coding.kind == "sentiment" and coding.codes.tone.notna().sum() == rows
    return coded


def stances_toward_named_actors(coded: pd.DataFrame, outside: set[str]) -> pd.Series:
    """A coder's stances, checked to be filled exactly where a target is, with -1, 0 and +1
    all used and every target a gazetteer name or one of ``outside`` (used by
    test_tone_sealed4 and test_tone_sealed_sets); returns the stances where a target is."""
    gazetteer = yaml.safe_load(
        (importlib.resources.files("cscaucasus") / "data" / "actors.yml").read_text("utf-8")
    )
    names = {a["name"] for a in gazetteer["actors"]}
    assert ((coded.target == "") == (coded.stance == "")).all()
    stance = coded.stance[coded.target != ""]
    assert set(stance) == {"-1", "0", "1"}
    assert set(coded.target) - {""} - names == outside
    return stance


def articles_of_new_outlets(own: Path) -> pd.DataFrame:
    """A sealed set's article metadata (used by test_tone_sealed4),
    checked: every file there, dated 2020-2026, no outlet named in another set's sheets
    and no opening in a statements set's texts."""
    meta = pd.read_csv(own / "articles" / "metadata.csv", dtype=str)
    assert all((own / "articles" / f).is_file() for f in meta.file)
    assert meta.published.between("2020-01-01", "2026-12-31").all()
    assert not set(meta.outlet.str.casefold()) & outlets_of_other_sets(own, set())
    assert not openings_in_statement_sets(own, meta.file)
    return meta


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = pd.read_csv(SET / "articles" / "metadata.csv", dtype=str)
    assert len(meta) == 65 and all((SET / "articles" / f).is_file() for f in meta.file)
    assert meta.outlet.nunique() >= 20
    assert meta.published.between("2020-01-01", "2025-12-31").all()
    assert not set(meta.outlet.str.casefold()) & outlets_of_other_sets(SET, LATER)
    assert not openings_in_statement_sets(SET, meta.file)
