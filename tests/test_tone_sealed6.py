"""tone_sealed6 (tests/data/tone_sealed6_README.md): the sixth sealed tone set of issue 17,
made by the method of tone_sealed5. Only its shape is checked here (texts, sample, coder
A's sheet and its columns); no method is scored and no coder is compared with the machine
(the set is sealed and unscored)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_tone_sealed3 import (
    articles_of_new_outlets,
    blind_sheet_and_coder_a,
    stances_toward_named_actors,
)

DATA = Path(__file__).parent / "data"
SET = DATA / "tone_sealed6"
#: the coders' targets that name a real actor the gazetteer does not hold (README, "Stance")
NOT_IN_GAZETTEER = {"Nancy Pelosi", "West"}


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    coded = blind_sheet_and_coder_a(SET, 526, "TCAFD", 16)
    assert coded.tone.value_counts().to_dict() == {"-1": 212, "1": 177, "0": 137}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 211


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    coded = pd.read_csv(SET / "coder_a.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
    assert stance.value_counts().to_dict() == {"-1": 133, "1": 78, "0": 27}
    # tone and stance differ on a few statements (README, "Coder A's codes")
    assert (coded.tone[coded.target != ""] != stance).sum() == 15


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = articles_of_new_outlets(SET)
    assert len(meta) == 64 and meta.outlet.nunique() == 28
    assert meta.outlet.value_counts().between(2, 3).all()
