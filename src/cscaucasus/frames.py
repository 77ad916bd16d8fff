"""Reporting frames as data: the cues of ``data/frames.yml`` and the matchers that find
candidate statements with them.

A frame is a speaker, a cue and a content. The functions here only *find* candidates —
plain records of where the cue and the content stand — and never decide who spoke:
:mod:`cscaucasus.statements` resolves the speaker of each candidate in a separate pass,
through the article's entity model (as spaCy's ``Matcher`` finds and a component
decides).

>>> [c.verb for c in object_candidates("Lavrov welcomed the decision to resume talks.", 0,
...                                    [(0, 45)])]
['welcomed']
>>> object_candidates("Aliyev welcomed the delegation at the airport.", 0, [(0, 46)])
[]
"""

from __future__ import annotations

import re
from importlib import resources
from typing import NamedTuple

from .actors import TITLES, word_alternation
from .lexicon import DOUBLE_QUOTES, LOW_QUOTE, QUOTE_CLOSERS, QUOTE_OPENERS, expand_lists, verbs
from .yamlfile import parse_yaml

__all__ = [
    "DOCUMENT_NOUNS",
    "after_document",
    "NEVER_SPEAKERS",
    "VOICELESS_DOCUMENTS",
    "Candidate",
    "document_quote_cue",
    "headline_candidates",
    "object_candidates",
    "office_end",
]

_FRAMES = expand_lists(
    parse_yaml(resources.files("cscaucasus").joinpath("data", "frames.yml").read_text())
)
OBJECT_VERBS: tuple[str, ...] = tuple(map(str, _FRAMES["object_verbs"]))
NOT_WITH_PERSON: frozenset[str] = frozenset(map(str, _FRAMES["not_with_person"]))
#: Verbs of evaluation whose object may be two words ("hailed the deal").
SHORT_OBJECT_VERBS: frozenset[str] = frozenset(map(str, _FRAMES["short_object_verbs"]))
PERSON_NOUNS: frozenset[str] = frozenset(map(str, _FRAMES["person_nouns"]))
#: Verbs of reaction: their object is a content only with a clause ("rejects the idea that").
REACTION_VERBS: frozenset[str] = frozenset(map(str, _FRAMES["reaction_verbs"]))
#: Intentions whose infinitive is a content ("confirmed their intention to sign").
INTENTION_NOUNS: frozenset[str] = frozenset(map(str, _FRAMES["intention_nouns"]))
#: Verbs that put a label on an object ("which he called « unacceptable »").
LABEL_VERBS: frozenset[str] = frozenset(verbs("label"))
#: Verbs that judge only with an "as" complement ("described the talks as useful").
AS_OBJECT_VERBS: frozenset[str] = frozenset(map(str, _FRAMES["as_object_verbs"]))
#: An article or possessive before an object's head word.
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "these", "our", "my", "your"]
)
OBJECT_HEADS: dict[str, frozenset[str]] = {
    str(verb): frozenset(w for h in heads for w in str(h).split() if w not in _DETERMINERS)
    for verb, heads in _FRAMES["object_heads"].items()
}
DOCUMENT_NOUNS: tuple[str, ...] = tuple(map(str, _FRAMES["document_nouns"]))
OFFICE_NOUNS: tuple[str, ...] = tuple(map(str, _FRAMES["office_nouns"]))
DOCUMENT_VERBS: tuple[str, ...] = tuple(map(str, _FRAMES["document_verbs"]))
NEVER_SPEAKERS: frozenset[str] = frozenset(map(str, _FRAMES["never_speakers"]))
#: Documents a meeting adopts: the body's that met ("the final declaration says").
COLLECTIVE_DOCUMENTS: frozenset[str] = frozenset(map(str, _FRAMES["collective_documents"]))
#: A body's occasions ("the CSTO summit", "the session of the Council").
BODY_OCCASIONS: tuple[str, ...] = tuple(map(str, _FRAMES["body_occasions"]))
#: Words that make "states" after them a plural noun ("the member states").
STATES_NOUN_BEFORE: frozenset[str] = frozenset(map(str, _FRAMES["states_noun_before"]))
#: Role nouns whose field after "of" belongs to the anaphor ("the Minister of Defence").
FIELD_ROLES: frozenset[str] = frozenset(map(str, _FRAMES["field_roles"]))
#: Words that make a document several parties' ("the joint statement"): no one's.
JOINT_DOCUMENTS: tuple[str, ...] = tuple(map(str, _FRAMES["joint_documents"]))
#: Nouns of texts that speak for no one after "the" ("the agreement calls on …").
VOICELESS_DOCUMENTS: tuple[str, ...] = tuple(
    sorted({*(w.lower() for w in NEVER_SPEAKERS), *map(str, _FRAMES["voiceless_documents"])})
)
HEADLINE_DASHES: tuple[str, ...] = tuple(map(str, _FRAMES["headline_dashes"]))
VOTE_WORDS: frozenset[str] = frozenset(map(str, _FRAMES["vote_words"]))
REPORTED_PARTICIPLES: frozenset[str] = frozenset(map(str, _FRAMES["reported_participles"]))

