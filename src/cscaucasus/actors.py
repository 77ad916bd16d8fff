"""Actors: the gazetteer (``actors`` table) and its mentions in the text (``mentions``).

The gazetteer is ``data/actors.yml`` (readable and editable by a researcher), extended by
a user's ``actors.yml``/``actors.csv``. Mentions are found with ONE compiled regex
alternation over every surface form (names, aliases, surnames, names with a patronymic,
dated role nouns) and a pronoun pass that resolves he/she/him/his/her to the most recent
compatible person in the same or the previous paragraph.

Decisions:

* A surname alone ("Zas", "Pashinyan's") is a mention of the person; possessive endings
  (``'s``, ``’s``, ``’``) stay outside the mention span.
* A bare surname right after a capitalised word that is no title, rank, demonym or
  sentence-initial word (``titles`` in ``data/actors.yml``) and no spelling of the
  person's given name is ANOTHER person ("Tigran Grigoryan" is not Armen Grigoryan): that
  surname is then no mention anywhere in the article.
* Role nouns ("the Russian leader", "CSTO Secretary General") are dated: they resolve by
  ``articles.published``; when the date leaves one open (e.g. an undated article) it
  resolves only to the one possible actor the article names ("Putin ... the Russian
  leader"), else it is no mention.
* Role nouns starting with a demonym or a one-word organisation name also match in the
  possessive ("Armenia's prime minister", "Kazakhstan's leader", "the Kremlin's
  spokesman"; ``demonyms`` in ``data/actors.yml``) and resolve like the plain noun.
* An organisation whose name starts with a demonym or a state's possessive also matches
  in the possessive and with its following words in lower case ("Iran's foreign
  ministry" for Iranian Foreign Ministry, "Armenia's Ministry of Defense").
* States are mentioned by name, by alias and by "the <demonym> side"; a bare demonym
  ("Armenian territory", "the Armenian-Azerbaijani border") is not a mention of the state.
* Pronoun antecedents are searched outside quotation marks (a "him" inside a quote is
  about someone the speaker names, not the narrator's subject), and a pronoun whose
  antecedent cannot be resolved is not emitted.
* Overlapping matches: the earliest, then the longest, wins ("CSTO Secretary General"
  beats "CSTO").
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable, Sequence
from functools import cached_property
from importlib import resources
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .config import read_user_gazetteer
from .documents import Problem
from .lexicon import DOUBLE_QUOTE_PAIRS, expand
from .names import TYPO_MIN_LETTERS, PersonIndex, SlipIndex, spelling_variants
from .names import surname as surname_of
from .schema import empty_table, typed
from .yamlfile import parse_yaml, parse_yaml_once

ACTORS_FILE = "actors.yml"

#: Pronouns by the gender they refer to (persons only).
PRONOUNS: dict[str, str] = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}

#: Patronymic endings (Russian-style middle names) allowed between first and last name.
PATRONYMIC = r"(?:[A-Z][a-z]+(?:ovich|evich|ivich|vich|ovna|evna|ivna|yevich|yevna))"

_PATRONYMIC_RE = re.compile(PATRONYMIC)

#: Text a possessive may add after a name; kept outside the mention span.
_WORD = r"[A-Za-z\u00C0-\u024F]"

#: (Speed: the lookahead on the first letter lets the engine skip to an h or s.)
_PRONOUN_RE = re.compile(r"(?=[hs])\b(?:he|him|his|she|her)\b", re.IGNORECASE)
#: A capitalised word long enough to be a misprinted surname.
_CAPITALISED_RE = re.compile(rf"(?<!{_WORD})[A-Z][a-z]{{{TYPO_MIN_LETTERS - 1},}}(?!{_WORD})")
#: The non-ASCII characters that match an ASCII character under ``re.IGNORECASE``.
_ODD_CASE_RE = re.compile("[\u0130\u0131\u017f\u212a]")
_QUOTE_PAIRS = DOUBLE_QUOTE_PAIRS
_QUOTE_OPEN_RE = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")

#: The columns of the ``mentions`` table, in order.
MENTION_COLUMNS = (
    "article_id",
    "sentence_id",
    "actor_id",
    "actor",
    "surface",
    "method",
    "start",
    "end",
)

ACTOR_EXTRA = {
    "gender": "string",
    "role_nouns": "object",
    "role_from": "datetime64[ns]",
    "role_to": "datetime64[ns]",
    "role_periods": "object",
}


_PACKAGED = resources.files("cscaucasus").joinpath("data", ACTORS_FILE).read_text("utf-8")
_PACKAGED_DATA = parse_yaml_once(_PACKAGED)
#: Capitalised words that may precede a surname without being a given name (titles,
#: ranks, honorifics, sentence-initial words); see ``titles`` in ``data/actors.yml``.
TITLES: frozenset[str] = frozenset(str(t) for t in expand(_PACKAGED_DATA.get("titles") or []))


#: The states of the world beyond those of ``data/actors.yml``: ``data/states.yml``.
STATES: list[dict[str, Any]] = list(
    parse_yaml_once(
        resources.files("cscaucasus").joinpath("data", "states.yml").read_text("utf-8")
    )["states"]
)
#: A state's other names as printed -> its name ("Türkiye" -> "Turkey", "Republic of
#: Uzbekistan" -> "Uzbekistan"): the capitalised aliases of the states of data/actors.yml
#: and data/states.yml.
STATE_NAMED: dict[str, str] = {
    str(a): str(row["name"])
    for row in _PACKAGED_DATA["actors"]
    if row.get("type") == "state"
    for a in row.get("aliases") or []
    if str(a)[:1].isupper()
} | {str(a): str(st["name"]) for st in STATES for a in st.get("aliases") or []}
#: Demonym -> country, for the possessive forms of role nouns; see ``demonyms`` in
#: ``data/actors.yml`` and ``data/states.yml``.
DEMONYMS: dict[str, str] = {
    str(k): str(v) for k, v in (_PACKAGED_DATA.get("demonyms") or {}).items()
} | {d: s["name"] for s in STATES for d in s["demonyms"] if d not in _PACKAGED_DATA["demonyms"]}
#: Country -> its demonym, the first ``demonyms`` entry for it ("Ukraine" -> "Ukrainian"),
#: the reverse of :data:`DEMONYMS`.
DEMONYM_OF: dict[str, str] = {c: d for d, c in reversed(DEMONYMS.items())}
#: Groups of forms that name one office, "{owner}" a demonym and "{state}" its country;
#: see ``role_forms`` in ``data/actors.yml``.
ROLE_FORMS: list[list[str]] = [
    [" ".join(str(f).split()) for f in group] for group in _PACKAGED_DATA.get("role_forms") or []
]
_SLOT = r"[A-Z][\w-]*(?: [A-Z][\w-]*)?"
_ROLE_FORM_RES = [
    [
        re.compile(
            re.escape(form)
            .replace(re.escape("{owner}"), f"(?P<owner>{_SLOT})")
            .replace(re.escape("{state}"), f"(?P<state>{_SLOT})"),
            re.IGNORECASE,
        )
        for form in group
    ]
    for group in ROLE_FORMS
]


def role_forms(noun: str) -> list[str]:
    """The other forms of the office that ``noun`` names, with its owner (see
    :data:`ROLE_FORMS`); [] if ``noun`` reads as no form of one.

    >>> role_forms("Russian Foreign Minister")[3:5]
    ['head of the Russian Foreign Ministry', 'head of the Russian Ministry of Foreign Affairs']
    """
    for group, regexes in zip(ROLE_FORMS, _ROLE_FORM_RES, strict=True):
        for regex in regexes:
            m = regex.fullmatch(noun)
            if m is None:
                continue
            slots = m.groupdict()
            owner = slots.get("owner") or DEMONYM_OF.get(str(slots.get("state")))
            if owner not in DEMONYMS:
                continue
            forms = [f.format(owner=owner, state=DEMONYMS[owner]) for f in group]
            return [f for f in forms if f.lower() != noun.lower()]
    return []


#: Words before a role noun that make it no office of the role's holder on the date
#: ("deputy", "former", "adviser to the"); see ``not_the_holder`` in ``data/actors.yml``.
NOT_THE_HOLDER: tuple[str, ...] = tuple(str(w) for w in _PACKAGED_DATA.get("not_the_holder") or [])
#: Nouns that give a person the office of the one a possessive points back to ("his
#: Armenian counterpart"); see ``counterparts`` in ``data/actors.yml``.
COUNTERPARTS: tuple[str, ...] = tuple(str(w) for w in _PACKAGED_DATA.get("counterparts") or [])
#: Capital -> the state (or union) it stands for as a speaker ("Baku said"); see
#: ``capitals`` in ``data/actors.yml``.
CAPITALS: dict[str, str] = {
    str(k): str(v) for k, v in (_PACKAGED_DATA.get("capitals") or {}).items()
} | {c: s["name"] for s in STATES for c in s["capitals"]}
#: The capitalised word right before a position ("Tigran " in "Tigran Grigoryan").
_WORD_BEFORE_RE = re.compile(r"(?<![\w’'.-])([^\W\d_]+)[ \t]+$")
#: Demonym endings: "Armenian", "Azerbaijani", "Chinese" are not given names.
_DEMONYM_END_RE = re.compile(r"(?:ian|ean|ese|ish|ani)$")


def name_prefix_word(word: str) -> bool:
    """Whether a capitalised word before a name is a title, rank, honorific, demonym or
    sentence-initial word rather than a given name ("Ayatollah", "Armenian", "When")."""
    word = word.rstrip(".")
    if word in TITLES or word in DEMONYMS:
        return True
    # (an unknown word ending like a demonym; but "-ian" and "-ean" also end given names:
    # "Sufian Qudah" (Petra), "Sebastian Kurz", "Christian Lindner", "Jean Asselborn",
    # "Sean Kelly")
    return _DEMONYM_END_RE.search(word) is not None and not word.endswith(("ian", "ean"))


def _read_gazetteer(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    data = (parse_yaml_once(text) if text is _PACKAGED else parse_yaml(text)) or {}
    actors = list(data.get("actors") or [])
    if text is _PACKAGED:
        named = {str(a["name"]) for a in actors}
        actors += [_state_actor(s) for s in STATES if s["name"] not in named]
        actors = [_with_capitalised_sides(a) for a in actors]
    return actors, list(data.get("roles") or [])


def _with_capitalised_sides(actor: dict[str, Any]) -> dict[str, Any]:
    """A state's "<demonym> government"/"authorities" aliases also as wires print them,
    capitalised ("the Armenian Government said" (Armenpress, Fraternité Matin), "the
    Algerian Authorities" (APS)): the state, not a printed body of that name."""
    if actor.get("type") != "state":
        return actor
    aliases = [str(a) for a in actor.get("aliases") or []]
    extra = [
        a.rsplit(" ", 1)[0] + " " + a.rsplit(" ", 1)[1].capitalize()
        for a in aliases
        if a.endswith((" government", " authorities")) and a[:1].isupper()
    ]
    new = [a for a in extra if a not in aliases]
    return {**actor, "aliases": aliases + new} if new else actor


def _state_actor(state: dict[str, Any]) -> dict[str, Any]:
    """The gazetteer entry of a state of ``data/states.yml``: its aliases and its sides
    ("the Chinese side", "Chinese government", "Chinese authorities", "government of
    China")."""
    name = str(state["name"])
    sides = [
        form
        for d in state["demonyms"]
        for form in (f"the {d} side", f"{d} government", f"{d} authorities")
    ]
    return {  # (its id is derived from its name, see _actor_id)
        "name": name,
        "type": "state",
        "aliases": [*state.get("aliases", []), *sides, f"government of {name}"],
    }


def _actor_id(rec: dict[str, Any]) -> str:
    if rec.get("id") or rec.get("actor_id"):
        return str(rec.get("id") or rec.get("actor_id"))
    return re.sub(r"\W+", "_", str(rec["name"]).lower()).strip("_")


def load_actors(
    actors_file: str | os.PathLike[str] | None = None,
    *,
    corpus_path: Path | None = None,
    problems: list[Problem] | None = None,
) -> pd.DataFrame:
    """The ``actors`` table: the packaged gazetteer, extended by a user's file.

    The user's file is ``actors_file`` or, if not given, ``<corpus_path>/actors.yml`` or
    ``actors.csv`` when present (CSV: columns as the table, aliases separated by ``;``).
    An actor with an existing ``id`` replaces the packaged one. Extra columns: ``gender``
    and the dated role nouns: ``role_periods`` (one ``{"from", "to", "nouns"}`` per
    ``roles`` entry, ISO dates or None when open; an actor may hold several offices in
    turn), ``role_nouns`` (all of them) and ``role_from``/``role_to`` (the span of all
    periods). The user's
    file is checked (:mod:`cscaucasus.config`): a bad entry is skipped, with a problem
    added to ``problems``; an unusable file raises :class:`ConfigError`.
    """
    actors, roles = _read_gazetteer(_PACKAGED)
    user: Path | None = Path(actors_file) if actors_file is not None else None
    if user is None and corpus_path is not None:
        for name in ("actors.yml", "actors.yaml", "actors.csv"):
            if (Path(corpus_path) / name).is_file():
                user = Path(corpus_path) / name
                break
    if user is not None:
        more_actors, more_roles, found = read_user_gazetteer(user)
        if problems is not None:
            problems.extend(found)
        actors, roles = actors + more_actors, roles + more_roles
    by_id: dict[str, dict[str, Any]] = {}
    for rec in actors:
        by_id[_actor_id(rec)] = rec  # later (user) entries replace earlier ones
    periods: dict[str, list[dict[str, Any]]] = {}
    for role in roles:
        periods.setdefault(str(role["actor"]), []).append(
            {
                "from": _iso(role.get("from")),
                "to": _iso(role.get("to")),
                "nouns": [str(n) for n in role.get("nouns") or []],
            }
        )
    rows = []
    for aid in sorted(by_id):
        rec = by_id[aid]
        aliases = rec.get("aliases") or []
        rows.append(
            {
                "actor_id": aid,
                "name": str(rec["name"]),
                "type": str(rec.get("type") or "person"),
                "role": str(rec.get("role") or ""),
                "affiliation": str(rec.get("affiliation") or ""),
                "aliases": [str(a) for a in aliases],
                "gender": rec.get("gender") or None,
                **_role_span(periods.get(aid, [])),
            }
        )
    if not rows:
        return empty_table("actors")
    out = typed(pd.DataFrame(rows), "actors")
    for col, dtype in ACTOR_EXTRA.items():
        if dtype != "object":
            out[col] = out[col].astype(dtype)
    return out


def _iso(value: Any) -> str | None:
    """A role's ``from``/``to`` as an ISO date ("2024-05-12"); None when open."""
    return None if value is None else pd.Timestamp(value).strftime("%Y-%m-%d")


def _role_span(periods: list[dict[str, Any]]) -> dict[str, Any]:
    """The actors table's role columns of one actor's ``roles`` entries: every noun
    (``role_nouns``), the span of all periods (``role_from``/``role_to``: NaT when one
    period is open at that end) and the periods themselves (``role_periods``)."""
    froms = [p["from"] for p in periods]
    tos = [p["to"] for p in periods]
    return {
        "role_nouns": sorted({n for p in periods for n in p["nouns"]}),
        "role_from": pd.Timestamp(min(froms)) if froms and None not in froms else pd.NaT,
        "role_to": pd.Timestamp(max(tos)) if tos and None not in tos else pd.NaT,
        "role_periods": periods,
    }


def person_index(actors: pd.DataFrame) -> PersonIndex:
    """The gazetteer's persons by every full name and alias, for printed names in other
    transliterations (:class:`cscaucasus.names.PersonIndex`)."""
    people = actors[actors["type"] == "person"]
    return PersonIndex(
        (str(a), str(n))
        for a, name, aliases in zip(
            people["actor_id"], people["name"], people["aliases"], strict=True
        )
        for n in [name, *_as_list(aliases)]
    )


def _as_list(value: Any) -> list[Any]:
    """A list cell as a list (a hand-built actors table may hold NaN or a tuple; a table
    read back from Parquet holds arrays)."""
    return list(value) if isinstance(value, list | tuple | np.ndarray) else []


def _periods(rec: Any) -> list[tuple[list[str], Any, Any]]:
    """(nouns, from, to) of each period of an actor's role nouns: its ``role_periods``,
    else (a hand-built table) ``role_nouns`` over ``role_from``..``role_to``."""
    found = _as_list(getattr(rec, "role_periods", None))
    if not found:
        return [(_as_list(rec.role_nouns), rec.role_from, rec.role_to)]
    return [
        (
            [str(n) for n in _as_list(p.get("nouns"))],
            pd.Timestamp(p["from"]) if p.get("from") else pd.NaT,
            pd.Timestamp(p["to"]) if p.get("to") else pd.NaT,
        )
        for p in found
    ]


def _surface_forms(
    actors: pd.DataFrame,
) -> tuple[
    dict[str, tuple[str, str]], dict[str, str], dict[str, frozenset[str]], dict[str, list[str]]
]:
    """Name/alias forms -> (actor_id, method), (given name, surname) of the names that
    may have a patronymic between them -> actor_id, the
    bare-surname forms of persons -> the first three letters of the person's given names,
    and the surnames several persons share -> their ids ("Simonyan": Alen, Margarita)."""
    forms: dict[str, tuple[str, str]] = {}
    patronymic: dict[tuple[str, str], str] = {}
    surnames: dict[str, set[str]] = {}
    givens: dict[str, set[str]] = {}
    single: list[tuple[str, str]] = []
    owners = {
        str(n)
        for n, t in zip(actors["name"], actors["type"], strict=True)
        if t == "state" and " " not in str(n)
    }
    printed: list[tuple[Any, list[tuple[str, str]]]] = []
    state_names = _state_names(actors)
    for rec in actors.itertuples(index=False):
        names = [(str(rec.name), "name")] + [(str(a), "alias") for a in _as_list(rec.aliases)]
        if rec.type == "organization":
            names += [(v, "alias") for f, _ in list(names) for v in organisation_forms(f, owners)]
            names += [(v, "alias") for f, _ in list(names) for v in _of_state_forms(f, state_names)]
        printed.append((rec, names))
    # then the spellings as outlets print them ("Pashinian", "Defense Ministry"): a form
    # that the gazetteer lists for some actor stays that actor's (a person's bare surname
    # in any spelling comes from the full names' surnames below)
    printed += [
        (rec, [(v, "alias") for v in _spellings(names, rec.type == "person")])
        for rec, names in list(printed)
    ]
    for rec, names in printed:
        for form, method in names:
            forms.setdefault(form, (rec.actor_id, method))
            parts = form.split()
            if rec.type == "person" and len(parts) >= 2:
                surnames.setdefault(parts[-1], set()).add(rec.actor_id)
                givens.setdefault(rec.actor_id, set()).add(parts[0][:3].lower())
                patronymic.setdefault((parts[0], parts[-1]), rec.actor_id)
            elif rec.type == "person" and len(parts) == 1:
                single.append((form, rec.actor_id))  # "Pashinian", "Erdoğan"
    surname_givens, shared = _bare_surnames(forms, surnames, givens, single)
    return forms, patronymic, surname_givens, shared


def _state_names(actors: pd.DataFrame) -> dict[str, list[str]]:
    """A state's name -> its other names ("Kyrgyzstan" -> ["Kyrgyz Republic"])."""
    return {
        str(n): [str(a) for a in _as_list(al)]
        for n, t, al in zip(actors["name"], actors["type"], actors["aliases"], strict=True)
        if t == "state"
    }


def _of_state_forms(form: str, state_names: dict[str, list[str]]) -> list[str]:
    """An institution "of <state>" under the state's other names, with or without "the"
    ("Ministry of Foreign Affairs of Kyrgyzstan" -> "… of the Kyrgyz Republic" (24.kg,
    Kabar), "… of the Russian Federation" (mid.ru, TASS), "… of the Republic of Armenia"
    (mfa.am, Armenpress))."""
    head, sep, state = form.rpartition(" of ")
    if not sep or state not in state_names:
        return []
    return [f"{head} of {art}{alias}" for alias in state_names[state] for art in ("", "the ")]


def _bare_surnames(
    forms: dict[str, tuple[str, str]],
    surnames: dict[str, set[str]],
    givens: dict[str, set[str]],
    single: list[tuple[str, str]],
) -> tuple[dict[str, frozenset[str]], dict[str, list[str]]]:
    """Add each person's bare surname to ``forms`` when no other person has it; return
    the bare surnames -> their persons' given-name beginnings, and the surnames several
    persons share -> their ids (resolved per article, to the one it names in full)."""
    shared: dict[str, list[str]] = {}
    for surname, ids in sorted(surnames.items()):
        if surname in forms:
            continue
        if len(ids) == 1:
            forms[surname] = (next(iter(ids)), "name")
        else:
            shared[surname] = sorted(ids)
    bare = {s: forms[s][0] for s in surnames if s in forms} | dict(single)
    surname_givens = {
        s: frozenset(givens.get(aid, ())) for s, aid in bare.items() if forms[s][0] == aid
    } | {s: frozenset(g for aid in ids for g in givens[aid]) for s, ids in shared.items()}
    return surname_givens, shared


def _spellings(names: list[tuple[str, str]], person: bool) -> list[str]:
    """The other spellings of ``names`` (a person's: of full names only)."""
    out = [v for form, _ in names for v in spelling_variants(form, person)]
    return [v for v in out if " " in v] if person else out


def possessive_forms(noun: str, owners: Iterable[str] = ()) -> list[str]:
    """The possessive forms of a role noun that starts with a demonym or with one of
    ``owners`` (one-word organisation or state names), with both apostrophes.

    >>> possessive_forms("Armenian Prime Minister")
    ["Armenia's Prime Minister", 'Armenia’s Prime Minister']
    >>> possessive_forms("Kremlin spokesman", ["Kremlin"])
    ["Kremlin's spokesman", 'Kremlin’s spokesman']
    """
    head, _, rest = noun.partition(" ")
    owner = DEMONYMS.get(head) or (head if head in owners else None)
    if not owner or not rest or head.endswith(("'s", "’s")):
        return []
    return [f"{owner}'s {rest}", f"{owner}’s {rest}"]


def organisation_forms(form: str, owners: Iterable[str] = ()) -> list[str]:
    """The other ways news print an organisation's name that starts with a demonym or a
    state's possessive: the possessive ("Armenian Ministry of Defense" → "Armenia's
    Ministry of Defense"), and the words after the demonym in lower case up to the first
    lower-case word ("Iran's foreign ministry", "the Russian embassy in Yerevan").

    >>> organisation_forms("Iranian Foreign Ministry")[:3]
    ['Iranian foreign ministry', "Iran's Foreign Ministry", "Iran's foreign ministry"]
    """
    out: list[str] = []
    for variant in [form, *possessive_forms(form, owners)]:
        head, _, rest = variant.partition(" ")
        if head in DEMONYMS or head.endswith(("'s", "’s")):
            words = rest.split(" ")
            k = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
            lower = " ".join([head, *(w.lower() for w in words[:k]), *words[k:]])
            out += [variant, lower]
    return [v for v in dict.fromkeys(out) if v != form]


def word_alternation(words: Iterable[str], space: str | None = None) -> str:
    r"""One regex alternation of ``words`` as a prefix tree, longest word first.

    Equivalent to ``"|".join(map(re.escape, words))`` sorted longest first, but the regex
    engine tries one branch per character instead of every word. With ``space``, a
    space in a word matches that pattern instead (e.g. ``\s+``).

    >>> word_alternation(["ab", "a", "b c"], space=r"\s+")
    '(?:a(?:b)?|b\\s+c)'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a word

    def emit(node: dict[str, dict]) -> str:
        branches = [
            (space if space is not None and ch == " " else re.escape(ch)) + emit(node[ch])
            for ch in sorted(node)
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return emit(trie)


def _state_spellings() -> dict[str, str]:
    """Every name of a state printed after "of" in an office's title -> the state
    ("Uzbekistan", "Republic of Uzbekistan", "Russian Federation")."""
    out: dict[str, str] = {}
    records = [*STATES, *(a for a in _PACKAGED_DATA.get("actors") or [] if a["type"] == "state")]
    for rec in records:
        for name in [rec["name"], *(rec.get("aliases") or [])]:
            words = str(name).split()
            if all(w[:1].isupper() or w == "of" for w in words) and str(rec["name"]) in DEMONYM_OF:
                out.setdefault(str(name), str(rec["name"]))
    return out


_STATE_SPELLINGS = _state_spellings()
#: The last words of those names ("Uzbekistan", "Federation", "Republic"): a cheap test.
STATE_LAST_WORDS: frozenset[str] = frozenset(n.split()[-1] for n in _STATE_SPELLINGS)
#: The offices of ``role_forms`` printed "<office> of <state>", in lower case -> the
#: index of their group.
_OF_STATE_OFFICES: dict[str, int] = {
    form[: -len(" of {state}")].lower(): i
    for i, group in enumerate(ROLE_FORMS)
    for form in group
    if form.endswith(" of {state}")
}
_OF_STATE_ROLE = (
    r"(?<![\w-])(?:[Tt]he\s+)?(?P<office>(?i:"
    + word_alternation(_OF_STATE_OFFICES, space=r"\s+")
    + r"))\s+of\s+(?:the\s+)?(?P<state>"
    + word_alternation(_STATE_SPELLINGS, space=r"\s+")
    + r")\b"
)
#: An office titled by its state after "of", the readouts' style: "the Minister of
#: Foreign Affairs of the Republic of Uzbekistan" (Uzbek, Kazakh and Armenian foreign
#: ministries), "the President of the Kyrgyz Republic" (Kabar, Akorda), "the Defence
#: Minister of Russia" (TASS in English).
OF_STATE_ROLE_RE = re.compile(_OF_STATE_ROLE)
#: The same office right before a name ("… of the Republic of Uzbekistan| Bakhtiyor
#: Saidov"): a title.
OF_STATE_TITLE_RE = re.compile(_OF_STATE_ROLE + r"[ \t]+$")


def of_state_role(m: re.Match[str]) -> str | None:
    """The office a match of :data:`OF_STATE_ROLE_RE` names, in its group's first form,
    as the gazetteer's roles and the articles' titles read ("Uzbek Foreign Minister").

    >>> title = "the Minister of Foreign Affairs of the Republic of Uzbekistan"
    >>> of_state_role(OF_STATE_ROLE_RE.search(title))
    'Uzbek Foreign Minister'
    """
    group = ROLE_FORMS[_OF_STATE_OFFICES[" ".join(m.group("office").lower().split())]]
    state = _STATE_SPELLINGS[" ".join(m.group("state").split())]
    return group[0].format(owner=DEMONYM_OF[state], state=state)


def _role_nouns(actors: pd.DataFrame) -> dict[str, list[tuple[str, Any, Any]]]:
    """Each role noun (lower case, with its :func:`possessive_forms`) and the actors
    that held it, one entry per period: ``(actor_id, from, to)``."""
    roles: dict[str, list[tuple[str, Any, Any]]] = {}
    if "role_nouns" not in actors:
        return roles
    owners = {
        str(n)
        for n, t in zip(actors["name"], actors["type"], strict=True)
        if t != "person" and " " not in str(n)
    }
    for rec in actors.itertuples(index=False):
        for nouns, start, end in _periods(rec):
            nouns = list(dict.fromkeys(nouns + [f for n in nouns for f in role_forms(n)]))
            for noun in nouns + [f for n in nouns for f in possessive_forms(n, owners)]:
                entries = roles.setdefault(noun.lower(), [])
                if (rec.actor_id, start, end) not in entries:
                    entries.append((rec.actor_id, start, end))
    return roles


def _name_regex(
    forms: dict[str, tuple[str, str]], patronymic: dict[tuple[str, str], str]
) -> re.Pattern[str]:
    """One regex for every surface form and every name with a patronymic, as whole
    words; the names with a patronymic are tried first (see :func:`_patronymic_regex`)."""
    alt = "|".join(
        ([_patronymic_regex(patronymic)] if patronymic else [])
        + ([word_alternation(forms)] if forms else [])
    )
    # A cheap look at the first character skips most positions before the lookbehind
    # and the alternation are tried (only with no empty form, which would match anywhere).
    firsts = {f[0] for f in forms if f} | {f.split()[0][0] for f in forms if f.split()}
    head = f"(?=[{''.join(map(re.escape, sorted(firsts)))}])" if "" not in forms else ""
    return re.compile(rf"{head}(?<!{_WORD})(?:{alt or '(?!x)x'})(?!{_WORD})")


def _patronymic_regex(patronymic: dict[tuple[str, str], str]) -> str:
    r"""The names ``given patronymic surname`` of the (given name, surname) pairs, given
    names of the same surnames in one branch: ``(?:Sergei|Siarhei)\s+P\s+(?:Aleinik)``.

    (Speed: one branch per set of surnames, not per pair, compiles in a third of the
    time.) Its matches are those of one branch per pair, longest surname first: at a
    position at most one given name is followed by white space (a given name has none),
    so at most one branch can match, and its surnames, a prefix tree, try the longest
    first."""
    surnames: dict[str, set[str]] = {}
    for given, last in patronymic:
        surnames.setdefault(given, set()).add(last)
    givens: dict[frozenset[str], list[str]] = {}
    for given, lasts in surnames.items():
        givens.setdefault(frozenset(lasts), []).append(given)
    branches = sorted(
        rf"(?:{word_alternation(sorted(g))})\s+{PATRONYMIC}\s+(?:{word_alternation(sorted(ls))})"
        for ls, g in givens.items()
    )
    return "|".join(branches)


def _reads_back(noun: str) -> bool:
    """Whether a match of ``noun`` (case-insensitive, any spaces) lower-cases to it."""
    return " ".join(noun.split()) == noun and all(
        c.isascii() or c.lower() == c == c.upper() for c in noun
    )


_NOT_THE_HOLDER_ALT = word_alternation(NOT_THE_HOLDER, space=r"[\s-]+")
_NOT_THE_HOLDER_RE = re.compile(rf"\b(?:{_NOT_THE_HOLDER_ALT})[\s-]+$", re.IGNORECASE)
#: Sentences whose matches a :class:`Matcher` remembers (then it starts afresh).
MATCH_MEMO = 1 << 15


class Matcher:
    """The compiled surface-form regex of one actors table (built once, reused)."""

    def __init__(self, actors: pd.DataFrame) -> None:
        self.actors = actors
        forms, patronymic, surname_givens, shared = _surface_forms(actors)
        self.forms = forms
        #: Surnames of several gazetteer persons -> their ids ("Simonyan").
        self.shared = shared
        self.surname_givens = surname_givens
        self.patronymic = patronymic
        self.names = dict(zip(actors["actor_id"], actors["name"], strict=True))
        gender = actors["gender"] if "gender" in actors else pd.Series([None] * len(actors))
        self.gender = {
            a: (g if isinstance(g, str) else None)
            for a, g in zip(actors["actor_id"], gender, strict=True)
        }
        self.types = dict(zip(actors["actor_id"], actors["type"], strict=True))
        self.roles = _role_nouns(actors)
        self.name_re = _name_regex(forms | dict.fromkeys(shared, ("", "name")), patronymic)
        role_alt = word_alternation(self.roles, space=r"\s+") if self.roles else "(?!x)x"
        self.role_re = re.compile(rf"(?<!{_WORD})(?:{role_alt})(?!{_WORD})", re.IGNORECASE)
        #: A :data:`NOT_THE_HOLDER` word right before a role noun (where :meth:`holder`
        #: gives no one): whether a text needs its roles read one by one.
        self.not_holder_re = re.compile(
            rf"\b(?:{_NOT_THE_HOLDER_ALT})[\s-]+(?=(?<!{_WORD})(?:{role_alt})(?!{_WORD}))",
            re.IGNORECASE,
        )
        self._role_cache: dict[tuple[str, Any], str | None] = {}
        self._all_resolve: dict[Any, bool] = {}
        self._matches: dict[tuple[str, Any, bool], list[tuple[int, int, str, str, str]]] = {}
        self._epochs: dict[Any, Any] = {}
        self._slip_candidates: dict[str, list[tuple[int, int, str]]] = {}
        # Role resolution only changes where a role starts or ends: dates between the
        # same boundaries resolve alike, so the caches are keyed by that interval.
        bounds = [(b, e) for entries in self.roles.values() for _, b, e in entries]
        self._starts = sorted({b for b, _ in bounds if not pd.isna(b)})
        self._ends = sorted({e for _, e in bounds if not pd.isna(e)})
        # A role match then always reads back as its noun (see may_leave_unresolved).
        self._plain_nouns = all(_reads_back(n) for n in self.roles)

    def patronymic_holder(self, surface: str) -> str:
        """The actor named by ``surface`` as given name, patronymic and surname
        ("Sergey Viktorovich Lavrov"), "" if none."""
        parts = surface.split()
        if len(parts) != 3 or not _PATRONYMIC_RE.fullmatch(parts[1]):
            return ""
        return self.patronymic.get((parts[0], parts[2]), "")

    def full_named(self, actor: str) -> bool:
        """Whether ``actor`` is a person with a name of several words (whose surname a
        misprint may stand for)."""
        return self.types.get(actor) == "person" and len(self.names[actor].split()) > 1

    @cached_property
    def slips(self) -> SlipIndex:
        """The surnames of the persons :meth:`full_named`, for their misprints."""
        return SlipIndex(surname_of(self.names[a]) for a in self.names if self.full_named(a))

    def slip_candidates(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each capitalised word of ``text`` one slip from a
        surname of :attr:`slips` (the only words that may misprint a surname an article
        names). (Speed: remembered per text; the list is shared.)"""
        try:
            return self._slip_candidates[text]
        except KeyError:
            pass
        if len(self._slip_candidates) >= MATCH_MEMO:
            self._slip_candidates.clear()
        near = self.slips.near
        found = self._slip_candidates[text] = [
            (w.start(), w.end(), w.group(0))
            for w in _CAPITALISED_RE.finditer(text)
            if near(w.group(0))
        ]
        return found

    @cached_property
    def _held(self) -> dict[str, list[str]]:
        """Actor id → the role nouns (lower case) opening with a demonym it ever held."""
        demonyms = {d.lower() for d in DEMONYMS}
        held: dict[str, list[str]] = {}
        for noun, entries in self.roles.items():
            if noun.split(" ", 1)[0] in demonyms:
                for aid, _, _ in entries:
                    held.setdefault(aid, []).append(noun)
        return held

    def counterpart(self, actor_id: str, demonym: str, published: Any) -> str | None:
        """The holder on ``published`` of the office ``actor_id`` holds then, in the
        state of ``demonym`` ("his Azerbaijani counterpart" of the Armenian foreign
        minister → the Azerbaijani foreign minister); None if none or several."""
        want = demonym.lower()
        found = {
            other
            for noun in self._held.get(actor_id, [])
            if self.resolve_role(noun, published) == actor_id
            and (other := self.resolve_role(want + " " + noun.split(" ", 1)[1], published))
            and other != actor_id
        }
        return found.pop() if len(found) == 1 else None

    def resolve_role(self, surface: str, published: Any) -> str | None:
        """The actor a role noun stands for on ``published``; None if unknown or undated."""
        key = (surface, self._epoch(published))
        try:
            return self._role_cache[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable date
            return self._resolve_role(surface, published)
        found = self._role_cache[key] = self._resolve_role(surface, published)
        return found

    def _epoch(self, published: Any) -> Any:
        """Which interval between role start and end dates ``published`` falls in: two
        dates with the same epoch resolve every role noun alike (``published < start``
        and ``published > end`` agree for every start and end). (Remembered per date.)"""
        try:
            return self._epochs[published]
        except KeyError:
            pass
        except TypeError:  # an unhashable date
            return self._epoch_of(published)
        if len(self._epochs) >= MATCH_MEMO:
            self._epochs.clear()
        epoch = self._epochs[published] = self._epoch_of(published)
        return epoch

    def _epoch_of(self, published: Any) -> Any:
        if pd.isna(published):
            return "undated"
        return (
            bisect.bisect_right(self._starts, published),
            bisect.bisect_left(self._ends, published),
        )

    def _resolve_role(self, surface: str, published: Any) -> str | None:
        noun = re.sub(r"\s+", " ", surface).lower()
        hits = []
        for aid, start, end in self.roles.get(noun, []):
            dated = not (pd.isna(start) and pd.isna(end))
            if dated and pd.isna(published):
                continue
            if not pd.isna(start) and published < start:
                continue
            if not pd.isna(end) and published > end:
                continue
            hits.append(aid)
        unique = sorted(set(hits))
        return unique[0] if len(unique) == 1 else None

    def may_leave_unresolved(self, text: str, published: Any) -> bool:
        """Whether a role noun in ``text`` may not resolve on ``published`` (if False,
        every match of :attr:`role_re` in ``text`` resolves; a shortcut for long texts).

        A match reads back as its noun (lowercased, spaces collapsed) when the nouns have
        single spaces and no non-ASCII letters (an uncased character such as ’ matches only
        itself) and the text holds none of the four non-ASCII characters that match an
        ASCII letter case-insensitively (İ ı ſ K).
        """
        if not self._plain_nouns or _ODD_CASE_RE.search(text):
            return True
        try:
            epoch = self._epoch(published)
            return not self._all_resolve[epoch]
        except KeyError:
            found = all(self.resolve_role(n, published) is not None for n in self.roles)
            self._all_resolve[epoch] = found
            return not found
        except TypeError:  # an unhashable or incomparable date
            return True

    def role_candidates(self, surface: str, published: Any) -> list[str]:
        """The actors a role noun may stand for on ``published`` (in any period if undated)."""
        noun = re.sub(r"\s+", " ", surface).lower()
        out = []
        for aid, start, end in self.roles.get(noun, []):
            if not pd.isna(published) and (
                (not pd.isna(start) and published < start) or (not pd.isna(end) and published > end)
            ):
                continue
            out.append(aid)
        return sorted(set(out))

    def other_given_name(self, text: str, start: int, surface: str) -> bool:
        """Whether the bare surname ``surface`` at ``start`` follows a given name that is
        not the gazetteer person's: "Tigran Grigoryan" is not Armen Grigoryan, while
        "President Aliyev", "When Aliyev" and "Dmitriy Peskov" (a spelling of Dmitry) are.
        """
        givens = self.surname_givens.get(surface)
        if givens is None:
            return False
        before = _WORD_BEFORE_RE.search(text[max(0, start - 40) : start])
        if before is None:
            return False
        word = before.group(1)
        return (
            word.istitle()
            and not name_prefix_word(word)
            and word not in self.forms
            and word[:3].lower() not in givens
        )

    def holder(self, text: str, role: re.Match[str], published: Any) -> str:
        """The actor a role noun in ``text`` stands for, "" if none: not the holder's
        deputy or aide, nor an earlier holder (:data:`NOT_THE_HOLDER`)."""
        if _NOT_THE_HOLDER_RE.search(text, max(0, role.start() - 24), role.start()):
            return ""
        return self.resolve_role(role.group(0), published) or ""

    def match(
        self, text: str, published: Any, *, unresolved_roles: bool = False
    ) -> list[tuple[int, int, str, str, str]]:
        """Non-overlapping (start, end, actor_id, surface, method) in ``text``; with
        ``unresolved_roles``, role nouns the date does not resolve and surnames several
        persons share too (actor_id ""). (Speed: remembered by text and date epoch, as
        wire copy and boilerplate repeat sentences across articles; the list is shared.)"""
        try:
            key = (text, self._epoch(published), unresolved_roles)
            return self._matches[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable or incomparable date
            return self._match(text, published, unresolved_roles)
        if len(self._matches) >= MATCH_MEMO:
            self._matches.clear()
        found = self._matches[key] = self._match(text, published, unresolved_roles)
        return found

    def _match(
        self, text: str, published: Any, unresolved_roles: bool
    ) -> list[tuple[int, int, str, str, str]]:
        cands: list[tuple[int, int, str, str]] = []
        forms = self.forms
        for m in self.name_re.finditer(text):
            surface = m.group(0)
            if surface in forms:
                aid, method = forms[surface]
            else:
                aid = self.patronymic_holder(surface)
                method = "name"
            if aid or (unresolved_roles and surface in self.shared):
                cands.append((m.start(), m.end(), aid, method))
        roles = [
            (m.start(), m.end(), self.holder(text, m, published), "role")
            for m in self.role_re.finditer(text)
        ]
        if not roles:  # one regex's matches: in order, none overlapping
            return [(start, end, aid, text[start:end], method) for start, end, aid, method in cands]
        cands += roles
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        out: list[tuple[int, int, str, str, str]] = []
        last_end = -1
        for start, end, aid, method in cands:
            if start < last_end:
                continue
            last_end = end
            if aid or unresolved_roles:  # an unresolved role still blocks shorter matches
                out.append((start, end, aid, text[start:end], method))
        return out


_MATCHERS: dict[int, tuple[pd.DataFrame, Matcher]] = {}


def matcher_for(actors: pd.DataFrame) -> Matcher:
    """A cached :class:`Matcher` for this actors table, compiled once per table content:
    a worker process gets the gazetteer as a new object with every chunk of articles
    (unpickled), the same table each time."""
    key = id(actors)
    hit = _MATCHERS.get(key)
    if hit is None or hit[0] is not actors:
        last = next(iter(_MATCHERS.values()), None)
        same = last is not None and last[0].equals(actors)
        hit = (actors, last[1] if same else Matcher(actors))  # type: ignore[index]
        _MATCHERS.clear()
        _MATCHERS[key] = hit
    return hit[1]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Rough spans inside double quotation marks (curly, straight, guillemets) of ``text``.

    Used to keep pronoun antecedents outside quotes; the full quote parser is in
    :mod:`cscaucasus.statements`.
    """
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while opener := _QUOTE_OPEN_RE.search(text, i):
        j = opener.start()
        close = text.find(_QUOTE_PAIRS[text[j]], j + 1)
        end = close if close >= 0 else n
        spans.append((j + 1, end))
        i = end + 1
    return spans


def _named_one(m: Matcher, surface: str, method: str, published: Any, named: set[str]) -> str:
    """The actor an unresolved mention stands for when the article names exactly one of
    its possible actors: a role noun the date leaves open ("Putin ... the Russian leader
    said" in an undated article), a surname several persons share ("Alen Simonyan ...
    Simonyan said"); "" otherwise."""
    if method == "role":
        candidates = m.role_candidates(surface, published)
    else:
        candidates = m.shared.get(surface, [])
    hits = [a for a in candidates if a in named]
    return hits[0] if len(hits) == 1 else ""


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (in order, not overlapping), by bisection."""
    k = bisect.bisect_right(spans, pos, key=itemgetter(0)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _antecedent(
    persons: list[tuple[int, int, str]], para: int, gender: str, genders: dict[str, str | None]
) -> str:
    """The antecedent of a pronoun: in the most recent sentence (of this or the previous
    paragraph) that names a compatible person, the FIRST such person — the subject is the
    usual antecedent ("Pashinyan met Lavrov. He said ..." → Pashinyan)."""
    # (persons are in text order: those of this and the previous paragraph come last)
    k = bisect.bisect_left(persons, para - 1, key=itemgetter(0))
    fitting = [(pp, sid, a) for pp, sid, a in persons[k:] if genders.get(a) == gender]
    if not fitting:
        return ""
    last_sentence = fitting[-1][1]
    return next(a for _, sid, a in fitting if sid == last_sentence)


def find_mentions(
    articles: pd.DataFrame, sentences: pd.DataFrame, actors: pd.DataFrame
) -> pd.DataFrame:
    """The ``mentions`` table: every mention by name, alias, role noun or pronoun.

    Offsets are into ``articles.text``. Pronouns resolve to the most recent person of the
    same gender mentioned outside quotes in the same or the previous paragraph.
    """
    if articles.empty or sentences.empty or actors.empty:
        return empty_table("mentions")
    m = matcher_for(actors)
    published = dict(zip(articles["article_id"], articles["published"], strict=True))
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    sents = sentences.dropna(subset=["article_id"]).sort_values(
        ["article_id", "start"], kind="stable"
    )
    fields = ["article_id", "sentence_id", "paragraph_id", "start", "end", "text"]
    rows = zip(*(sents[c].tolist() for c in fields), strict=True)
    found: list[tuple[Any, ...]] = []
    for aid, group in groupby(rows, key=itemgetter(0)):
        found += _article_mentions(m, aid, list(group), texts, published)
    if not found:
        return empty_table("mentions")
    return typed(pd.DataFrame(found, columns=list(MENTION_COLUMNS)), "mentions")


def _article_mentions(
    m: Matcher,
    aid: Any,
    sents: list[tuple[Any, Any, Any, Any, Any, Any]],
    texts: dict[Any, Any],
    published: dict[Any, Any],
) -> list[tuple[Any, ...]]:
    """The mention rows of one article, given its sentence rows in text order."""
    text = str(texts.get(aid, ""))
    pub = published.get(aid, pd.NaT)
    quotes = _paragraph_quotes(text, sents)
    matched = [m.match(str(s_text), pub, unresolved_roles=True) for *_, s_text in sents]
    foreign, named = _foreign_and_named(m, sents, matched)
    _add_slipped_surnames(m, sents, matched, named)
    # (paragraph_id, sentence_id, actor_id) of persons seen outside quotes, in order
    persons: list[tuple[int, int, str]] = []
    rows: list[tuple[Any, ...]] = []
    for (_, sid, para, s0, _, s_text), in_sentence in zip(sents, matched, strict=True):
        s_text, s0, para, sid = str(s_text), int(s0), int(para), int(sid)
        found = [
            (s0 + a, s0 + b, actor or _named_one(m, surface, method, pub, named), surface, method)
            for a, b, actor, surface, method in in_sentence
            if surface not in foreign
        ]
        found = [f for f in found if f[2]]
        for p in _PRONOUN_RE.finditer(s_text):
            found.append((s0 + p.start(), s0 + p.end(), "", p.group(0), "pronoun"))
        found.sort(key=itemgetter(0))
        for start, end, actor, surface, method in found:
            if method == "pronoun":
                actor = _antecedent(persons, para, PRONOUNS[surface.lower()], m.gender)
                if not actor:
                    continue
            if (method == "pronoun" or m.types.get(actor) == "person") and not _inside(
                start, quotes[para]
            ):
                persons.append((para, sid, actor))
            rows.append((aid, sid, actor, m.names[actor], surface, method, start, end))
    return rows


def _add_slipped_surnames(
    m: Matcher, sents: list[tuple[Any, ...]], matched: list[list[tuple[Any, ...]]], named: set[str]
) -> None:
    """Add to ``matched`` the mentions of a person named in the article by a surname
    misprinted by one slip ("Pashinayn" beside "Nikol Pashinyan":
    :func:`cscaucasus.names.slipped_surname`).
    A sentence's list is replaced, never changed (the matcher shares it)."""
    surnames = {surname_of(m.names[a]): a for a in sorted(named) if m.full_named(a)}
    if not surnames:
        return
    slip = m.slips.slipped_surname  # (every surname here is one of m.slips.known)
    for i, ((*_, s_text), found) in enumerate(zip(sents, matched, strict=True)):
        extra = [
            (start, end, who, word, "name")
            for start, end, word in m.slip_candidates(str(s_text))
            if (who := slip(word, surnames))
            and word not in m.forms
            and not any(a < end and start < b for a, b, *_ in found)
        ]
        if extra:
            matched[i] = sorted(found + extra, key=itemgetter(0))


def _paragraph_quotes(text: str, sents: list[tuple[Any, ...]]) -> dict[int, list[tuple[int, int]]]:
    """The quoted spans of each paragraph (article offsets), by paragraph id."""
    bounds: dict[int, tuple[int, int]] = {}
    for _, _, para, start, end, _ in sents:
        para, start, end = int(para), int(start), int(end)
        lo, hi = bounds.get(para, (start, end))
        bounds[para] = (min(lo, start), max(hi, end))
    return {
        para: [(a + p_start, b + p_start) for a, b in quote_spans(text[p_start:p_end])]
        for para, (p_start, p_end) in bounds.items()
    }


def _foreign_and_named(
    m: Matcher, sents: list[tuple[Any, ...]], matched: list[list[tuple[Any, ...]]]
) -> tuple[set[str], set[str]]:
    """The surnames that stand for another person in this article, and the actors it
    names (not by a role noun)."""
    # A bare surname after another given name ("Tigran Grigoryan") is another person, in
    # the whole article ("... Grigoryan added"): no mention of the gazetteer actor.
    foreign = {
        surface
        for (*_, s_text), found in zip(sents, matched, strict=True)
        for a, _, _, surface, _ in found
        if surface in m.surname_givens and m.other_given_name(str(s_text), a, surface)
    }
    named = {
        actor
        for found in matched
        for _, _, actor, surface, method in found
        if actor and method != "role" and surface not in foreign
    }
    return foreign, named
