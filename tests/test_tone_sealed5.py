"""tone_sealed5 (tests/data/tone_sealed5_README.md): the fifth sealed tone set of issue 17,
made by the method of tone_sealed4. Only its shape is checked here (texts, sample, coder
A's sheet and its columns); no method is scored and no coder is compared with the machine
(the set is sealed and unscored)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

import pandas as pd
import yaml
from test_tone_sealed3 import openings_in_statement_sets, outlets_of_other_sets

from cscaucasus import validation as v

DATA = Path(__file__).parent / "data"
SET = DATA / "tone_sealed5"
CONTEXT = ["unit_id", "outlet", "published", "title", "speaker", "statement", "paragraph"]
#: coder A's targets that name a real actor the gazetteer does not hold (README, "Stance")
NOT_IN_GAZETTEER = {"Eurasian Economic Union", "Nancy Pelosi", "United Arab Emirates", "West"}


def _sheet(name: str) -> pd.DataFrame:
    return pd.read_csv(SET / name, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    sample, coded = _sheet("sample.csv"), _sheet("coder_a.csv")
    assert len(sample) == 519 and sample.unit_id.is_unique
    assert set(sample.unit_id.str.split("-").str[0]) == {"T8F52"}
    assert sample.speaker.value_counts().ge(10).sum() == 11
    # the blind sheet: nothing coded in it
    assert (sample[["tone", "target", "stance", "coder", "note"]] == "").all().all()
    assert list(coded.columns) == [*CONTEXT, "tone", "target", "stance", "coder", "note"]
    pd.testing.assert_frame_equal(coded[CONTEXT], sample[CONTEXT])
    # the workflow reads the sheet
    (coding,) = v.check_sheets([SET / "coder_a.csv"]).codings
    assert coding.kind == "sentiment" and coding.codes.tone.notna().sum() == 519
    assert coded.tone.value_counts().to_dict() == {"-1": 203, "0": 158, "1": 158}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 226


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    gazetteer = yaml.safe_load(
        (importlib.resources.files("cscaucasus") / "data" / "actors.yml").read_text("utf-8")
    )
    names = {a["name"] for a in gazetteer["actors"]}
    coded = _sheet("coder_a.csv")
    assert ((coded.target == "") == (coded.stance == "")).all()
    stance = coded.stance[coded.target != ""]
    assert stance.value_counts().to_dict() == {"-1": 132, "1": 61, "0": 44}
    assert set(coded.target) - {""} - names == NOT_IN_GAZETTEER
    # tone and stance differ on a few statements (README, "Coder A's codes")
    assert (coded.tone[coded.target != ""] != stance).sum() == 9


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = pd.read_csv(SET / "articles" / "metadata.csv", dtype=str)
    assert len(meta) == 65 and all((SET / "articles" / f).is_file() for f in meta.file)
    assert meta.outlet.nunique() == 28 and meta.outlet.value_counts().between(2, 3).all()
    assert meta.published.between("2020-01-01", "2026-12-31").all()
    assert not set(meta.outlet.str.casefold()) & outlets_of_other_sets(SET, set())
    assert not openings_in_statement_sets(SET, meta.file)
