"""Chronology: temporal expressions to dated events, merged across articles.

:func:`extract_events` finds every temporal expression in an article's clean text with
one compiled regular expression (an alternation of absolute, month, year and relative
forms), resolves it to a calendar date against ``articles.published`` and describes the
happening it anchors (the sentence, trimmed of the date phrase and the attribution).
:func:`cluster_events` links the events that are the same happening across articles:
same date at the precision both share, and overlapping actors or keywords.

Resolution rules (prefer ``None`` over a guess):

* a month-day or month without a year takes the year that puts it nearest the
  publication date in the direction the tense implies, and with no tense cue the nearest
  of all; a weekday is the coming one in the future tense ("will convene ... Friday") and
  after a scheduling verb in the present simple ("Georgians vote on Saturday"), else the
  most recent on or before publication (see :func:`_tense`);
* expressions anchored to another happening ("a day later", "days before the summit")
  are kept with ``date`` NaT: the text alone does not date them; but an exact offset
  ("two days later", "the following day") counts from the other date of its sentence
  when there is exactly one ("ratified on Wednesday ... approved two days later"), and
  so does "the end of the year"; "on the same day" takes the day last mentioned;
* "today"/"yesterday" count from the publication day in narration, and inside a quote
  from the day the quote was spoken (the last past day told outside quotes before it;
  NaT if none); a "today" in a present-tense clause ("Armenia today is") is no event;
* a wire dateline ("MOSCOW, Nov 23 (Reuters) -") dates the happening the story reports
  (its filing day);
* a part of the day goes with its day ("Tuesday night", "yesterday morning"); "this
  morning" and "tonight" are the publication day, "last night" the day before; "three
  years ago" counts back from it at the unit's precision (weeks, "a few days ago" and
  "about a year ago" undated); "by the end of the
  year" is the publication year; "10.11.2020" is day.month.year (dots only);
* a recurring day ("every Monday") and a duration ("for two days after") are no event;
* with no publication date, relative expressions are kept with ``date`` NaT and one
  warning per article is reported;
* durations ("three-year activity", "two hours"), ages, "24/7", clause numbers
  ("Article 3"), percentages and ranges of office in parentheses ("(2017–2019)", a
  tenure rather than a happening) are not events.

dateparser was measured on the gold set (see ``tests/test_events_accuracy.py``) and is
not used: its free-text search returns many false positives (bare numbers, "may", "now").
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa

from .ingest import Problem
from .lexicon import MONTHS, WEEKDAYS
from .schema import empty_table, typed

# --- temporal vocabulary ---------------------------------------------------------------

# Month and weekday names as written in news copy: capitalised ("May" the month, not
# "may" the verb), abbreviations optionally with a period.
_FULL_MONTHS = [m.capitalize() for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m.capitalize() for m in MONTHS if m.capitalize() not in _FULL_MONTHS]
# Full names, or abbreviations with an optional period ("Sept. 13"); a sentence-final
# period after a full name ("in January.") is not part of the date.
_MONTH = "|".join(sorted(_FULL_MONTHS, key=len, reverse=True)) + (
    "|(?:" + "|".join(sorted(_ABBR_MONTHS, key=len, reverse=True)) + r")\.?"
)
_WEEKDAY = "|".join(d.capitalize() for d in WEEKDAYS)
_ORD = r"(?:st|nd|rd|th)?"
_DAY = rf"(?:[12]\d|3[01]|0?[1-9]){_ORD}"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_RANGE_DAY = rf"(?:\s*(?:-|–|—|to|and)\s*{_DAY}(?![\d:]))?"
# "of this year", "of last year": a year given relative to publication.
_OF_YEAR = r"\s+of\s+(?:this|last|next|the\s+(?:current|previous|past)|the\s+same)\s+year"
# Part-of-month modifiers: "mid-September", "in early May", "the end of October".
_PART = r"(?:mid|early|late|the\s+(?:end|beginning|start|middle)\s+of|(?:end|beginning)\s+of)"
# Parts of a day after a day word: "Tuesday night", "yesterday morning".
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# How many days, weeks... ago: a number or a number word ("a few" and "several" count
# no exact number: such an expression is kept undated).
COUNT_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_COUNT = r"(?:\d{1,2}|" + "|".join(COUNT_WORDS) + r"|a\s+few|few|several|some)"

# Words after which a bare month name ("in July") or bare year ("in 2020") is a date.
# A bare "May" needs one of these too, so "Theresa May" and "May I" are not dates.
DATE_PREPOSITIONS = (
    "in|since|until|till|by|during|from|through|throughout|of|last|next|this|"
    "early|mid|late|before|after|between|and|or|to|the|on|around|until|as\\s+of"
)

# Units that turn a following year-like number into a quantity ("in 2000 villages").
QUANTITY_UNITS = (
    "percent|per\\s+cent|people|persons|troops|soldiers|servicemen|men|women|"
    "km|kilometers|kilometres|metres|meters|miles|dollars|euros|rubles|roubles|drams|"
    "tons|tonnes|hectares|units|residents|refugees|villages|houses|votes"
)

# Anything a temporal expression must not run into: more digits, a percent sign, "/"
# ("24/7"), a hyphenated compound ("2017-2019" ranges are handled by _TENURE).
_END = r"(?![\w%/]|[-–]\d|\.\d)"

# Found by temporal_matches(): a word that may come before an alternative's first number,
# month, weekday, day word or unit must be in PREFIX_VOCABULARY (tests compare with
# TEMPORAL.finditer).
TEMPORAL = re.compile(
    rf"""(?x)
    (?<![\w/.-])
    (?:
      (?P<iso>(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01]))
    | (?P<dots>(?P<dots_d>0?[1-9]|[12]\d|3[01])\.(?P<dots_m>0?[1-9]|1[0-2])\.(?P<dots_y>{_YEAR}))
    | (?P<dmy>(?:(?P<dmy_wd>{_WEEKDAY}),?\s+)?(?P<dmy_d>{_DAY}){_RANGE_DAY}
          \s+(?:of\s+)?(?P<dmy_m>{_MONTH})
          (?:,?\s+(?P<dmy_y>{_YEAR})|(?P<dmy_of>{_OF_YEAR}))?)
    | (?P<mdy>(?:(?P<mdy_wd>{_WEEKDAY}),?\s+)?(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})
          {_RANGE_DAY}(?:,?\s+(?P<mdy_y>{_YEAR})|(?P<mdy_of>{_OF_YEAR}))?)
    | (?P<mon>(?:(?P<mon_part>{_PART})[-\s]+)?(?P<mon_m>{_MONTH})
          (?:,?\s+(?P<mon_y>{_YEAR})|(?P<mon_of>{_OF_YEAR}))?)
    | (?P<year>(?:(?P<year_part>{_PART})[-\s]+)?(?P<year_y>{_YEAR})(?!s|\s*[-–]\s*\d))
    | (?P<wd>(?:(?P<wd_mod>last|next|this\s+coming|this|coming|upcoming|on)\s+)?
          (?P<wd_d>{_WEEKDAY})(?!,?\s+(?:{_MONTH}|\d))  # "Monday, May 2": a day-month
          (?:\s+{_PART_OF_DAY})?)
    | (?P<rel>(?:(?:(?P<rel_part>(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of)|
                 earlier|later|early|late)\s+)?
          (?:(?P<rel_which>this|last|next|the\s+previous|the\s+past)|(?(rel_part)the|(?!)))
          \s+(?P<rel_unit>week|month|year))
    | (?P<day>(?:(?:earlier|later)\s+)?(?P<day_word>today|tonight|last\s+night|yesterday|tomorrow|
          the\s+day\s+before\s+yesterday|this\s+{_PART_OF_DAY})(?:\s+{_PART_OF_DAY})?)
    | (?P<ago>(?P<ago_n>{_COUNT})\s+(?P<ago_unit>day|week|month|year)s?\s+ago)
    | (?P<same>(?:on\s+)?(?:the|that)\s+same\s+day)
    | (?P<anaph>(?:(?P<anaph_n>{_COUNT})\s+)?(?P<anaph_unit>day|week|month)s?\s+
          (?P<anaph_dir>later|earlier|after|before|afterwards)(?!\s+than\b)
        | the\s+(?P<anaph_adj>next|following|previous)\s+day
        | the\s+day\s+(?P<anaph_rel>before|after))
    )
    {_END}
    """,
    re.IGNORECASE,
)


def _alternation(words: list[str]) -> str:
    """A regex matching any of ``words``, factored by common prefix (a trie), which
    the regex engine tries far faster than a flat alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


