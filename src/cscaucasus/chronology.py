"""Chronology: temporal expressions to dated events, merged across articles.

:func:`extract_events` finds every temporal expression in an article's clean text with
one compiled regular expression (the rules of ``data/temporal.yml``, compiled by
:mod:`cscaucasus.temporal`; see docs/temporal.md), resolves it to a calendar date
against ``articles.published`` and describes the happening it anchors (the sentence,
trimmed of the date phrase and the attribution).
:func:`cluster_events` links the events that are the same happening across articles:
same date at the precision both share, and overlapping actors or keywords
(``period_cluster``; ``cluster_id`` follows syndicated copies too, see
:mod:`cscaucasus.happenings`).

Resolution rules (prefer ``None`` over a guess):

* a month-day or month without a year takes the year that puts it nearest the
  publication date in the direction the tense implies, and with no tense cue the nearest
  of all; a weekday is the coming one in the future tense ("will convene ... Friday") and
  after a scheduling verb in the present simple ("Georgians vote on Saturday"), else the
  most recent on or before publication (see :func:`_tense`);
* but after an explicit date of the same paragraph ("In March 2021 ... In April"), a
  yearless month or day is the first on or after it, and a weekday the first on or after
  an explicit day, as narrative time runs, unless the tense contradicts that (a past
  happening after publication, a future one before it; see :func:`_narrative`);
* "at the end of 2021", "by the end of 2024" is that December (month precision);
* expressions anchored to another happening ("a day later", "days before the summit")
  are kept with ``date`` NaT: the text alone does not date them; but an exact offset
  ("two days later", "the following day") counts from the other date of its sentence
  when there is exactly one ("ratified on Wednesday ... approved two days later"), and
  so does "the end of the year"; "on the same day" takes the day last mentioned;
* "today"/"yesterday" count from the publication day in narration, and inside a quote
  from the day the quote was spoken (the last past day told outside quotes before it;
  NaT if none); a "today" in a present-tense clause ("Armenia today is") is no event;
* a wire dateline ("MOSCOW, Nov 23 (Reuters) -") dates the happening the story reports
  (its filing day); a photo caption ("Leaders at the summit in Minsk, March 3, 2023")
  and a date line ("Thursday, October 8, 2020") date no happening;
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
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np
import pandas as pd

from .arrays import contiguous, member
from .documents import Problem
from .lexicon import (
    CLOSING_SPEECH_QUOTES,
    ENGLISH_DOUBLE_QUOTES,
    MONTHS,
    OPENING_SPEECH_QUOTES,
    QUOTE_MARKS,
    QUOTE_OPENERS,
    STRAIGHT_QUOTE,
    WEEKDAYS,
    verbs,
)
from .schema import empty_table, typed
from .temporal import (
    BUILT_IN,
    CLUSTERING,
    NORMALIZATION,
    NOT_HAPPENINGS,
    PATTERNS,
    RULES,
    Rule,
    backwards,
    pattern,
    temporal_matches,
    words,
)

# --- temporal vocabulary ---------------------------------------------------------------

# The rules, pattern lists and normalisation tables are data (data/temporal.yml),
# compiled by cscaucasus.temporal; here they are read by name.
COUNT_WORDS: dict[str, int] = NORMALIZATION["counts"]
SHIFT: dict[str, int] = NORMALIZATION["shift"]
DEICTIC_DAYS: dict[str, int] = NORMALIZATION["deictic_days"]
PART_OF_YEAR_MONTH: dict[str, int] = NORMALIZATION["part_of_year_month"]
# The sign of an offset's direction ("two days later": +, "the previous day": -).
OFFSET_SIGN: dict[str, int] = NORMALIZATION["offset_direction"] | NORMALIZATION["day_offset"]
# An offset before these names its own anchor when a noun phrase follows ("two days after
# the vote"): it does not count from the sentence's other date.
OFFSET_PREPOSITIONS = words("offset_prepositions")

# Case-sensitive checks made after the case-insensitive match (names are capitalised).
_CAPITALISED = re.compile(rf"^(?:{BUILT_IN['month']}|{BUILT_IN['weekday']})$")
# Tests of how ``before`` ends, run on ``before[::-1]`` from its start instead of
# searching all of ``before`` for a match at its end: _BEFORE_BARE; "in/.. May"; "the".
_BEFORE_BARE = re.compile(rf"(?:\b{pattern('date_prepositions')}|,)[\s-]*$", re.IGNORECASE)
_BEFORE_BARE_BACKWARDS = re.compile(
    rf"[\s-]*(?:,|(?:{backwards('date_prepositions')})\b)", re.IGNORECASE
)
_BEFORE_MAY_BACKWARDS = re.compile(rf"\s*(?:{backwards('may_prepositions')})\b")
_BEFORE_THE_BACKWARDS = re.compile(r"\s*eht\b", re.IGNORECASE)
_QUANTITY_AFTER = re.compile(rf"^\s*{pattern('quantity_units')}\b", re.IGNORECASE)
# A year inside parentheses with a range is a tenure "(2017–2019)", not an event.
_TENURE = re.compile(rf"\(\s*{pattern('year')}\s*[-–—]\s*(?:{pattern('year')}|present)\s*\)")

# A wire dateline ("MOSCOW, Nov 23 (Reuters) -", "YEREVAN, November 23. /TASS/.",
# "TBILISI, 5 March 2024 -") gives the filing day, which dates the happening the story
# reports: an event described by the text after the dateline (DATELINE_TAIL).
DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,40},\s*$")
DATELINE_AFTER = re.compile(r"^\s*(?:\(|\.?\s*/|[-–—:]|\.\s*$)")
DATELINE_TAIL = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:\.?\s*/[^/]{1,20}/\s*\.?|[-–—:]+|\.)?\s*"
    # an agency's sign-off after the dash ("MOSCOW, June 13 - RIA Novosti. The Kremlin")
    rf"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}\.\s+(?=[A-Z{QUOTE_OPENERS}]))?"
)
# A past-tense yearless date may fall this many days after the publication date
# (metadata dates lag, time zones) before it is taken to be last year's.
PAST_SLACK_DAYS = 2

# "today" dates a happening only in a clause in the past or future tense ("Putin said
# today", "today we will talk"), not in the present ("the decision concerns today",
# "Armenia today is ..."), nor as the end of a span ("until today").
PAST_OR_FUTURE = re.compile(rf"\b{pattern('past_or_future')}\b|['’]ll\b", re.IGNORECASE)
APPOSITION = re.compile(r"\s*[,–—(]\s*")
SPAN_BEFORE_TODAY = re.compile(r"\b(?:until|till|up\s+to|as\s+of|since|by)\s*$", re.IGNORECASE)
# Quote marks that open and close quoted speech ("today" in a quote is the speech's day).
OPEN_QUOTES, CLOSE_QUOTES = OPENING_SPEECH_QUOTES, CLOSING_SPEECH_QUOTES

# Nouns after "the <year>" that make it a happening ("the 2020 war"), not a label
# ("the 2023 budget", "the 2022 report").
EVENT_NOUN_AFTER = re.compile(rf"^\s+(?:[A-Z][\w-]*\s+)?{pattern('event_nouns')}\b")

# Words that put a weekday or a yearless date in the future: "will convene ... Friday",
# "is scheduled for", "plans to", "next", "upcoming", "the verdict is due on Monday",
# "has to decide by Friday".
FUTURE_CUES = re.compile(rf"\b{pattern('future_cues')}\b", re.IGNORECASE)
# "would" is future only inside the date's own clause ("said talks would resume in
# January"), not across it ("said on Tuesday that Russia would help").
REPORTED_FUTURE = re.compile(rf"\bwould\b(?!\s+{pattern('would_not_future')}\b)", re.IGNORECASE)
# Past tense in the date's clause, before or after it ("protesters gathered on December
# 5", "On December 5, protesters gathered"), case-sensitive.
PAST_CUES = re.compile(rf"\b(?:(?!{pattern('not_past')}\b)[a-z]{{2,}}ed|{pattern('past_cues')})\b")
# In news copy the present simple of a scheduling verb announces a coming happening:
# "Georgians vote on Saturday", "the new rules take effect Dec 1", "talks resume Monday"
# (past cues win: "the votes were counted on Monday").
# (an infinitive, "able to decide", is no present tense)
SCHEDULE_CUES = re.compile(rf"(?<!\bto )\b{pattern('schedule_verbs')}\b", re.IGNORECASE)
FUTURE, PAST = "future", "past"
# The tense a weekday's modifier gives ("next Friday": future, "last Friday": past).
WEEKDAY_MODIFIER_TENSE: dict[str, str] = {
    word: {"future": FUTURE, "past": PAST}[tense]
    for word, tense in NORMALIZATION["weekday_modifier_tense"].items()
}
CUE_TENSE = {"future": FUTURE, "past": PAST, "schedule": FUTURE}
# All tense cues in one pass, each named by its group (FUTURE_CUES first: "planned",
# "expected to" are future, not past).
TENSE_CUES = re.compile(
    f"\\b(?=[^\\W\\d_])(?:(?P<future>(?i:{FUTURE_CUES.pattern}))|(?P<would>(?i:{REPORTED_FUTURE.pattern}))|"
    f"(?P<past>{PAST_CUES.pattern})|(?P<schedule>{SCHEDULE_CUES.pattern}))"
)
# Where the clause of a date begins (the future cue must be in the same clause).
_CLAUSE_BREAK = re.compile(rf"[,;:{ENGLISH_DOUBLE_QUOTES}()]|\b{pattern('clause_break_words')}\b")
# Everything up to the end of the last break (breaks never overlap, so the rightmost
# one the regex backtracks to is the last one a scan from the left would find).
_UP_TO_LAST_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK.pattern})")

# Trimming the description: the leading date phrase and the trailing attribution.
# (the word lists are ``patterns`` in temporal.yml)
LEAD_PREPOSITIONS = words("lead_prepositions")
_LEAD_PREP = re.compile(rf"(?:\b{pattern('lead_prepositions')}\s+)?$", re.IGNORECASE)
_LONGEST_LEAD_PREP = max(map(len, LEAD_PREPOSITIONS))
# (a verb that takes an addressee is cut with it: "..., Lavrov told reporters.")
_ATTRIBUTION_VERBS: list[str] = PATTERNS["attribution_verbs"]
_SPEECH_VERBS = "(?:{})".format(
    "|".join(
        r"\s+".join(verb.split(" "))
        + (rf"\s+{pattern('attribution_addressee')}" if verb in verbs("addressee") else "")
        for verb in _ATTRIBUTION_VERBS
    )
)
# Every attribution holds the first word of one of these (a cheap test before the regex).
_SPEECH_VERB_STEM = re.compile("|".join(dict.fromkeys(v.split()[0] for v in _ATTRIBUTION_VERBS)))
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
_CLAUSE_VERBS = pattern("clause_participles")
_CLAUSE_CONJUNCTIONS = pattern("clause_conjunctions")
CLAUSE_BOUNDARY = re.compile(
    rf"\s*(?:;|\s[—–]\s|,\s+(?:{_CLAUSE_VERBS})\s+that\b|"
    rf",\s+(?:{_CLAUSE_CONJUNCTIONS})\b|\s+and,\s+in\s+particular,)\s*"
)
# Every clause boundary holds one of these; most sentences have none, and this search
# (literal first characters) is far cheaper than CLAUSE_BOUNDARY's.
_MAY_HAVE_CLAUSES = re.compile(rf";|—|–|,\s+(?:{_CLAUSE_VERBS}|{_CLAUSE_CONJUNCTIONS})|and,")
_QUOTES = QUOTE_MARKS

# A date after these words recurs ("every Monday") and dates no one happening; an
# offset after these is a duration ("for two weeks after the vote"); "about three
# years ago", "more than a month ago": no exact count back (undated).
FREQUENCY_WORDS = words("frequency_words")
DURATION_WORDS = words("duration_words")
APPROXIMATE_WORDS = words("approximate_words")

PRECISIONS = ("day", "month", "year")
# After "after"/"before" a noun phrase is the offset's own anchor ("days after the vote").
_NAMES_ITS_ANCHOR = re.compile(r"\s*[^\W\d_]")

# --- clustering vocabulary ------------------------------------------------------------

# Words that carry no happening (function words, reporting verbs, generic nouns), and
# synonyms folded to one keyword, so "invasion" matches "attack" and "summit" "meeting"
# (``clustering`` in temporal.yml).
STOPWORDS: frozenset[str] = frozenset(map(str, CLUSTERING["stopwords"]))
KEYWORD_GROUPS: dict[str, tuple[str, ...]] = {
    str(key): tuple(map(str, words)) for key, words in CLUSTERING["keyword_groups"].items()
}
_KEYWORD_OF = {word: key for key, words in KEYWORD_GROUPS.items() for word in words}
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{3,}")
# An event of coarser precision ("last month") joins a cluster when the actors and keywords
# it shares weigh this much (sum of log inverse story frequency; see _link_score).
COARSE_LINK_MIN_WEIGHT = 0.9
ACTOR_WEIGHT = 2.0  # a shared actor counts this many times a shared keyword of equal rarity
# An event is compared with at most this many members of a candidate cluster (its first
# reports), so that a happening reported by thousands of articles stays fast to join.
MAX_COMPARED = 30
SEEN_MAX = 20_000  # remembered (feature set, cluster) scores in cluster_events
CLUSTER_BATCH = 20_000  # events taken out of the table at once by cluster_events
# A feature found in every story of a period is uninformative only if the period has at
# least this many stories (see _idf).
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
    """The ``events`` table (without its clusters) and problems met.

    One row per temporal expression that dates a happening; ``date_text`` is
    ``articles.text[start:end]``. Relative expressions in an article without a
    publication date are kept with ``date`` NaT and reported once per article.
    """
    actors_by_sentence = _actors_by_sentence(mentions)
    rows: list[dict] = []
    problems: list[Problem] = []
    by_article = _sentences_by_article(sentences)
    no_sentences = _Sentences([], [], [], [])
    columns = (articles[c].tolist() for c in ("article_id", "text", "published", "path"))
    for article_id, text, date, path in zip(*columns, strict=True):
        found = by_article.get(str(article_id), no_sentences)
        published = None if pd.isna(date) else pd.Timestamp(date)
        article_rows = _article_events(article_id, text, found, published)
        if published is None and any(r.pop("_relative") for r in article_rows):
            problems.append(
                Problem(
                    str(path),
                    "warning",
                    "publication date unknown: relative dates (e.g. 'on Monday', 'last "
                    "month') kept without a date",
                )
            )
        for n, row in enumerate(article_rows):
            row.pop("_relative", None)
            row["event_id"] = f"{article_id}:e{n:03d}"
            row["actors"] = actors_by_sentence.get((article_id, row["sentence_id"]), [])
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


@dataclass
class _Story:
    """What the dates read so far in one article tell about the next ones."""

    published: pd.Timestamp | None
    # a past date may fall this late and still be "the last past day" (PAST_SLACK_DAYS)
    limit: pd.Timestamp | None
    last_day: pd.Timestamp | None = None  # the latest day-precision date ("the same day")
    speech_day: pd.Timestamp | None = None  # the latest past day told outside quotes
    story_from: dict[int, int] = field(default_factory=dict)  # story start after a dateline
    sentence: int = -1  # the sentence of in_sentence
    in_sentence: list[Resolved] = field(default_factory=list)  # its dates found so far
    last_row: dict | None = None
    # narrative time: the last explicit date of the paragraph, where it ends, and how
    # far the text after it is known to hold no paragraph break
    reference: Resolved | None = None
    reference_checked: int = 0


def _article_events(
    article_id: str, text: str, sentences: _Sentences, published: pd.Timestamp | None
) -> list[dict]:
    """Every event of one article, in text order (one regex pass over the whole text):
    each match placed in its sentence, judged (:func:`_is_event`), described, and
    resolved with what the article's earlier dates tell (:class:`_Story`)."""
    if not sentences.starts or not isinstance(text, str):
        return []
    limit = published + pd.Timedelta(days=PAST_SLACK_DAYS) if published else None
    story = _Story(published, limit)
    rows: list[dict] = []
    for match in temporal_matches(text):
        start, end = match.span()
        i = bisect.bisect_right(sentences.starts, start) - 1
        if i < 0 or end > sentences.ends[i]:
            continue
        before = text[sentences.starts[i] : start]
        after = text[end : sentences.ends[i]]
        if not _is_event(match, before, after, text):
            continue
        description = _description(match, text, sentences, i, before, after, story)
        quoted = _in_quote(text, start)
        if i != story.sentence:
            story.sentence, story.in_sentence = i, []
        resolved = _in_context(match, text, before, after, quoted, story)
        if resolved is None:
            continue
        _remember(story, resolved, quoted)
        if not resolved.relative and RULES[match.lastgroup].sets_reference and _explicit(resolved):
            story.reference, story.reference_checked = resolved, end
        story.last_row = {
            "article_id": article_id,
            "sentence_id": sentences.ids[i],
            "date": resolved.date,
            "precision": resolved.precision,
            "date_text": text[start:end],
            "description": description,
            "start": start,
            "end": end,
            "_relative": resolved.relative,
        }
        rows.append(story.last_row)
    return rows


