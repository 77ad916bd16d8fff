"""The entity model: the people, organisations and states each article introduces.

One pass per article, before attribution, over the gazetteer's mentions and the proper
names the article prints (persons and organisations outside the gazetteer). Each entity
has the name as first printed, a canonical name (the gazetteer's, else the printed full
name in ASCII letters), its type, the titles the article gives it ("Russian Deputy
Foreign Minister" before the name, ", the deputy minister," after it) and a gender where
the gazetteer or a title shows one. Spellings of one name are one entity
(:func:`cscaucasus.names.same_name`: "Khachatrian" and "Khachatryan", "Nikol Pashiyan"
beside "Nikol Pashinyan"); a printed name that spells a gazetteer actor mentioned in the
article is that actor.

Speaker resolution then looks names and role nouns up here: "the deputy minister said"
is the entity introduced with that title, before any guess from position.

>>> model = EntityModel("a1", "Russian Deputy Foreign Minister Andrei Rudenko met them.",
...     [], [(32, 46, "Andrei Rudenko")], {}, {}, {})
>>> [(e.canonical, e.titles) for e in model.entities]
[('Andrei Rudenko', ['Russian Deputy Foreign Minister'])]
>>> model.titled("deputy foreign minister"), model.titled("president")
('?Andrei Rudenko', None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

import pandas as pd

from .actors import (
    COUNTERPARTS,
    DEMONYM_OF,
    DEMONYMS,
    OF_STATE_TITLE_RE,
    PRONOUNS,
    STATE_LAST_WORDS,
    TITLES,
    of_state_role,
    word_alternation,
)
from .lexicon import DOUBLE_QUOTES
from .names import PersonIndex, initials_of, preferred_spelling, same_name
from .schema import empty_table, typed

__all__ = ["ENTITY_COLUMNS", "Entity", "EntityModel", "entities_table", "link_entities"]

#: The marker of a speaker outside the gazetteer (as in :mod:`cscaucasus.statements`).
UNKNOWN = "?"
#: The words before a name, on its line (a title is read from them backwards).
_WORDS_BEFORE_RE = re.compile(r"[\w’'.-]+")
#: Joiners inside a title ("Minister of Foreign Affairs", "Secretary for Security").
_JOINERS = frozenset(["of", "for", "the", "and", "on"])
#: Lower-case words that are titles or parts of one ("political analyst", "the deputy
#: minister"): a title word of the gazetteer, in lower case, or one of these.
_LOWER_TITLE_WORDS = frozenset(
    [
        "analyst",
        "expert",
        "lawmaker",
        "deputy",
        "senior",
        "researcher",
        "journalist",
        "activist",
        "commentator",
        "historian",
        "economist",
        "scientist",
        "professor",
        "political",
        "military",
        "foreign",
        "defence",
        "defense",
        "security",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "minister",
        "official",
        "adviser",
        "advisor",
        "aide",
        "lawyer",
        "opposition",
        "parliamentary",
        # offices as European and British papers print them before a name, in lower
        # case: "Russia's deputy prime minister Aleksej Overtjuk" (Børsen), "Iranian
        # president Masoud Pezeshkian" (The Guardian), "Azerbaijan's vice president
        # Mehriban Aliyeva" (Euronews), "the bloc's secretary general Imangali
        # Tasmagambetov" (RFE/RL)
        "prime",
        "vice",
        "president",
        "premier",
        "secretary",
        "general",
        "chief",
        "head",
        "speaker",
        "chairman",
        "chairwoman",
        "director",
        "commander",
        "mayor",
        "governor",
        "chancellor",
    ]
)


#: An appositive right after a name: ", the deputy minister," / ", a political analyst
#: at the Caucasus Institute," (the noun phrase up to the next comma).
_APPOSITIVE_RE = re.compile(
    rf"[ \t]*,[ \t]+((?:the|a|an)[ \t]+[^,;:.{DOUBLE_QUOTES}()]{{3,80}}?)(?=,)"
)
#: Genders shown by titles.
_TITLE_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "spokeswoman": "f",
    "spokesman": "m",
    "chairwoman": "f",
    "chairman": "m",
    "congresswoman": "f",
    "congressman": "m",
}
ENTITY_COLUMNS = [
    "article_id",
    "entity_id",
    "name",
    "canonical",
    "actor_id",
    "type",
    "titles",
    "gender",
]


@dataclass(slots=True)
class Entity:
    """One person, organisation or state of an article."""

    entity_id: str
    name: str
    canonical: str
    actor_id: str | None
    type: str
    titles: list[str] = field(default_factory=list)
    gender: str | None = None
    #: the speaker key statements use: an actor id, or "?" + the printed canonical name
    key: str = ""
    #: the printings of a name outside the gazetteer, in order
    spellings: list[str] = field(default_factory=list)
    #: where the article first gives each of ``titles`` (a character offset)
    titled_at: list[int] = field(default_factory=list)
    #: the key of the person whose counterpart the article introduced this one as
    counterpart_of: str | None = None

    def as_person(self) -> None:
        """Mark a printed name a person's (it spoke)."""
        self.type = self.type or "person"


