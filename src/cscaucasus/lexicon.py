"""Lexical knowledge shared by the stages: named, commented, compiled once.

The facts several stages read (month and weekday names, quote marks) are data, in
``data/lexicon.yml``, and the speech verbs with their roles, in ``data/verbs.yml``; they
are defined nowhere else: every user imports them from here (:func:`verbs`), and the
word lists of the other data files name them (``$weekdays``, ``$verbs.reporting``, see
:func:`expand`). Word lists that a researcher may want to edit live
here or in ``data/`` (the boilerplate patterns, the actor gazetteer, the sentiment domain
lexicon); the algorithms import them and hold no literals of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from .yamlfile import parse_yaml

_DATA = parse_yaml(resources.files("cscaucasus").joinpath("data", "lexicon.yml").read_text())

# Month names and their abbreviations, by month number (lower case).
MONTH_NAMES: tuple[tuple[str, ...], ...] = tuple(tuple(map(str, m)) for m in _DATA["months"])
# Every month name and abbreviation to its number: "sept" -> 9.
MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names
}
# Weekday names, Monday first, lower case.
WEEKDAYS: tuple[str, ...] = tuple(map(str, _DATA["weekdays"]))
# The capitalised weekday names as a regular expression's alternation: "Monday|…|Sunday".
WEEKDAY_ALTERNATION = "|".join(day.capitalize() for day in WEEKDAYS)

# Quote marks: each opening mark with its closing one. The double ones (curly, guillemets,
# straight) open quoted speech; the single ones a quote inside it or a headline's.
ENGLISH_QUOTE_PAIRS: dict[str, str] = dict(_DATA["quotes"]["english"])
GUILLEMET_PAIRS: dict[str, str] = dict(_DATA["quotes"]["guillemets"])
DOUBLE_QUOTE_PAIRS: dict[str, str] = ENGLISH_QUOTE_PAIRS | GUILLEMET_PAIRS
QUOTE_PAIRS: dict[str, str] = DOUBLE_QUOTE_PAIRS | dict(_DATA["quotes"]["single"])
# The low opening mark of German and Russian typography („…“).
LOW_QUOTE: str = str(_DATA["quotes"]["low"])
# The straight double quote, which opens and closes.
STRAIGHT_QUOTE = '"'
# The curly double quotes and guillemets that open (“«) and close (”») quoted speech.
OPENING_SPEECH_QUOTES = "".join(o for o, c in DOUBLE_QUOTE_PAIRS.items() if o != c)
CLOSING_SPEECH_QUOTES = "".join(c for o, c in DOUBLE_QUOTE_PAIRS.items() if o != c)
# The double quote marks (“”«»"), opening (“«") and closing (”»"): for character classes;
# the English ones only (“”", no guillemets).
DOUBLE_QUOTES = OPENING_SPEECH_QUOTES + CLOSING_SPEECH_QUOTES + STRAIGHT_QUOTE
ENGLISH_DOUBLE_QUOTES = "".join(
    dict.fromkeys(m for pair in ENGLISH_QUOTE_PAIRS.items() for m in pair)
)
DOUBLE_OPENERS = "".join(DOUBLE_QUOTE_PAIRS)
DOUBLE_CLOSERS = "".join(DOUBLE_QUOTE_PAIRS.values())
# Every opening mark (“«"‘) and every closing mark (”»"’).
QUOTE_OPENERS = "".join(QUOTE_PAIRS)
QUOTE_CLOSERS = "".join(QUOTE_PAIRS.values())
# Every quote mark, double and single.
QUOTE_MARKS = "".join(dict.fromkeys(QUOTE_OPENERS + QUOTE_CLOSERS))


def _verbs_by_role(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The forms of each role of ``data/verbs.yml``, in the table's order."""
    by_role: dict[str, list[str]] = {str(role): [] for role in table["roles"]}
    for lemma, forms in table["verbs"].items():
        for form, roles in forms.items():
            if not isinstance(form, str):  # YAML reads a bare on/yes/no as a boolean
                raise TypeError(f"verbs.yml: {lemma}: quote the form {form!r}")
            unknown = [role for role in roles if role not in by_role]
            if unknown:
                raise ValueError(f"verbs.yml: {lemma}: {form}: no role {unknown} under roles:")
            for role in roles:
                by_role[role].append(form)
    unused = [role for role, forms in by_role.items() if not forms]
    if unused:
        raise ValueError(f"verbs.yml: roles {unused} name no verb")
    return {role: tuple(forms) for role, forms in by_role.items()}


