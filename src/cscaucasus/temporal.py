"""The temporal rule engine: ``data/temporal.yml`` compiled into one regular expression
and the fast scan that finds its matches.

The resource file holds the temporal knowledge (pattern lists, normalisation tables,
rules that name them, each rule with an example), as HeidelTime keeps it; this module
holds no date words of its own. It expands ``%name`` references, joins the rules into
one alternation (:data:`TEMPORAL`, a match's ``lastgroup`` is its rule's name, and a
rule's groups are named ``<rule>_<group>``), and derives the speed tricks from the same
lists: the core tokens and prefix words of :func:`temporal_matches`, tries of word
lists (:func:`alternation`) and patterns that read text backwards (:func:`backwards`).

>>> [(m.lastgroup, m.group()) for m in temporal_matches("Talks began on May 2, 2022.")]
[('mdy', 'May 2, 2022')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from . import linescan
from .lexicon import MONTH_NAMES, MONTHS, WEEKDAY_ALTERNATION, WEEKDAYS, expand_lists
from .yamlfile import parse_yaml

__all__ = [
    "CLUSTERING",
    "NORMALIZATION",
    "NOT_HAPPENINGS",
    "PATTERNS",
    "PREFIX_VOCABULARY",
    "RULES",
    "TEMPORAL",
    "Rule",
    "alternation",
    "backwards",
    "pattern",
    "temporal_matches",
    "words",
]

RESOURCE: dict[str, Any] = parse_yaml(
    resources.files("cscaucasus").joinpath("data", "temporal.yml").read_text(encoding="utf-8")
)
# (a word list's $verbs.<role> spelled out: cscaucasus.lexicon.expand)
PATTERNS: dict[str, str | list[str]] = expand_lists(RESOURCE["patterns"])
NORMALIZATION: dict[str, dict[str, Any]] = RESOURCE["normalization"]
ENGINE: dict[str, Any] = RESOURCE["engine"]
# The words that say what an event is about (chronology's clustering).
CLUSTERING: dict[str, Any] = expand_lists(RESOURCE["clustering"])

# Month and weekday names as written in news copy: capitalised ("May" the month, not
# "may" the verb), full names, or abbreviations with an optional period ("Sept. 13"); a
# sentence-final period after a full name ("in January.") is not part of the date.
_FULL_MONTHS = [names[0].capitalize() for names in MONTH_NAMES]
_ABBR_MONTHS = [abbreviation.capitalize() for names in MONTH_NAMES for abbreviation in names[1:]]
BUILT_IN = {
    "month": "|".join(sorted(_FULL_MONTHS, key=len, reverse=True))
    + "|(?:"
    + "|".join(sorted(_ABBR_MONTHS, key=len, reverse=True))
    + r")\.?",
    "weekday": WEEKDAY_ALTERNATION,
}
_BUILT_IN_WORDS = {"month": list(MONTHS), "weekday": list(WEEKDAYS)}
_REFERENCE = re.compile(r"%([a-z_]+)")


def _entries(name: str) -> list[str]:
    """The alternatives of a pattern list or the keys of a normalisation table."""
    if name in PATTERNS and isinstance(PATTERNS[name], list):
        entries = PATTERNS[name]
    elif name in NORMALIZATION:
        entries = list(NORMALIZATION[name])
    else:
        raise KeyError(f"temporal.yml: no pattern list or table named {name!r}")
    bad = [e for e in entries if not isinstance(e, str)]
    if bad:  # YAML reads an unquoted on/off/yes/no as a boolean
        raise TypeError(f"temporal.yml: {name}: quote the entries {bad!r}")
    return entries


def _phrase(entry: str) -> str:
    """A list entry as a regex: a space stands for any run of whitespace."""
    return r"\s+".join(entry.split(" "))


def pattern(name: str) -> str:
    """The regex of pattern ``name`` with its references expanded, in ``(?:...)``."""
    if name in BUILT_IN:
        body = BUILT_IN[name]
    elif isinstance(PATTERNS.get(name), str):
        body = PATTERNS[name]
    else:
        body = "|".join(_phrase(e) for e in _entries(name))
    return f"(?:{expand(body)})"


def expand(source: str) -> str:
    """``source`` with every ``%name`` replaced by :func:`pattern` ``(name)``."""
    return _REFERENCE.sub(lambda m: pattern(m.group(1)), source)


def words(name: str) -> frozenset[str]:
    """The entries of a pattern list or table, lower case (for word tests)."""
    return frozenset(e.lower() for e in _entries(name))


def _words_backwards(entry: str) -> str:
    return r"\s+".join(word[::-1] for word in reversed(entry.split(" ")))


def backwards(name: str) -> str:
    """An alternation matching the reversed text of the entries of list ``name``, to
    test how a text ends by matching its reversal from the start (far faster than a
    search for a match at the end)."""
    return "|".join(_words_backwards(e) for e in _entries(name))


def alternation(entries: list[str]) -> str:
    """A regex matching any of ``entries``, factored by common prefix (a trie), which
    the regex engine tries far faster than a flat alternation."""
    trie: dict = {}
    for word in entries:
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


@dataclass(frozen=True)
class Rule:
    """One rule of ``temporal.yml``: the form of a temporal expression and how it is
    judged (``filters``, by name), dated from the article's other dates (``context``,
    by name) and resolved (``resolve``, by name)."""

    name: str
    pattern: str
    resolve: str
    filters: tuple[str, ...]
    tensed: bool
    capitalised: tuple[str, ...]
    example: dict
    # a yearless date may count from the last explicit date of its paragraph, and an
    # explicit date of this rule may be that reference (narrative time)
    takes_reference: bool = False
    sets_reference: bool = False
    context: tuple[str, ...] = ()
    groups: dict[str, str] = field(default_factory=dict)  # group name -> its full name

    def group(self, match: re.Match, name: str) -> str | None:
        """The text of this rule's group ``name`` in ``match`` (None: not matched, or
        the rule has no such group)."""
        full = self.groups.get(name)
        return None if full is None else match.group(full)


def _rule(spec: dict) -> Rule:
    name = spec["name"]
    body = expand(spec["pattern"])
    body = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}_\1>", body)
    body = re.sub(r"\(\?\((\w+)\)", rf"(?({name}_\1)", body)
    return Rule(
        name=name,
        pattern=f"(?P<{name}>{body})",
        resolve=spec["resolve"],
        filters=tuple(spec.get("filters", ())),
        tensed=bool(spec.get("tensed", False)),
        capitalised=tuple(f"{name}_{g}" for g in spec.get("capitalised", ())),
        example=spec["example"],
        takes_reference=bool(spec.get("takes_reference", False)),
        sets_reference=bool(spec.get("sets_reference", False)),
        context=tuple(spec.get("context", ())),
        groups={g: f"{name}_{g}" for g in re.findall(r"\(\?P<(\w+)>", spec["pattern"])},
    )


RULES: dict[str, Rule] = {spec["name"]: _rule(spec) for spec in RESOURCE["rules"]}
TEMPORAL = re.compile(
    "(?x)"
    + ENGINE["before"]
    + "(?:\n"
    + "\n| ".join(rule.pattern for rule in RULES.values())
    + "\n)"
    + ENGINE["after"],
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NotHappening:
    """A kind of sentence whose date dates no happening (a caption, a date line): the
    sentence before and after the date fully match ``before`` and ``after``."""

    name: str
    before: re.Pattern
    after: re.Pattern
    example: str


NOT_HAPPENINGS = tuple(
    NotHappening(
        spec["name"], re.compile(spec["before"]), re.compile(spec["after"]), spec["example"]
    )
    for spec in RESOURCE["not_happenings"]
)

# --- the fast scan ---------------------------------------------------------------------


def _core_words() -> list[str]:
    """The words of the core patterns (and the plurals of ``engine.plural``: "days").
    A multi-word entry ("last night") must hold a core word of its own."""
    found: set[str] = set()
    phrases = []
    for name in ENGINE["core"]:
        for entry in _BUILT_IN_WORDS.get(name) or _entries(name):
            entry = entry.lower()
            if " " in entry:
                phrases.append(entry)
            else:
                found.add(entry)
    for phrase in phrases:
        if not found.intersection(phrase.split()):
            raise ValueError(f"temporal.yml: core entry {phrase!r} holds no core word")
    plurals = {f"{word}s" for name in ENGINE["plural"] for word in _entries(name)}
    return sorted(found | plurals)


def _group_end(source: str, start: int) -> int:
    """Where the group opened at ``source[start]`` ends (escaped parentheses aside)."""
    depth, i = 0, start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        i += 1
        if depth == 0:
            break
    return i


def _without_lookarounds(source: str) -> str:
    """``source`` without its lookaround groups (their words start no match), suffixes
    glued to a group ("day" + "s?", a day + "st|nd|rd|th"), group names and escapes."""
    out, i = [], 0
    while i < len(source):
        if source.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(source, i)
            continue
        out.append(source[i])
        i += 1
    text = re.sub(r"\(\?P<\w+>|\(\?\(\w+\)|\\.", " ", "".join(out))
    return _SUFFIX.sub(")", text)


_SUFFIX = re.compile(r"\)(?:\(\?:[a-z|]+\)|[a-z]+)\??")


def _prefix_vocabulary(core: list[str]) -> list[str]:
    """Every word the rules spell (outside lookarounds) that is no core token: a
    superset of the words that may come before a match's first core token, which is
    all that :func:`temporal_matches` needs."""
    spelled = set()
    for rule in RULES.values():
        spelled.update(re.findall(r"[a-z]+", _without_lookarounds(rule.pattern).lower()))
    return sorted(spelled - set(core))


CORE_WORDS = _core_words()
PREFIX_VOCABULARY = _prefix_vocabulary(CORE_WORDS)
PREFIX_WORDS: int = ENGINE["prefix_words"]
# Every TEMPORAL match holds a core token (a number, or a word of a core pattern);
# before its first one come only PREFIX_VOCABULARY words (at most PREFIX_WORDS), joined
# by spaces or hyphens. Scanning for the rare core tokens and trying TEMPORAL only at
# them and at the prefix words just before them finds the same matches as
# TEMPORAL.finditer, several times faster.
_CORE = re.compile(r"\d+|\b" + alternation(CORE_WORDS) + r"\b")
# A prefix word and the spaces or hyphens after it, read backwards (in reversed text).
_PREFIX_WORD_BACKWARDS = re.compile(
    r"[-\s]+(?:" + alternation([word[::-1] for word in PREFIX_VOCABULARY]) + r")(?!\w)"
)
# Characters that IGNORECASE matches to an ASCII letter but str.lower() does not turn
# into one: İ ı ſ K (Kelvin). Elsewhere lowercasing keeps each character's position and
# whether it is a letter, digit, space or hyphen.
CASE_FOLDS = "\u0130\u0131\u017f\u212a"


def temporal_matches(text: str) -> list[re.Match]:
    """``list(TEMPORAL.finditer(text))``: :func:`block_matches` of each block of the text
    (:func:`cscaucasus.linescan.matches`: the text cut at the line breaks no match reads
    across), remembered per block, as wire copy repeats paragraphs; each match a
    :class:`~cscaucasus.linescan.Found` (positions in ``text``)."""
    return linescan.matches(TEMPORAL, text, block_matches)  # type: ignore[return-value]


def block_matches(text: str) -> list[re.Match]:
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
    reversed_text = lowered[::-1]
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
            word = _PREFIX_WORD_BACKWARDS.match(reversed_text, position, n - floor)
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