def _title_before(text: str, start: int) -> str | None:
    """The title printed right before a name ("Russian Deputy Foreign Minister",
    "political analyst"), read backwards over title words; None if there is none."""
    if start < 2 or text[start - 1] != " ":
        return None  # a name opening its line, or glued to what stands before it
    prev = text.rfind(" ", max(0, start - 40), start - 1) + 1
    word = text[prev : start - 1].rstrip(",")
    if word in STATE_LAST_WORDS:  # "the Minister of Foreign Affairs of Uzbekistan| X Y"
        office = OF_STATE_TITLE_RE.search(text, max(0, start - 110), start)
        if office is not None:
            return of_state_role(office)
    if not (word in TITLES or word.lower() in _LOWER_TITLE_WORDS or word in DEMONYMS) and (
        not word.endswith(("'s", "’s"))
    ):
        return None  # (fast: most names follow no title)
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORDS_BEFORE_RE.findall(text, max(line_start, start - 100), start)
    title: list[str] = []
    for w in reversed(words):
        if (
            w in TITLES
            or w.lower() in _LOWER_TITLE_WORDS
            or w in DEMONYMS
            or w.endswith(("'s", "’s"))
            and w[:1].isupper()
            or (w in _JOINERS and title)
        ):
            title.append(w)
        else:
            break
    while title and title[-1] in _JOINERS:
        title.pop()
    return " ".join(reversed(title)) or None


#: A role noun phrase set before a name by a comma ("the Russian ambassador in Tehran,
#: Alexei Dedov," (Fars, IRNA), "the bloc's secretary general, Imangali Tasmagambetov,"
#: (Reuters), "Russia's deputy foreign minister, Mikhail Galuzin," (AFP), "the Minister of
#: the Armed Forces, Sébastien Lecornu," (La Croix, Le Monde)): its words up to the role
#: noun, without its complement or a place after it.
_TITLE_COMMA_RE = re.compile(
    r"\b[Tt]he\s+((?:[\w’'-]+\s+){0,4}?([\w’'-]+))"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)?"  # "… of the Armed Forces"
    r"(?:\s+(?:in|to|at|for)\s+[A-Z][\w’'-]+)?,[ \t]+$"
)


def _title_before_comma(text: str, start: int) -> str | None:
    """The title of a name set after a comma ("the Russian ambassador in Tehran,| Alexei
    Dedov"), if its last word is a title word; None otherwise."""
    if start < 3 or text[start - 2] != ",":
        return None
    m = _TITLE_COMMA_RE.search(text, max(0, start - 90), start)
    if m is None:
        return None
    head = m.group(2)
    if not (head.lower() in _LOWER_TITLE_WORDS or head.capitalize() in TITLES):
        return None
    return m.group(1)


#: A possessive and a counterpart noun right before a name, with its demonym ("His
#: Armenian colleague| Ararat Mirzoyan", "her Armenian counterpart,| Ani Badalyan").
_COUNTERPART_RE = re.compile(
    r"\b(?P<whose>[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?P<demonym>[A-Z][\w-]*)\s+)?"
    r"(?:" + word_alternation(COUNTERPARTS, space=r"\s+") + r"),?[ \t]+$"
)


def _counterpart_of(text: str, start: int, entities: list[Entity]) -> tuple[str, Entity] | None:
    """The office a name gets as the counterpart of the person a possessive points back
    to: the last titled person before it (of the possessive's gender), their title with
    its owner's demonym or possessive replaced by the counterpart's ("His Armenian
    colleague Ararat Mirzoyan" after "Azerbaijani Foreign Minister Jeyhun Bayramov" →
    "Armenian Foreign Minister"), and that person; None if no possessive and
    counterpart noun stand before the name, or no titled person of that gender was named
    before."""
    m = _COUNTERPART_RE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    demonym = m.group("demonym")
    if demonym is not None and demonym not in DEMONYMS:
        return None  # ("his closest colleague"): no office to carry over
    gender = PRONOUNS.get(m.group("whose").lower())
    for e in reversed(entities):
        if e.type == "person" and e.titles and (gender is None or e.gender in (None, gender)):
            words = e.titles[0].split()
            while words and (words[0] in DEMONYMS or words[0].endswith(("'s", "’s"))):
                words.pop(0)
            title = " ".join([demonym] * (demonym is not None) + words)
            return (title, e) if title else None
    return None