# Every TEMPORAL match holds one of these "core" tokens (a number, a month or weekday,
# a day word or a unit); before its first one come only words of PREFIX_VOCABULARY
# (at most PREFIX_WORDS: "at the beginning of the previous month"), joined by spaces
# or hyphens. Scanning for the rare core tokens and trying TEMPORAL only at them and
# at the prefix words just before them finds the same matches as TEMPORAL.finditer,
# several times faster (see :func:`temporal_matches`).
_CORE = re.compile(
    r"\d+|\b"
    + _alternation(
        [*MONTHS, *WEEKDAYS, "today", "tonight", "yesterday", "tomorrow"]
        + ["day", "days", "week", "weeks", "month", "months", "year", "years"]
        + ["morning", "afternoon", "evening", "night"]
    )
    + r"\b"
)
PREFIX_VOCABULARY = """
    mid early late the end beginning start middle of last next this coming upcoming on
    at earlier later previous past that same a an one two three four five six seven eight
    nine ten several few some following
""".split()  # noqa: SIM905
PREFIX_WORDS = 6
# A prefix word and the spaces or hyphens after it, read backwards (in reversed text).
_PREFIX_WORD_BACKWARDS = re.compile(
    r"[-\s]+(?:" + _alternation([word[::-1] for word in PREFIX_VOCABULARY]) + r")(?!\w)"
)
# Characters that IGNORECASE matches to an ASCII letter but str.lower() does not turn
# into one: İ ı ſ K (Kelvin). Elsewhere lowercasing keeps each character's position and
# whether it is a letter, digit, space or hyphen.
CASE_FOLDS = "\u0130\u0131\u017f\u212a"


def temporal_matches(text: str) -> list[re.Match]:
    """``list(TEMPORAL.finditer(text))``, computed by trying TEMPORAL only at the core
    tokens and the few prefix words just before each.

    Let ``core`` be the first core token at or after ``floor`` (the end of the last
    match). A match starting at or after ``floor`` and no later than ``core`` has
    ``core`` as its first core token (a prefix word is no core token), so it starts at
    ``core`` or at one of the PREFIX_WORDS prefix words just before it; trying those from
    left to right finds the first one. If none matches, no match starts before ``core``
    ends, and the search goes on from there.
    """
    if any(char in text for char in CASE_FOLDS):
        return list(TEMPORAL.finditer(text))
    lowered = text.lower()
    backwards = lowered[::-1]
    n = len(text)
    found = []
    floor = 0
    for core in _CORE.finditer(lowered):
        at = core.start()
        if at < floor:
            continue
        starts = [at]
        position = n - at
        while len(starts) <= PREFIX_WORDS:
            word = _PREFIX_WORD_BACKWARDS.match(backwards, position, n - floor)
            if word is None:
                break
            position = word.end()
            starts.append(n - position)
        for start in reversed(starts):
            match = TEMPORAL.match(text, start)
            if match:
                found.append(match)
                floor = match.end()
                break
        else:
            floor = at + 1
    return found


# Case-sensitive checks made after the case-insensitive match (names are capitalised).
_CAPITALISED = re.compile(rf"^(?:{_MONTH}|{_WEEKDAY})$")
_BEFORE_BARE = re.compile(rf"(?:\b(?:{DATE_PREPOSITIONS})|,)[\s-]*$", re.IGNORECASE)


def _backwards(alternation: str) -> str:
    """An alternation of words (and ``\\s+``) that matches their reversed text."""
    return "|".join(
        r"\s+".join(piece[::-1] for piece in reversed(words.split(r"\s+")))
        for words in alternation.split("|")
    )


# Tests of how ``before`` ends, run on ``before[::-1]`` from its start instead of
# searching all of ``before`` for a match at its end: _BEFORE_BARE; "in/.. May"; "the".
_BEFORE_BARE_BACKWARDS = re.compile(
    rf"[\s-]*(?:,|(?:{_backwards(DATE_PREPOSITIONS)})\b)", re.IGNORECASE
)
_BEFORE_MAY_BACKWARDS = re.compile(
    rf"\s*(?:{_backwards('in|since|until|by|during|of|early|late')})\b"
)
_BEFORE_THE_BACKWARDS = re.compile(r"\s*eht\b", re.IGNORECASE)
_QUANTITY_AFTER = re.compile(rf"^\s*(?:{QUANTITY_UNITS})\b", re.IGNORECASE)
# A year inside parentheses with a range is a tenure "(2017–2019)", not an event.
_TENURE = re.compile(rf"\(\s*{_YEAR}\s*[-–—]\s*(?:{_YEAR}|present)\s*\)")

