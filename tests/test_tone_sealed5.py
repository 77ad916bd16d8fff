"""tone_sealed5 (tests/data/tone_sealed5_README.md): the fifth sealed tone set of issue 17,
made by the method of tone_sealed4. Only its shape is checked here (texts, sample, the
coders' sheets and their columns) and the two coders against each other (the ceiling); no
method is scored and no coder is compared with the machine (the set is sealed and
unscored)."""

from __future__ import annotations

from pathlib import Path

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
SET = DATA / "tone_sealed5"
#: the coders' targets that name a real actor the gazetteer does not hold (README, "Stance")
# ("Nancy Pelosi" joined the gazetteer on 2026-12-07)
NOT_IN_GAZETTEER = {"Eurasian Economic Union", "United Arab Emirates", "West"}


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    coded = blind_sheet_and_coder_a(SET, 519, "T8F52", 11)
    assert coded.tone.value_counts().to_dict() == {"-1": 203, "0": 158, "1": 158}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 226


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    coded = read_sheet(SET, "coder_a.csv")
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
    assert stance.value_counts().to_dict() == {"-1": 132, "1": 61, "0": 44}
    # tone and stance differ on a few statements (README, "Coder A's codes")
    assert (coded.tone[coded.target != ""] != stance).sum() == 9


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = articles_of_new_outlets(SET)
    assert len(meta) == 65 and meta.outlet.nunique() == 28
    assert meta.outlet.value_counts().between(2, 3).all()


def test_coder_b_coded_the_same_blind_sheet_with_a_stance_where_it_named_a_target() -> None:
    """Coder B's sheet (README, "Coder B and the agreement"): the blind sheet's rows and
    columns, every statement coded, a stance exactly where a target is named."""
    coded = coder_b_sheet(SET)
    assert coded.tone.value_counts().to_dict() == {"-1": 197, "1": 162, "0": 160}
    assert set(coded.coder) == {"B"} and coded.note.str.startswith("hard").sum() == 212
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
    assert stance.value_counts().to_dict() == {"-1": 131, "1": 63, "0": 50}
    assert (coded.tone[coded.target != ""] != stance).sum() == 11


def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(tmp_path) -> None:
    """tone_sealed5.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte: the coders' agreed tone (empty on their ties), target and
    stance toward it."""
    table = tone_sheet_of_the_coders(SET, tmp_path)
    assert len(table) == 519 and (table.tone == "").sum() == 16
    assert ((table.target != "").sum(), (table.stance != "").sum()) == (236, 232)


def test_the_coders_agree_on_tone_targets_and_stance() -> None:
    """The README's table: validate's three alphas, the statements with the same target
    (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(SET, "T8F52") == {
        "tone": (0.977, 519),
        "target": (0.974, 519),
        "stance": (0.983, 236),
        "same target": 510,
        "same named target": 236,
        "stance alpha there": 0.983,
    }
