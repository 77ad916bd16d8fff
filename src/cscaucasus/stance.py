"""Stance toward a target: which actor a statement's main point evaluates, and which way.

``statements.target`` is the actor the statement's own text names and evaluates, by its
canonical gazetteer name (an actor the gazetteer does not hold, "the West", by the name
``data/stance.yml`` gives it); ``statements.stance`` (−1 / 0 / +1) is the speaker's stance
toward it (docs/tone_codebook.md, "Stance toward a target"; docs/tone.md, "Stance toward a
target"). Both are empty when the text names no actor other than the speaker and the state
or body the speaker speaks for.

How a target is found, in the statement's content span only:

1. **Named actors**: the article's ``mentions`` inside the span (names, aliases, role
   nouns; not pronouns), a headline's found in its text the same way; a person or a body
   of a state stands for what it acts for (its gazetteer affiliation: "the Armenian prime
   minister" and "the Kremlin" name Armenia and Russia, "the CSTO secretary general" the
   CSTO).
2. **Words as data** (``data/stance.yml``): a capital that is no place ("statements from
   Yerevan"), a demonym before a noun of the people acting for a state ("the Armenian
   leadership", "our Armenian partners", "Azerbaijani forces"), a standing noun ("the
   organisation", "the bloc") resolved through the article's entity model to the
   international organisation it named last (by name or by one of its officials), and
   the words naming actors beyond the gazetteer ("the West").
3. **Not the speaker**: the speaker, and the state or body it speaks for (its affiliation,
   up to a state), are never a target; a speaker outside the gazetteer speaks for the
   state its title's demonym names ("Kyrgyz Defence Minister"); a speaker in opposition
   speaks for no state, and "the government" in its mouth is its state.
4. **The main one**: the actor named most often in the span; of those named equally
   often, the first, unless the two are named as a pair ("Baku and Yerevan"): none.

The stance is the tone of the statement (the validated ``tone``), or, when the statement
turns ("but", "however", a semicolon; ``contrast_words``) and names the target on one side
only and another actor on another, the tone of that side. Same inputs give the same columns.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import pandas as pd

from . import tone as tone_module
from .actors import CAPITALS, DEMONYMS, matcher_for
from .lexicon import DOUBLE_QUOTES
from .yamlfile import parse_yaml

#: The columns this module adds to ``statements``.
STANCE_COLUMNS = {"target": "string", "stance": "Int8"}


@dataclass(frozen=True)
class Rules:
    """The words of ``data/stance.yml``, compiled."""

    place_words: frozenset[str]
    state_noun_re: re.Pattern[str]
    owners: dict[str, str]  # a demonym or a state's name -> the state
    state_words: tuple[str, ...]  # the state nouns' first words, lower case (a quick test)
    standing_words: tuple[str, ...]  # the standing nouns (a long one but its first letter)
    standing_re: re.Pattern[str]
    contrast_re: re.Pattern[str]
    beyond: dict[str, str]  # words (lower case) -> an actor the gazetteer does not hold
    title_words: frozenset[str]  # lowercase words of a printed title
    opposition_re: re.Pattern[str]
    government_re: re.Pattern[str]
    beyond_re: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@functools.cache
def load_rules() -> Rules:
    """The packaged rules (``data/stance.yml``), compiled once per process."""
    text = importlib.resources.files("cscaucasus").joinpath("data", "stance.yml")
    data = parse_yaml(text.read_text("utf-8"))
    nouns = _alternation([str(w) for w in data["state_nouns"]])
    standing = _alternation([str(w) for w in data["standing_nouns"]])
    beyond = [
        (str(name), str(w)) for name, words in (data.get("beyond") or {}).items() for w in words
    ]
    return Rules(
        place_words=frozenset(str(w) for w in data["place_words"]),
        state_noun_re=re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE),
        owners={
            **{s: s for s in DEMONYMS.values()},
            **DEMONYMS,
            **{str(k): str(v) for k, v in (data.get("demonym_states") or {}).items()},
        },
        state_words=tuple(sorted({str(w).split()[0].lower() for w in data["state_nouns"]})),
        standing_words=tuple(
            str(w)[1:] if len(str(w)) > 5 else str(w) for w in data["standing_nouns"]
        ),
        standing_re=re.compile(
            rf"\b(?:the|its|our|this|that|a|an) (?:{standing})\b",
            re.IGNORECASE,
        ),
        beyond={w.lower(): name for name, w in beyond},
        title_words=frozenset(str(w) for w in data["title_words"]),
        opposition_re=re.compile(
            rf"\b(?:{_alternation([str(w) for w in data['opposition_words']])})\b", re.IGNORECASE
        ),
        government_re=re.compile(
            rf"\b(?:the|this|its|our|their|current) (?:(?:current|present|ruling) )?"
            rf"(?:{_alternation([str(w) for w in data['government_nouns']])})\b",
            re.IGNORECASE,
        ),
        beyond_re=re.compile(rf"\b(?:{_alternation([w for _, w in beyond])})\b"),
        contrast_re=re.compile(
            rf"(?:;|,? \b(?:{_alternation([str(w) for w in data['contrast_words']])})\b,?)\s",
            re.IGNORECASE,
        ),
    )


class Gazetteer:
    """What each actor of a gazetteer stands for as a target, and who a speaker speaks for."""

    def __init__(self, actors: pd.DataFrame) -> None:
        self.name = dict(zip(actors["actor_id"], actors["name"], strict=True))
        self.by_name = by_name = {str(n): i for i, n in self.name.items()}
        self.type = dict(zip(actors["actor_id"], actors["type"], strict=True))
        self.role = {
            a: str(r or "") for a, r in zip(actors["actor_id"], actors["role"], strict=True)
        }
        parent = dict(zip(actors["actor_id"], actors["affiliation"], strict=True))
        self.unit: dict[str, str] = {}
        self.chain: dict[str, frozenset[str]] = {}
        for aid in self.name:
            steps = [aid]
            while self.type.get(steps[-1]) != "state":
                up = by_name.get(str(parent.get(steps[-1]) or ""))
                if up is None or up in steps:
                    break
                steps.append(up)
            self.unit[aid] = str(self.name[steps[-1]])
            self.chain[aid] = frozenset(str(self.name[s]) for s in steps)
        states = {str(self.name[i]) for i, t in self.type.items() if t == "state"}
        self.international = {
            aid
            for aid, t in self.type.items()
            if t == "organization"
            and str(parent.get(aid) or "") not in states
            and self.unit[aid] == self.name[aid]
        }
        self.international_names = {str(self.name[aid]) for aid in self.international}
        # a gazetteer speaker's own side and the state it opposes (stance._own), once each
        self.own: dict[str, tuple[frozenset[str], str | None]] = {}


_GAZETTEERS: dict[int, Gazetteer] = {}


def gazetteer(actors: pd.DataFrame) -> Gazetteer:
    """The :class:`Gazetteer` of an actors table (kept by the content of its ids and
    affiliations: a worker gets the same table anew with every chunk)."""
    columns = ["actor_id", "name", "type", "affiliation"]
    key = int(pd.util.hash_pandas_object(actors[columns], index=False).sum())
    if key not in _GAZETTEERS:
        _GAZETTEERS.clear()
        _GAZETTEERS[key] = Gazetteer(actors)
    return _GAZETTEERS[key]


# (position in the statement's text, end, canonical name of the actor it stands for)
Named = tuple[int, int, str]


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 40) : start].split()
    return words[-1].lower() if words else ""


def _place(text: str, start: int, end: int, kind: Any, rules: Rules | None = None) -> bool:
    """Whether a state's name (or a capital) at ``[start, end)`` of ``text`` is a place:
    right after a place word, not in the possessive."""
    if kind != "state" or text[end : end + 2] in ("'s", "’s"):
        return False
    return _word_before(text, start) in (rules or load_rules()).place_words


def _worded(text: str, rules: Rules, taken: list[Named]) -> list[Named]:
    """Actors the rules' words name in ``text``: capitals that are no place, and a
    demonym or a state's possessive before a noun of the people acting for it; none
    where a mention lies already."""
    return [
        (a, b, name)
        for a, b, name in _worded_in(text)
        if all(b <= s or a >= e for s, e, _ in taken)
    ]


@functools.lru_cache(maxsize=1 << 14)
def _worded_in(text: str) -> tuple[Named, ...]:
    """:func:`_worded` before the mentions (once per distinct text: copies repeat them)."""
    rules = load_rules()
    found: list[Named] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in found)

    low = text.lower()
    nouns = any(w in low for w in rules.state_words)
    for m in rules.state_noun_re.finditer(text) if nouns else ():  # the noun, then its owner
        owner = _OWNER_RE.search(text, max(0, m.start() - 40), m.start())
        if owner is None:
            continue
        start, state = owner.start("owner"), rules.owners.get(owner.group("owner"))
        if state is None and " " in owner.group("owner"):  # "Our Armenian friends"
            first, _, last = owner.group("owner").partition(" ")
            start, state = start + len(first) + 1, rules.owners.get(last)
        if state is not None and free(start, m.end()):
            found.append((start, m.end(), state))
    for m in _CAPITALISED_RE.finditer(text):
        state = CAPITALS.get(m.group())
        if state and not _place(text, m.start(), m.end(), "state", rules) and free(*m.span()):
            found.append((m.start(), m.end(), state))
    for m in rules.beyond_re.finditer(text) if rules.beyond else ():
        if free(*m.span()):
            found.append((m.start(), m.end(), rules.beyond[m.group().lower()]))
    return tuple(found)


#: The owner right before a state noun: a demonym or a state's name (possessive or not),
#: perhaps one word between ("our Armenian partners", "Armenia's new leadership").
_OWNER_RE = re.compile(r"(?<![\w-])(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:['’]s)? (?:\w+ )?$")
#: A capitalised word (a capital is looked up among them).
_CAPITALISED_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?![\w-])")


def _organisation(
    text: str, rules: Rules, art: _Article | None, start: int, g: Gazetteer
) -> str | None:
    """The organisation a standing noun of ``text`` would stand for (the one the article
    named last), None if the text has no standing noun or the article no organisation."""
    if art is None or not any(w in text for w in rules.standing_words):
        return None
    return art.organisation_before(start, g)


def _standing(text: str, rules: Rules, organisation: str | None) -> list[Named]:
    """A standing noun ("the organisation") as ``organisation``."""
    if organisation is None:
        return []
    return [(m.start(), m.end(), organisation) for m in rules.standing_re.finditer(text)]


@functools.lru_cache(maxsize=1 << 15)
def _decide(
    text: str,
    mentioned: tuple[Named, ...],
    own: frozenset[str],
    organisation: str | None,
    tone: int | None,
) -> tuple[str | None, int | None]:
    """(target, stance) of a statement from what its mentions name (once per distinct
    case: syndicated copies repeat statements)."""
    rules = load_rules()
    named = [*mentioned]
    named += _worded(text, rules, named)
    named += _standing(text, rules, organisation)
    target = main_target(named, own, text)
    return target, (None if target is None else stance_of(text, target, named, tone, rules))


def main_target(named: list[Named], own: frozenset[str], text: str = "") -> str | None:
    """The actor named most often (of those named equally often, the first) that is not
    the speaker or what it speaks for; None if there is none, or if the two named most
    often are named as a pair in ``text`` ("Baku and Yerevan", "between Armenia and
    Azerbaijan", "the Armenia–Azerbaijan border"): the statement is about both."""
    counts: dict[str, list[int]] = {}
    for start, _, name in sorted(named):
        if name not in own:
            counts.setdefault(name, []).append(start)
    if not counts:
        return None
    ranked = sorted(counts, key=lambda n: (-len(counts[n]), counts[n][0]))
    tied = len(ranked) > 1 and len(counts[ranked[0]]) == len(counts[ranked[1]])
    return None if tied and _paired(text, named, ranked[0], ranked[1]) else ranked[0]


_PAIR_RE = re.compile(r"\s*(?:,|and|or|&|[–—/-])\s*(?:(?:the|both) )?$")


def _paired(text: str, named: list[Named], first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` are named side by side ("A and B", "A–B")."""
    spans = sorted((a, b, n) for a, b, n in named if n in (first, second))
    return any(
        x[2] != y[2] and _PAIR_RE.fullmatch(text[x[1] : y[0]]) is not None
        for x, y in zip(spans, spans[1:], strict=False)
    )


def stance_of(text: str, target: str, named: list[Named], tone: Any, rules: Rules) -> Any:
    """The tone of ``text`` toward ``target``: the tone of the one side of a turn that
    names it when another side names another actor, else the statement's ``tone``."""
    if tone is None or pd.isna(tone) or all(name == target for _, _, name in named):
        return tone  # no other actor to part it from
    turns = list(rules.contrast_re.finditer(text))
    if not turns:
        return tone
    # the sides: from the end of one turn (the text's start) to the start of the next
    sides = list(
        zip([0, *(m.end() for m in turns)], [*(m.start() for m in turns), len(text)], strict=True)
    )
    found = {i for start, _, name in named if name == target
             for i, (a, b) in enumerate(sides) if a <= start < b}  # fmt: skip
    others = {i for start, _, name in named if name != target
              for i, (a, b) in enumerate(sides) if a <= start < b}  # fmt: skip
    if len(found) != 1 or not others - found:
        return tone  # the turn does not part the target from another actor
    a, b = sides[found.pop()]
    return _side_tone(text[a:b])


def _side_tone(text: str) -> Any:
    """The validated tone of a side of a turn (through the tone's own memory, so that it
    is the tone the statements have under the same model)."""
    found = tone_module._memo_tone(text, tone_module.DEFAULT_METHOD).tone  # (tone_many's)
    return None if found is None or pd.isna(found) else int(found)


class _Article:
    """One article's mentions (sorted), its organisations in text order and its entities'
    titles, for the statements of that article."""

    def __init__(self, columns: tuple[list[Any], ...], titles: Mapping[str, list[str]]) -> None:
        self.starts, self.ends, self.actor_ids, self.methods = columns
        self.titles = titles
        self.organisations: list[tuple[int, str]] | None = None  # (start, name), when asked
        self.text = ""  # the article's body, where a speaker's printed title is read
        self.printed: dict[str, str | None] = {}  # speaker -> the state its title names

    def named(self, text: str, start: int, end: int, g: Gazetteer, rules: Rules) -> list[Named]:
        """The actors the article's mentions inside ``[start, end)`` stand for (offsets
        in ``text``, the statement's), a state named as a place left out."""
        found = []
        for i in range(bisect_left(self.starts, start), len(self.starts)):
            if self.starts[i] >= end:
                break
            aid = self.actor_ids[i]
            if self.ends[i] <= end and isinstance(aid, str) and self.methods[i] != "pronoun":
                found.append((self.starts[i] - start, self.ends[i] - start, aid))
        return [
            (a, b, g.unit[aid]) for a, b, aid in found if not _place(text, a, b, g.type.get(aid))
        ]

    def organisation_before(self, start: int, g: Gazetteer) -> str | None:
        """The international organisation named last before ``start``, by its name or
        by one of its officials ("CSTO Secretary General X"); the first one of the
        article if none is named before it."""
        if self.organisations is None:  # an organisation, or one of its officials
            self.organisations = [
                (s, g.unit[a])
                for s, a in zip(self.starts, self.actor_ids, strict=True)
                if isinstance(a, str) and g.unit.get(a) in g.international_names
            ]
        found = self.organisations
        before = [name for s, name in found if s < start]
        return str(before[-1]) if before else (str(found[0][1]) if found else None)


def _own(
    speaker_id: Any, speaker: Any, g: Gazetteer, art: _Article | None, rules: Rules
) -> tuple[frozenset[str], str | None]:
    """The speaker and the state or body it speaks for; and, for a speaker in opposition
    (its gazetteer role or its title has one of ``opposition_words``), who speaks for no
    state, the state whose government it opposes (None otherwise)."""
    if isinstance(speaker_id, str) and speaker_id in g.chain:
        if speaker_id not in g.own:  # once per speaker
            if rules.opposition_re.search(g.role.get(speaker_id, "")) is None:
                g.own[speaker_id] = g.chain[speaker_id], None
            else:
                unit = g.unit[speaker_id]
                state = unit if g.type.get(g.by_name.get(unit)) == "state" else None
                g.own[speaker_id] = frozenset({str(g.name[speaker_id])}), state
        return g.own[speaker_id]
    titles = art.titles.get(str(speaker), []) if art is not None else []
    own = {str(speaker)} if isinstance(speaker, str) else set()
    for title in titles:
        for word in title.split():
            if word in DEMONYMS:
                own.add(DEMONYMS[word])
            elif word in g.by_name:
                own |= g.chain[g.by_name[word]]
    if own == {str(speaker)} and art is not None and art.text:  # as the article prints it
        if speaker not in art.printed:  # once per speaker and article
            art.printed[str(speaker)] = printed_state(art.text, str(speaker), rules)
        state = art.printed[str(speaker)]
        own |= {state} if state else set()
    if any(rules.opposition_re.search(t) for t in titles):
        states = sorted(own - {str(speaker)})
        return frozenset({str(speaker)}), states[0] if len(states) == 1 else None
    return frozenset(own), None


def printed_state(text: str, name: str, rules: Rules | None = None) -> str | None:
    """The state a speaker outside the gazetteer speaks for by the demonym of the title
    printed before its name at its first mention in ``text`` ("Iranian Foreign Ministry
    spokesman Nasser Kanaani", "Swiss Federal Councillor Ignazio Cassis"), None if there is
    none. Only a title's words may stand between the demonym and the name.

    >>> printed_state("Irish Minister for Foreign Affairs Micheal Martin said", "Micheal Martin")
    'Ireland'
    >>> printed_state("He met Irish officials. Micheal Martin said", "Micheal Martin") is None
    True
    """
    at = text.find(name)
    if at <= 0:
        return None
    before = text[max(0, at - 80) : at]
    before = before[max(before.rfind(c) for c in _TITLE_STOPS) + 1 :]
    rules = rules or load_rules()
    for word in reversed(before.split()):  # back from the name, while the title lasts
        if word in DEMONYMS:
            return rules.owners.get(word, DEMONYMS[word])
        if not (word[:1].isupper() or word in rules.title_words):
            return None
    return None


#: Where a title printed before a name cannot reach back past.
_TITLE_STOPS = ".;:!?(\n" + DOUBLE_QUOTES


def _articles(mentions: pd.DataFrame, entities: pd.DataFrame) -> dict[str, _Article]:
    titles: dict[str, dict[str, list[str]]] = {}
    if len(entities) and "titles" in entities.columns:
        columns = (entities[c].tolist() for c in ("article_id", "canonical", "titles"))
        for aid, name, ts in zip(*columns, strict=True):  # (lists: no Arrow scalar a row)
            if isinstance(name, str) and ts is not None and len(ts):
                titles.setdefault(str(aid), {})[name] = [str(t) for t in ts]
    ordered = mentions.sort_values(["article_id", "start", "end"], kind="stable")
    ids = ordered["article_id"].astype(object).tolist()
    columns = [ordered[c].tolist() for c in ("start", "end", "actor_id", "method")]
    found: dict[str, _Article] = {}
    first = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[first]:
            piece = tuple(c[first:i] for c in columns)
            found[str(ids[first])] = _Article(piece, titles.get(str(ids[first]), {}))
            first = i
    for aid, named in titles.items():
        found.setdefault(aid, _Article(([], [], [], []), named))
    return found


class _Row(NamedTuple):
    article_id: Any
    speaker_id: Any
    speaker: Any
    text: Any
    start: Any
    end: Any
    in_headline: Any
    tone: Any


def statement_targets(
    statements: pd.DataFrame,
    mentions: pd.DataFrame,
    entities: pd.DataFrame,
    actors: pd.DataFrame,
    articles: pd.DataFrame,
) -> pd.DataFrame:
    """``target`` and ``stance`` of every statement (aligned with ``statements``)."""
    rules, g = load_rules(), gazetteer(actors)
    by_article = _articles(mentions, entities)
    if "text" in articles.columns:
        for aid, body in zip(
            articles["article_id"].tolist(), articles["text"].tolist(), strict=True
        ):
            if str(aid) in by_article and isinstance(body, str):
                by_article[str(aid)].text = body
    published = dict(
        zip(articles["article_id"].tolist(), articles["published"].tolist(), strict=True)
    )
    matcher = matcher_for(actors)
    targets: list[str | None] = []
    stances: list[Any] = []
    columns = ["article_id", "speaker_id", "speaker", "text", "start", "end", "in_headline", "tone"]
    values = [statements[c].to_numpy(dtype=object, na_value=None).tolist() for c in columns]
    for row in (_Row._make(v) for v in zip(*values, strict=True)):
        text = row.text if isinstance(row.text, str) else ""
        art = by_article.get(str(row.article_id))
        if bool(row.in_headline) or art is None:
            named = [
                (a, b, g.unit[aid])
                for a, b, aid, _, method in matcher.match(text, published.get(row.article_id))
                if aid in g.unit and method != "pronoun" and not _place(text, a, b, g.type[aid])
            ]
            start = 0
        else:
            start = int(row.start)
            named = art.named(text, start, int(row.end), g, rules)
        organisation = _organisation(text, rules, art, start, g)
        own, opposed = _own(row.speaker_id, row.speaker, g, art, rules)
        if opposed is not None:  # "the government" in an opposition politician's mouth
            named += [(m.start(), m.end(), opposed) for m in rules.government_re.finditer(text)]
        tone = None if row.tone is None else int(row.tone)
        target, towards = _decide(text, tuple(named), own, organisation, tone)
        targets.append(target)
        stances.append(towards)
    return pd.DataFrame(
        {
            "target": pd.array(targets, dtype="string"),
            "stance": pd.array(stances, dtype="Int8"),
        },
        index=statements.index,
    )


def stance_statements(
    statements: pd.DataFrame,
    mentions: pd.DataFrame,
    entities: pd.DataFrame,
    actors: pd.DataFrame,
    articles: pd.DataFrame,
) -> pd.DataFrame:
    """``statements`` with ``target`` and ``stance`` filled in; every other column as it is."""
    found = statement_targets(statements, mentions, entities, actors, articles)
    return statements.assign(**{c: found[c].array for c in STANCE_COLUMNS})


def validation() -> pd.DataFrame:
    """How far to trust ``target`` and ``stance``, one row per figure with its value and
    the number of statements behind it (``measured, figure, value, n, coded_set``): first
    on the sealed set (``tests/data/tone_sealed14.csv``, two coders, scored once per shipped
    stance stage: ``benchmarks/stance_sealed.py``, data/stance_sealed.json), then on the
    development sheets (``benchmarks/stance_dev.py``) ``tests/data/tone_dev4.csv``
    (data/stance_dev4.json), ``tests/data/tone_dev5.csv`` (data/stance_dev5.json) and
    ``tests/data/tone_dev6.csv`` (data/stance_dev6.json), made like the sealed sets, which
    the tone is not trained on (docs/tone.md, "Stance toward a target")."""
    rows = [
        ("target right (the same actor, or none)", "target_accuracy", "statements"),
        ("coders' targets found", "target_recall", "coded_targets"),
        ("machine's targets the coders gave", "target_precision", "machine_targets"),
        ("stance alpha (ordinal), same target", "stance_alpha", "matched"),
        ("stance accuracy, same target", "stance_accuracy", "matched"),
    ]
    out = []
    records = ("stance_sealed.json", "stance_dev4.json", "stance_dev5.json", "stance_dev6.json")
    measures = ("sealed", "development", "development", "development")
    for measured, name in zip(measures, records, strict=True):
        text = importlib.resources.files("cscaucasus").joinpath("data", name)
        record = json.loads(text.read_text("utf-8"))
        out += [
            (measured, label, record[key], record[n], record["sheet"]) for label, key, n in rows
        ]
    return pd.DataFrame(out, columns=["measured", "figure", "value", "n", "coded_set"])