# A wire dateline ("MOSCOW, Nov 23 (Reuters) -", "YEREVAN, November 23. /TASS/.",
# "TBILISI, 5 March 2024 -") gives the filing day, which dates the happening the story
# reports: an event described by the text after the dateline (DATELINE_TAIL).
DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,40},\s*$")
DATELINE_AFTER = re.compile(r"^\s*(?:\(|\.?\s*/|[-–—:]|\.\s*$)")
DATELINE_TAIL = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:\.?\s*/[^/]{1,20}/\s*\.?|[-–—:]+|\.)?\s*"
    # an agency's sign-off after the dash ("MOSCOW, June 13 - RIA Novosti. The Kremlin")
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\.\s+(?=[A-Z\"“‘«]))?"
)
# A past-tense yearless date may fall this many days after the publication date
# (metadata dates lag, time zones) before it is taken to be last year's.
PAST_SLACK_DAYS = 2

# "today" dates a happening only in a clause in the past or future tense ("Putin said
# today", "today we will talk"), not in the present ("the decision concerns today",
# "Armenia today is ..."), nor as the end of a span ("until today").
PAST_OR_FUTURE = re.compile(
    r"\b(?:\w{2,}ed|was|were|had|did|said|met|told|took|held|came|went|made|gave|spoke|"
    r"began|saw|left|sent|won|lost|became|found|got|led|paid|put|ran|set|stood|thought|"
    r"wrote|brought|fell|heard|rose|struck|broke|chose|flew|knew|laid|let|shot|sat|sold|"
    r"spent|threw|will|shall|would|going\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)
APPOSITION = re.compile(r"\s*[,–—(]\s*")
SPAN_BEFORE_TODAY = re.compile(r"\b(?:until|till|up\s+to|as\s+of|since|by)\s*$", re.IGNORECASE)
# Quote marks that open and close quoted speech ("today" in a quote is the speech's day).
OPEN_QUOTES, CLOSE_QUOTES, STRAIGHT_QUOTE = "“«", "”»", '"'

# Nouns after "the <year>" that make it a happening ("the 2020 war"), not a label
# ("the 2023 budget", "the 2022 report").
EVENT_NOUNS = (
    "war|wars|conflict|attack|attacks|offensive|invasion|escalation|clashes|fighting|"
    "hostilities|ceasefire|truce|election|elections|vote|referendum|revolution|uprising|"
    "protests?|coup|summit|talks|agreement|agreements|declaration|statement|deal|treaty|"
    "earthquake|crisis|unrest|blockade|exodus|operation|massacre|pogroms?|riots?"
)
EVENT_NOUN_AFTER = re.compile(rf"^\s+(?:[A-Z][\w-]*\s+)?(?:{EVENT_NOUNS})\b")

# Words that put a weekday or a yearless date in the future: "will convene ... Friday",
# "is scheduled for", "plans to", "next", "upcoming", "the verdict is due on Monday",
# "has to decide by Friday".
FUTURE_CUES = re.compile(
    r"\b(?:will|shall|won['’]t|is\s+to|are\s+to|to\s+be\s+held|scheduled|set\s+to|plans?\s+to|"
    r"(?:is|are)\s+(?:due|expected)|ha(?:s|ve)\s+to|needs?\s+to|must(?!\s+have\b)|"
    r"planned|due\s+to|expected\s+to|intends?\s+to|going\s+to|would\s+(?:be\s+held|take\s+place)|"
    r"(?:agreed|agrees|agree|pledged|promised|vowed|decided|hopes?|hoped|aims?|invited)\s+to\s+"
    r"(?!have\b)\w+)\b",
    re.IGNORECASE,
)
# "would" is future only inside the date's own clause ("said talks would resume in
# January"), not across it ("said on Tuesday that Russia would help").
REPORTED_FUTURE = re.compile(
    r"\bwould\b(?!\s+(?:have|like|love|prefer|rather|say|note|add|stress|emphasi[sz]e|"
    r"argue|not\s+have)\b)",
    re.IGNORECASE,
)
# Past tense in the date's clause, before or after it ("protesters gathered on December
# 5", "On December 5, protesters gathered"): regular forms in lower case (so that
# "United" is no verb), common irregular ones, and auxiliaries (the present perfect
# tells of the past; "has to" does not).
PAST_CUES = re.compile(
    r"\b(?:(?!(?:need|feed|speed|proceed|succeed|exceed|seed|breed|embed|shed|hundred)\b)"
    r"[a-z]{2,}ed|was|were|had|did|didn['’]t|said|met|told|took|held|came|went|made|gave|"
    r"spoke|began|saw|left|sent|won|lost|became|found|got|led|paid|ran|stood|thought|wrote|"
    r"brought|fell|heard|rose|struck|broke|chose|flew|knew|laid|shot|sat|sold|spent|threw|"
    r"fought|hit|withdrew|drew|kept|meant|felt|caught|taught|sought|bought|built|swore|"
    r"overtook|undertook|arose|been|ha(?:s|ve)(?:n['’]t)?(?!\s+to\b))\b"
)
# In news copy the present simple of a scheduling verb announces a coming happening:
# "Georgians vote on Saturday", "the new rules take effect Dec 1", "talks resume Monday"
# (past cues win: "the votes were counted on Monday").
SCHEDULE_VERBS = (
    r"vote|votes|go\s+to\s+the\s+polls|goes\s+to\s+the\s+polls|elect|elects|"
    r"meet|meets|convene|convenes|open|opens|begin|begins|start|starts|resume|resumes|"
    r"take\s+effect|takes\s+effect|take\s+place|takes\s+place|enter|enters|"
    r"come\s+into\s+force|comes\s+into\s+force|expire|expires|end|ends|close|closes|"
    r"kick\s+off|kicks\s+off|launch|launches|host|hosts|visit|visits|travel|travels|"
    r"arrive|arrives|return|returns|hold|holds|attend|attends|sign|signs|face|faces|"
    r"debate|debates|decide|decides|consider|considers|hear|hears"
)
# (an infinitive, "able to decide", is no present tense)
SCHEDULE_CUES = re.compile(rf"(?<!\bto )\b(?:{SCHEDULE_VERBS})\b", re.IGNORECASE)
FUTURE, PAST = "future", "past"
CUE_TENSE = {"future": FUTURE, "past": PAST, "schedule": FUTURE}
# All tense cues in one pass, each named by its group (FUTURE_CUES first: "planned",
# "expected to" are future, not past).
TENSE_CUES = re.compile(
    f"\\b(?=[^\\W\\d_])(?:(?P<future>(?i:{FUTURE_CUES.pattern}))|(?P<would>(?i:{REPORTED_FUTURE.pattern}))|"
    f"(?P<past>{PAST_CUES.pattern})|(?P<schedule>{SCHEDULE_CUES.pattern}))"
)
# Where the clause of a date begins (the future cue must be in the same clause).
_CLAUSE_BREAK = re.compile(r"[,;:“”\"()]|\b(?:but|and|while|after|before|when|that)\b")
# Everything up to the end of the last break (breaks never overlap, so the rightmost
# one the regex backtracks to is the last one a scan from the left would find).
_UP_TO_LAST_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK.pattern})")

# Trimming the description: the leading date phrase and the trailing attribution.
LEAD_PREPOSITIONS = ("on", "in", "at", "by", "since", "from", "during", "until")
_LEAD_PREP = re.compile(rf"(?:\b(?:{'|'.join(LEAD_PREPOSITIONS)})\s+)?$", re.IGNORECASE)
_LONGEST_LEAD_PREP = max(map(len, LEAD_PREPOSITIONS))
_SPEECH_VERBS = (
    r"(?:said|says|added|noted|explained|stated|emphasized|emphasised|recalled|stressed|"
    r"reported|announced|claimed|concluded|summed\s+up|told\s+(?:\w+\s+){0,2}?\w+)"
)
# Every attribution holds one of these (a cheap test before the regex: literals).
_SPEECH_VERB_STEM = re.compile(
    "said|says|added|noted|explained|stated|emphasi|recalled|stressed|reported|announced|"
    "claimed|concluded|summed|told"
)
_ATTRIBUTION = re.compile(
    rf"""(?x)
    (?:
      [,”"]\s*["”]?\s*(?:[\w’'.-]+\s+){{0,6}}?{_SPEECH_VERBS}        # ", the office reported."
    | [,”"]+\s*{_SPEECH_VERBS}\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*){{1,6}}  # ", said Stanislav Zas."
    )
    \s*\.?\s*$
    """
)
# Where one happening of a sentence ends and another begins: the description of a date
# is the clause between these that holds it ("..., adding that ...", "; ", " — ").
_CLAUSE_VERBS = r"adding|saying|noting|stressing|explaining"
_CLAUSE_CONJUNCTIONS = r"but|while|whereas|as\s+well\s+as"
CLAUSE_BOUNDARY = re.compile(
    rf"\s*(?:;|\s[—–]\s|,\s+(?:{_CLAUSE_VERBS})\s+that\b|"
    rf",\s+(?:{_CLAUSE_CONJUNCTIONS})\b|\s+and,\s+in\s+particular,)\s*"
)
# Every clause boundary holds one of these; most sentences have none, and this search
# (literal first characters) is far cheaper than CLAUSE_BOUNDARY's.
_MAY_HAVE_CLAUSES = re.compile(rf";|—|–|,\s+(?:{_CLAUSE_VERBS}|{_CLAUSE_CONJUNCTIONS})|and,")
_QUOTES = '“”"‘’«»'

# A date after these words recurs ("every Monday") and dates no one happening; an
# offset after these is a duration ("for two weeks after the vote").
FREQUENCY_WORDS = frozenset({"every", "each"})
FREQUENCY_KINDS = ("dmy", "mdy", "mon", "wd")
DURATION_WORDS = frozenset({"for"})
# "about three years ago", "more than a month ago": no exact count back (undated).
APPROXIMATE_WORDS = frozenset(
    {"about", "around", "some", "nearly", "almost", "over", "than", "roughly", "approximately"}
)

PRECISIONS = ("day", "month", "year")
# After "after"/"before" a noun phrase is the offset's own anchor ("days after the vote").
_NAMES_ITS_ANCHOR = re.compile(r"\s*[^\W\d_]")
# The kinds of expression whose date depends on the tense (see :func:`resolve`).
TENSED_KINDS = ("dmy", "mdy", "mon", "wd")

# --- clustering vocabulary ------------------------------------------------------------

# Words that carry no happening: function words, reporting verbs, generic nouns.
STOPWORDS: frozenset[str] = frozenset(
    """
    about above after again against also although among another because been before
    being below between both could does doing down during each either even every from
    further had has have having here hers herself himself into itself just more most
    much must neither never only other ours ourselves over same should some such than
    that their theirs them themselves then there these they this those through under
    until upon very were what when where which while whom whose will with within without
    would your yours said says added noted stated told according also year years month
    months today yesterday tomorrow week weeks first last next earlier later since
    mister president minister prime secretary general head leader country countries
    statement statements remarks interview comments briefing ministry spokesperson
    spokesman spokeswoman foreign defense defence official officials
    """.split()  # noqa: SIM905
)