def _description(
    match: re.Match,
    text: str,
    sentences: _Sentences,
    i: int,
    before: str,
    after: str,
    story: _Story,
) -> str:
    """The happening a match dates: its clause of sentence ``i``; for a wire dateline,
    the story after it (whose later dates of the sentence describe it too), in this
    sentence or the next."""
    if DATELINE_BEFORE.search(before) and DATELINE_AFTER.match(after):
        start = DATELINE_TAIL.match(text, match.end()).end()
        j = bisect.bisect_right(sentences.starts, start) - 1
        story.story_from[j] = start - sentences.starts[j]
        return _described(text[start : sentences.ends[j]], 0, 0)
    cut = story.story_from.get(i, 0)
    offset = sentences.starts[i] + cut
    return _described(sentences.texts[i][cut:], match.start() - offset, match.end() - offset)


def _in_context(
    match: re.Match, text: str, before: str, after: str, quoted: bool, story: _Story
) -> Resolved | None:
    """A match resolved with what the article's earlier dates tell, by the context steps
    its rule names (``context`` in temporal.yml, :data:`CONTEXTS`, tried in order):
    "on the same day" and a restated date take the last day; an offset ("two days
    later") or "the end of the year" counts from the one other date of its sentence
    (undated with several, or one too coarse); "today" in a quote is the day the quote
    was spoken; the rest resolve against the paragraph's reference date or the
    publication date (:func:`resolve`)."""
    rule, steps = _CONTEXT_OF[match.lastgroup]
    for step in steps:
        resolved = step(rule, match, text, before, after, quoted, story)
        if resolved is not None:
            return resolved
    tense = _tense(rule, match, before, after) if rule.tensed else None
    return _narrative(match, text, story, tense) or resolve(match, story.published, tense)