#: The speech lexicon (``data/speech.yml``), read once here for this module and
#: :mod:`cscaucasus.statements`.
SPEECH = expand_lists(
    parse_yaml(resources.files("cscaucasus").joinpath("data", "speech.yml").read_text())
)
#: Verbs whose "that" clause the clause rules of :mod:`cscaucasus.statements` read.
_CLAUSE_ENGINE_VERBS: frozenset[str] = frozenset(map(str, SPEECH["verbs"]))
#: Nouns that say something of their own ("reports saying …": the reports' words).
SPEAKING_NOUNS: frozenset[str] = frozenset(map(str, SPEECH["speaking_nouns"]))

#: What opens others' words after a speaking noun ("reports saying", "claims that").
_EMBEDDED = (["saying"], ["that"], ["claiming"], ["alleging"])

#: Words of a content at least (fewer: no statement); two when its head is a speaking
#: noun ("rejects the accusation", "dismissed the criticism").
MIN_CONTENT_WORDS = 3
MIN_SPEAKING_WORDS = 2
#: Words an adverbial opens: a content does not start with one ("said on Tuesday that").
ADVERBIAL_START: frozenset[str] = frozenset(map(str, SPEECH["adverbial_start"]))

_SPACE = r"\s+"
#: The document nouns, as one alternation.
_DOCUMENT_ALT = word_alternation(DOCUMENT_NOUNS, space=_SPACE)
_OBJECT_VERB_RE = re.compile(  # (Speed: a lookahead on the possible first letters)
    "(?=[" + "".join(sorted({v[0] for v in OBJECT_VERBS})) + "])"
    rf"\b(?:{word_alternation(OBJECT_VERBS, space=_SPACE)})\b"
)
_SPACES_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[\w’'-]+")
#: An article or possessive before an object's head word.
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "these", "our", "my", "your"]
)
#: "“…,” reads the statement of the bloc's secretariat": the cue after a quote.
_DOCUMENT_AFTER_RE = re.compile(
    rf"^[\s,]*(?:{word_alternation(DOCUMENT_VERBS)})\s+(?:the|a|an|its|his|her|their)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?:{word_alternation(DOCUMENT_NOUNS, space=_SPACE)})\b"
)
#: "“…,” the statement of the bloc's secretariat reads": the document first.
_DOCUMENT_FIRST_AFTER_RE = re.compile(
    rf"^[\s,]*(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{word_alternation(DOCUMENT_NOUNS, space=_SPACE)})(?:\s+(?:of|by)\s+[^,.;:]{{1,60}}?)?"
    rf"\s+(?:{word_alternation(DOCUMENT_VERBS)})\b"
)
#: "The statement reads: “…”" / "The readout said: “…”": the cue before a quote.
_DOCUMENT_BEFORE_RE = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{word_alternation(DOCUMENT_NOUNS, space=_SPACE)})\s+"
    rf"(?:{word_alternation(DOCUMENT_VERBS)})\s*:?\s*$"
)


class Candidate(NamedTuple):
    """A cue and its content: character offsets into the text."""

    verb_start: int
    verb_end: int
    start: int
    end: int
    verb: str


