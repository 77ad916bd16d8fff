"""What happened, in a few words: a happening's label from its actor, verb and object.

A timeline needs "Pashinyan declined to sign declaration", not the first words of a
sentence. :func:`happening_labels` builds such a label for every row of
:func:`~cscaucasus.analysis.chronology` from the tables the build already made: the
sentence of the row's representative event, the actors mentioned in it (``mentions``:
names, aliases, role nouns and pronouns resolved to an actor) and the date expression's
place in it. The rules, in order:

* the **setting**: a sentence opening "At / In / During <occasion>," (a meeting, a
  summit, an interview, …) gives "Collective Security Council meeting in Yerevan";
* the **core**: an actor mention (or "<actor>'s <noun>") followed by a verb group
  ("has said", "will convene", "was attacked", "declined to sign") and the noun phrase
  after it, articles dropped, cut at the first clause word, preposition or the date;
  persons are named by their surname, organisations and states by the shorter of
  their canonical name and the words in the text;
* a **speech verb** ("said", "claimed") is followed into its clause: "Zas: CSTO was
  swift to act"; when the clause's actor is the speaker, the speaker is not repeated.

The verb group is exact or nothing: after optional auxiliaries, a speech verb, a word
ending in "-ed", an irregular verb, a base form after a modal ("will provide") or a
"-s" word before "to" ("plans to"); the word lists are data (``data/happenings.yml``).
When no actor and verb are found the label says so: it is the sentence's clause in quotation marks
(“…”), an excerpt rather than a summary, so that no reader mistakes it for one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import pandas as pd

from ..lexicon import QUOTE_MARKS, QUOTE_OPENERS, expand_lists
from ..yamlfile import parse_yaml
from .checks import tables_checked
from .timeline import event_label

__all__ = ["happening_labels", "label_sentence"]

_WORDS = expand_lists(
    parse_yaml(resources.files("cscaucasus").joinpath("data", "happenings.yml").read_text())
)
OCCASIONS, AUXILIARIES, MODALS, COPULAS, IRREGULAR, SPEECH, BOUNDARY, CLAUSE_WORDS = (
    frozenset(_WORDS[key])
    for key in (
        "occasions", "auxiliaries", "modals", "copulas", "irregular", "speech", "boundary",
        "clause_words",
    )
)  # fmt: skip
ARTICLES = frozenset({"a", "an", "the"})
ROLE_WORDS = frozenset(_WORDS["role_words"]) | ARTICLES
SUBJECT_AFTER = frozenset(_WORDS["subject_after"])
PLACES = frozenset({"at", "in", "during", "of"})
MAX_CLAUSE_WORDS = 8
MAX_OBJECT_WORDS = 5
MAX_SETTING_WORDS = 8
EXCERPT_WORDS = 9
MIN_EXCERPT_WORDS = 4

_WORD = re.compile(r"[\w’'-]+(?:\.[\w]+)*|[^\w\s]")
_OPENING = re.compile(r"^(?:At|In|During|On the sidelines of)\s+(?P<np>[^,;:]{3,120}?)\s*,\s")
_POSSESSIVE = re.compile(r"[’']s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_APPOSITION = re.compile(r",\s+(?:a|an|the|which|who|whose)\s[^,;:]{1,80},")
_LAST_WORD = re.compile(r"[\w’'-]+$")
_CLAUSE_START = re.compile(r"\s*(?:(?:[\w’'-]+\s+){0,12}?that\s+|,\s*)?")
_SPEECH_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SPEECH)) + r")\b", re.IGNORECASE)
_QUOTE_MARKS = frozenset(QUOTE_MARKS)
OPENING_MARKS = QUOTE_OPENERS
_LEADING_DATE = re.compile(r"^\s*(?:(?:On|In|At|By|Since|From|During|Until)\s+)?$")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True)
class Mention:
    """An actor named in the sentence: ``start``/``end`` in the sentence's text."""

    start: int
    end: int
    name: str  # the label's name for the actor