def _restates_last_day(rule: Rule, match: re.Match, text, before, after, quoted, story) -> Resolved:
    """ "on the same day": the day given last."""
    return Resolved(story.last_day, "day", False)


def _restates_after_apposition(
    rule: Rule, match: re.Match, text: str, before, after, quoted, story: _Story
) -> Resolved | None:
    """ "on September 15, two days after the attack": the day just given, restated."""
    last = story.last_row
    if last is None or last["precision"] != "day":
        return None
    if not APPOSITION.fullmatch(text[last["end"] : match.start()]):
        return None
    return Resolved(story.last_day, "day", False)


def _offset_from_sentence_date(
    rule: Rule, match: re.Match, text, before, after: str, quoted, story: _Story
) -> Resolved | None:
    """ "two days later": counted from the one other day of its sentence; undated with
    none such, or when the offset names its own anchor ("two days after the vote") or
    no exact count ("days later")."""
    if not story.in_sentence:
        return None
    anchor = _only_date(story.in_sentence)
    if anchor is None or anchor.precision != "day":
        return Resolved(None, _precision_of(rule, match), False)
    direction = (rule.group(match, "dir") or rule.group(match, "rel") or "").lower()
    if direction in OFFSET_PREPOSITIONS and _NAMES_ITS_ANCHOR.match(after):
        return Resolved(None, _precision_of(rule, match), False)
    unit = rule.group(match, "unit")
    n = _count(rule.group(match, "n")) if unit else 1
    if n is None:  # "days later", "a few weeks later": no exact offset
        return Resolved(None, _precision_of(rule, match), False)
    word = rule.group(match, "dir") or rule.group(match, "adj") or rule.group(match, "rel")
    n *= OFFSET_SIGN[word.lower()]
    day = _day_of(anchor.date)
    unit = (unit or "day").lower()
    if unit == "month":
        year, month = divmod(day.year * 12 + day.month - 1 + n, 12)
        return Resolved(_timestamp(year, month + 1, 1), "month", anchor.relative)
    return Resolved(_days_after(day, n * (7 if unit == "week" else 1)), "day", anchor.relative)