def _object_ok(verb: str, obj: str) -> bool:
    """Whether the words ``obj`` after ``verb`` are a content the verb can report."""
    words = _WORD_RE.findall(obj[:160])
    first = (
        obj.lstrip().lstrip(QUOTE_OPENERS + LOW_QUOTE + "'").lstrip()[:1]
    )  # "expressed ‘bewilderment’"
    # (and the French spaced « … »: "condemned « an unjustifiable offensive »" (Le Monde))
    if len(words) < MIN_SPEAKING_WORDS or not obj[:1].isspace() or not first.isalpha():
        return False  # an object follows its verb ("noted, calling …" is no object)
    low = [w.lower().removesuffix("'s").removesuffix("’s").strip("’'") for w in words]
    if low[0] in ADVERBIAL_START:
        return False  # "said on Tuesday that …": an adverbial, the clause rules' case
    if low[0] == "anonymity":
        return False  # "who requested anonymity" (Valeurs actuelles): a source's request
    if (
        len(words) < MIN_CONTENT_WORDS
        and not SPEAKING_NOUNS.intersection(low)
        and verb not in SHORT_OBJECT_VERBS
    ):
        return False
    if low[0] == "that" or obj.lstrip().startswith(":"):
        return verb not in _CLAUSE_ENGINE_VERBS  # "stressed that …": the clause rules' case
    head = low[1:] if low[0] in _DETERMINERS else low
    if low[0] in REPORTED_PARTICIPLES or (head[0] in SPEAKING_NOUNS and head[1:2] in _EMBEDDED):
        return False  # "denied saying …", "dismissed reports saying …": others' words
    if VOTE_WORDS.intersection(low):
        return False  # "rejected the bill in a vote": an act, not speech
    if verb in AS_OBJECT_VERBS:  # "described the talks as useful", not "… the events"
        return "as" in low[1:16]
    if verb in REACTION_VERBS:  # "welcomed the visit": what it reacts to, no words
        if first != obj.lstrip()[:1]:
            return True  # the speaker's words quoted: "condemned « an unjustifiable offensive »"
        # (the object's own phrase, up to a comma: "condemned the shelling, stating that
        # …" is the participle's clause, not the object's)
        own = len(_WORD_RE.findall(obj.split(",", 1)[0][:160]))
        if LABEL_VERBS.intersection(head[1:12]):
            return True  # ("the criticism, which he called « unacceptable »")
        return (
            _holds_a_clause(head[: max(own - (len(low) - len(head)), 1)])
            and not (  # "welcomed the delegation that arrived"
                verb in NOT_WITH_PERSON and PERSON_NOUNS.intersection(head[:2])
            )
        )
    heads = OBJECT_HEADS.get(verb)
    if heads is not None:  # "expressed concern over …", "expressed his country's support for"
        return _feeling_has_object(low, heads)
    # "welcomed a French military delegation": a person as the object's head
    return verb not in NOT_WITH_PERSON or not PERSON_NOUNS.intersection(low[:5])


def _before_next_verb(words: list[str]) -> list[str]:
    """An object's words up to an "and"/"but" that opens the speaker's next verb
    ("welcomed the delegation and noted that …")."""
    return words[: next((i for i, w in enumerate(words) if w in ("and", "but")), len(words))]


def _feeling_has_object(low: list[str], heads: frozenset[str]) -> bool:
    """Whether a feeling expressed ("concern", "hope", "support": ``object_heads``) names
    what it is about, up to an "and"/"but" that opens the speaker's next verb: "expressed
    concern over the escalation" (APA), "voiced hope that" (TASS), not "expressed its
    concern and called on both parties to …" (El Diario Montañés) or "expressed deep
    concern." (a reaction without words, as "welcomed the agreement" is)."""
    cut = _before_next_verb(low)
    found = [i for i, w in enumerate(cut[:4]) if w in heads]
    return bool(found) and len(cut) > found[-1] + 1