def _appositive(text: str, end: int) -> str | None:
    """The appositive right after a name (", the deputy minister,"), if any."""
    if not text[end : end + 4].lstrip(" \t").startswith(","):
        return None
    m = _APPOSITIVE_RE.match(text, end)
    return m.group(1).strip() if m else None


def _gender_of_titles(titles: list[str]) -> str | None:
    genders = {_TITLE_GENDER[w] for t in titles for w in t.lower().split() if w in _TITLE_GENDER}
    return genders.pop() if len(genders) == 1 else None


class EntityModel:
    """The entities of one article and the lookups attribution makes in them.

    ``mentions`` are the gazetteer's (start, end, actor_id, surface, method); ``printed``
    the proper names outside it (start, end, name as printed); ``names``, ``genders`` and
    ``types`` describe the gazetteer's actors by id.
    """

    def __init__(
        self,
        article_id: str,
        text: str,
        mentions: list[tuple[int, int, str, str]],
        printed: list[tuple[int, int, str]],
        names: dict[str, str],
        genders: dict[str, str | None],
        types: dict[str, str],
        persons: PersonIndex | None = None,
    ) -> None:
        self.article_id = article_id
        self._persons = persons
        self._names, self._genders = names, genders
        self.text = text
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        #: the entity of each printed name as printed ("Nikol Pashiyan" → Nikol Pashinyan)
        self.printed: dict[str, Entity] = {}
        events = [(a, 0, b, aid, method) for a, b, aid, method in mentions if method != "pronoun"]
        events += [(a, 1, b, name, "printed") for a, b, name in printed]
        events.sort(key=itemgetter(0, 1, 2))
        for start, _, end, who, method in events:
            if method != "printed":
                self._add_actor(text, start, end, who, method, names, genders, types)
            else:
                self._add_printed(text, start, end, who)

    # -- building ---------------------------------------------------------------------------
    def _new(self, name: str, canonical: str, actor_id: str | None, kind: str, key: str) -> Entity:
        entity = Entity(
            f"{self.article_id}:e{len(self.entities) + 1:02d}", name, canonical, actor_id, kind
        )
        entity.spellings.append(name)
        entity.key = key
        self.entities.append(entity)
        self._by_key[key] = entity
        return entity

    def _add_actor(
        self,
        text: str,
        start: int,
        end: int,
        actor_id: str,
        method: str,
        names: dict[str, str],
        genders: dict[str, str | None],
        types: dict[str, str],
    ) -> None:
        entity = self._by_key.get(actor_id)
        if entity is None:
            entity = self._new(
                text[start:end] if method != "role" else "",
                names[actor_id],
                actor_id,
                types.get(actor_id) or "person",
                actor_id,
            )
            entity.gender = genders.get(actor_id)
        if method == "role":
            self._title(entity, text[start:end], start)
            return
        if end - start > len(entity.name):
            entity.name = text[start:end]  # the fullest printing ("Nikol Pashinian")
        if types.get(actor_id) == "person":
            self._title(entity, self._title_at(entity, text, start), start)
            self._title(entity, _appositive(text, end), start)

    def _add_printed(self, text: str, start: int, end: int, name: str) -> None:
        known = (
            self.printed.get(name)
            or next(
                (
                    e
                    for e in self.entities
                    if (e.type == "person" or e.actor_id is None) and same_name(name, e.canonical)
                ),
                None,
            )
            or next((e for e in self.entities if same_name(name, e.name)), None)
            or self._by_initials(name)
        )
        tail = None if known is not None else self._by_compound_surname(name)
        if tail is not None:  # "Der Mugrdechian" after "Barlow Der Mugrdechian"
            self.printed[name] = tail
            return
        if known is None and (actor_id := self._gazetteer_person(name)) is not None:
            # "Nikol Pasjinjan" (NRC), "Vladimir Poutine" (Le Monde): the gazetteer's
            known = self._by_key.get(actor_id) or self._new(
                name, self._names[actor_id], actor_id, "person", actor_id
            )
            known.gender = self._genders.get(actor_id)
        if known is None:  # (named as its one spelling prefers: "Karapetjan" → -yan)
            canonical = preferred_spelling([name])
            known = self._new(name, canonical, None, "", UNKNOWN + canonical)
        elif known.actor_id is None and name not in known.spellings:
            self._respell(known, name)
        self.printed[name] = known
        self._title(known, self._title_at(known, text, start), start)
        self._title(known, _appositive(text, end), start)
        if known.actor_id is None:
            known.gender = known.gender or _gender_of_titles(known.titles)
            # a printed name is a person's once a title or a speech shows it
            known.type = "person" if known.titles else known.type

    def _by_compound_surname(self, name: str) -> Entity | None:
        """The one printed person whose full name ends with ``name``, a surname of two
        words printed alone later ("Barlow Der Mugrdechian … Der Mugrdechian said" (Fresno
        Bee), "José Luis Rodríguez Zapatero … Rodríguez Zapatero" (El País)), if one."""
        if " " not in name:
            return None
        hits = [
            e
            for e in self.entities
            if e.actor_id is None and e.name.endswith(" " + name) and e.name.count(" ") >= 2
        ]
        return hits[0] if len(hits) == 1 else None

    def _by_initials(self, name: str) -> Entity | None:
        """The one printed person whose name ``name`` gives with initials ("L.
        Kalashnikov" after "Leonid Kalashnikov"), if exactly one."""
        hits = [e for e in self.entities if e.actor_id is None and initials_of(name, e.canonical)]
        return hits[0] if len(hits) == 1 else None

    def _gazetteer_person(self, name: str) -> str | None:
        """The gazetteer person a printed full name spells under the transliteration key
        (:class:`cscaucasus.names.PersonIndex`), if one."""
        if self._persons is None:
            return None
        actor_id = self._persons.find(name)
        return actor_id if actor_id in self._names else None

    def _title_at(self, entity: Entity, text: str, start: int) -> str | None:
        """The title printed before a name at ``start``, or the office it gets as a
        counterpart (:func:`_counterpart_of`; the entity is marked the counterpart)."""
        title = _title_before(text, start) or _title_before_comma(text, start)
        if title is not None:
            return title
        counterpart = _counterpart_of(text, start, self.entities)
        if counterpart is None or counterpart[1] is entity:
            return None
        entity.counterpart_of = counterpart[1].key
        return counterpart[0]

    @staticmethod
    def _title(entity: Entity, title: str | None, at: int) -> None:
        if title and title not in entity.titles:
            entity.titles.append(title)
            entity.titled_at.append(at)

    # -- lookups ----------------------------------------------------------------------------
    def key_of_printed(self, name: str) -> str | None:
        """The speaker key of a printed name: the gazetteer actor it spells, or the
        printed entity's canonical name ("?Artur Khachatryan")."""
        entity = self.printed.get(name)
        return entity.key if entity else None

    def _respell(self, entity: Entity, name: str) -> None:
        """Another printing of a printed entity's name: its canonical name becomes the
        preferred of its spellings (:func:`cscaucasus.names.preferred_spelling`)."""
        entity.spellings.append(name)
        canonical = preferred_spelling(entity.spellings)
        if canonical != entity.canonical:
            del self._by_key[entity.key]
            entity.canonical, entity.key = canonical, UNKNOWN + canonical
            self._by_key[entity.key] = entity

    def titled(self, role: str, before: int | None = None) -> str | None:
        """The one entity the article introduced with the role noun ``role`` ("deputy
        minister" → the entity titled "Russian Deputy Foreign Minister" or ", the deputy
        minister,"), before the offset ``before`` if given; None when none or several
        were."""
        hits = self.all_titled(role, before)
        return hits[0] if len(hits) == 1 else None

    def all_titled(self, role: str, before: int | None = None) -> list[str]:
        """The keys of every entity the article introduced with the role noun ``role``
        (before the offset ``before`` if given), in the order of the entities."""
        want = [w for w in _title_words(role) if w not in ("the", "a", "an")]
        if not want:
            return []
        return [
            e.key
            for e in self.entities
            if any(
                (before is None or at < before)
                and any(_in_order(want, words) for words in _title_heads(t))
                for t, at in zip(e.titles, e.titled_at, strict=True)
            )
        ]

    def counterpart(self, key: str) -> str | None:
        """The one person the article introduced as the counterpart of ``key``'s entity
        ("his Armenian counterpart, Suren Papikyan"), or whose counterpart that entity
        was introduced as; None if none or several."""
        hits = {e.key for e in self.entities if e.counterpart_of == key}
        own = self._by_key.get(key)
        if own is not None and own.counterpart_of is not None:
            hits.add(own.counterpart_of)
        return hits.pop() if len(hits) == 1 else None

    def is_person(self, key: str) -> bool:
        """Whether the entity of a speaker key is a person (a printed name the article
        does not show to be anything else counts as one)."""
        entity = self._by_key.get(key)
        return entity is not None and (not entity.type or entity.type == "person")

    def entity(self, key: str) -> Entity | None:
        """The entity of a speaker key (an actor id, or "?" + a printed name), if any."""
        return self._by_key.get(key)

    def titles_of(self, key: str) -> list[str]:
        """The titles the article gives the entity of a speaker key ([] if none)."""
        entity = self._by_key.get(key)
        return list(entity.titles) if entity is not None else []

    def spoke(self, key: str) -> None:
        """Record that the entity of a speaker key spoke (a printed name is a person's, or
        an organisation's when statements name one)."""
        entity = self._by_key.get(key)
        if entity is not None:
            entity.as_person()

    def rows(self) -> list[tuple[Any, ...]]:
        """Rows of the ``entities`` table."""
        return [
            (
                self.article_id,
                e.entity_id,
                e.name,
                e.canonical,
                e.actor_id,
                e.type or None,
                list(e.titles),
                e.gender,
            )
            for e in self.entities
        ]

    def printed_name(self, key: str) -> str | None:
        """The name as this article prints it, for a speaker key; None for an actor it
        names only by role noun."""
        entity = self._by_key.get(key)
        return (entity.name or None) if entity else None


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    """A title's words in lower case, a state's possessive as its demonym ("Russia's
    Deputy Prime Minister" → russian deputy prime minister), so that "the Russian deputy
    prime minister" finds who was so introduced (Reuters, Grenzecho)."""
    words = title.split()
    for i, w in enumerate(words):
        state = w.removesuffix("'s").removesuffix("’s")
        if state != w and state in DEMONYM_OF:
            words[i] = DEMONYM_OF[state]
    return tuple(w.lower() for w in words)