@tables_checked
def happening_labels(corpus, chron: pd.DataFrame) -> pd.DataFrame:
    """``what`` happened and the ``sentence`` that tells it, per row of ``chron``.

    ``chron`` is a :func:`~cscaucasus.analysis.chronology` of ``corpus`` (or rows of
    one); the result is aligned with it. Each row is labelled by :func:`label_sentence`
    from its representative event's sentence (the event of its cluster whose
    description is the row's); a row whose sentence is not in the tables is labelled
    from its description by :func:`~cscaucasus.analysis.event_label`, in quotation
    marks.
    """
    first = corpus.events.drop_duplicates(["cluster_id", "description"])
    chosen = chron[["cluster_id", "description"]].merge(
        first.drop(columns=["date_text"]), on=["cluster_id", "description"], how="left"
    )
    sentences = corpus.sentences.set_index(["article_id", "sentence_id"])["text"]
    starts = corpus.sentences.set_index(["article_id", "sentence_id"])["start"]
    mentions = _mentions_by_sentence(corpus)
    what, told = [], []
    for row, event in zip(chron.itertuples(index=False), chosen.itertuples(), strict=True):
        key = (event.article_id, event.sentence_id)
        if pd.isna(event.article_id) or key not in sentences.index:
            what.append(f"“{event_label(str(row.description), list(row.date_text))}”")
            told.append(str(row.description))
            continue
        offset = int(starts[key])
        found = [Mention(a - offset, b - offset, name) for a, b, name in mentions.get(key, ())]
        date = (int(event.start) - offset, int(event.end) - offset)
        what.append(label_sentence(str(sentences[key]), found, date))
        told.append(str(sentences[key]))
    return pd.DataFrame(
        {"what": pd.array(what, dtype="string"), "sentence": pd.array(told, dtype="string")},
        index=chron.index,
    )


def _mentions_by_sentence(corpus) -> dict[tuple, list[tuple[int, int, str]]]:
    """(start, end, label name) of every actor mention, per (article, sentence)."""
    kinds = dict(zip(corpus.actors.name, corpus.actors.type, strict=False))
    table = corpus.mentions.sort_values(["article_id", "sentence_id", "start"], kind="stable")
    out: dict[tuple, list[tuple[int, int, str]]] = {}
    for m in table.itertuples(index=False):
        name = _short_name(str(m.actor), str(m.surface), kinds.get(m.actor), str(m.method))
        out.setdefault((m.article_id, m.sentence_id), []).append((m.start, m.end, name))
    return out


def _short_name(actor: str, surface: str, kind: str | None, method: str) -> str:
    """A person's surname; else the shorter of the canonical name and the text's words."""
    if kind == "person":
        return actor.split()[-1]
    if method in ("name", "alias"):
        plain = _PARENTHESIS.sub("", surface)
        plain = re.sub(r"^(?:the|The)\s+", "", plain).strip()
        if plain and len(plain.split()) < len(actor.split()):
            return plain
    return actor


def label_sentence(
    text: str, mentions: Sequence[Mention], date: tuple[int, int] | None = None
) -> str:
    """The label of a happening told by ``text`` (see the module docstring).

    ``mentions`` are the actors named in ``text`` (offsets in it, in order), ``date``
    the span of the date expression.

    >>> text = ("At the CSTO summit in Yerevan on Wednesday, Prime Minister Nikol Pashinyan "
    ...         "declined to sign the declaration.")
    >>> label_sentence(text, [Mention(59, 74, "Pashinyan")], (30, 42))
    'CSTO summit in Yerevan; Pashinyan declined to sign declaration'
    >>> label_sentence("Three sessions were devoted to threats in May.", [], (39, 45))
    '“Three sessions were devoted to threats”'
    """
    text, mentions, date = _without_leading_date(text, list(mentions), date)
    setting = _setting(text, date)
    core = _core(text, mentions, date)
    if core is None:
        opening = _OPENING.match(text) if setting else None
        cut = opening.end() if opening else 0
        inside = date if date and date[0] >= cut else None
        rest = (inside[0] - cut, inside[1] - cut) if inside else None
        excerpt = _excerpt(text[cut:], rest)
        if len(excerpt.split()) < MIN_EXCERPT_WORDS:  # the opening was cut at a list's comma
            setting, excerpt = None, _excerpt(text, date)
        core = f"“{excerpt}”"
    return f"{setting}; {core}" if setting else core