def _holds_a_clause(head: list[str]) -> bool:
    """Whether an object's words from its head on (lower case), up to an "and" or "but"
    that opens the speaker's next verb ("welcomed the delegation and noted that …"), hold
    a content: "that" after a noun ("the idea that …") or an intention's infinitive ("their
    intention to sign", "its readiness to") within its first eight words; a clause without
    "that" ("confirmed Armenia would not accept the post", "dismissed claims the EU was
    using …"); an "as" complement ("dismissed the concerns as “exaggerated”", "rejected as
    groundless the claim", as "described X as Y" is; not "as well"); or a label ("the
    criticism, which he called « unacceptable »")."""
    head = _before_next_verb(head)
    words = head[:8]
    if any(
        w == "that" and _opens_a_clause(words[i + 1 : i + 2]) for i, w in enumerate(words[1:], 1)
    ):
        return True  # "the idea that Armenia …", not the relative "the deal that was signed"
    if LABEL_VERBS.intersection(head[1:12]):
        return True
    if any(w == "as" and head[i + 1 : i + 2] != ["well"] for i, w in enumerate(head[:15])):
        return True
    for w in head[1:4]:
        if w in _RELATIVES:
            break
        if w in _AUXILIARIES:
            return True
    return any(w in INTENTION_NOUNS and _to_follows(words[i + 1 :]) for i, w in enumerate(words))


#: Relative pronouns: an auxiliary after one is the object's own clause ("the deal, which was").
_RELATIVES = frozenset(["which", "who", "whom", "whose", "where", "when", "that"])
#: Auxiliaries and modals that make the words before them a clause's subject.
_AUXILIARIES = frozenset(
    ["would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "should",
     "can", "may", "might", "must", "did", "does"]
)  # fmt: skip


def _opens_a_clause(after: list[str]) -> bool:
    """Whether the word after "that" opens a clause of its own (a subject), not a relative
    clause's verb ("that was signed", "that ended the war")."""
    return bool(after) and after[0] not in _AUXILIARIES and not after[0].endswith("ed")


def _to_follows(after: list[str]) -> bool:
    """Whether an intention's infinitive follows it: "to" next, or after its owner ("the
    decision of the EU to deploy")."""
    return after[:1] == ["to"] or (after[:1] == ["of"] and "to" in after[2:5])


#: :func:`matches`' memory: (the pattern's id, text) -> (the pattern, its matches).
_MATCHES: dict[tuple[int, str], tuple[re.Pattern[str], tuple[re.Match[str], ...]]] = {}
MATCHES_MEMO = 8192


def matches(pattern: re.Pattern[str], text: str) -> tuple[re.Match[str], ...]:
    """``tuple(pattern.finditer(text))``, remembered per process: syndicated copy repeats
    paragraphs, which a frame's cues are searched in one at a time. (Speed: keyed by the
    pattern's id, as a pattern hashes its whole compiled code each time: 6.6 µs for
    ``CUE_RE``, a paragraph's five searches 15 µs.)"""
    key = (id(pattern), text)
    known = _MATCHES.get(key)
    if known is not None and known[0] is pattern:
        return known[1]
    if len(_MATCHES) >= MATCHES_MEMO:
        _MATCHES.clear()
    found = tuple(pattern.finditer(text))
    _MATCHES[key] = (pattern, found)
    return found


#: A channel before a speech act's object, in the order of the French and Italian press
#: ("The Coordination Council of Armenian Organisations of France denounced in a communiqué
#: an agreement signed …" (La Provence, Le Monde), "condemned in a statement the attack"
#: (ANSA)).
_CHANNEL_FIRST_RE = re.compile(
    rf"\s+in\s+(?:a|an|its|his|her|their)\s+(?:{_DOCUMENT_ALT}"
    r"|post|video|interview)\b,?(?=\s+(?:the|a|an|its|his|her|their)\s)"
)