#: Where an appositive title's noun phrase ends: its complement or relative clause ("a
#: historian| of the Caucasus", "professor| at Inalco in Paris", "an analyst| who …").
_HEAD_END_RE = re.compile(r"\s+(?:of|at|in|from|for|with|who|whose|which|on|to)\s")


@lru_cache(maxsize=4096)
def _title_heads(title: str) -> tuple[tuple[str, ...], ...]:
    """A title's words, and for an appositive of several nouns each noun phrase without
    its complement ("a historian of the Caucasus and professor at Inalco in Paris" → also
    "a historian", "professor"), so that "the historian added" finds who was so
    introduced (L'Alsace, Le Temps, Il Mattino)."""
    heads = [_title_words(title)]
    if " " in title and title[:1].islower():
        for part in re.split(r",\s+|\s+and\s+", title):
            cut = _HEAD_END_RE.search(part)
            head = part[: cut.start()] if cut else part
            if head and head != title:
                heads.append(_title_words(head))
    return tuple(heads)


def _in_order(want: Sequence[str], words: Sequence[str]) -> bool:
    """Whether the words ``want`` occur in ``words`` in order, the last as the head
    ("deputy minister" in "russian deputy foreign minister"); a deputy's title is not the
    office's ("prime minister" is not in "deputy prime minister", "vice-president")."""
    if not words or want[-1] != words[-1].rstrip(","):
        return False
    if _deputy(words) and not _deputy(want):
        return False
    k = 0
    for w in words:
        if k < len(want) and w == want[k]:
            k += 1
    return k == len(want)


def _deputy(words: Sequence[str]) -> bool:
    """Whether title words hold a deputy's mark ("deputy", "vice", "vice-president")."""
    return any(w == "deputy" or w.startswith("vice") for w in words)


def entities_table(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    """The ``entities`` table from :meth:`EntityModel.rows` of every article."""
    if not rows:
        return empty_table("entities")
    return typed(pd.DataFrame(rows, columns=ENTITY_COLUMNS), "entities")


def link_entities(mentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """``mentions`` with ``entity_id``: the entity of the mentioned actor in its article
    (a pronoun's, its antecedent's)."""
    out = mentions.copy()
    if out.empty:
        out["entity_id"] = pd.Series([], dtype="string")
        return out
    known = entities.dropna(subset=["actor_id"])
    # (plain lists: faster to loop over than the Arrow-backed columns)
    lookup = dict(
        zip(
            zip(known["article_id"].tolist(), known["actor_id"].tolist(), strict=True),
            known["entity_id"].tolist(),
            strict=True,
        )
    )
    keys = zip(out["article_id"].tolist(), out["actor_id"].tolist(), strict=True)
    out["entity_id"] = pd.array([lookup.get(k) for k in keys], dtype="string")
    return out