# Synonyms folded to one keyword, so "invasion" matches "attack" and "summit" "meeting".
KEYWORD_GROUPS: dict[str, tuple[str, ...]] = {
    "attack": (
        "attack",
        "invasion",
        "invade",
        "aggression",
        "assault",
        "escalation",
        "incursion",
        "offensive",
        "shelling",
        "hostilities",
        "clashes",
    ),
    "meeting": ("meeting", "summit", "session", "talks", "conference", "convene"),
    "sign": ("sign", "signature", "signed", "signing"),
    "refuse": ("refuse", "veto", "vetoed", "reject", "declined"),
}
_KEYWORD_OF = {word: key for key, words in KEYWORD_GROUPS.items() for word in words}
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{3,}")
# An event of coarser precision ("last month") joins a cluster when the actors and keywords
# it shares weigh this much (sum of log inverse article frequency; see _link_score).
COARSE_LINK_MIN_WEIGHT = 0.9
ACTOR_WEIGHT = 2.0  # a shared actor counts this many times a shared keyword of equal rarity
# An event is compared with at most this many members of a candidate cluster (its first
# reports), so that a happening reported by thousands of articles stays fast to join.
MAX_COMPARED = 30
SEEN_MAX = 20_000  # remembered (feature set, cluster) scores in cluster_events
# A feature found in every article of a period is uninformative only if the period has at
# least this many articles (see _idf).
IDF_MIN_ARTICLES = 5


@dataclass(frozen=True)
class Resolved:
    """A temporal expression resolved to a date (NaT if it cannot be) and precision."""

    date: pd.Timestamp | None
    precision: str
    relative: bool


# --- extraction -----------------------------------------------------------------------


def extract_events(
    articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame
) -> tuple[pd.DataFrame, list[Problem]]:
    """The ``events`` table (without ``cluster_id``) and problems met.

    One row per temporal expression that dates a happening; ``date_text`` is
    ``articles.text[start:end]``. Relative expressions in an article without a
    publication date are kept with ``date`` NaT and reported once per article.
    """
    actors_by_sentence = _actors_by_sentence(mentions)
    rows: list[dict] = []
    problems: list[Problem] = []
    by_article = _sentences_by_article(sentences)
    no_sentences = _Sentences([], [], [], [])
    for article in articles.itertuples(index=False):
        found = by_article.get(str(article.article_id), no_sentences)
        published = None if pd.isna(article.published) else pd.Timestamp(article.published)
        article_rows = _article_events(article.article_id, article.text, found, published)
        if published is None and any(r.pop("_relative") for r in article_rows):
            problems.append(
                Problem(
                    str(article.path),
                    "warning",
                    "publication date unknown: relative dates (e.g. 'on Monday', 'last "
                    "month') kept without a date",
                )
            )
        for n, row in enumerate(article_rows):
            row.pop("_relative", None)
            row["event_id"] = f"{article.article_id}:e{n:03d}"
            row["actors"] = actors_by_sentence.get((article.article_id, row["sentence_id"]), [])
            rows.append(row)
    if not rows:
        return empty_table("events"), problems
    return typed(pd.DataFrame(rows), "events"), problems


def _actors_by_sentence(mentions: pd.DataFrame) -> dict[tuple[str, int], list[str]]:
    """The sorted names of the actors mentioned in each (article, sentence)."""
    if mentions is None or not len(mentions):
        return {}
    named = mentions.dropna(subset=["actor"])
    found: dict[tuple[str, int], set[str]] = {}
    for aid, sid, actor in zip(
        named.article_id.tolist(), named.sentence_id.tolist(), named.actor.tolist(), strict=True
    ):
        found.setdefault((str(aid), int(sid)), set()).add(str(actor))
    return {key: sorted(names) for key, names in found.items()}


@dataclass(frozen=True)
class _Sentences:
    """One article's sentences as plain lists, in text order (for a binary search)."""

    starts: list[int]
    ends: list[int]
    ids: list[int]
    texts: list[str]


def _sentences_by_article(sentences: pd.DataFrame) -> dict[str, _Sentences]:
    """The ``sentences`` of every article, ordered by ``start`` (ties in table order)."""
    columns = [sentences[c].tolist() for c in ("article_id", "start", "end", "sentence_id", "text")]
    grouped: dict[str, list[tuple]] = {}
    for aid, start, end, sid, text in zip(*columns, strict=True):
        grouped.setdefault(str(aid), []).append((start, end, sid, text))
    out = {}
    for aid, rows in grouped.items():
        rows.sort(key=lambda r: r[0])  # stable: ties keep table order
        starts, ends, ids, texts = (list(c) for c in zip(*rows, strict=True))
        out[aid] = _Sentences(starts, ends, ids, texts)
    return out


def _article_events(
    article_id: str, text: str, sentences: _Sentences, published: pd.Timestamp | None
) -> list[dict]:
    """Every event of one article, in text order (one regex pass over the whole text)."""
    if not sentences.starts or not isinstance(text, str):
        return []
    starts, ends, ids, sentence_texts = (
        sentences.starts,
        sentences.ends,
        sentences.ids,
        sentences.texts,
    )
    rows: list[dict] = []
    last_day = None  # the latest day-precision date so far ("on the same day")
    speech_day = None  # the latest past day told outside quotes (the day quotes were said)
    limit = published + pd.Timedelta(days=PAST_SLACK_DAYS) if published else None
    story_from: dict[int, int] = {}  # where the story begins in a dateline's sentence
    sentence_index, in_sentence = -1, []  # the events found so far in the sentence
    for match in temporal_matches(text):
        m_start, m_end = match.span()
        i = bisect.bisect_right(starts, m_start) - 1
        if i < 0 or m_end > ends[i]:
            continue
        s_start, sentence = starts[i], sentence_texts[i]
        before = text[s_start:m_start]
        after = text[m_end : ends[i]]
        if not _is_event(match, before, after, text):
            continue
        if DATELINE_BEFORE.search(before) and DATELINE_AFTER.match(after):
            # the story after the dateline is the happening (later dates of the
            # sentence describe it too), in this sentence or the next
            story = DATELINE_TAIL.match(text, m_end).end()
            j = bisect.bisect_right(starts, story) - 1
            story_from[j] = story - starts[j]
            description = describe(text[story : ends[j]], 0, 0)
        else:
            cut = story_from.get(i, 0)
            description = describe(sentence[cut:], m_start - s_start - cut, m_end - s_start - cut)
        quoted = _in_quote(text, m_start)
        kind = match.lastgroup
        if i != sentence_index:
            sentence_index, in_sentence = i, []
        if kind == "same" or (
            kind == "anaph"
            and rows
            and APPOSITION.fullmatch(text[rows[-1]["end"] : m_start])
            and rows[-1]["precision"] == "day"
        ):
            # "on the same day"; "on September 15, two days after the attack" restates
            # the date just given (apposition)
            resolved = Resolved(last_day, "day", False)
        elif in_sentence and (kind == "anaph" or (kind == "rel" and not match["rel_which"])):
            # an offset ("two days later") or "the end of the year" counts from the one
            # other date of its sentence; with several, or one too coarse, it is undated
            anchor = _anchor(match, in_sentence, after)
            if anchor is not None:
                resolved = _from_anchor(match, anchor)
            else:
                resolved = Resolved(None, _precision_of(match), False)
        elif kind == "ago" and _last_word(before) in APPROXIMATE_WORDS:
            resolved = Resolved(None, _ago(match, None).precision, False)  # "about a year ago"
        elif kind == "day" and quoted:
            resolved = _deictic(match, speech_day, relative=False)
        else:
            tense = _tense(match, before, after) if kind in TENSED_KINDS else None
            resolved = resolve(match, published, tense)
        if resolved is None:
            continue
        in_sentence.append(resolved)
        if resolved.precision == "day" and resolved.date is not None and pd.notna(resolved.date):
            last_day = resolved.date
            if not quoted and (limit is None or resolved.date <= limit):
                speech_day = resolved.date
        rows.append(
            {
                "article_id": article_id,
                "sentence_id": ids[i],
                "date": resolved.date,
                "precision": resolved.precision,
                "date_text": text[m_start:m_end],
                "description": description,
                "start": m_start,
                "end": m_end,
                "_relative": resolved.relative,
            }
        )
    return rows