_VERBS = parse_yaml(resources.files("cscaucasus").joinpath("data", "verbs.yml").read_text())
# Speech verbs: each role's forms ("reporting": said, says, …), defined once.
VERB_ROLES: dict[str, tuple[str, ...]] = _verbs_by_role(_VERBS)
# Every form of the table, lemma by lemma: "say" -> said, says, say, saying.
VERB_FORMS: dict[str, tuple[str, ...]] = {
    str(lemma): tuple(forms) for lemma, forms in _VERBS["verbs"].items()
}


def verbs(role: str) -> tuple[str, ...]:
    """The speech verbs of ``role`` in ``data/verbs.yml``, as printed (lower case).

    >>> verbs("bare_clause_participle")
    ('saying', 'adding')
    """
    if role not in VERB_ROLES:
        raise KeyError(f"verbs.yml: no role {role!r} (roles: {', '.join(VERB_ROLES)})")
    return VERB_ROLES[role]


# The shared lists a word list in data/ may name, each standing for its words there.
_NAMED_LISTS: dict[str, tuple[str, ...]] = {
    "$weekdays": WEEKDAYS,
    "$Weekdays": tuple(day.capitalize() for day in WEEKDAYS),
    "$Months": tuple(names[0].capitalize() for names in MONTH_NAMES),
} | {f"$verbs.{role}": forms for role, forms in VERB_ROLES.items()}


def plain_words(text: str) -> str:
    """Words only, case folded, one space between them: two printings of one phrase
    compared (a headline against its first line, a headline's quote against the body's).

    >>> plain_words("‘They left us ALONE’:  Armenia")
    'they left us alone armenia'
    """
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def expand(words: Iterable[Any]) -> list[Any]:
    """A word list of a data file with the shared lists it names spelled out
    (``$weekdays``: monday … sunday; ``$Weekdays``: Monday …; ``$Months``: January …
    December; ``$verbs.<role>``: the speech verbs of that role).

    >>> expand(["on", "$weekdays", "today"])[:3]
    ['on', 'monday', 'tuesday']
    """
    out: list[Any] = []
    for word in words:
        if isinstance(word, str) and word.startswith("$") and word not in _NAMED_LISTS:
            raise KeyError(f"no shared list {word!r} (known: {', '.join(_NAMED_LISTS)})")
        out.extend(_NAMED_LISTS.get(word, (word,)) if isinstance(word, str) else (word,))
    return out


def expand_lists(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with :func:`expand` applied to each of its top-level lists."""
    return {k: expand(v) if isinstance(v, list) else v for k, v in data.items()}


# Abbreviations that do not end a sentence (Punkt's `abbrev_types`: lower case,
# without the final period; inner periods kept, as in "u.s"). Single letters
# (initials such as "J. R. Smith") are added by the segmenter; the months'
# abbreviations ("Sept.") are added from MONTH_NAMES.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs dr prof gen lt col maj capt cpt sgt adm cmdr gov sen rep pres amb
    rev fr st jr sr esq hon gen lt-gen maj-gen brig u.s u.k u.n u.s.a u.s.s.r e.u e.g
    i.e etc vs cf approx est dept univ assn inc corp co ltd plc no nos vol pp ed eds fig
    art para sec ch a.m p.m ph.d b.a m.a d.c n.y l.a
    """.split()  # noqa: SIM905
).union(abbreviation for names in MONTH_NAMES for abbreviation in names[1:])

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

# A wire dateline opening the story: a place in capitals, then the date, then the
# agency or a dash ("YEREVAN, November 24, 2022 (Reuters) -", "TBILISI, 5 March 2024 -",
# "MOSCOW, November 23, 2022. /TASS/."); see chronology.DATELINE_* for the events, and
# statements (the content of "A, X said" starts after it).
WIRE_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][A-Z.]{1,5})?,\s+(?P<date>[^()/–—:-]{6,40}?)\s*"
    r"(?:\([^()]{1,40}\)\s*)?(?:[-–—:]|\.?\s*/|\.\s)"
)


# A byline: "By Mark Dovich", "By Jane Doe and John Roe, Reuters", "Author: Jane Doe".
BYLINE = re.compile(
    r"""(?x)
    (?:[Bb]y|BY|[Aa]uthor\s*:|[Ww]ritten\s+by)\s+
    (?P<author>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|and|&))*?)
    (?:\s*[,|–—-]\s*.{1,60})?
    """
)

# Characters that close a sentence, and quote marks that may follow them (the German and
# Czech “ and ‘ that close „…“ and ‚…‘ (Südkurier, FAZ, iDNES), and the « and ‹ that close
# the Danish and Swedish »…« and ›…‹ (Kristeligt Dagblad, Dagens Nyheter)).
TERMINAL = ".!?…"
CLOSING_QUOTES = "\"'”’»)]“‘«‹›"