def object_candidates(
    masked: str, base: int, sentences: list[tuple[int, int]], plain: str | None = None
) -> list[Candidate]:
    """Speech acts with a noun-phrase content in ``masked`` (a paragraph whose quotes
    are masked, starting at ``base``; ``plain`` the same paragraph unmasked, whose words
    the object is judged by): the content runs from the object to the end of the
    sentence."""
    plain = masked if plain is None else plain
    out = []
    for m in matches(_OBJECT_VERB_RE, masked):
        verb = _SPACES_RE.sub(" ", m.group(0))
        v0, v1 = base + m.start(), base + m.end()
        s1 = next((b for a, b in sentences if a <= v0 < b), None)
        if s1 is None:
            continue
        # (a channel first, the French order: "denounced in a communiqué an agreement …")
        channel = _CHANNEL_FIRST_RE.match(masked, m.end(), s1 - base)
        skip = channel.end() - m.end() if channel else 0
        semi = masked.find(";", m.end() + skip, s1 - base)
        if semi >= 0:  # ("congratulated both leaders; his press secretary said …" (KazISS))
            s1 = base + semi
        if not _object_ok(verb, plain[m.end() + skip : s1 - base]):
            continue
        c0 = v1 + skip + len(masked[m.end() + skip :]) - len(masked[m.end() + skip :].lstrip())
        words = masked[c0 - base : s1 - base]
        if words.lower().startswith("that "):
            c0 += 5
        elif verb.endswith(" against"):  # "cautioned against reading too much into it":
            c0 = v1 - len("against")  # the content holds what the warning is against
        out.append(Candidate(v0, v1, c0, s1, verb))
    return out


def document_quote_cue(tail: str, lead: str) -> str | None:
    """The cue of a quote that a document speaks ("“…,” reads the statement" after it,
    or "The readout said: “…”" before it), or None."""
    after = _DOCUMENT_AFTER_RE.match(tail) or _DOCUMENT_FIRST_AFTER_RE.match(tail)
    if after:
        return _SPACES_RE.sub(" ", after.group(0).strip(" ,"))
    before = _DOCUMENT_BEFORE_RE.search(lead)
    return _SPACES_RE.sub(" ", before.group(0).strip(" :")) if before else None


#: A document noun right before a position ("a statement| posted on its website").
_DOCUMENT_BEFORE_CUE_RE = re.compile(rf"\b(?:{_DOCUMENT_ALT}|post|video|address)\s+$")


def after_document(text: str, pos: int) -> bool:
    """Whether a cue at ``pos`` is a participle after a document noun ("in a statement
    posted on its website that …", "a report published by …"): no speech verb then."""
    return _DOCUMENT_BEFORE_CUE_RE.search(text, max(0, pos - 40), pos) is not None


_DASH_ALT = "|".join(re.escape(d) for d in sorted(HEADLINE_DASHES, key=len, reverse=True))
#: "Content — Source" (the source last, after a spaced dash).
_HEADLINE_SOURCE_LAST_RE = re.compile(
    rf"^(?P<content>\S.{{8,}}?)\s+(?:{_DASH_ALT})\s+(?P<source>[^—–:\-]{{2,60}}?)\s*$"
)
#: "Source: content" (the source first, before a colon).
_HEADLINE_SOURCE_FIRST_RE = re.compile(  # ("Lukashenko on Pashinyan: …", "X to parliament: …",
    # "Pachinian after Washington: « … »" (La Provence), "X before the summit: …")
    rf"^(?P<source>[^:{DOUBLE_QUOTES}]{{2,60}}?)"
    rf"(?:\s+(?:on|about|in|at|to|after|before)\s+[^:{DOUBLE_QUOTES}]{{2,60}}?"
    # (a topic may quote a word: 'Kremlin on the "freeze": …' (Pskovskaya Pravda), "Peskov
    # on the «empty chair»: …" (RIA Novosti), 'Lavrov on "hybrid war": …' (TASS))
    rf"(?:[{DOUBLE_QUOTES}][^:{DOUBLE_QUOTES}]{{1,40}}[{DOUBLE_QUOTES}][^:{DOUBLE_QUOTES}]{{0,20}})?)?"
    r":\s+(?P<content>\S.{8,})$"
)


def _title_or_lower(phrase: str) -> str:
    """A regex of ``phrase`` with each word in title or lower case ("[Cc]alls\\s+[Ff]or")."""
    return r"\s+".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in phrase.split(" "))