def _anchor(match: re.Match, in_sentence: list[Resolved], after: str) -> Resolved | None:
    """The one dated expression earlier in the sentence that an offset ("two days
    later") or "the end of the year" counts from; None when there is none, more than
    one, or the offset names its own anchor ("two days after the vote")."""
    if len(in_sentence) != 1:
        return None
    anchor = in_sentence[0]
    if anchor.date is None or pd.isna(anchor.date):
        return None
    if match.lastgroup == "rel":
        unit = _precision_of(match)
        return anchor if PRECISIONS.index(anchor.precision) <= PRECISIONS.index(unit) else None
    if anchor.precision != "day":
        return None
    direction = match.group("anaph_dir") or match.group("anaph_rel") or ""
    if direction.lower() in ("after", "before") and _NAMES_ITS_ANCHOR.match(after):
        return None
    count = match.group("anaph_n")
    if match.group("anaph_unit") and _count(count) is None:
        return None  # "days later", "a few weeks later": no exact offset
    return anchor


def _precision_of(match: re.Match) -> str:
    """The precision of an offset or a "the year"/"the month" match (a week: "day")."""
    unit = (match.group("rel_unit") or "day").lower() if match.lastgroup == "rel" else "day"
    if match.lastgroup == "anaph" and (match.group("anaph_unit") or "").lower() == "month":
        unit = "month"
    return "day" if unit == "week" else unit


def _from_anchor(match: re.Match, anchor: Resolved) -> Resolved:
    """An offset or a part of "the year"/"the month" counted from ``anchor``."""
    if match.lastgroup == "rel":
        unit = _precision_of(match)
        if unit == "day":  # "the end of the week": no week precision
            return Resolved(None, "day", False)
        date = anchor.date
        month = date.month if unit == "month" else 1
        return Resolved(_timestamp(date.year, month, 1), unit, anchor.relative)
    unit = (match.group("anaph_unit") or "day").lower()
    n = _count(match.group("anaph_n")) if match.group("anaph_unit") else 1
    word = (
        match.group("anaph_dir") or match.group("anaph_adj") or match.group("anaph_rel")
    ).lower()
    if word in ("earlier", "before", "previous"):
        n = -n
    day = _day_of(anchor.date)
    if unit == "month":
        year, month = divmod(day.year * 12 + day.month - 1 + n, 12)
        return Resolved(_timestamp(year, month + 1, 1), "month", anchor.relative)
    return Resolved(_days_after(day, n * (7 if unit == "week" else 1)), "day", anchor.relative)


def _count(word: str | None) -> int | None:
    """The number a count word or numeral stands for (None: no exact number)."""
    if word is None:
        return None
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else COUNT_WORDS.get(word)


def _is_event(match: re.Match, before: str, after: str, text: str) -> bool:
    """Filter the matches the regex cannot judge alone: bare months/years and names."""
    kind = match.lastgroup
    if kind in FREQUENCY_KINDS and _last_word(before) in FREQUENCY_WORDS:
        return False  # "every Monday", "each April 24": a habit, not a happening
    if kind == "anaph" and _last_word(before) in DURATION_WORDS:
        return False  # "for two days after the vote": a duration
    for name in ("dmy_m", "mdy_m", "mon_m", "wd_d"):
        word = match.group(name)
        if word and not _CAPITALISED.match(word):
            return False
    if kind == "mon":
        if match.group("mon_y") or match.group("mon_of") or match.group("mon_part"):
            return True
        # A bare month is a date after a preposition ("in July", "the September
        # escalation"); a bare "May" only after a preposition proper.
        if match.group("mon_m") == "May":
            return bool(_BEFORE_MAY_BACKWARDS.match(before[::-1]))
        return bool(_BEFORE_BARE_BACKWARDS.match(before[::-1]))
    if kind == "year":
        if _QUANTITY_AFTER.match(after):
            return False
        window = text[max(0, match.start() - 1) : match.end() + 12]
        if _TENURE.search(window) or before.rstrip().endswith(("(", "№", "No.", "#")):
            return False
        backwards = before[::-1]
        if _BEFORE_THE_BACKWARDS.match(backwards):
            # "the 2020 war" dates a happening; "the 2023 budget" is a label
            return bool(EVENT_NOUN_AFTER.match(after))
        return bool(match.group("year_part")) or bool(_BEFORE_BARE_BACKWARDS.match(backwards))
    if kind == "wd":
        # "Thursday's meeting" is still a date; a weekday as a name ("Good Friday") is rare.
        return True
    if kind == "day" and match.group("day_word").lower() == "today":
        if SPAN_BEFORE_TODAY.search(before):
            return False
        clause = _last_clause(before.rstrip(" ,;:")) + " " + _first_clause(after.lstrip(" ,;:"))
        return bool(PAST_OR_FUTURE.search(clause))
    return True


def _last_word(text: str) -> str:
    """The last word of ``text`` in lower case ("" if it ends in anything else)."""
    text = text.rstrip()
    at = len(text)
    while at and text[at - 1].isalpha():
        at -= 1
    return text[at:].lower()


def _last_clause(text: str) -> str:
    """``_CLAUSE_BREAK.split(text)[-1]``: the text after the last clause break."""
    upto = _UP_TO_LAST_BREAK.match(text)
    return text if upto is None else text[upto.end() :]


def _first_clause(text: str) -> str:
    """``_CLAUSE_BREAK.split(text)[0]``: the text before the first clause break."""
    brk = _CLAUSE_BREAK.search(text)
    return text if brk is None else text[: brk.start()]


def _tense(match: re.Match, before: str, after: str) -> str | None:
    """FUTURE, PAST or None (no cue): the tense of the expression's clause.

    A modifier decides ("next Friday", "last Friday"); then the clause leading to the
    expression, when it holds a cue: future cues, past cues, a scheduling verb in the
    present simple ("Georgians vote on Saturday"), in that order ("take effect Dec 1,
    the ministry said": future); then past and future cues in the clause that follows
    ("On Monday, troops withdrew"); then the cue nearest the expression in the rest of
    the sentence, before it and then after it ("said the CSTO acted after the September
    13 invasion": past).
    """
    mod = (match.group("wd_mod") or "").lower()
    if mod in ("next", "upcoming", "coming", "this coming"):
        return FUTURE
    if mod == "last":
        return PAST
    lead = _last_clause(before)
    cues = _cues_in(lead)
    if "future" in cues or "would" in cues:
        return FUTURE
    if "past" in cues:
        return PAST
    if "schedule" in cues:
        return FUTURE
    after = after.lstrip(" ,;:")
    follow = _first_clause(after)
    cues = _cues_in(follow)
    if "past" in cues:
        return PAST
    if "future" in cues or "schedule" in cues:
        return FUTURE
    rest_before = before[: len(before) - len(lead)]
    for cue in reversed(list(TENSE_CUES.finditer(rest_before))):
        if cue.lastgroup != "would":
            return CUE_TENSE[cue.lastgroup]
    for cue in TENSE_CUES.finditer(after, len(follow)):
        if cue.lastgroup != "would":
            return CUE_TENSE[cue.lastgroup]
    return None


@functools.lru_cache(maxsize=16384)
def _cues_in(clause: str) -> frozenset[str]:
    """The kinds of TENSE_CUES in ``clause`` (cached: syndicated copy repeats clauses)."""
    return frozenset(cue.lastgroup for cue in TENSE_CUES.finditer(clause))


