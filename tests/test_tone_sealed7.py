"""tone_sealed7 (tests/data/tone_sealed7_README.md): the seventh sealed tone set of issue 17,
made by the method of tone_sealed6. Only its shape is checked here (texts, sample, the
coders' sheets and their columns); no method is scored here and no coder is compared with
the machine (the set is sealed; it was scored once, for the eighth model, at the end of
the eleventh session, by benchmarks/tone_sealed.py: its record); the two coders are
compared with each other (the ceiling)."""

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
SET = DATA / "tone_sealed7"
#: the coders' targets that name a real actor the gazetteer does not hold (README, "Stance")
NOT_IN_GAZETTEER = {"Eurasian Economic Union", "West"}
#: the one article whose first 120 characters a statements set's text also holds: the usual
#: wire lead of 12 June 2024, written for this set; devnews7's article of that day goes on
#: differently ("Organisation, the Russian-led military alliance, without naming a date")
#: (README, "Texts")
SHARED_OPENING = "s7_043.txt"


def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each() -> None:
    coded = blind_sheet_and_coder_a(SET, 471, "TECF0", 13)
    assert coded.tone.value_counts().to_dict() == {"-1": 184, "0": 156, "1": 131}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 157


def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors() -> None:
    coded = read_sheet(SET, "coder_a.csv")
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
    assert stance.value_counts().to_dict() == {"-1": 116, "1": 59, "0": 19}
    # tone and stance differ on a few statements (README, "Coder A's codes")
    assert (coded.tone[coded.target != ""] != stance).sum() == 10


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = pd.read_csv(SET / "articles" / "metadata.csv", dtype=str)
    assert all((SET / "articles" / f).is_file() for f in meta.file)
    assert meta.published.between("2020-01-01", "2026-12-31").all()
    assert not set(meta.outlet.str.casefold()) & outlets_of_other_sets(SET, set())
    assert openings_in_statement_sets(SET, meta.file) == openings_in_statement_sets(
        SET, pd.Series([SHARED_OPENING])
    )
    first_sentence = (SET / "articles" / SHARED_OPENING).read_text("utf-8").split(".")[0]
    assert not openings_in_statement_sets(SET, pd.Series([SHARED_OPENING]), len(first_sentence))
    assert len(meta) == 61 and meta.outlet.nunique() == 25
    assert meta.outlet.value_counts().between(2, 3).all()
    # the outlets of this session's helpers for tone sets begin with S-Z or a digit
    assert meta.outlet.str[0].str.upper().between("S", "Z").all()


def test_coder_b_coded_the_same_blind_sheet_with_a_stance_where_it_named_a_target() -> None:
    """Coder B's sheet (README, "Coder B and the agreement"): the blind sheet's rows and
    columns, every statement coded, a stance exactly where a target is named."""
    coded = coder_b_sheet(SET)
    assert coded.tone.value_counts().to_dict() == {"-1": 189, "0": 144, "1": 138}
    assert set(coded.coder) == {"B"} and coded.note.str.startswith("hard").sum() == 150
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER | {"Samvel Karapetyan"})
    assert stance.value_counts().to_dict() == {"-1": 119, "1": 65, "0": 26}
    assert (coded.tone[coded.target != ""] != stance).sum() == 4


def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(tmp_path) -> None:
    """tone_sealed7.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte: the coders' agreed tone (empty on their ties), target and
    stance toward it."""
    table = tone_sheet_of_the_coders(SET, tmp_path)
    assert len(table) == 471 and (table.tone == "").sum() == 25
    assert ((table.target != "").sum(), (table.stance != "").sum()) == (193, 187)


def test_the_coders_agree_on_tone_targets_and_stance() -> None:
    """The README's table: validate's three alphas, the statements with the same target
    (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(SET, "TECF0") == {
        "tone": (0.954, 471),
        "target": (0.94, 471),
        "stance": (0.977, 193),
        "same target": 453,
        "same named target": 193,
        "stance alpha there": 0.977,
    }