def _part_of_sentence_date(
    rule: Rule, match: re.Match, text, before, after, quoted, story: _Story
) -> Resolved | None:
    """ "the end of the year" (no "last" or "next"): that part of the one other date of
    its sentence, if no coarser than the part; else undated."""
    if not story.in_sentence or rule.group(match, "which"):
        return None
    unit = _precision_of(rule, match)
    anchor = _only_date(story.in_sentence)
    if anchor is None or PRECISIONS.index(anchor.precision) > PRECISIONS.index(unit):
        return Resolved(None, unit, False)
    if unit == "day":  # "the end of the week": no week precision
        return Resolved(None, "day", False)
    month = anchor.date.month if unit == "month" else 1
    return Resolved(_timestamp(anchor.date.year, month, 1), unit, anchor.relative)


def _approximate_undated(
    rule: Rule, match: re.Match, text, before: str, after, quoted, story
) -> Resolved | None:
    """ "about a year ago": no exact count back, undated."""
    if _last_word(before) not in APPROXIMATE_WORDS:
        return None
    return Resolved(None, _ago(rule, match, None).precision, False)


def _speech_day_in_quote(
    rule: Rule, match: re.Match, text, before, after, quoted: bool, story: _Story
) -> Resolved | None:
    """ "today" in a quote: counted from the day the quote was spoken."""
    return _deictic(rule, match, story.speech_day, relative=False) if quoted else None


# The context steps a rule may name (``context`` in temporal.yml): each dates a match
# from the article's other dates, or returns None to leave it to the next step.
CONTEXTS = {
    "restates_last_day": _restates_last_day,
    "restates_after_apposition": _restates_after_apposition,
    "offset_from_sentence_date": _offset_from_sentence_date,
    "part_of_sentence_date": _part_of_sentence_date,
    "approximate_undated": _approximate_undated,
    "speech_day_in_quote": _speech_day_in_quote,
}
# Each rule with its context steps, looked up once.
_CONTEXT_OF = {
    name: (rule, tuple(CONTEXTS[c] for c in rule.context)) for name, rule in RULES.items()
}


def _explicit(resolved: Resolved) -> bool:
    """Whether a date is written out to the month or day, year included."""
    return not resolved.relative and resolved.precision != "year" and resolved.date is not None


def _narrative(match: re.Match, text: str, story: _Story, tense: str | None) -> Resolved | None:
    """A yearless month, day or weekday after an explicit date of its paragraph ("In
    March 2021 ... In April"): the first such day or month on or after that reference,
    as narrative time runs; None (the publication date decides) without a reference,
    or when the tense contradicts the result (a past happening after publication, a
    future one before it)."""
    if story.reference is None:
        return None
    rule = RULES[match.lastgroup]
    if not rule.takes_reference:
        return None
    if text.find("\n", story.reference_checked, match.start()) >= 0:
        story.reference = None  # a new paragraph: the reference is spent
        return None
    story.reference_checked = match.start()
    found = NARRATIVE[rule.resolve](rule, match, story.reference)
    if found is None or found.date is None or story.published is None:
        return found
    if tense == FUTURE:
        return found if found.date >= _day_of(story.published) else None
    return found if found.date <= story.limit else None