def resolve(
    match: re.Match, published: pd.Timestamp | None, tense: str | None = None
) -> Resolved | None:
    """The date and precision of one ``TEMPORAL`` match (None: not a date after all).

    Yearless dates take the year nearest ``published`` in the direction of the ``tense``
    (FUTURE, PAST; None: either); a weekday without a tense is the last one; relative
    forms need ``published`` and resolve to NaT without it.
    """
    kind = match.lastgroup
    g = match.group
    if kind == "iso":
        return _day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")), False)
    if kind == "dots":
        return _day(int(g("dots_y")), int(g("dots_m")), int(g("dots_d")), False)
    if kind in ("dmy", "mdy"):
        month = MONTHS[g(f"{kind}_m").lower().rstrip(".")]
        day = int(_DIGITS.match(g(f"{kind}_d")).group())
        if g(f"{kind}_y"):
            return _day(int(g(f"{kind}_y")), month, day, False)
        if published is None:
            return Resolved(None, "day", True)
        if g(f"{kind}_of"):
            year = _of_year(g(f"{kind}_of"), published)
            return _day(year, month, day, True)
        return _nearest_day(month, day, published, tense)
    if kind == "mon":
        month = MONTHS[g("mon_m").lower().rstrip(".")]
        if g("mon_y"):
            return Resolved(_timestamp(int(g("mon_y")), month, 1), "month", False)
        if published is None:
            return Resolved(None, "month", True)
        if g("mon_of"):
            year = _of_year(g("mon_of"), published)
        else:
            year = _nearest_month_year(month, published, tense)
        return Resolved(_timestamp(year, month, 1), "month", True)
    if kind == "year":
        return Resolved(_timestamp(int(g("year_y")), 1, 1), "year", False)
    if kind == "wd":
        if published is None:
            return Resolved(None, "day", True)
        target = WEEKDAYS.index(g("wd_d").lower())
        mod = (g("wd_mod") or "").lower()
        today = _day_of(published)
        if tense == FUTURE:
            delta = (target - today.weekday()) % 7 or (7 if mod == "next" else 0)
            return Resolved(_days_after(today, delta), "day", True)
        delta = (today.weekday() - target) % 7 or (7 if mod == "last" else 0)
        return Resolved(_days_after(today, -delta), "day", True)
    if kind == "rel":
        unit = g("rel_unit").lower()
        if unit == "week":  # no week precision: a temporal expression, undated
            return Resolved(None, "day", False)
        if published is None:
            return Resolved(None, unit, True)
        which = (g("rel_which") or "this").lower()  # "the end of the year": this year
        shift = {"this": 0, "next": 1}.get(which, -1)
        if unit == "year":
            return Resolved(_timestamp(published.year + shift, 1, 1), "year", True)
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return Resolved(_timestamp(year, month + 1, 1), "month", True)
    if kind == "day":
        return _deictic(match, published, relative=True)
    if kind == "ago":
        return _ago(match, published)
    if kind in ("anaph", "same"):
        # an offset from another happening ("a day later", "days before the summit"):
        # kept as a temporal expression, but the text alone does not date it (see
        # _anchor for an offset from another date of its sentence)
        return Resolved(None, _precision_of(match), False)
    return None


def _deictic(match: re.Match, anchor: pd.Timestamp | None, relative: bool) -> Resolved:
    """today / yesterday / tomorrow counted from ``anchor`` (the publication day, or the
    day a quote was spoken); NaT without an anchor."""
    if anchor is None or pd.isna(anchor):
        return Resolved(None, "day", relative)
    word = match.group("day_word").lower()
    delta = DEICTIC_DAYS.get(word[:5], 0)  # today, tonight, this morning: 0
    return Resolved(_days_after(_day_of(pd.Timestamp(anchor)), delta), "day", relative)


# Days from the anchor day, by the first five letters of a day word.
DEICTIC_DAYS = {"yeste": -1, "last ": -1, "tomor": 1, "the d": -2}


def _ago(match: re.Match, published: pd.Timestamp | None) -> Resolved:
    """ "three years ago": the publication year less three (year precision); days count
    to a day, months to a month; weeks and uncounted spans ("a few days ago") are
    undated, as there is no week precision and no exact number."""
    unit = match.group("ago_unit").lower()
    precision = "day" if unit in ("day", "week") else unit
    n = _count(match.group("ago_n"))
    if published is None or n is None or unit == "week":
        return Resolved(None, precision, published is None)
    if unit == "day":
        return Resolved(_days_after(_day_of(published), -n), "day", True)
    if unit == "year":
        return Resolved(_timestamp(published.year - n, 1, 1), "year", True)
    year, month = divmod(published.year * 12 + published.month - 1 - n, 12)
    return Resolved(_timestamp(year, month + 1, 1), "month", True)


_DIGITS = re.compile(r"\d+")


@functools.lru_cache(maxsize=65536)
def _timestamp(year: int, month: int, day: int) -> pd.Timestamp:
    """``pd.Timestamp(year, month, day)`` (cached: a corpus names few distinct days)."""
    return pd.Timestamp(year, month, day)


@functools.lru_cache(maxsize=4096)
def _day_of(moment: pd.Timestamp) -> pd.Timestamp:
    """Midnight of ``moment``'s day (cached: an article's dates count from one day)."""
    return moment.normalize()


@functools.lru_cache(maxsize=4096)
def _days_after(day: pd.Timestamp, days: int) -> pd.Timestamp:
    """``day`` shifted by ``days`` days (cached: pandas date arithmetic is slow)."""
    return day + pd.Timedelta(days=days)


def _in_quote(text: str, position: int) -> bool:
    """Whether ``position`` lies inside quoted speech opened earlier in its paragraph.

    In a long text (a paragraph of megabytes) the quote marks before ``position`` are
    counted from running totals over the text (:func:`_quote_totals`), so that asking
    for every date of the paragraph costs its length, not its square.
    """
    if len(text) > LONG_TEXT:
        newlines, opened, closed, straight = _quote_totals(text)
        k = int(np.searchsorted(newlines, position))
        line = int(newlines[k - 1]) + 1 if k else 0
        inside = opened[position] - opened[line] > closed[position] - closed[line]
        return bool(inside or (straight[position] - straight[line]) % 2 == 1)
    seg = text[text.rfind("\n", 0, position) + 1 : position]
    opened = sum(seg.count(q) for q in OPEN_QUOTES)
    closed = sum(seg.count(q) for q in CLOSE_QUOTES)
    return opened > closed or seg.count(STRAIGHT_QUOTE) % 2 == 1


LONG_TEXT = 10_000  # characters: texts this long count quote marks from running totals


