"""tone_sealed9 (tests/data/tone_sealed9_README.md): the ninth sealed tone set of issue 17,
made by the method of tone_sealed8 for the tenth tone model. Only its shape is checked here
(texts, sample, the coders' sheets and their columns); no method is scored here and no
coder is compared with the machine (the set is sealed; it was scored once, for the tenth
model, in the thirteenth session, by benchmarks/tone_sealed.py: its record); the two
coders are compared with each other (the ceiling)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_tone_sealed3 import (
    blind_sheet_and_coder_a,
    coder_b_sheet,
    coder_figures,
    openings_in_statement_sets,
    outlets_of_other_sets,
    read_sheet,
    stances_toward_named_actors,
    tone_sheet_of_the_coders,
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


def test_coder_b_coded_the_same_blind_sheet_with_a_stance_where_it_named_a_target() -> None:
    """Coder B's sheet (README, "Coder B and the agreement"): the blind sheet's rows and
    columns, every statement coded, a stance exactly where a target is named."""
    coded = coder_b_sheet(SET)
    assert coded.tone.value_counts().to_dict() == {"-1": 179, "0": 177, "1": 136}
    assert set(coded.coder) == {"B"} and coded.note.str.startswith("hard").sum() == 198
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER - {"Eurasian Economic Union"})
    assert stance.value_counts().to_dict() == {"-1": 119, "1": 68, "0": 41}
    assert (coded.tone[coded.target != ""] != stance).sum() == 2


def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(tmp_path) -> None:
    """tone_sealed9.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte: the coders' agreed tone (empty on their ties), target and
    stance toward it."""
    table = tone_sheet_of_the_coders(SET, tmp_path)
    assert len(table) == 492 and (table.tone == "").sum() == 40
    assert ((table.target != "").sum(), (table.stance != "").sum()) == (216, 207)


def test_the_coders_agree_on_tone_targets_and_stance() -> None:
    """The README's table: validate's three alphas, the statements with the same target
    (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(SET, "T8222") == {
        "tone": (0.917, 492),
        "target": (0.95, 492),
        "stance": (0.95, 218),
        "same target": 476,
        "same named target": 216,
        "stance alpha there": 0.952,
    }