def _month_after(rule: Rule, match: re.Match, reference: Resolved) -> Resolved | None:
    """A yearless month: the first on or after the reference month."""
    g = functools.partial(rule.group, match)
    if g("y") or g("of"):
        return None
    month, since = MONTHS[g("m").lower().rstrip(".")], reference.date
    return Resolved(_timestamp(since.year + (month < since.month), month, 1), "month", False)


def _month_day_after(rule: Rule, match: re.Match, reference: Resolved) -> Resolved | None:
    """A yearless day of a month: the first on or after the reference date."""
    g = functools.partial(rule.group, match)
    if g("y") or g("of"):
        return None
    month = MONTHS[g("m").lower().rstrip(".")]
    day = int(_DIGITS.match(g("d")).group())
    since = reference.date
    first = (since.month, since.day if reference.precision == "day" else 1)
    return _day(since.year + ((month, day) < first), month, day, False)


def _weekday_after(rule: Rule, match: re.Match, reference: Resolved) -> Resolved | None:
    """A weekday ("on Friday", no "next" or "last"): the first on or after the
    reference day (none after a month)."""
    if reference.precision != "day" or (rule.group(match, "mod") or "on").lower() != "on":
        return None
    since = _day_of(reference.date)
    target = WEEKDAYS.index(rule.group(match, "d").lower())
    return Resolved(_days_after(since, (target - since.weekday()) % 7), "day", False)


# How a rule that takes a reference (temporal.yml) counts from it, by its resolver.
NARRATIVE = {"month": _month_after, "month_day": _month_day_after, "weekday": _weekday_after}


def _remember(story: _Story, resolved: Resolved, quoted: bool) -> None:
    """Record a resolved date as the sentence's, and as the last day (and, outside
    quotes and not after publication, as the day quotes were spoken)."""
    story.in_sentence.append(resolved)
    if resolved.precision == "day" and resolved.date is not None and pd.notna(resolved.date):
        story.last_day = resolved.date
        if not quoted and (story.limit is None or resolved.date <= story.limit):
            story.speech_day = resolved.date


def _only_date(in_sentence: list[Resolved]) -> Resolved | None:
    """The one dated expression earlier in the sentence; None if none or several."""
    if len(in_sentence) != 1:
        return None
    anchor = in_sentence[0]
    return None if anchor.date is None or pd.isna(anchor.date) else anchor


def _precision_of(rule: Rule, match: re.Match) -> str:
    """The precision of an offset or a "the year"/"the month" match: its unit's (a
    week's, or none: "day")."""
    unit = (rule.group(match, "unit") or "day").lower()
    return "day" if unit == "week" else unit


def _count(word: str | None) -> int | None:
    """The number a count word or numeral stands for (None: no exact number)."""
    if word is None:
        return None
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else COUNT_WORDS.get(word)


def _is_event(match: re.Match, before: str, after: str, text: str) -> bool:
    """Whether every filter of the match's rule (``filters`` in temporal.yml) lets it
    through: the regex alone cannot judge bare months and years, names, habits."""
    rule, filters = _FILTERS_OF[match.lastgroup]
    return all(keep(rule, match, before, after, text) for keep in filters)


def _not_recurring(rule: Rule, match: re.Match, before: str, after: str, text: str) -> bool:
    """ "every Monday", "each April 24": a habit, not a happening."""
    return _last_word(before) not in FREQUENCY_WORDS


def _not_duration(rule: Rule, match: re.Match, before: str, after: str, text: str) -> bool:
    """ "for two days after the vote": a duration."""
    return _last_word(before) not in DURATION_WORDS


def _capitalised(rule: Rule, match: re.Match, before: str, after: str, text: str) -> bool:
    """Month and weekday names are capitalised ("may" is a verb)."""
    for group in rule.capitalised:
        word = match.group(group)
        if word and not _CAPITALISED.match(word):
            return False
    return True


def _bare_month(rule: Rule, match: re.Match, before: str, after: str, text: str) -> bool:
    """A bare month is a date after a preposition ("in July", "the September
    escalation"); a bare "May" only after a preposition proper."""
    g = functools.partial(rule.group, match)
    if g("y") or g("of") or g("part"):
        return True
    if g("m") == "May":
        return bool(_BEFORE_MAY_BACKWARDS.match(before[::-1]))
    return bool(_BEFORE_BARE_BACKWARDS.match(before[::-1]))


def _year_is_date(rule: Rule, match: re.Match, before: str, after: str, text: str) -> bool:
    """A year after a preposition or with a part ("in 2020", "late 2021") is a date; not
    a quantity ("2000 villages"), a tenure ("(2017–2019)"), a number ("No. 2020") or a
    label ("the 2023 budget"; but "the 2020 war")."""
    if _QUANTITY_AFTER.match(after):
        return False
    window = text[max(0, match.start() - 1) : match.end() + 12]
    if _TENURE.search(window) or before.rstrip().endswith(("(", "№", "No.", "#")):
        return False
    reversed_before = before[::-1]
    if _BEFORE_THE_BACKWARDS.match(reversed_before):
        return bool(EVENT_NOUN_AFTER.match(after))
    return bool(rule.group(match, "part")) or bool(_BEFORE_BARE_BACKWARDS.match(reversed_before))


def _today_in_tense(rule: Rule, match: re.Match, before: str, after: str, text: str) -> bool:
    """ "today" dates a happening only in a clause in the past or future tense, not in
    the present ("Armenia today is") nor as the end of a span ("until today")."""
    if rule.group(match, "word").lower() != "today":
        return True
    if SPAN_BEFORE_TODAY.search(before):
        return False
    clause = _last_clause(before.rstrip(" ,;:")) + " " + _first_clause(after.lstrip(" ,;:"))
    return bool(PAST_OR_FUTURE.search(clause))


def _not_caption(rule: Rule, match: re.Match, before: str, after: str, text: str) -> bool:
    """A photo caption's or a date line's date is no happening of the story (see
    ``not_happenings`` in temporal.yml)."""
    if len(before) > CAPTION_MAX or len(after) > CAPTION_MAX:
        return True
    tail = after.strip()  # (the tail rules most sentences out: test it first)
    return not any(
        kind.after.fullmatch(tail) and kind.before.fullmatch(before.strip())
        for kind in NOT_HAPPENINGS
    )