def _without_leading_date(
    text: str, mentions: list[Mention], date: tuple[int, int] | None
) -> tuple[str, list[Mention], tuple[int, int] | None]:
    """ "On November 23, at the meeting …" read from "at the meeting"."""
    if not date or not _LEADING_DATE.match(text[: date[0]]):
        return text, mentions, date
    cut = date[1] + len(text[date[1] :]) - len(text[date[1] :].lstrip(" ,"))
    shifted = [Mention(m.start - cut, m.end - cut, m.name) for m in mentions if m.start >= cut]
    rest = text[cut:]
    return rest[:1].upper() + rest[1:], shifted, None


def _setting(text: str, date: tuple[int, int] | None) -> str | None:
    found = _OPENING.match(text)
    if not found:
        return None
    np_start, np_end = found.span("np")
    if date and np_start <= date[0] < np_end:  # the date sits inside: stop before it
        np_end = date[0]
    phrase = _PARENTHESIS.sub("", text[np_start:np_end])
    words = [w for w in phrase.split() if w.lower() not in ARTICLES]
    while words and words[-1].lower() in BOUNDARY:
        words.pop()
    if not any(w.lower().strip(",.") in OCCASIONS for w in words):
        return None
    setting = " ".join(words[:MAX_SETTING_WORDS])
    return setting[:1].upper() + setting[1:] or None


def _core(text: str, mentions: list[Mention], date: tuple[int, int] | None) -> str | None:
    """ "<actor> <verb group> <object>", a speech verb's clause followed; None if none."""
    for at, mention in enumerate(mentions):
        if not _starts_clause(text, mention.start):  # "which Armenia is", "in the CSTO"
            continue
        found = _verb_after(text, mention.end)
        if found is None:
            continue
        subject, verb, end = found
        who = mention.name + subject
        if verb.split()[-1].lower() in SPEECH:
            said = _said(text, end, mentions[at + 1 :], date)
            if said is not None:
                return f"{who}: {said}"
            obj = _object(text, end, date, prepositions=True)  # "announced at the session"
        elif _SPEECH_BEFORE.search(text[: mention.start]):
            return None  # what an unnamed speaker said, not what happened
        else:
            obj = _object(text, end, date)
        return " ".join(part for part in (who, verb, obj) if part)
    return None


def _starts_clause(text: str, start: int) -> bool:
    """Whether a mention at ``start`` opens its clause (a subject does): before it, once
    titles and role nouns are set aside ("Foreign Ministry spokesperson"), comes the
    sentence's start, a comma, a dash, a quotation mark or a clause word ("that", "when")."""
    before = text[:start].rstrip()
    while True:
        word = _LAST_WORD.search(before)
        if not word or not (word.group(0)[0].isupper() or word.group(0).lower() in ROLE_WORDS):
            break
        before = before[: word.start()].rstrip()
    if not before or before[-1] in ",;:—–(" or before[-1] in OPENING_MARKS:
        return True
    last = _LAST_WORD.search(before)
    return bool(last) and last.group(0).lower() in SUBJECT_AFTER


def _only_titles(words: str) -> bool:
    """Whether ``words`` are only articles, titles and role nouns ("the Prime Minister")."""
    return all(w[0].isupper() or w.lower() in ROLE_WORDS for w in words.split())


