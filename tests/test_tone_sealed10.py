"""tone_sealed10 (tests/data/tone_sealed10_README.md): the tenth sealed tone set of issue 17,
made by the method of tone_sealed9 but coded by two sessions that did not write its texts,
kept for the tone model after the tenth. Only its shape is checked here (texts, the blind
sample, the coders' sheets and the tone sheet of the two); no method is scored here and no
coder is compared with the machine (the set is sealed and UNSCORED: only the lead who ships
the model after the one tone_sealed9 is scored for scores it, once, with
benchmarks/tone_sealed.py --set tone_sealed10); the two coders are compared with each other
(the ceiling)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from test_tone_sealed3 import (
    CONTEXT,
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
SET = DATA / "tone_sealed10"
#: the coders' working copy, handed out byte for byte (README, "Sample")
CODES = ["tone", "target", "stance", "coder", "note"]
#: the coders' targets that name a real actor the gazetteer does not hold (README, "Coder B
#: and the agreement": coder B's one; coder A's targets are all gazetteer names)
NOT_IN_GAZETTEER = {"Eurasian Economic Union"}


def test_the_blind_sample_holds_every_statement_of_the_articles_and_nothing_coded() -> None:
    blind = read_sheet(SET, "sample.csv")
    assert list(blind.columns) == [*CONTEXT, *CODES]
    assert len(blind) == 467 and blind.unit_id.is_unique
    assert set(blind.unit_id.str.split("-").str[0]) == {"TF3C9"}
    assert blind.speaker.value_counts().ge(10).sum() == 13
    assert (blind[CODES] == "").all().all()
    assert (blind[CONTEXT] != "").all().all()
    # the sheet names only the articles' outlets and dates
    meta = pd.read_csv(SET / "articles" / "metadata.csv", dtype=str)
    assert set(blind.outlet) == set(meta.outlet) and set(blind.published) <= set(meta.published)
    # the codebook beside it is the workflow's, with the tone, target and stance columns
    book = pd.read_csv(SET / "sample.codebook.csv", dtype=str, encoding="utf-8-sig")
    assert {"tone", "target", "stance", "coder", "note"} <= set(book.column)


def test_coder_a_coded_every_statement_of_the_blind_sheet_in_its_order() -> None:
    """Coder A's sheet (README, "Coder A's codes"): the blind sheet's 467 rows and context
    columns in its order, a tone on every row, a stance exactly where a target is named,
    every target a gazetteer name."""
    coded = blind_sheet_and_coder_a(SET, 467, "TF3C9", 13)
    assert list(coded.unit_id) == list(read_sheet(SET, "sample.csv").unit_id)
    assert coded.tone.value_counts().to_dict() == {"-1": 180, "0": 157, "1": 130}
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == 190
    stance = stances_toward_named_actors(coded, set())
    assert stance.value_counts().to_dict() == {"-1": 117, "1": 57, "0": 38}
    assert (coded.tone[coded.target != ""] != stance).sum() == 4
    assert (SET / "coder_a.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_articles_come_from_outlets_no_other_labelled_set_uses() -> None:
    meta = pd.read_csv(SET / "articles" / "metadata.csv", dtype=str)
    assert all((SET / "articles" / f).is_file() for f in meta.file)
    assert meta.published.between("2020-01-01", "2026-12-31").all()
    assert not set(meta.outlet.str.casefold()) & outlets_of_other_sets(SET, set())
    assert not openings_in_statement_sets(SET, meta.file)
    assert len(meta) == 42 and meta.outlet.nunique() == 19
    assert meta.outlet.value_counts().between(2, 3).all()
    # each article opens with its headline, the title in metadata.csv
    for row in meta.itertuples():
        assert (SET / "articles" / row.file).read_text("utf-8").split("\n", 1)[0] == row.title
    # the outlets' names begin with the letters Q-Z (the other helpers of the session held A-P)
    assert meta.outlet.str[0].between("Q", "Z").all()


def test_coder_b_coded_the_same_blind_sheet_with_a_stance_where_it_named_a_target() -> None:
    """Coder B's sheet (README, "Coder B and the agreement"): the blind sheet's rows and
    columns, every statement coded, a stance exactly where a target is named."""
    coded = coder_b_sheet(SET)
    assert coded.tone.value_counts().to_dict() == {"-1": 181, "0": 162, "1": 124}
    assert set(coded.coder) == {"B"} and coded.note.str.startswith("hard").sum() == 157
    stance = stances_toward_named_actors(coded, NOT_IN_GAZETTEER)
    assert stance.value_counts().to_dict() == {"-1": 120, "1": 57, "0": 38}
    assert (coded.tone[coded.target != ""] != stance).sum() == 4


def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(tmp_path) -> None:
    """tone_sealed10.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte: the coders' agreed tone (empty on their ties), target and
    stance toward it."""
    table = tone_sheet_of_the_coders(SET, tmp_path)
    assert len(table) == 467 and (table.tone == "").sum() == 19
    assert ((table.target != "").sum(), (table.stance != "").sum()) == (208, 205)


def test_the_coders_agree_on_tone_targets_and_stance() -> None:
    """The README's table: validate's three alphas, the statements with the same target
    (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(SET, "TF3C9") == {
        "tone": (0.961, 467),
        "target": (0.964, 467),
        "stance": (0.988, 208),
        "same target": 456,
        "same named target": 208,
        "stance alpha there": 0.988,
    }