#: "Pashinyan says Armenia may leave the CSTO": a headline's present-tense speech verb.
_HEADLINE_SAYS_RE = re.compile(  # (after a first clause: "Armenia recalls envoy, X says …",
    # or one joined by "as": "Gulf backs Caucasus peace deal as Tehran warns of foreign
    # meddling" (Saudi Gazette), "Caspian owners eye TRIPP boost as Baku port chief says
    # capacity will double" (TradeWinds), "Oil rises as Saudi says …" (Reuters))
    rf"^(?:[^:,{DOUBLE_QUOTES}]{{8,}}(?:,|\s+as)\s+)?(?P<source>[^:,{DOUBLE_QUOTES}]{{2,60}}?)"
    r"(?:\s+(?:[Aa]gain|[Aa]lso|[Nn]ow|[Ss]till))?\s+"
    rf"(?P<verb>{'|'.join(map(_title_or_lower, sorted(verbs('headline'), key=len, reverse=True)))})"
    r"\s+(?!(?:off|up|in)\s)(?P<content>\S.{8,})$"  # ("Yerevan calls off CSTO exercise" is an act)
)


#: "Putin tells Aliyev Russian air defence was behind the crash" (Reuters, TASS, AP): the
#: content still opens with the addressee, which attribution cuts off.
_HEADLINE_TELLS_RE = re.compile(
    rf"^(?P<source>[^:,{DOUBLE_QUOTES}]{{2,60}}?)\s+"
    rf"(?P<verb>{'|'.join(map(_title_or_lower, verbs('headline_addressee')))})"
    r"\s+(?P<content>\S.{8,})$"
)


#: "Armenia freezes participation in the bloc, Pashinyan says" (Reuters, AP), also with the
#: place it was said in ("Brotherhood of three nations will not be broken, PM vows in Lachin"
#: (Minute Mirror), "…, Putin says in Minsk" (AP), "…, Erdogan says in Baku" (Reuters)).
_HEADLINE_SAYS_LAST_RE = re.compile(
    rf"^(?P<content>\S.{{8,}}?),\s+(?P<source>[^,:{DOUBLE_QUOTES}]{{2,60}}?)"
    rf"\s+(?P<verb>{'|'.join(verbs('headline_last'))})"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?$"
)
#: "Armenia to leave CSTO, says Pashinyan" (the verb before its source: The Independent,
#: the Daily Telegraph, Al Jazeera).
_HEADLINE_SAYS_INVERTED_RE = re.compile(
    rf"^(?P<content>\S.{{8,}}?),\s+(?P<verb>{'|'.join(verbs('headline_last'))})"
    rf"\s+(?P<source>[^,:{DOUBLE_QUOTES}]{{2,60}}?)$"
)
#: "«We are not going to be anyone's outpost»: Pashinyan on the CSTO" (the quote first;
#: the source before "on"/"about" and the topic: Tert.am, Sputnik Armenia, news.am).
_HEADLINE_QUOTE_FIRST_RE = re.compile(
    rf"^[{QUOTE_OPENERS}](?P<content>[^{DOUBLE_QUOTES}]{{8,}})[{QUOTE_CLOSERS}]:\s+"
    r"(?P<source>[^:]{2,60}?)(?:\s+(?:on|about|over|of)\s+[^:]{2,60})?$"
)


#: Words that open a sentence, not a caption's title, though ``titles`` holds them for
#: names: "Scholz after the meeting in Munich: „Both sides want peace“" (Mittelbayerische
#: Zeitung), "Lukashenko at the CSTO summit: «Without unity we will be crushed …»" (OTR):
#: ``sentence_openers`` in data/speech.yml.
_SENTENCE_OPENERS = frozenset(SPEECH["sentence_openers"])


def headline_candidates(line: str, base: int) -> list[Candidate]:
    """The statements a headline may state with its source beside it ("Armenia is not
    leaving the bloc — Kremlin", "Peskov: no talks on …", "…, Pashinyan says"), one per
    pattern that matches, whose verb span is the source; the caller takes the first whose
    source is a name. ``base`` is the line's offset."""
    out = []
    for pattern in _HEADLINE_PATTERNS:
        m = pattern.match(line)
        first = m and next(iter(_WORD_RE.findall(m.group("content"))), "")
        if first in TITLES and first not in _SENTENCE_OPENERS:
            continue  # "Hikmet Hajiyev: Assistant to the President …" is a caption
        if m and (
            len(_WORD_RE.findall(m.group("content"))) >= MIN_CONTENT_WORDS
            or _QUOTED_CONTENT_RE.fullmatch(m.group("content").strip())
        ):
            a, b = m.span("source")
            c, d = m.span("content")
            verb = m.groupdict().get("verb") or "headline"
            out.append(Candidate(base + a, base + b, base + c, base + d, verb))
    return out