CAPTION_MAX = 250  # characters: a longer sentence is no caption or date line


# The filters a rule may name (``filters`` in temporal.yml), each True to keep a match.
FILTERS = {
    "not_recurring": _not_recurring,
    "not_duration": _not_duration,
    "capitalised": _capitalised,
    "bare_month": _bare_month,
    "year_is_date": _year_is_date,
    "today_in_tense": _today_in_tense,
    "not_caption": _not_caption,
}
# Each rule with its filters, looked up once.
_FILTERS_OF = {
    name: (rule, tuple(FILTERS[f] for f in rule.filters)) for name, rule in RULES.items()
}


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


def _tense(rule: Rule, match: re.Match, before: str, after: str) -> str | None:
    """FUTURE, PAST or None (no cue): the tense of the expression's clause.

    A modifier decides ("next Friday", "last Friday"); then the clause leading to the
    expression, when it holds a cue: future cues, past cues, a scheduling verb in the
    present simple ("Georgians vote on Saturday"), in that order ("take effect Dec 1,
    the ministry said": future); then past and future cues in the clause that follows
    ("On Monday, troops withdrew"); then the cue nearest the expression in the rest of
    the sentence, before it and then after it ("said the CSTO acted after the September
    13 invasion": past).
    """
    modified = WEEKDAY_MODIFIER_TENSE.get((rule.group(match, "mod") or "").lower())
    if modified is not None:
        return modified
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
    """The date and precision of one ``TEMPORAL`` match (None: not a date after all),
    by the resolver its rule names (:data:`RESOLVERS`).

    Yearless dates take the year nearest ``published`` in the direction of the ``tense``
    (FUTURE, PAST; None: either); a weekday without a tense is the last one; relative
    forms need ``published`` and resolve to NaT without it.
    """
    rule = RULES[match.lastgroup]
    return RESOLVERS[rule.resolve](rule, match, published, tense)


