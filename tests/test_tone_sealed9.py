"""tone_sealed9 (tests/data/tone_sealed9_README.md): the ninth sealed tone set of issue 17,
made by the method of tone_sealed8, a second set kept for the next tone model. Only its
shape is checked here (texts, sample, the coder's sheet and its columns); no method is
scored here and no coder is compared with the machine (the set is sealed and UNSCORED: only
the lead who ships the next tone model scores it, once, with benchmarks/tone_sealed.py
--set tone_sealed9)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_tone_sealed3 import (
    blind_sheet_and_coder_a,
    openings_in_statement_sets,
    outlets_of_other_sets,
    read_sheet,
    stances_toward_named_actors,
)

DATA = Path(__file__).parent / "data"
SET = DATA / "tone_sealed9"
#: the coders' targets that name a real actor the gazetteer does not hold (README, "Stance")
# ("Nancy Pelosi" joined the gazetteer on 2026-12-07)
NOT_IN_GAZETTEER = {"West", "Eurasian Economic Union"}


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    coded = blind_sheet_and_coder_a(SET, 492, "T8222", 14)
    assert coded.tone.value_counts().to_dict() == {"-1": 177, "0": 189, "1": 126}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 215


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    coded = read_sheet(SET, "coder_a.csv")
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
    assert stance.value_counts().to_dict() == {"-1": 114, "1": 66, "0": 42}
    # tone and stance differ on a few statements (README, "Coder A's codes")
    assert (coded.tone[coded.target != ""] != stance).sum() == 10


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = pd.read_csv(SET / "articles" / "metadata.csv", dtype=str)
    assert all((SET / "articles" / f).is_file() for f in meta.file)
    assert meta.published.between("2020-01-01", "2026-12-31").all()
    assert not set(meta.outlet.str.casefold()) & outlets_of_other_sets(SET, set())
    assert not openings_in_statement_sets(SET, meta.file)
    assert len(meta) == 44 and meta.outlet.nunique() == 18
    assert meta.outlet.value_counts().between(2, 3).all()
    # the outlets' names begin with the letters Q-Z (the other helpers of the session held A-P)
    assert meta.outlet.str[0].between("Q", "Z").all()
