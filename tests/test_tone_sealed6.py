"""tone_sealed6 (tests/data/tone_sealed6_README.md): the sixth sealed tone set of issue 17,
made by the method of tone_sealed5. Only its shape is checked here (texts, sample, the
coders' sheets and their columns) and the two coders against each other (the ceiling); no
method is scored here and no coder is compared with the machine (the set is sealed; it was
scored once, for the sixth model, by benchmarks/tone_sealed.py: its record)."""

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
SET = DATA / "tone_sealed6"
#: the coders' targets that name a real actor the gazetteer does not hold (README, "Stance")
# ("Nancy Pelosi" joined the gazetteer on 2026-12-07)
NOT_IN_GAZETTEER = {"West"}


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    coded = blind_sheet_and_coder_a(SET, 526, "TCAFD", 16)
    assert coded.tone.value_counts().to_dict() == {"-1": 212, "1": 177, "0": 137}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 211


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    coded = read_sheet(SET, "coder_a.csv")
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
    assert stance.value_counts().to_dict() == {"-1": 133, "1": 78, "0": 27}
    # tone and stance differ on a few statements (README, "Coder A's codes")
    assert (coded.tone[coded.target != ""] != stance).sum() == 15


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = articles_of_new_outlets(SET)
    assert len(meta) == 64 and meta.outlet.nunique() == 28
    assert meta.outlet.value_counts().between(2, 3).all()


def test_coder_b_coded_the_same_blind_sheet_with_a_stance_where_it_named_a_target() -> None:
    """Coder B's sheet (README, "Coder B and the agreement"): the blind sheet's rows and
    columns, every statement coded, a stance exactly where a target is named."""
    coded = coder_b_sheet(SET)
    assert coded.tone.value_counts().to_dict() == {"-1": 202, "1": 174, "0": 150}
    assert set(coded.coder) == {"B"} and coded.note.str.startswith("hard").sum() == 222
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER | {"Armenian Apostolic Church"})
    assert stance.value_counts().to_dict() == {"-1": 132, "1": 75, "0": 26}
    assert (coded.tone[coded.target != ""] != stance).sum() == 16


def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(tmp_path) -> None:
    """tone_sealed6.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte: the coders' agreed tone (empty on their ties), target and
    stance toward it."""
    table = tone_sheet_of_the_coders(SET, tmp_path)
    assert len(table) == 526 and (table.tone == "").sum() == 26
    assert ((table.target != "").sum(), (table.stance != "").sum()) == (230, 225)


def test_the_coders_agree_on_tone_targets_and_stance() -> None:
    """The README's table: validate's three alphas, the statements with the same target
    (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(SET, "TCAFD") == {
        "tone": (0.962, 526),
        "target": (0.967, 526),
        "stance": (0.985, 230),
        "same target": 515,
        "same named target": 230,
        "stance alpha there": 0.985,
    }