def _numeric_day(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """ "2022-11-23", "10.11.2020"."""
    g = functools.partial(rule.group, match)
    return _day(int(g("y")), int(g("m")), int(g("d")), False)


def _month_day(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """ "5 March 2024", "November 23", "October 28 of this year"."""
    g = functools.partial(rule.group, match)
    month = MONTHS[g("m").lower().rstrip(".")]
    day = int(_DIGITS.match(g("d")).group())
    if g("y"):
        return _day(int(g("y")), month, day, False)
    if published is None:
        return Resolved(None, "day", True)
    if g("of"):
        return _day(_of_year(g("of"), published), month, day, True)
    return _nearest_day(month, day, published, tense)


def _month(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """ "May 2021", "in July", "January of this year"."""
    g = functools.partial(rule.group, match)
    month = MONTHS[g("m").lower().rstrip(".")]
    if g("y"):
        return Resolved(_timestamp(int(g("y")), month, 1), "month", False)
    if published is None:
        return Resolved(None, "month", True)
    of = g("of")
    year = _of_year(of, published) if of else _nearest_month_year(month, published, tense)
    return Resolved(_timestamp(year, month, 1), "month", True)


def _year(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """ "in 2020", "late 2021"."""
    return Resolved(_timestamp(int(rule.group(match, "y")), 1, 1), "year", False)


def _month_of_year(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """ "at the end of 2021": the month of the year its part names (that December)."""
    g = functools.partial(rule.group, match)
    month = PART_OF_YEAR_MONTH[_phrase_key(g("part"))]
    return Resolved(_timestamp(int(g("y")), month, 1), "month", False)


def _weekday(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """ "on Monday", "next Friday": the coming one in the future tense, else the last
    one on or before publication."""
    if published is None:
        return Resolved(None, "day", True)
    target = WEEKDAYS.index(rule.group(match, "d").lower())
    mod = (rule.group(match, "mod") or "").lower()
    today = _day_of(published)
    if tense == FUTURE:
        delta = (target - today.weekday()) % 7 or (7 if mod == "next" else 0)
        return Resolved(_days_after(today, delta), "day", True)
    delta = (today.weekday() - target) % 7 or (7 if mod == "last" else 0)
    return Resolved(_days_after(today, -delta), "day", True)


def _relative(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """ "last month", "earlier this year", "the end of the year" (this year)."""
    unit = rule.group(match, "unit").lower()
    if unit == "week":  # no week precision: a temporal expression, undated
        return Resolved(None, "day", False)
    if published is None:
        return Resolved(None, unit, True)
    shift = SHIFT[_phrase_key(rule.group(match, "which") or "this")]
    if unit == "year":
        return Resolved(_timestamp(published.year + shift, 1, 1), "year", True)
    year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
    return Resolved(_timestamp(year, month + 1, 1), "month", True)


def _deictic_resolver(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    return _deictic(rule, match, published, relative=True)


def _ago_resolver(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    return _ago(rule, match, published)


def _undated(rule: Rule, match: re.Match, published, tense) -> Resolved | None:
    """An offset from another happening ("a day later", "days before the summit"): kept
    as a temporal expression, but the text alone does not date it (the context step
    offset_from_sentence_date counts it from another date of its sentence)."""
    return Resolved(None, _precision_of(rule, match), False)


# How each rule's ``resolve`` (temporal.yml) turns a match into a date.
RESOLVERS = {
    "numeric_day": _numeric_day,
    "month_day": _month_day,
    "month": _month,
    "year": _year,
    "month_of_year": _month_of_year,
    "weekday": _weekday,
    "relative": _relative,
    "deictic": _deictic_resolver,
    "ago": _ago_resolver,
    "same_day": _undated,
    "offset": _undated,
}


def _phrase_key(phrase: str) -> str:
    """A phrase as the normalisation tables spell it: lower case, single spaces."""
    return " ".join(phrase.lower().split())


def _deictic(rule: Rule, match: re.Match, anchor: pd.Timestamp | None, relative: bool) -> Resolved:
    """today / yesterday / tomorrow counted from ``anchor`` (the publication day, or the
    day a quote was spoken); NaT without an anchor."""
    if anchor is None or pd.isna(anchor):
        return Resolved(None, "day", relative)
    delta = DEICTIC_DAYS[_phrase_key(rule.group(match, "word"))]
    return Resolved(_days_after(_day_of(pd.Timestamp(anchor)), delta), "day", relative)


def _ago(rule: Rule, match: re.Match, published: pd.Timestamp | None) -> Resolved:
    """ "three years ago": the publication year less three (year precision); days count
    to a day, months to a month; weeks and uncounted spans ("a few days ago") are
    undated, as there is no week precision and no exact number."""
    unit = rule.group(match, "unit").lower()
    precision = "day" if unit in ("day", "week") else unit
    n = _count(rule.group(match, "n"))
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
    """The year of "of last year" (any "of <which> year") counted from ``published``."""
    return published.year + SHIFT[_phrase_key(phrase).split(" ", 1)[1].rsplit(" ", 1)[0]]


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


@functools.lru_cache(maxsize=16384)
def _described(sentence: str, start: int, end: int) -> str:
    """:func:`describe` (cached: syndicated copy repeats sentences)."""
    return describe(sentence, start, end)


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
    inverse story frequency, actors ``ACTOR_WEIGHT`` times more; see
    :func:`_feature_weights`), so a word or actor found in every article ("Armenia" in an
    Armenia corpus) says nothing. Two events on the same day need any informative shared
    feature; an event of coarser precision needs shared features weighing
    ``COARSE_LINK_MIN_WEIGHT``. The score grows with the weight, so an event's best score
    against several others is the score of its largest shared weight.
    """
    linked = weight > 0 if same_day else weight >= COARSE_LINK_MIN_WEIGHT
    return weight if linked else 0.0


def cluster_events(
    events: pd.DataFrame,
    *,
    known: pd.Series | None = None,
    stories: pd.Series | None = None,
    known_stories: pd.Series | None = None,
) -> pd.DataFrame:
    """``events`` with ``period_cluster`` linking the same happening across articles.

    Day-precision events on the same date are linked when they share actors or
    keywords (or come from the same article); a month- or year-precision event then
    joins the most similar cluster inside its period, or starts its own. Events without
    a date get no cluster. Ids are ``c<date>-<hash of the founding event's id>``: the
    same for the same input, and kept by a cluster that later reports join.

    ``stories`` (aligned with ``events``) is the story of each event's article
    (``articles.story_id``; None: every article its own story): a feature's rarity is
    counted among stories, so a wire story and its ten copies are one piece of evidence,
    and the words they all share do not become common by being copied (see
    :func:`_idf`).

    Events are clustered by period (:func:`cluster_periods`): a day or month event only
    ever joins clusters of its month, a year event those of its year, and the weight of
    a shared feature is its rarity among the stories with events in that period. So
    one period's clusters depend on that period's events (and their stories) alone, and
    ``known`` (cluster ids aligned with ``events``, from a previous build whose events
    in those periods were the same) is taken as it is for every period where it has an
    id for every dated event and where ``known_stories`` (the stories the ids were
    clustered with, aligned with ``events``; None: ``stories``) group the period's
    articles as ``stories`` do.
    """
    ids = np.full(len(events), None, dtype=object)
    dated = np.flatnonzero(events.date.notna().to_numpy())
    if len(dated):
        keys = events[["event_id", "date", "precision"]].iloc[dated]
        periods = cluster_periods(keys).to_numpy()
        todo = np.ones(len(dated), dtype=bool)
        story = _stories_of(events, stories)
        if known is not None:
            have = known.reindex(events.index).to_numpy(dtype=object, na_value=None)[dated]
            before = None if known_stories is None else _stories_of(events, known_stories)[dated]
            todo = _unsettled(periods, have, story[dated], before)
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
        # a batch of whole periods at a time: only its events are ever held as Python
        # objects, and the columns are taken once per batch, not once per period
        for periods_at in _period_batches([0, *bounds], len(positions)):
            at = positions[periods_at[0] : periods_at[-1]]
            column = {c: source[c].take(at).tolist() for c in _CLUSTER_COLUMNS}
            for lo, hi in pairwise(p - periods_at[0] for p in periods_at):
                rows = list(zip(*(column[c][lo:hi] for c in _CLUSTER_COLUMNS[:5]), strict=True))
                feats = _features(column["description"][lo:hi], column["actors"][lo:hi])
                found = _cluster_period(rows, feats, story[at[lo:hi]].tolist())
                ids[at[lo:hi]] = [found[event_id] for event_id in column["event_id"][lo:hi]]
    return events.assign(period_cluster=pd.array(ids, dtype="string"))


def _stories_of(events: pd.DataFrame, stories: pd.Series | None) -> np.ndarray:
    """Each event's story (its article's where ``stories`` gives none), as objects."""
    article = events["article_id"].to_numpy(dtype=object)
    if stories is None:
        return article
    story = np.asarray(stories.to_numpy(dtype=object, na_value=None), dtype=object)
    return np.where(pd.isna(story), article, story)


def _unsettled(
    periods: np.ndarray, have: np.ndarray, story: np.ndarray, before: np.ndarray | None
) -> np.ndarray:
    """Which events to cluster again: those of a period where an event has no known id
    (``have``), or whose articles the stories (``story``) group otherwise than those the
    ids were clustered with (``before``; None: the same)."""
    unsettled = set(np.unique(periods[pd.isna(have)]).tolist())
    if before is not None:
        pairs = pd.DataFrame({"period": periods, "before": before, "now": story})
        grouped = pairs.drop_duplicates().groupby("period")
        size = grouped.size()
        alike = (grouped["before"].nunique() == size) & (grouped["now"].nunique() == size)
        unsettled.update(alike.index[~alike.to_numpy()].tolist())
    return np.isin(periods, np.array(sorted(unsettled), dtype=periods.dtype))


def event_stories(events: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """The story of each event's article (``articles.story_id``; missing where the
    article or its story is), aligned with ``events``: the ``stories`` of
    :func:`cluster_events`."""
    if "story_id" not in articles:  # (tables of a build before stories)
        return pd.Series(pd.NA, index=events.index, dtype="string")
    story = articles.set_index("article_id")["story_id"]
    found = events["article_id"].map(story)
    return found.astype("string").set_axis(events.index)


def _period_batches(starts: list[int], n: int) -> Iterator[list[int]]:
    """The periods' bounds (``starts`` and the end ``n``) in runs of whole periods of
    about :data:`CLUSTER_BATCH` events (a period larger than that alone)."""
    batch = [starts[0]]
    for bound in [*starts[1:], n]:
        batch.append(bound)
        if bound - batch[0] >= CLUSTER_BATCH or bound == n:
            yield batch
            batch = [bound]


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


def event_periods(events: pd.DataFrame) -> np.ndarray:
    """Each event's clustering period (see :func:`cluster_periods`); 0 for an
    undated event."""
    dated = events.date.notna().to_numpy()
    out = np.zeros(len(events), dtype=np.int64)
    if dated.any():  # (a boolean take copies every column it is given: take two)
        out[dated] = cluster_periods(events[["date", "precision"]][dated]).to_numpy()
    return out


def changed_periods(
    before: pd.DataFrame, events: pd.DataFrame, reuse_actor: set[str]
) -> np.ndarray:
    """The periods in which an article not taken whole from the cache has events, in
    the earlier events ``before`` (changed or removed articles) or in ``events``."""
    changed = np.concatenate(
        [
            event_periods(before)[~member(before.article_id, reuse_actor)],
            event_periods(events)[~member(events.article_id, reuse_actor)],
        ]
    )
    return np.unique(changed[changed != 0])


def update_clusters(
    events: pd.DataFrame,
    gone: pd.DataFrame,
    reused: set[str],
    stories: pd.Series | None = None,
    known_stories: pd.Series | None = None,
) -> pd.DataFrame:
    """``[period_cluster]`` of ``events`` as clustering them all gives, in an incremental
    build.

    ``events`` are every event now, in document order: the stored ones of the articles
    that stay as they were, with their period clusters, and those of the articles processed
    again (with their earlier ids where ``reused``, taken whole from the cache); ``gone``
    are the stored events of the articles processed again or removed. Only the periods
    in which an article not taken whole from the cache has events, before or now, are
    clustered again; every other period keeps its clusters (a period's clusters depend
    on its own events and on how stories group their articles alone: see
    :func:`cluster_events`, which also clusters again the periods whose articles
    ``stories`` group otherwise than ``known_stories``, the stories of the earlier build;
    both aligned with ``events``).
    """
    changed = changed_periods(gone, events, reused)
    known = events.period_cluster.where(~np.isin(event_periods(events), changed))
    found = cluster_events(events, known=known, stories=stories, known_stories=known_stories)
    return found[["period_cluster"]]


def _cluster_period(
    rows: list[tuple], feats: list[frozenset[str]], stories: list[str]
) -> dict[str, str]:
    """Cluster ids by event id for the events of one period, in clustering order
    (``stories``: each event's story, for the rarity of features)."""
    weights = _feature_weights(_idf(stories, feats))
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
        # The candidates are filed under the event's own period: a day's are the clusters
        # of that very day, a month's the day and month clusters of that month, a year's
        # the year clusters of that year (_periods_of_cluster), so each is within it by
        # construction but where a part of the month ("early May") narrows a month event.
        narrowed = precision == "month" and _part_of_month_days(date_text or "") is not None
        best = _best_candidate(
            [clusters[n] for n in sorted(candidates)],
            (article_id, date, precision, date_text, narrowed),
            own,
            weights,
            seen,
        )
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


def _best_candidate(
    candidates: list[dict],
    event: tuple[str, Any, str, str | None, bool],
    own: frozenset[str],
    weights: dict[str, float],
    seen: dict[tuple[int, int], tuple[int, float]],
) -> dict | None:
    """The candidate cluster (in creation order) an event links to best, or None if none
    scores above 0. ``event``: its article, date, precision, date text and whether a
    part of the month narrows it (then a candidate must lie within it)."""
    article_id, date, precision, date_text, narrowed = event
    best, best_score = None, 0.0
    for c in candidates:
        if narrowed and not _within(
            date, precision, c["date"], c["precision"], date_text, c["text"]
        ):
            continue
        if precision == c["precision"] and precision == "day" and article_id in c["articles"]:
            score = 1_000.0
        else:
            score = _link_score(_best_shared(own, c, weights, seen), precision == "day")
        if score > best_score:
            best, best_score = c, score
    return best


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


def _idf(stories: list[str], feats: list[frozenset[str]]) -> dict[str, float]:
    """Inverse story frequency ``log(max(n, IDF_MIN_ARTICLES) / df)`` of every feature
    of a period's events, among the ``n`` stories with events in the period (an article
    and its syndicated copies count once: copying a story does not make its words
    common; without stories, every article is its own).

    Below ``IDF_MIN_ARTICLES`` stories there is too little evidence to call a feature
    common: two reports of one happening in a sparse period share every feature, and
    must still be linked by them.
    """
    by_story: dict[str, set[str]] = {}
    for story, features in zip(stories, feats, strict=True):
        by_story.setdefault(story, set()).update(features)
    n = max(len(by_story), IDF_MIN_ARTICLES)
    counts: dict[str, int] = {}
    for found in by_story.values():
        for w in found:
            counts[w] = counts.get(w, 0) + 1
    return {w: float(np.log(n / c)) for w, c in counts.items()}


def _feature_weights(idf: dict[str, float]) -> dict[str, float]:
    """What a shared feature adds to the weight of :func:`_link_score`: its idf,
    ``ACTOR_WEIGHT`` times for an actor (``@name``)."""
    return {f: w * (ACTOR_WEIGHT if f.startswith("@") else 1.0) for f, w in idf.items()}


# Which days of the month a part-of-month phrase allows ("the end of last month": 20-31).
PART_OF_MONTH_DAYS: dict[str, tuple[int, int]] = {
    phrase: (low, high) for phrase, (low, high) in NORMALIZATION["part_of_month_days"].items()
}
_PART_WORD = re.compile(r"\b" + pattern("part_of_month_days") + r"\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _part_of_month_days(date_text: str) -> tuple[int, int] | None:
    """The days a part-of-month phrase in ``date_text`` allows (None: the whole month)."""
    part = _PART_WORD.search(date_text)
    return None if part is None else PART_OF_MONTH_DAYS[_phrase_key(part.group())]


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
