"""The sealed tone sets tone_sealed5 to tone_sealed14 of issue 17 (tests/data/<set>_README.md),
each made by the method of the one before: one table of figures a set (in
tests/data/sealed_tone_figures.yml, read into ``SETS``) and the tests written once over them
(pytest ids name the set). A set whose coders have not yet committed their sheets has no
coders' figures: the tests of its texts and blind sample run on it, the coders' tests on the
sets that have them (``CODED``; every set from tone_sealed5 to tone_sealed14 has them).
Only a set's shape is checked here (texts, the blind sample, the coders' sheets and their
columns, the tone sheet of the two); no method is scored here and no coder is compared with
the machine (the sets are sealed); the two coders are compared with each other (the
ceiling). What each set's own record says (which model scored it, once, or that it is
unscored) is its ``about``; a test only one set has stays, named after it, at the end."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
import yaml
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


@dataclass(frozen=True, kw_only=True)
class Sealed:
    """One sealed tone set's figures (its README's), as its tests check them; the coders'
    figures are None until both coders' sheets are committed."""

    name: str
    #: what the set is and what was done with it (its README; once its test file's docstring)
    about: str
    #: the blind sample: its rows, the sample id of every unit, speakers with ten or more
    rows: int
    sample: str
    speakers: int
    #: coder A: tones, notes beginning "hard", stances where a target is named, the
    #: statements whose tone and stance differ (README, "Coder A's codes"), and the targets
    #: that name a real actor the gazetteer does not hold (README, "Stance")
    a_tone: dict[str, int] | None = None
    a_hard: int | None = None
    a_stance: dict[str, int] | None = None
    a_differ: int | None = None
    a_outside: frozenset[str] = frozenset()
    #: coder B, the same (README, "Coder B and the agreement")
    b_tone: dict[str, int] | None = None
    b_hard: int | None = None
    b_stance: dict[str, int] | None = None
    b_differ: int | None = None
    b_outside: frozenset[str] = frozenset()
    #: the tone sheet: statements without an agreed tone (the coders' ties), with a target,
    #: with a stance
    untoned: int | None = None
    targets: int | None = None
    stances: int | None = None
    #: the README's table of the coders' agreement (``coder_figures``)
    agreement: dict[str, object] | None = None
    #: the articles and their outlets (each outlet two or three articles)
    articles: int
    outlets: int
    #: articles whose first 120 characters a statements set's text also holds (README, "Texts")
    shared_openings: tuple[str, ...] = ()
    #: the letters the outlets' names begin with (the session's helpers' share), and
    #: whether the first letter is upper-cased before the check
    initials: tuple[str, str] | None = None
    initials_upper: bool = False
    #: the blind sheet is the coders' working copy as drawn (README, "Sample"): nothing
    #: coded in it, handed to two coders who did not write the texts
    blind_sample: bool = False

    @property
    def dir(self) -> Path:
        return DATA / self.name


def _sealed(name: str, table: dict) -> Sealed:
    """A set's table in FIGURES as a Sealed (YAML's lists as tuples and sets)."""
    fields = {k: frozenset(v) if k.endswith("_outside") else v for k, v in table.items()}
    fields["about"] = " ".join(fields["about"].split())
    for key in ("shared_openings", "initials"):
        if key in fields:
            fields[key] = tuple(fields[key])
    if "agreement" in table:
        fields["agreement"] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in table["agreement"].items()
        }
    return Sealed(name=name, **fields)


#: the sets' figures, one table a set (the README's; never a statement, code or error)
FIGURES = DATA / "sealed_tone_figures.yml"
SETS = [_sealed(k, v) for k, v in yaml.safe_load(FIGURES.read_text("utf-8")).items()]
BY_NAME = {s.name: s for s in SETS}
each_set = pytest.mark.parametrize("s", SETS, ids=[s.name for s in SETS])
#: the sets whose two coders' sheets are committed (the coders' tests run on these)
CODED = [s for s in SETS if s.a_tone is not None]
each_coded = pytest.mark.parametrize("s", CODED, ids=[s.name for s in CODED])
#: the sets whose blind sheet was handed out as drawn (tone_sealed10 and after)
BLIND = [s for s in SETS if s.blind_sample]
each_blind = pytest.mark.parametrize("s", BLIND, ids=[s.name for s in BLIND])


@each_coded
def test_sample_holds_every_statement_of_the_articles_and_coder_a_coded_each(s: Sealed) -> None:
    """The blind sheet's statements of one sample, nothing coded in it, and coder A's copy
    (README, "Coder A's codes"): its rows and context columns in the blind sheet's order, a
    tone on every row."""
    coded = blind_sheet_and_coder_a(s.dir, s.rows, s.sample, s.speakers)
    assert coded.tone.value_counts().to_dict() == s.a_tone
    assert set(coded.coder) == {"A"} and coded.note.str.startswith("hard").sum() == s.a_hard


@each_coded
def test_stance_is_coded_where_a_target_is_named_and_targets_are_actors(s: Sealed) -> None:
    """Coder A's stance exactly where a target is named, every target a gazetteer name or
    one the README names."""
    coded = read_sheet(s.dir, "coder_a.csv")
    stance = stances_toward_named_actors(coded, set(s.a_outside))
    assert stance.value_counts().to_dict() == s.a_stance
    # tone and stance differ on a few statements (README, "Coder A's codes")
    assert (coded.tone[coded.target != ""] != stance).sum() == s.a_differ