def _said(text: str, end: int, mentions: list[Mention], date: tuple[int, int] | None) -> str | None:
    """What a speech verb reports: its clause's own label, else its first words; None
    when no clause follows ("announced at the session")."""
    clause = _CLAUSE_START.match(text, end)
    start = clause.end() if clause else end
    if date and date[0] <= start + 1 and date[1] > start:  # "said that this year, …"
        start = date[1] + len(text[date[1] :]) - len(text[date[1] :].lstrip(" ,"))
    opening = [m for m in mentions if m.start >= start and _only_titles(text[start : m.start])]
    inner = _core(text, opening[:1], date)  # the clause's own subject, first in it
    if inner is not None and ":" not in inner:
        return inner
    first = _WORD.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    if (not clause or not clause.group(0).strip(" ,")) and (
        not first or first.group(0).lower() in BOUNDARY
    ):
        return None
    words = []
    for match in _WORD.finditer(text, start):
        word, low = match.group(0), match.group(0).lower()
        if date and date[0] <= match.start() < date[1]:
            break
        if word in _QUOTE_MARKS:
            continue
        if not word[0].isalnum() or (low in CLAUSE_WORDS and words):
            break
        if low not in ARTICLES:
            words.append(word)
        if len(words) >= MAX_CLAUSE_WORDS:
            words.append("…")
            break
    return " ".join(words) if words else "…"


def _verb_after(text: str, end: int) -> tuple[str, str, int] | None:
    """(possessive noun, verb group, end of the verb group) right after a mention."""
    possessive = _POSSESSIVE.match(text, end)
    if possessive:  # "Armenia's territory was attacked": the noun is one to three words
        nouns = possessive.group(1).split()
        for size in range(1, len(nouns) + 1):
            after = (
                end + len(possessive.group(0).split(nouns[size - 1], 1)[0]) + len(nouns[size - 1])
            )
            found = _verb_group(text, after)
            if found is not None:
                return "’s " + " ".join(nouns[:size]), *found
        return None
    apposition = _APPOSITION.match(text, end)
    found = _verb_group(text, end)
    if found is None and apposition:  # "The CSTO, a Russian-led alliance, has said"
        found = _verb_group(text, apposition.end())
    return None if found is None else ("", *found)


def _verb_group(text: str, end: int) -> tuple[str, int] | None:
    """(verb group, its end) starting at ``end`` (spaces only before it), or None."""
    words: list[str] = []
    for match in _WORD.finditer(text, end):
        word, low = match.group(0), match.group(0).lower()
        if text[end : match.start()].strip():  # something other than spaces between
            return None
        if word in _QUOTE_MARKS:  # Russia “immediately appealed …”
            end = match.end()
            continue
        last = words[-1].lower() if words else ""
        if low in AUXILIARIES:
            words.append(word)
            end = match.end()
            continue
        verb = low in IRREGULAR or low in SPEECH or (low.endswith("ed") and len(low) > 4)
        verb = verb or (last in MODALS and low.isalpha() and low.islower())  # "will provide"
        verb = verb or (low.endswith("s") and text.startswith(" to ", match.end()))  # "plans to"
        if verb:
            words.append(word)
            return " ".join(words), match.end()
        if last in COPULAS:  # "was swift to act": the copula is the verb
            return " ".join(words), end
        return None
    return None


def _object(text: str, end: int, date: tuple[int, int] | None, prepositions: bool = False) -> str:
    """The noun phrase after the verb (with a "to <verb>" first), articles dropped;
    with ``prepositions``, a phrase such as "at the session of the council" too."""
    words: list[str] = []
    for match in _WORD.finditer(text, end):
        word, low = match.group(0), match.group(0).lower()
        if date and date[0] <= match.start() < date[1]:
            break
        if word in _QUOTE_MARKS:
            continue
        if not word[0].isalnum() or (low in BOUNDARY and not (prepositions and low in PLACES)):
            break
        if low not in ARTICLES:
            words.append(word)
        if len(words) >= MAX_OBJECT_WORDS:
            break
    while words and words[-1].lower() == "to":
        words.pop()
    return " ".join(words)


def _excerpt(text: str, date: tuple[int, int] | None) -> str:
    """The clause holding the date, as it is written, cut to a few words."""
    date_text = text[date[0] : date[1]] if date else ""
    label = event_label(text, [date_text] if date_text else [], max_words=EXCERPT_WORDS)
    return label.strip(QUOTE_MARKS + " ")