#: A headline content wholly in quote marks, however short: „Extremely unfriendly“
#: (Leipziger Volkszeitung), «Inacceptable» (Le Figaro), "Concerned" (Reuters' style).
_QUOTED_CONTENT_RE = re.compile(
    rf"[{QUOTE_OPENERS}{LOW_QUOTE}][^{DOUBLE_QUOTES}{LOW_QUOTE}]+[{QUOTE_CLOSERS}“]"
)


#: "Moscow „concerned“", "Kremlin 'surprised'": a source and a quoted word or phrase (after
#: a kicker: "US soldiers train in Armenia – Moscow „concerned“" (Rheinpfalz; Reuters'
#: "Kremlin 'concerned' …", RIA Novosti's "Песков «удивлён»")).
_HEADLINE_SOURCE_QUOTED_RE = re.compile(
    r"^(?P<source>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"  # (capitalised words only)
    rf"(?P<content>[{QUOTE_OPENERS}{LOW_QUOTE}][^{DOUBLE_QUOTES}{LOW_QUOTE}]+[{QUOTE_CLOSERS}“])$"
)


#: "Yerevan speaks of a „large-scale attack“" (Siegener Zeitung), "Moscow calls Yerevan's
#: step „unfriendly“" (RBC): a headline verb whose object ends in a quote; the quote is the
#: content, the source's own words.
_HEADLINE_QUOTED_OBJECT_RE = re.compile(
    rf"^(?P<source>[^:,{DOUBLE_QUOTES}]{{2,60}}?)\s+"
    rf"(?P<verb>{'|'.join(map(_title_or_lower, verbs('headline_quoted_object')))})"
    rf"\s+[^:{DOUBLE_QUOTES}{LOW_QUOTE}]{{0,40}}?"
    rf"(?P<content>[{QUOTE_OPENERS}{LOW_QUOTE}][^{DOUBLE_QUOTES}{LOW_QUOTE}]+[{QUOTE_CLOSERS}“])\s*$"
)


#: "Armenia to become first foreign buyer of Akash missile system: Sources" (Kalinga TV,
#: ThePrint, News18): a short source of capitalised words after the colon, at the end.
_HEADLINE_COLON_SOURCE_LAST_RE = re.compile(
    r"^(?P<content>\S.{8,}?):\s+(?P<source>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*$"
)


_HEADLINE_PATTERNS = (
    _HEADLINE_QUOTED_OBJECT_RE,
    _HEADLINE_SOURCE_LAST_RE,
    _HEADLINE_SAYS_LAST_RE,
    _HEADLINE_SAYS_INVERTED_RE,
    _HEADLINE_QUOTE_FIRST_RE,
    _HEADLINE_TELLS_RE,  # (before "Source: …": 'Moscow warns Yerevan: "…"' is Moscow's)
    _HEADLINE_SOURCE_FIRST_RE,
    _HEADLINE_SAYS_RE,
    _HEADLINE_SOURCE_QUOTED_RE,
    _HEADLINE_COLON_SOURCE_LAST_RE,
)


#: An office or document right after its owner's end: "’s press service", " office".
_OFFICE_AFTER_RE = re.compile(
    rf"(?:['’]s|['’])?\s+(?:{word_alternation(OFFICE_NOUNS + DOCUMENT_NOUNS, space=_SPACE)})"
    r"\b(?!\s+of\b)"
)


def office_end(text: str, owner_end: int) -> int | None:
    """Where an office or a document that follows an owner ending at ``owner_end``
    ends ("Aliyev|’s press service|", "his| office|"), or None."""
    m = _OFFICE_AFTER_RE.match(text, owner_end)
    return m.end() if m else None