@functools.lru_cache(maxsize=2)
def _quote_totals(text: str) -> tuple[np.ndarray, ...]:
    """Where ``text``'s newlines are, and how many opening, closing and straight quote
    marks precede each position."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")

    def running(marks: str) -> np.ndarray:
        found = np.isin(codes, np.array([ord(c) for c in marks], dtype="<u4"))
        return np.concatenate([[0], np.cumsum(found)])

    newlines = np.flatnonzero(codes == ord("\n"))
    return newlines, running(OPEN_QUOTES), running(CLOSE_QUOTES), running(STRAIGHT_QUOTE)


def _day(year: int, month: int, day: int, relative: bool) -> Resolved | None:
    try:
        return Resolved(_timestamp(year, month, day), "day", relative)
    except ValueError:  # "February 30": not a date
        return None


def _of_year(phrase: str, published: pd.Timestamp) -> int:
    phrase = phrase.lower()
    if "last" in phrase or "previous" in phrase or "past" in phrase:
        return published.year - 1
    if "next" in phrase:
        return published.year + 1
    return published.year


def _nearest_month_year(month: int, published: pd.Timestamp, tense: str | None) -> int:
    """The year of the ``month`` nearest ``published`` on the side of the tense (with
    none, the nearer side; the past at equal distance)."""
    year = published.year
    if tense == FUTURE or (tense is None and month - published.month < -6):
        return year + 1 if month < published.month else year
    if tense == PAST or month - published.month >= 6:
        return year - 1 if month > published.month else year
    return year


def _nearest_day(
    month: int, day: int, published: pd.Timestamp, tense: str | None
) -> Resolved | None:
    """The occurrence of month-day nearest ``published`` on the side the tense implies
    (with no tense, the nearest; the past at equal distance)."""
    today = _day_of(published)
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            candidates.append(_timestamp(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if tense is None:
        best = min(candidates, key=lambda c: (abs((c - today).days), c))
    elif tense == FUTURE:
        side = [c for c in candidates if c >= today]
        best = min(side) if side else None
    else:
        side = [c for c in candidates if c <= _days_after(today, PAST_SLACK_DAYS)]
        best = max(side) if side else None
    return None if best is None else Resolved(best, "day", True)


def describe(sentence: str, start: int, end: int) -> str:
    """The happening a date anchors: the clause of ``sentence`` holding the date span
    ``[start, end)``, without the leading date phrase, quote marks and the trailing
    attribution ("..., Zas said.").

    >>> describe("On November 23, protesters gathered in Yerevan, police said.", 3, 14)
    'Protesters gathered in Yerevan'
    >>> describe("He said so on Monday, adding that talks began on May 2.", 49, 54)
    'Talks began on May 2'
    """
    c_start, c_end = 0, len(sentence)
    breaks = CLAUSE_BOUNDARY.finditer(sentence) if _MAY_HAVE_CLAUSES.search(sentence) else ()
    for brk in breaks:
        if brk.end() <= start:
            c_start = brk.end()
        elif brk.start() >= end:
            c_end = brk.start()
            break
    text, start, end = sentence[c_start:c_end], start - c_start, end - c_start
    if _only_preposition_before(text[:start]):
        text = text[end:].lstrip(" ,")
    if _SPEECH_VERB_STEM.search(text):
        text = _ATTRIBUTION.sub("", text)
    text = text.strip()
    text = text.strip(_QUOTES + " ,.;:")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text or sentence.strip()


def _only_preposition_before(lead: str) -> bool:
    """Whether ``lead`` is at most quote marks and a preposition ("On ", "“In ")."""
    head = lead.strip(_QUOTES + " ")
    if not head:
        return True
    if len(head.rstrip()) > _LONGEST_LEAD_PREP:  # more than one preposition: a shortcut
        return False
    prep = _LEAD_PREP.search(lead)
    return prep is not None and not lead[: prep.start()].strip(_QUOTES + " ")


# --- clustering -----------------------------------------------------------------------


def keywords(description: str) -> frozenset[str]:
    """Content words of a description, synonyms folded (``KEYWORD_GROUPS``)."""
    words = set()
    for word in _WORD.findall(description.lower()):
        word = word.strip("’'-")
        if word in STOPWORDS or word in MONTHS or word in WEEKDAYS:
            continue
        word = _KEYWORD_OF.get(word, _KEYWORD_OF.get(word.rstrip("s"), word))
        words.add(word[:6] if word not in KEYWORD_GROUPS else word)
    return frozenset(words)


def _link_score(weight: float, same_day: bool) -> float:
    """A link score from the weight of the features two events share (0: not the same
    happening).

    Features are keywords and actors (``@name``); each shared one weighs its rarity (log
    inverse article frequency, actors ``ACTOR_WEIGHT`` times more; see
    :func:`_feature_weights`), so a word or actor found in every article ("Armenia" in an
    Armenia corpus) says nothing. Two events on the same day need any informative shared
    feature; an event of coarser precision needs shared features weighing
    ``COARSE_LINK_MIN_WEIGHT``. The score grows with the weight, so an event's best score
    against several others is the score of its largest shared weight.
    """
    linked = weight > 0 if same_day else weight >= COARSE_LINK_MIN_WEIGHT
    return weight if linked else 0.0


def cluster_events(events: pd.DataFrame, *, known: pd.Series | None = None) -> pd.DataFrame:
    """``events`` with ``cluster_id`` linking the same happening across articles.

    Day-precision events on the same date are linked when they share actors or
    keywords (or come from the same article); a month- or year-precision event then
    joins the most similar cluster inside its period, or starts its own. Events without
    a date get no cluster. Ids are ``c<date>-<hash of the founding event's id>``: the
    same for the same input, and kept by a cluster that later reports join.

    Events are clustered by period (:func:`cluster_periods`): a day or month event only
    ever joins clusters of its month, a year event those of its year, and the weight of
    a shared feature is its rarity among the articles with events in that period. So
    one period's clusters depend on that period's events alone, and ``known`` (cluster
    ids aligned with ``events``, from a previous build whose events in those periods
    were the same) is taken as it is for every period where it has an id for every
    dated event.
    """
    ids = np.full(len(events), None, dtype=object)
    dated = np.flatnonzero(events.date.notna().to_numpy())
    if len(dated):
        keys = events[["event_id", "date", "precision"]].iloc[dated]
        periods = cluster_periods(keys).to_numpy()
        todo = np.ones(len(dated), dtype=bool)
        if known is not None:
            have = known.reindex(events.index).to_numpy(dtype=object, na_value=None)[dated]
            unsettled = np.unique(periods[pd.isna(have)])
            todo = np.isin(periods, unsettled)
            ids[dated[~todo]] = have[~todo]
        rank = keys.precision.map({p: i for i, p in enumerate(PRECISIONS)}).to_numpy()
        order = pd.DataFrame(
            {
                "period": periods[todo],
                "rank": rank[todo],
                "date": keys.date.to_numpy()[todo],
                "event_id": keys.event_id.array[todo],
            }
        ).sort_values(["period", "rank", "date", "event_id"], kind="stable")
        positions = dated[todo][order.index.to_numpy()]
        bounds = np.flatnonzero(np.diff(order.period.to_numpy())) + 1
        # (Arrow's take joins a column's chunks first: join them once, not per period)
        source = {c: contiguous(events[c]) for c in _CLUSTER_COLUMNS}
        # one period at a time: only its events are ever held as Python objects
        for lo, hi in zip([0, *bounds], [*bounds, len(positions)], strict=True):
            at = positions[lo:hi]
            column = {c: source[c].take(at).tolist() for c in _CLUSTER_COLUMNS}
            rows = list(zip(*(column[c] for c in _CLUSTER_COLUMNS[:5]), strict=True))
            feats = _features(column["description"], column["actors"])
            found = _cluster_period(rows, feats)
            ids[at] = [found[event_id] for event_id in column["event_id"]]
    return events.assign(cluster_id=pd.array(ids, dtype="string"))


def contiguous(column: pd.Series) -> pd.Series:
    """``column`` with its Arrow chunks joined into one (other columns as they are)."""
    values = column.array
    chunks = getattr(values, "_pa_array", None)
    if isinstance(chunks, pa.ChunkedArray) and chunks.num_chunks > 1:
        joined = pa.chunked_array([chunks.combine_chunks()])
        return pd.Series(type(values)(joined), index=column.index, name=column.name)
    return column


_CLUSTER_COLUMNS = (
    "event_id",
    "article_id",
    "date",
    "precision",
    "date_text",
    "description",
    "actors",
)


def cluster_periods(events: pd.DataFrame) -> pd.Series:
    """The period each dated event is clustered in: ``yyyymm`` for a day or month event
    (its month), ``-yyyy`` for a year event (its year)."""
    year, month = events.date.dt.year, events.date.dt.month
    return (year * 100 + month).where(events.precision != "year", -year).astype("int64")


def _cluster_period(rows: list[tuple], feats: list[frozenset[str]]) -> dict[str, str]:
    """Cluster ids by event id for the events of one period, in clustering order."""
    article_ids = [row[1] for row in rows]
    weights = _feature_weights(_idf(article_ids, feats))
    clusters: list[dict] = []  # each: date, precision, text, members, articles, compared
    # Where to look: the clusters filed under a period (a day, a month, a year) that hold
    # an informative feature, or (day clusters) an article. A cluster sharing nothing
    # informative with an event scores 0 and cannot be chosen, so only these candidates
    # are scored; they are scored in creation order, as a scan of every cluster would.
    by_feature: dict[tuple, dict[str, list[int]]] = {}
    by_article: dict[tuple, dict[str, list[int]]] = {}
    seen: dict[tuple[int, int], tuple[int, float]] = {}  # see _best_shared
    for (event_id, article_id, date, precision, date_text), own in zip(rows, feats, strict=True):
        key = _period(date, precision)
        index = by_feature.get(key, {})
        candidates = set().union(*(index.get(f, ()) for f in own))
        if precision == "day":
            candidates.update(by_article.get(key, {}).get(article_id, ()))
        best, best_score = None, 0.0
        for n in sorted(candidates):
            c = clusters[n]
            # (a day's candidates are the clusters of that very day: within by construction)
            if precision != "day" and not _within(
                date, precision, c["date"], c["precision"], date_text, c["text"]
            ):
                continue
            if precision == c["precision"] and precision == "day" and article_id in c["articles"]:
                score = 1_000.0
            else:
                shared = _best_shared(own, c, weights, seen)
                score = _link_score(shared, precision == "day")
            if score > best_score:
                best, best_score = c, score
        if best is None:
            best = {
                "n": len(clusters),
                "date": date,
                "precision": precision,
                "text": date_text,
                "members": [],
                "articles": set(),
                "compared": [],  # the distinct features of the first MAX_COMPARED members
                "periods": _periods_of_cluster(date, precision),
            }
            clusters.append(best)
        if len(best["members"]) < MAX_COMPARED and all(own is not f for f in best["compared"]):
            best["compared"].append(own)
            informative = [f for f in own if weights[f] > 0]
            number = best["n"]
            for period in best["periods"]:
                index = by_feature.setdefault(period, {})
                for f in informative:
                    filed = index.setdefault(f, [])
                    if not filed or filed[-1] != number:  # a repeat is harmless, and rare
                        filed.append(number)
        if best["precision"] == "day" and article_id not in best["articles"]:
            day = best["periods"][0]
            by_article.setdefault(day, {}).setdefault(article_id, []).append(best["n"])
        best["members"].append(event_id)
        best["articles"].add(article_id)
    ids = {}
    for c in clusters:
        ids.update(
            dict.fromkeys(c["members"], cluster_name(c["date"], c["precision"], c["members"][0]))
        )
    return ids


def _best_shared(
    own: frozenset[str],
    cluster: dict,
    weights: dict[str, float],
    seen: dict[tuple[int, int], tuple[int, float]],
) -> float:
    """The largest weight ``own`` shares with one of the cluster's compared feature sets.

    Syndicated copy repeats one feature set (one object) many times, and a cluster's
    compared sets only grow, so the maximum over the sets already compared is kept in
    ``seen`` (keyed by the feature set's identity and the cluster) and only the sets
    added since are scored.
    """
    key = (id(own), cluster["n"])
    compared = cluster["compared"]
    done, best = seen.get(key, (0, -1.0))
    for other in compared[done:]:
        # fsum: exact whatever order the set is read in (which varies with the string
        # hash seed), so that ties between clusters break the same way
        best = max(best, math.fsum(map(weights.__getitem__, own & other)))
    if len(seen) >= SEEN_MAX:  # bounded memory; the scores do not depend on it
        seen.clear()
    seen[key] = (len(compared), best)
    return best


def _period(date: pd.Timestamp, precision: str) -> tuple:
    """The key under which the clusters an event may join are filed."""
    if precision == "day":
        return ("day", date.year, date.month, date.day)
    if precision == "month":
        return ("month", date.year, date.month)
    return ("year", date.year)


def _periods_of_cluster(date: pd.Timestamp, precision: str) -> list[tuple]:
    """Where a new cluster is filed: a day cluster takes events of its day and month; a
    month cluster of its month; a year cluster of its year (see :func:`_within`)."""
    if precision == "day":
        return [("day", date.year, date.month, date.day), ("month", date.year, date.month)]
    if precision == "month":
        return [("month", date.year, date.month)]
    return [("year", date.year)]


def _features(descriptions: list[str], actors: list[list[str]]) -> list[frozenset[str]]:
    """The keywords and actors (``@name``) of each event. Events with the same description
    and actors (syndicated copy) share one set, computed once."""
    keywords_of: dict[str, frozenset[str]] = {}
    features_of: dict[tuple, frozenset[str]] = {}
    out = []
    for description, names in zip(descriptions, actors, strict=True):
        description = description or ""
        key = (description, tuple(names))
        if key not in features_of:
            if description not in keywords_of:
                keywords_of[description] = keywords(description)
            features_of[key] = keywords_of[description] | {f"@{a}" for a in names}
        out.append(features_of[key])
    return out


def _idf(article_ids: list[str], feats: list[frozenset[str]]) -> dict[str, float]:
    """Inverse article frequency ``log(max(n, IDF_MIN_ARTICLES) / df)`` of every feature
    of a period's events, among the ``n`` articles with events in the period.

    Below ``IDF_MIN_ARTICLES`` articles there is too little evidence to call a feature
    common: two reports of one happening in a sparse period share every feature, and
    must still be linked by them.
    """
    by_article: dict[str, set[str]] = {}
    for article_id, features in zip(article_ids, feats, strict=True):
        by_article.setdefault(article_id, set()).update(features)
    n = max(len(by_article), IDF_MIN_ARTICLES)
    counts: dict[str, int] = {}
    for words in by_article.values():
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    return {w: float(np.log(n / c)) for w, c in counts.items()}


def _feature_weights(idf: dict[str, float]) -> dict[str, float]:
    """What a shared feature adds to the weight of :func:`_link_score`: its idf,
    ``ACTOR_WEIGHT`` times for an actor (``@name``)."""
    return {f: w * (ACTOR_WEIGHT if f.startswith("@") else 1.0) for f, w in idf.items()}


# Which days of the month a part-of-month phrase allows ("the end of last month": 20-31).
PART_OF_MONTH_DAYS: dict[str, tuple[int, int]] = {
    "early": (1, 10),
    "beginning": (1, 10),
    "start": (1, 10),
    "mid": (10, 20),
    "middle": (10, 20),
    "late": (20, 31),
    "end": (20, 31),
}
_PART_WORD = re.compile(r"\b(" + "|".join(PART_OF_MONTH_DAYS) + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _part_of_month_days(date_text: str) -> tuple[int, int] | None:
    """The days a part-of-month phrase in ``date_text`` allows (None: the whole month)."""
    part = _PART_WORD.search(date_text)
    return None if part is None else PART_OF_MONTH_DAYS[part.group(1).lower()]


def _within(
    date: pd.Timestamp,
    precision: str,
    c_date: pd.Timestamp,
    c_precision: str,
    date_text: str,
    c_text: str = "",
) -> bool:
    """Whether an event at ``precision`` can be the happening of a finer-or-equal cluster."""
    if PRECISIONS.index(c_precision) > PRECISIONS.index(precision):
        return False
    if precision == "day":
        return date == c_date
    if precision == "month":
        if (date.year, date.month) != (c_date.year, c_date.month):
            return False
        part = _part_of_month_days(date_text or "")
        if part is None:
            return True
        low, high = part
        if c_precision == "day":
            return low <= c_date.day <= high
        c_part = _part_of_month_days(c_text or "")
        if c_part is None:
            return True
        c_low, c_high = c_part
        return low <= c_high and c_low <= high
    # A year ("this year", "in 2020") is too coarse to stand for one dated happening.
    return c_precision == "year" and date.year == c_date.year


def cluster_name(date: pd.Timestamp, precision: str, founder: str) -> str:
    """``c20221123-3fa2b1``: the date at its precision and a hash of the id of the event
    that founded the cluster (the first of its events in clustering order), so that a
    cluster keeps its id as later reports join it.

    >>> cluster_name(pd.Timestamp("2022-11-23"), "day", "000_5322f2f6b2ef493f:e004")
    'c20221123-8e0f98'
    """
    fmt = {"day": "%Y%m%d", "month": "%Y%m", "year": "%Y"}[precision]
    digest = hashlib.sha1(founder.encode()).hexdigest()[:6]
    return f"c{date.strftime(fmt)}-{digest}"