@each_set
def test_articles_come_from_outlets_no_other_labelled_set_uses(s: Sealed) -> None:
    meta = pd.read_csv(s.dir / "articles" / "metadata.csv", dtype=str)
    assert all((s.dir / "articles" / f).is_file() for f in meta.file)
    assert meta.published.between("2020-01-01", "2026-12-31").all()
    assert not set(meta.outlet.str.casefold()) & outlets_of_other_sets(s.dir, set())
    shared = pd.Series(s.shared_openings, dtype=str)
    expected = openings_in_statement_sets(s.dir, shared) if s.shared_openings else []
    assert openings_in_statement_sets(s.dir, meta.file) == expected
    assert len(meta) == s.articles and meta.outlet.nunique() == s.outlets
    assert meta.outlet.value_counts().between(2, 3).all()
    if s.initials is not None:
        initials = meta.outlet.str[0]
        initials = initials.str.upper() if s.initials_upper else initials
        assert initials.between(*s.initials).all()


@each_coded
def test_coder_b_coded_the_same_blind_sheet_with_a_stance_where_it_named_a_target(
    s: Sealed,
) -> None:
    """Coder B's sheet (README, "Coder B and the agreement"): the blind sheet's rows and
    columns, every statement coded, a stance exactly where a target is named."""
    coded = coder_b_sheet(s.dir)
    assert coded.tone.value_counts().to_dict() == s.b_tone
    assert set(coded.coder) == {"B"} and coded.note.str.startswith("hard").sum() == s.b_hard
    stance = stances_toward_named_actors(coded, set(s.b_outside))
    assert stance.value_counts().to_dict() == s.b_stance
    assert (coded.tone[coded.target != ""] != stance).sum() == s.b_differ


@each_coded
def test_the_tone_sheet_is_what_validate_writes_from_the_two_coders(s: Sealed, tmp_path) -> None:
    """<set>.csv is ``cscaucasus validate coder_a.csv coder_b.csv --tone-sheet``'s
    output, byte for byte: the coders' agreed tone (empty on their ties), target and
    stance toward it."""
    table = tone_sheet_of_the_coders(s.dir, tmp_path)
    assert len(table) == s.rows and (table.tone == "").sum() == s.untoned
    assert ((table.target != "").sum(), (table.stance != "").sum()) == (s.targets, s.stances)


@each_coded
def test_the_coders_agree_on_tone_targets_and_stance(s: Sealed) -> None:
    """The README's table: validate's three alphas, the statements with the same target
    (or none) and the stance's alpha where both coders named the same target."""
    assert coder_figures(s.dir, s.sample) == s.agreement


def test_tone_sealed7_shares_only_a_wire_lead_with_a_statements_set() -> None:
    """tone_sealed7's one article whose first 120 characters a statements set's text also
    holds (README, "Texts") shares no more than its first sentence."""
    set7 = BY_NAME["tone_sealed7"]
    (shared,) = set7.shared_openings
    first_sentence = (set7.dir / "articles" / shared).read_text("utf-8").split(".")[0]
    assert not openings_in_statement_sets(set7.dir, pd.Series([shared]), len(first_sentence))


#: the coders' columns of a blind sheet (README, "Sample")
CODES = ["tone", "target", "stance", "coder", "note"]


@each_blind
def test_blind_sample_holds_every_statement_and_nothing_coded(s: Sealed) -> None:
    """The blind sample of tone_sealed10 and the sets after it: every statement of the
    articles, nothing coded; the coders' working copy was handed out byte for byte."""
    blind = read_sheet(s.dir, "sample.csv")
    assert list(blind.columns) == [*CONTEXT, *CODES]
    assert len(blind) == s.rows and blind.unit_id.is_unique
    assert set(blind.unit_id.str.split("-").str[0]) == {s.sample}
    assert blind.speaker.value_counts().ge(10).sum() == s.speakers
    assert (blind[CODES] == "").all().all()
    assert (blind[CONTEXT] != "").all().all()
    # the sheet names only the articles' outlets and dates
    meta = pd.read_csv(s.dir / "articles" / "metadata.csv", dtype=str)
    assert set(blind.outlet) == set(meta.outlet) and set(blind.published) <= set(meta.published)
    # the codebook beside it is the workflow's, with the tone, target and stance columns
    book = pd.read_csv(s.dir / "sample.codebook.csv", dtype=str, encoding="utf-8-sig")
    assert {"tone", "target", "stance", "coder", "note"} <= set(book.column)


def test_tone_sealed10_coder_a_kept_the_blind_sheets_order_and_its_byte_order_mark() -> None:
    """Coder A's sheet of tone_sealed10 (README, "Coder A's codes"): the blind sheet's 467
    rows in its order, saved with a UTF-8 byte order mark; its codes are checked with the
    other sets' above (every target a gazetteer name)."""
    set10 = BY_NAME["tone_sealed10"]
    coded = read_sheet(set10.dir, "coder_a.csv")
    assert list(coded.unit_id) == list(read_sheet(set10.dir, "sample.csv").unit_id)
    assert (set10.dir / "coder_a.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@each_blind
def test_each_article_opens_with_its_headline(s: Sealed) -> None:
    """Each article of tone_sealed10 and the sets after it opens with its headline, the
    title in metadata.csv."""
    meta = pd.read_csv(s.dir / "articles" / "metadata.csv", dtype=str)
    for row in meta.itertuples():
        assert (s.dir / "articles" / row.file).read_text("utf-8").split("\n", 1)[0] == row.title
