"""tone_sealed4 (tests/data/tone_sealed4_README.md): the fourth sealed tone set of issue 17,
made by the method of tone_sealed3. Only its shape is checked here (texts, sample, the
coders' sheets and their columns) and the two coders against each other (the ceiling); no
method is scored and no coder is compared with the machine (the set is sealed and
unscored)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_tone_sealed3 import (
    articles_of_new_outlets,
    blind_sheet_and_coder_a,
    coder_b_sheet,
    coder_figures,
    read_sheet,
    stances_toward_named_actors,
    tone_sheet_of_the_coders,
)

DATA = Path(__file__).parent / "data"
SET = DATA / "tone_sealed4"
#: targets that name a real actor the gazetteer does not hold (README, "Stance")
NOT_IN_GAZETTEER = {"Armenian Apostolic Church", "Eurasian Economic Union", "West"}


def _sheet(name: str) -> pd.DataFrame:
    return read_sheet(SET, name)


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    coded = blind_sheet_and_coder_a(SET, 419, "T74BE", 8)
    assert coded.tone.value_counts().to_dict() == {"-1": 156, "1": 133, "0": 130}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 163


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    figures = {"coder_a.csv": ({"-1": 97, "1": 62, "0": 37}, 3), "coder_b.csv": (None, 1)}
    for sheet, (counts, differ) in figures.items():
        coded = _sheet(sheet)
        stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
        assert counts is None or stance.value_counts().to_dict() == counts
        # tone and stance differ on a few statements (README, "Coder A's codes", "B's codes")
        assert (coded.tone[coded.target != ""] != stance).sum() == differ


def test_coder_b_coded_the_same_sample_in_the_same_columns() -> None:
    coded = coder_b_sheet(SET)
    assert coded.tone.value_counts().to_dict() == {"-1": 164, "1": 136, "0": 119}
    assert set(coded.coder) == {"B"} and coded.note.str.lower().str.startswith("hard").sum() == 166


def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(tmp_path) -> None:
    """tone_sealed4.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte; only the coders are compared: their alphas, the ceiling, are the
    README's figures (section "Coder B and the agreement")."""
    table = tone_sheet_of_the_coders(SET, tmp_path)
    assert len(table) == 419 and (table.tone == "").sum() == 26
    assert ((table.target != "").sum(), (table.stance != "").sum()) == (183, 180)


def test_the_coders_agree_on_tone_targets_and_stance() -> None:
    """The README's table: validate's three alphas, the statements with the same target
    (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(SET, "T74BE") == {
        "tone": (0.951, 419),
        "target": (0.931, 419),
        "stance": (0.991, 186),
        "same target": 400,
        "same named target": 183,
        "stance alpha there": 0.993,
    }


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = articles_of_new_outlets(SET)
    assert len(meta) == 65 and meta.outlet.nunique() == 28
    assert meta.outlet.value_counts().between(2, 3).all()
