"""Lexical knowledge shared by the stages: named, commented, compiled once.

Word lists that a researcher may want to edit live here or in ``data/`` (the
boilerplate patterns, the actor gazetteer, the sentiment domain lexicon); the
algorithms import them and hold no literals of their own.
"""

from __future__ import annotations

import re

# Abbreviations that do not end a sentence (Punkt's `abbrev_types`: lower case,
# without the final period; inner periods kept, as in "u.s"). Single letters
# (initials such as "J. R. Smith") are added by the segmenter.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep pres amb
    rev fr st jr sr esq hon gen lt-gen maj-gen brig jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k u.n u.s.a u.s.s.r e.u e.g i.e etc vs cf approx est dept univ
    assn inc corp co ltd plc no nos vol pp ed eds fig art para sec ch a.m p.m ph.d b.a
    m.a d.c n.y l.a
    """.split()  # noqa: SIM905
)

# Capitalised words that start a sentence after an abbreviation ("... in the U.S. The
# next day"): Punkt splits after an abbreviation only before one of these.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the a an he she it they we i you this that these those there his her its their our
    but and however meanwhile moreover also yet so still then thus in on at after before
    during since while when if as for with according earlier later last next now today
    yesterday tomorrow some many most several one two three no not what why how who
    """.split()  # noqa: SIM905
)

# A paragraph of at most this many words without sentence-final punctuation, followed
# by more text, is a subheading (paragraphs.kind == "heading").
HEADING_MAX_WORDS = 16

# Month names and their abbreviations, by month number (lower case).
MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
# Every month name and abbreviation to its number: "sept" -> 9.
MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names
}

WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)

# A line that is only a date (a dateline), optionally with a weekday, a time and a
# "Published"/"Posted on" prefix: "Thursday, October 8, 2020", "8 October 2020 10:35",
# "Published: 2020-10-08".
DATELINE = re.compile(
    rf"""(?ix)
    (?:(?:published|posted|date|dated|posted\s+on|published\s+on)\s*:?\s*(?:on\s+)?)?
    (?:(?:{_WEEKDAY_RE})\.?,?\s+)?
    (?:
        (?P<month1>{_MONTH_RE})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{{4}})
      | (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_RE})\.?,?\s+(?P<year2>\d{{4}})
      | (?P<year3>\d{{4}})-(?P<month3>\d{{2}})-(?P<day3>\d{{2}})
    )
    (?:\s*(?:[-–—|,]|at)?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?
    """
)

# A byline: "By Mark Dovich", "By Jane Doe and John Roe, Reuters", "Author: Jane Doe".
BYLINE = re.compile(
    r"""(?x)
    (?:[Bb]y|BY|[Aa]uthor\s*:|[Ww]ritten\s+by)\s+
    (?P<author>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|and|&))*?)
    (?:\s*[,|–—-]\s*.{1,60})?
    """
)

# Characters that close a sentence, and quote marks that may follow them.
TERMINAL = ".!?…"
CLOSING_QUOTES = "\"'”’»)]"

# Quote marks that open and close quoted speech (curly and guillemets), the straight
# double quote that does both, and every quote mark (double and single).
OPENING_SPEECH_QUOTES = "“«"
CLOSING_SPEECH_QUOTES = "”»"
STRAIGHT_QUOTE = '"'
QUOTE_MARKS = '“”"‘’«»'
