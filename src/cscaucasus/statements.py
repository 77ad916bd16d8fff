"""Statements: who said what, in four passes over each article.

1. **Entities** (:mod:`cscaucasus.entities`): the people, organisations and states the
   article introduces, with their titles and spellings, before any attribution.
2. **Candidates**: quotes (as printed: curly, straight, guillemets, mixed pairs, carried
   over paragraphs) and reporting frames — a speaker, a cue and a content in any order:
   "X said (that) …", "A, X said", "according to X", a speech act with a noun-phrase
   object ("X stressed the need for …", :mod:`cscaucasus.frames`), a document or an
   office ("the statement reads"), a headline ("… — Kremlin").
3. **Speakers**: each candidate's subject resolved through the entity model (a name, a
   printed name, a pronoun, a role noun the article gave someone, a capital for its
   state, an office for its owner); anonymous or unresolvable → ``None``, never a guess.
4. **Deferred**: subjects that refer back ("the ministry", "her") once every statement
   before them is known.

The lexicon is data: ``data/speech.yml`` (speech verbs and their frames),
``data/frames.yml`` (noun-phrase frames, documents, offices, channels, headlines) and
``data/spelling.yml`` (transliterations). The decisions behind the rules, with examples,
are in ``docs/attribution.md``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from itertools import accumulate, groupby, islice
from operator import attrgetter, itemgetter, methodcaller
from typing import Any, NamedTuple

import pandas as pd

from . import linescan
from .actors import (
    CAPITALS,
    COUNTERPARTS,
    DEMONYM_OF,
    DEMONYMS,
    NOT_THE_HOLDER,
    OF_STATE_ROLE_RE,
    PRONOUNS,
    STATE_LAST_WORDS,
    STATE_NAMED,
    TITLES,
    Matcher,
    matcher_for,
    name_prefix_word,
    of_state_role,
    person_index,
    role_forms,
    word_alternation,
)
from .entities import EntityModel, entities_table
from .frames import (
    ADVERBIAL_START,
    BODY_OCCASIONS,
    COLLECTIVE_DOCUMENTS,
    DOCUMENT_NOUNS,
    FIELD_ROLES,
    JOINT_DOCUMENTS,
    MIN_CONTENT_WORDS,
    MIN_SPEAKING_WORDS,
    NEVER_SPEAKERS,
    NOT_WITH_PERSON,
    SHORT_OBJECT_VERBS,
    SPEAKING_NOUNS,
    SPEECH,
    STATES_NOUN_BEFORE,
    VOICELESS_DOCUMENTS,
    Candidate,
    after_document,
    document_quote_cue,
    headline_candidates,
    matches,
    object_candidates,
    office_end,
)
from .frames import OBJECT_VERBS as FRAME_OBJECT_VERBS
from .lexicon import (
    CLOSING_SPEECH_QUOTES,
    DOUBLE_CLOSERS,
    DOUBLE_OPENERS,
    DOUBLE_QUOTES,
    GUILLEMET_PAIRS,
    LOW_QUOTE,
    OPENING_SPEECH_QUOTES,
    QUOTE_CLOSERS,
    QUOTE_MARKS,
    QUOTE_OPENERS,
    QUOTE_PAIRS,
    STRAIGHT_QUOTE,
    VERB_FORMS,
    WEEKDAY_ALTERNATION,
    WIRE_DATELINE,
    plain_words,
    verbs,
)
from .names import (
    TYPO_MIN_LETTERS,
    initials_of,
    slipped_surname,
    slips_to,
    spelling_variants,
    surname,
    transliteration_key,
    without_foreign_ending,
)
from .schema import empty_table, typed

SPEECH_VERBS: tuple[str, ...] = tuple(SPEECH["verbs"])
CLAUSE_VERBS: frozenset[str] = frozenset(SPEECH["clause_verbs"])
OBJECT_VERBS: frozenset[str] = frozenset(SPEECH["object_verbs"])
PARTICIPLES: tuple[str, ...] = tuple(SPEECH["participles"])
ACCUSE_VERBS: frozenset[str] = frozenset(SPEECH["accuse_verbs"])
BLAME_VERBS: frozenset[str] = frozenset(SPEECH["blame_verbs"])
INFORM_VERBS: frozenset[str] = frozenset(SPEECH["inform_verbs"])
ASSURE_VERBS: frozenset[str] = frozenset(SPEECH["assure_verbs"])
EXPLAIN_VERBS: frozenset[str] = frozenset(SPEECH["explain_verbs"])
CLAUSE_PARTICIPLES: frozenset[str] = frozenset(SPEECH["clause_participles"])
APPEAL_VERBS: frozenset[str] = frozenset(SPEECH["appeal_verbs"])
#: The addressee and infinitive after an appeal verb ("urged both sides to set up").
#: (The addressee is up to six words, or an institution's name of up to ten: "calls on
#: the Organization for Security and Co-operation in Europe to dissolve …".)
_APPEAL_OBJECT_RE = re.compile(
    r"\s+(?:(?:[\w’'-]+\s+){1,6}?|(?:the\s+)?[A-Z][\w’'-]*\s+"
    r"(?:(?:[A-Z][\w’'-]*|of|for|and|in|on|the)\s+){0,9})"
    # (the addressee's acronym after it: "called on the European Weightlifting Federation
    # (EWF) to punish the organisers" (Inside the Games), "urged the Collective Security
    # Treaty Organization (CSTO) to act" (Armenpress), "the OSCE (ODIHR) to" (Civil.ge))
    r"(?:\([A-Z][A-Za-z&]{1,7}\)\s+)?to\s+[a-z]+\b"
)
WARNING_VERBS: frozenset[str] = frozenset(SPEECH["warning_verbs"])
#: The addressee and "against"/"not to" after a warning verb ("warned Armenia against").
_WARNING_OBJECT_RE = re.compile(r"\s+(?:[\w’'-]+\s+){1,6}?(?:against|not\s+to)\s+[a-z]+\b")
#: A warning without an addressee: its content opens with "against" ("Lavrov warned against
#: too much optimism" (TASS), "Observers in Yerevan warn against …" (Hamburger
#: Abendblatt), "Baku warned against attempts to …" (APA)).
_AGAINST_NEXT_RE = re.compile(r"\s+(?=against\s+[a-z])")

#: Short quotes up to this many words without a cue are phrases, not statements.
MAX_PHRASE_WORDS = 3
#: Title words allowed before a headline's source ("Kremlin spokesman Peskov").
MAX_TITLE_WORDS = 4
#: Characters before a quote that its lead-in cue is looked for in ("X added: “…”").
MAX_LEAD = 1000
#: Minimum words in a reported clause.
MIN_CLAUSE_WORDS = 2
#: Words allowed between a verb and its "that" ("said at the summit in Yerevan on Wednesday that").
MAX_WORDS_BEFORE_THAT = 16
#: An addressee after "told" before a bare clause ("told CivilNet it could ...").
_TOLD_OBJECT_RE = re.compile(
    r"^\s+(?:(?:[A-Z][\w’'.-]*\s+){1,3}|(?:reporters|journalists|lawmakers|parliament|"
    r"the\s+\w+)\s+)(?=(?:it|they|he|she|we|there|the|its|this|his|her)\b|no\s+(?!to\b)[a-z]{3,}\s)"
)

_VERB_ALT = word_alternation(SPEECH_VERBS + PARTICIPLES, space=r"\s+")
CUE_RE = re.compile(  # (Speed: a lookahead on the possible first letters)
    "(?=[" + "".join(sorted({w[0] for w in SPEECH_VERBS + PARTICIPLES} | set("wiqc"))) + "])"
    r"\b(?:(?P<passive>(?:was|is|were)\s+"
    r"(?:(?:earlier|also|previously|later|once|reportedly)\s+)?"
    rf"(?:quoted|cited)(?:\s+by\s+[\w.’' -]{{1,40}}?)?\s+as\s+saying)"
    rf"|(?P<active>(?:quot|cit)(?:ed|es)\s+[\w.’' -]{{1,60}}?\s+as\s+saying)"
    rf"|(?P<verb>{_VERB_ALT}))\b"
)
# Speed: a pattern "\bX..." whose X is a word character is written "X(?<!\w.)...": the
# same matches (the lookbehind is the word boundary before X), but a pattern that starts
# with a character (class) lets the regex engine skip ahead to where X occurs, 2-3x faster
# over a whole article.
ACCORDING_RE = re.compile(r"[Aa](?<!\w.)ccording\s+to\s+")  # \b[Aa]ccording\s+to\s+
#: "in the words of X", read as "according to X" (scanned only where "words of" is).
_MATCH_START = methodcaller("start")
_WORDS_OF_RE = re.compile(r"[Ii](?<!\w.)n\s+the\s+words\s+of\s+")
THAT_RE = re.compile(r"\bthat\b")
#: Subjects that refer back to an earlier speaker (see ``Found.subject``).
_DEFERRED = frozenset(
    ["institution", "anaphor", "document", "pronoun", "it", "counterpart", "guest"]
)
#: A comma (or dash) before a sentence-final "according to X".
_TRAILING_ACCORDING_RE = re.compile(r"(?:,|\s[—–-])\s*$")
#: "In his words," / "In her opinion," / "In their view," (CABAR.asia, TASS, Reuters): the
#: person just named or quoted says what follows.
_IN_WORDS_RE = re.compile(
    r"[Ii](?<!\w.)n\s+(his|her|their)\s+(?:own\s+)?(?:words|opinion|view)\s*,"
)
_WORDS_OWNER = {"his": "him", "her": "her", "their": "them"}
#: "According to her," / "According to the source," (someone quoted just before).
#: "according to him." closing its sentence (the content before it).
_ACCORDING_BACK_END_RE = re.compile(r"(him|her|them)\s*[.!?]")
_ACCORDING_BACK_RE = re.compile(
    r"(him|her|them|the\s+(?:source|interlocutor|sources|interlocutors))\s*,", re.IGNORECASE
)
#: What may stand between a subject and its verb: possessive-free adverbs, auxiliaries,
#: an appositive or participial phrase between commas, an em-dash, or a source's plea
#: for anonymity without commas ("An Armenian official who would not be named told"
#: (Arab Center for Research and Policy Studies), "a diplomat who asked not to be
#: identified said" (Reuters), "an official who spoke on condition of anonymity said" (AP)).
GAP_RE = re.compile(  # ("Pashinyan himself, according to his press service, said": Bumaga)
    r"^(?:\s+(?:himself|herself|itself|themselves))?"
    r"(?:\s+who\s+(?:would\s+not|asked\s+not\s+to|declined\s+to|did\s+not\s+want\s+to)"
    r"\s+be\s+(?:named|identified)|\s+who\s+spoke\s+on\s+condition\s+of\s+anonymity)?"
    rf"(?:\s*\([^()]{{1,40}}\))?(?:\s*,[^,;{DOUBLE_QUOTES}]{{1,160}},|\s*,)?(?:\s*[—–-])?"
    r"(?:\s+(?:who|also|further|again|then|later|earlier|previously|once|repeatedly|reportedly|"
    r"publicly|long|often|already|recently|just|since|has|had|have|was|would|will|himself|"
    r"herself|nevertheless|nonetheless|however|meanwhile|therefore|thus|instead|still|\w+ly|"
    rf"on\s+(?:{WEEKDAY_ALTERNATION})|"
    # (an occasion's count: "Prime Minister Nikol Pashinyan for the first time said openly
    # that" (Odnako), "Aliyev for his part said" (APA), "Lavrov once again said" (TASS))
    r"for\s+the\s+(?:first|second|third|last)\s+time|for\s+(?:his|her|its|their)\s+part|"
    r"once\s+again|"
    r"(?:last|this)\s+(?:week|month|year)))*\s*$"
)
_PRE_SUBJ_RE = re.compile(
    rf"^[\s,.;:!?{QUOTE_CLOSERS}—–-]*(?:\s*\b(?:the|a|an)\b)?[^.;{DOUBLE_QUOTES}]{{0,80}}$"
)
_NEXT_NOT_CLAUSE: frozenset[str] = frozenset(SPEECH["not_clause_start"])
#: Title words and names before a subject ("Russian Foreign Minister", "the EU's", "the
#: bloc's secretary general" (Reuters, TASS)).
_TITLE_WORDS_PAT = (
    r"(?:\b(?:the|a|an|[A-Z][\w’'.-]*|[a-z]+(?:man|woman|person)|[a-z]+['’]s|minister|"
    r"president|leader|chief|head|secretary|general|of|for|supreme|top|senior|former|deputy|"
    r"foreign|prime|vice|envoy|ambassador|adviser|advisor|analyst|scientist|expert|"
    r"speaker|mayor|governor|commander|political|ministry|office|department|government|"
    r"party|council|committee|embassy|agency|service|press|defen[cs]e|interior|opposition|"
    r"ruling|military|border|police|economy|army|official|representative|special|permanent)\s+)"
)
#: Title words right before a subject, with a possessive before them ("…, his spokesperson
#: Nazeli Baghdasaryan said"; PanARMENIAN, Reuters, AP).
_TITLE_TAIL_RE = re.compile(r"(?:\b(?:his|her|its|their)\s+)?" + _TITLE_WORDS_PAT + "+$")
#: A wire dateline and its agency before a story's first sentence ("YEREVAN, February 23
#: (Reuters) - ", "MOSCOW, 14 June. /TASS/. ", "ASTANA, 5 March 2024 - ").
_DATELINE_LEAD_RE = re.compile(WIRE_DATELINE.pattern + r"(?:\s*[A-Za-z -]{2,30}/\.?)?\s*")
#: What may open a sentence before the subject of its main clause: a dateline
#: ("YEREVAN, Nov 23 (Reuters) - "), introductory phrases ending with a comma ("In an
#: interview with La Repubblica, ") and title words ("Armenian Prime Minister ", "Assistant
#: to the President of Azerbaijan ": Azertag, Trend, Report.az).
_PREAMBLE_RE = re.compile(
    r"(?:[A-Z][\w’'.,/() -]{0,60}?(?:\s(?:[—–]|--?)\s+|(?<=[A-Z])[—–]))?"
    rf"(?:[A-Za-z][^,;:{DOUBLE_QUOTES}]{{0,100}},\s+)*"
    rf"(?:{_TITLE_WORDS_PAT}(?:(?:{_TITLE_WORDS_PAT}|to\s+)*{_TITLE_WORDS_PAT})?(?:,\s+)?)?"
)
#: What follows the subject of a main clause up to its verb: a parenthesis, an
#: appositive between commas, then a lower-case word (the verb or an adverb).
_PREDICATE_RE = re.compile(
    rf"(?:\s*\([^()]{{1,40}}\))?(?:\s*,[^,;{DOUBLE_QUOTES}]{{1,160}},)?\s+[a-z]"
)
#: A clause boundary between a main subject and a participle: the participle may belong
#: to a relative or second clause ("X met Y, who rejected it, saying ...").
_OTHER_CLAUSE_RE = re.compile(r"[;:]|,\s+(?:who|which|whose|whom|where|while|whereas)\b")
#: A label in quotes after an object: "called the ban “an unfriendly act”", "described
#: the talks as “constructive”" (not "called the “corridor” vital": no object before it).
_LABEL_RE = re.compile(
    r"(?=[cdbltr])\b(?P<verb>" + word_alternation(verbs("label")) + r")\s+"
    r"(?:as\s+|(?:[\w’'-]+\s+){1,12}?(?:as\s+)?)"
    rf"(?P<open>[{QUOTE_OPENERS}{LOW_QUOTE}])_+[{QUOTE_CLOSERS}“]"  # („…“ closes with “)
    rf"(?=\s+[{QUOTE_OPENERS}]|\s*(?:[.,;:!?]|$|\s(?:on|in|at|during|after|before|and|but|while|when|according|"
    + "|".join(SPEECH["label_tail_words"])
    + r")\b))"
)
#: The rest of a label's clause that is still its content ("“a milestone” for his
#: country"), not the author's adverbial ("in an interview", "in Yerevan").
_LABEL_TAIL_RE = re.compile(
    r"\s+(?:" + "|".join(SPEECH["label_tail_words"]) + r")\b"
    r"(?!\s+(?:(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(SPEECH["label_tail_adverbials"])
    + r")\b|[A-Z]))"
    rf"[^.,;:!?_{DOUBLE_QUOTES}]*"
)
#: "will be asked", "was said": a passive after a quote names no speaker of it.
_BE_END_RE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$")
#: "when asked": a subordinator right before a verb makes it no cue of the quote before.
_SUBORDINATOR_END_RE = re.compile(r"\b(?:when|if|as|once|unless|until|after|before)\s+$")
#: A preposition (and an adjective, or a first name of a pair) right before a mention: the
#: mention is no subject ("commented on the peace process between Armenia and| Azerbaijan,
#: saying" (Rossiya 24, TASS, Reuters)).
_PREPOSITION_END_RE = re.compile(
    r"\b(?:through|in|of|to|from|with|by|near|across|into|for|at|on|via|over|between|among|"
    r"against|about)\s+(?:[a-z]+\s+)?(?:[A-Z][\w’'-]*\s+(?:and|or)\s+)?$"
)
_LABEL_STEMS = ("call", "descri", "brand", "label", "dubbed", "termed")
_LABEL_STEMS_RE = re.compile(r"\b(?:" + "|".join(_LABEL_STEMS) + ")")
#: Before a participle: a comma (possibly inside a closing quote, masked as "_").
_PARTICIPLE_COMMA_RE = re.compile(rf"(?:,|_[{QUOTE_CLOSERS}]|,[{QUOTE_CLOSERS}])\s*(?:while\s+)?$")
#: What may stand between "and" and a second verb of the same subject.
_AND_ADVERBS = r"(?:(?:also|then|later|again|has|have|had|repeatedly|publicly|once)\s+){0,2}"
#: "and"/"but" (with adverbs or an auxiliary) right before a verb that shares the
#: subject of the clause before ("… and has demanded that", "… but later warned that").
_COORDINATED_RE = re.compile(rf"\b(?:and|but)\s+{_AND_ADVERBS}$")
#: ", adding that B" inside a content: the same speaker's next statement begins there.
#: So does "… and added: “B”" / "… and warned that B" (a finite speech verb of the same
#: subject with its own "that" or colon: NEWS.ru, FAZ, Golos Armenii).
_SECOND_ACT_RE = re.compile(  # (the comma may stand inside a quote: “…,” adding)
    rf"[,{QUOTE_CLOSERS}]\s*(?:while\s+)?(?:also\s+)?(?:"
    + word_alternation(SPEECH["second_act_participles"], space=r"\s+")
    + rf")\b|,?\s+and\s+{_AND_ADVERBS}(?:"
    + word_alternation(SPEECH["verbs"], space=r"\s+")
    + r")(?=\s*(?::|that\b|$))"  # ($: where the next statement starts, "… and said| B")
)
_PARTICIPLE_NEXT_RE = re.compile(
    r"\s*,\s*(?:while\s+)?(?:"
    + word_alternation(sorted({*PARTICIPLES, *verbs("participle_act")}), space=r"\s+")
    + r")\b"
)
#: "the document saying": a determiner and noun right before a comma-less "saying".
_NOUN_SAYING_RE = re.compile(r"\b(?:the|a|an|its|his|her|their|this)\s+([a-z]+)\s+$")
#: Marks a speaker_id that is a printed name outside the gazetteer (internal only).
UNKNOWN = "?"
#: A definite role noun standing for someone already named ("the diplomat said", "the
#: head of state noted"): it refers back to the previous speaker or the last person named.
_DEMONYM_PAT = (
    r"(?:[A-Z][a-z]+(?:ian|ean|ese|ish|ani)|"
    + "|".join(sorted(map(re.escape, DEMONYMS), key=lambda d: (-len(d), d)))
    + ")"
)
_ANAPHOR_ROLES: dict[str, list[str]] = SPEECH["anaphor_roles"]
#: Role words (lowercased) → the words that name the same office in a role or title.
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    k.lower(): tuple(v) for k, v in SPEECH["role_synonyms"].items()
}
_GENERIC_ROLES = frozenset(r.lower() for r in _ANAPHOR_ROLES["generic"])
#: "the country's" → the type of actor the possessive stands for.
_POSSESSIVE_OWNERS: dict[str, str] = SPEECH["possessive_owners"]


def _case_variants(role: str) -> list[str]:
    """A role noun with each of its lower-case words also capitalised ("prime minister",
    "Prime minister", "prime Minister", "Prime Minister")."""
    out = [""]
    for k, word in enumerate(role.split()):
        forms = {word, word[0].upper() + word[1:]} if word[0].islower() else {word}
        out = [f"{o} {w}" if k else w for o in out for w in sorted(forms)]
    return out


#: The role nouns of the anaphor pattern, as one prefix tree (speed: "the" is frequent).
_ROLE_ALT = word_alternation(
    sorted(
        {
            v
            for r in (*_ANAPHOR_ROLES["generic"], *_ANAPHOR_ROLES["specific"])
            for v in _case_variants(r)
        }
    ),
    space=r"\s+",
)
#: Institutions "the <noun>" refers back to (``institution_nouns`` and
#: ``organisation_anaphors`` of data/speech.yml).
_ORGANISATION_ANAPHORS = frozenset(SPEECH["organisation_anaphors"])
_INSTITUTION_NOUNS = word_alternation(
    sorted(SPEECH["institution_nouns"] + SPEECH["organisation_anaphors"])
)
#: "Its secretariat said", "its press service reported" (Eurasianet, TASS, Trend): the
#: institution of the organisation or state named last.
_ITS_INSTITUTION_RE = re.compile(
    rf"[Ii](?<!\w.)ts\s+(?:[a-z]+\s+)?(?P<noun>{_INSTITUTION_NOUNS})\b"
    # (a ministry printed in full: "Its Ministry of Foreign Affairs declared" (Saudi Gazette))
    r"|[Ii](?<!\w.)ts\s+(?P<full>Ministry\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?)\b"
)
#: Offices that speak for the organisation or state that owns them ("the press service").
_OWN_OFFICES = frozenset(["service", "secretariat", "office", "press service"])
#: Gazetteer roles of actors that never own an institution the article refers back to.
_MEDIA_ROLES = frozenset(SPEECH["media_roles"])
#: ... and a definite institution ("the ministry said", "according to the directorate"),
#: group ``noun``: the previous speaker, or else the last organisation named, whose name
#: holds the noun. (One regex for both: "the" is scanned once.)
#: Its words before the role: demonyms, possessives ("the bloc's", "the Foreign
#: Ministry's"), lower-case modifiers and the capitalised words of an institution ("the
#: Armenian Security Council secretary" (Armenpress), "the Russian Foreign Ministry's
#: spokeswoman" (Reuters), "the Chinese Foreign Minister" (Xinhua)); or, with no
#: article, a state's possessive ("Armenia's parliament speaker" (AFP), "Russia's
#: ambassador" (Eurasianet)).
_ANAPHOR_RE = re.compile(
    # (no article among the modifiers: "the spokeswoman told a briefing" is a role noun
    # and a verb, not the modifiers of a document, "the minister said the statement")
    r"[Tt](?<!\w.)he\s+(?:(?!(?:of|an?|the)\s)[A-Za-z][\w-]*(?:[’']s)?\s+){0,3}"
    rf"(?:(?P<role>{_ROLE_ALT})|"
    rf"(?P<noun>{_INSTITUTION_NOUNS})|"
    r"(?P<document>statement|report|communiqu[eé]|briefing|press\s+release|declaration|readout|"
    r"message|letter|announcement)|"
    r"(?P<voiceless>" + word_alternation(VOICELESS_DOCUMENTS, space=r"\s+") + r"))\b"
)
#: A document with an indefinite article and no issuer: "A communique said" (AP,
#: Reuters), "a joint statement said" (Xinhua, TASS): speaker None.
_A_DOCUMENT_RE = re.compile(
    r"[Aa](?<!\w.)n?\s+(?:[a-z][\w-]*\s+){0,2}(?:statement|communiqu[eé]|declaration|readout|"
    r"press\s+release)\b(?!\s+(?:by|from|of)\s)"  # (not "a statement by X": X's)
)
#: What names a document's occasion after it: "the final declaration| of the summit",
#: "a communique| issued after the meeting" (AP, TASS, Xinhua).
_OCCASIONS = "summit|meeting|talks|session|visit|negotiations|conference|forum"
_DOCUMENT_TAIL_RE = re.compile(
    rf"(?:\s+(?:of|from|after|at)\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_OCCASIONS}|council)"
    r"|\s+(?:issued|released|published|adopted|circulated|distributed)\s+(?:after|at|on|"
    r"following|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{_OCCASIONS}|{WEEKDAY_ALTERNATION}))\b"
)


#: Between a role noun and the name in apposition to it: an "of" phrase, then a comma
#: ("The spokeswoman| of the Foreign Ministry, |María Zajárova").
_APPOSED_GAP_RE = re.compile(rf"(?:\s+(?:of|for|at|in)\s+[^,.;:{QUOTE_MARKS}]{{1,50}})?,\s*")
#: What may stand before a sentence's subject: nothing, or "the".
_SUBJECT_OPENS_RE = re.compile(r"\s*(?:[Tt]he\s+)?")
#: A document several parties signed ("the joint statement"): no one's.
_JOINT_DOCUMENT_RE = re.compile(r"\b" + word_alternation(JOINT_DOCUMENTS) + r"\b", re.IGNORECASE)
_BODY_OCCASIONS = word_alternation(BODY_OCCASIONS, space=r"\s+")
#: A body's occasion after its name ("the CSTO summit", "the CSTO's Minsk summit").
_OCCASION_AFTER_RE = re.compile(rf"(?:[’']s)?\s+(?:[A-Z][\w-]*\s+)?(?:{_BODY_OCCASIONS})\b")
#: What joins a document to the body named after it ("the communiqué| of the |Council",
#: "the declaration| adopted by the |Collective Security Council" (Kansan Uutiset)).
_OF_BODY_RE = re.compile(
    r"\s+(?:(?:adopted|issued|signed|approved|published|released)\s+)?(?:of|by|from)\s+(?:the\s+)?"
)
#: A body's occasion before "of" its name ("the session of the Collective Security Council").
_OCCASION_OF_RE = re.compile(
    rf"\b(?:{_BODY_OCCASIONS})\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?$",  # ("Leaders of five …")
    re.IGNORECASE,
)


def _document_end(text: str, end: int) -> int:
    """Where a document's noun phrase ends: after its occasion, if named."""
    tail = _DOCUMENT_TAIL_RE.match(text, end)
    return tail.end() if tail else end


#: A role after a possessive with no article ("Armenia's parliament speaker" (AFP),
#: "Russia's ambassador" (Eurasianet)): scanned from the apostrophe (speed), the owner is
#: the word before it.
_OWNED_ROLE_RE = re.compile(
    rf"[’'](?<=[A-Za-z][’'])s\s+(?:(?:{_DEMONYM_PAT}|(?!of\s)[a-z]+|[A-Z][a-z]+)\s+){{0,3}}"
    rf"(?P<role>{_ROLE_ALT})\b"
)
_OWNER_WORD_RE = re.compile(r"[A-Z][\w-]*$")
#: A capitalised word right after a role noun: the role is a title before a name ("the
#: group’s Secretary General Stanislav Zas"), no anaphor.
_NAME_NEXT_RE = re.compile(r"[ \t]+[A-Z][a-z]")
#: A preposition after a comma right before a mention: the mention is in an adverbial
#: between commas ("The Kremlin, in a statement, said that" (TASS, Reuters), "The
#: Azerbaijani Foreign Ministry, in a statement, said that" (Yeni Asır), "Another source,
#: in the Belarusian Foreign Ministry, indicated that" (Reforma)).
_ADVERBIAL_BEFORE_RE = re.compile(
    r",\s*(?:in|at|on|during|via|through|from)\s+(?:(?:an?|the|its|his|her|their)\s+)?$"
)


def _plural(noun: str) -> str:
    """The English plural of a person noun ("banker" → "bankers", "deputy" → "deputies",
    "businessman" → "businessmen", "witness" → "witnesses", "passer-by" → "passers-by")."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if "-" in noun:
        head, _, tail = noun.partition("-")
        return f"{_plural(head)}-{tail}"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


#: The plural of every one-word unnamed person noun ("bankers", "residents", "students"):
#: unnamed groups (``unnamed_person_nouns`` of data/speech.yml).
_UNNAMED_PLURALS: tuple[str, ...] = tuple(
    _plural(n) for n in SPEECH["unnamed_person_nouns"] if " " not in n
)


#: The head of an anonymous source before an institution ("a source in the Armenian
#: Foreign Ministry told", "people in the Armenian government told"): the institution is
#: not the speaker; so are unnamed groups in or of one ("several members of the government"
#: (Kristeligt Dagblad), "experts at the Carnegie Endowment"). The nouns:
#: ``anonymous_sources``, ``anonymous_people`` and ``anonymous_groups`` of data/speech.yml.
_ANON_HEAD_WORDS: tuple[str, ...] = tuple(
    sorted(
        SPEECH["anonymous_sources"]
        + SPEECH["anonymous_people"]
        + SPEECH["anonymous_groups"]
        + SPEECH["parties_at_once"]
        # (and the plural of every unnamed person: "Students at Yerevan State University
        # say" (New European), "researchers at the Caucasus Institute say" (Eurasianet))
        + list(_UNNAMED_PLURALS),
        key=len,
        reverse=True,
    )
)


def _anon_head_re(words: Iterable[str]) -> re.Pattern[str]:
    """An anonymous head noun of ``words`` before "in"/"at"/"of" … at the end."""
    return re.compile(
        r"(?:\b(?:a|an|one|two|three|several|some|the)\s+)?(?:\b[a-z]+\s+)?"
        rf"\b(?:{'|'.join(words)})"
        r"\s+(?:in|at|from|of|to|with|within|close\s+to|familiar\s+with)\s+"
        r"(?:the\s+|M(?:r|rs|s)\.?\s+)?$",
        re.IGNORECASE,
    )


_ANON_HEAD_RE = _anon_head_re(_ANON_HEAD_WORDS)
#: Any of those words anywhere (a cheap test before :data:`_ANON_HEAD_RE`: one search,
#: not a substring test a word).
_ANON_HEAD_WORDS_RE = re.compile("|".join(map(re.escape, _ANON_HEAD_WORDS)))
#: A source's noun alone before a name is anonymous ("According to Kommersant's sources"),
#: a group's is the name's title ("According to analyst Tigran Grigoryan" (Eurasianet)).
_SOURCE_HEAD_RE = _anon_head_re(
    sorted(SPEECH["anonymous_sources"] + SPEECH["anonymous_people"], key=len, reverse=True)
)
#: An unnamed person as a subject ("A Russian soldier, who declined to give his name,
#: said", "a senior official told", "a resident of Jermuk"), also after "one" ("said one
#: resident of the village" (AP, Reuters), "one European diplomat told" (Politico), "one
#: villager said" (AFP)): anonymous; "he" right after refers to them. The noun is the
#: group ``noun``.
_UNNAMED_PERSON_RE = re.compile(
    # (also "another": "Another marcher, Ani, said" (Jornal do Brasil), "another resident
    # told AFP" (AFP), "Another official said" (Reuters))
    r"(?:[Aa](?<![\w’'.-].)n?|[Oo](?<![\w’'.-].)ne|[Aa](?<![\w’'.-].)nother)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?P<noun>" + "|".join(map(re.escape, SPEECH["unnamed_person_nouns"])) + r")\b"
    # (of an origin: "A trader of Armenian origin established in Treichville, who did not
    # want to be named, told" (Fraternité Matin), "a businessman of Armenian descent" (AP))
    r"(?:\s+of\s+[A-Z][\w’'-]+\s+(?:origin|descent|background|extraction))?"
    r"(?:\s+(?:of|from|in|to)\s+(?:(?:the|one\s+of\s+the)\s+(?:[A-Z][\w’'-]+\s+){0,3}"
    rf"(?!(?:{_VERB_ALT})\b)[a-z]{{4,}}\b"  # "of the Armenian delegation", not "of the CSTO said"
    r"|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\b))?"
)
#: A full name (two capitalised words or more) and a comma right before an unnamed person's
#: noun phrase, up to three lower-case words between: the phrase is that name's appositive
#: ("Carlo Frappi, a researcher at …" (La Gazzetta del Mezzogiorno), "Uwe Halbach, for many
#: years a Caucasus expert at …" (Mittelbayerische Zeitung)); after a first name alone it is
#: a passer-by's, unnamed ("Anush, a 52-year-old teacher, said" (Faro de Vigo)).
_NAME_COMMA_BEFORE_RE = re.compile(
    r"[A-Z][\w’'-]*[a-z][ \t]+(?:[A-Z][\w’'.-]*[ \t]+)*[A-Z][\w’'-]*[a-z],"
    # (or an office "of" a field "at" before it: "Yerlan Mukhametov, head of operations at
    # an Almaty-based forwarder, said" (Journal of Commerce), "X, director of research at a
    # Moscow think tank" (Meduza), "X, head of sales at a Bergen brokerage" (TradeWinds))
    r"(?:(?:[ \t]+[a-z]+){0,3}|[ \t]+[a-z]+[ \t]+of[ \t]+[a-z]+[ \t]+at)[ \t]*$"
)


#: A role noun and a comma right before an unnamed person's noun phrase: the phrase is the
#: role's appositive ("The secretary, a former civil society activist, added:" (Geneva
#: Centre for Security Policy), "The minister, a former diplomat, said" (Reuters), "the
#: ambassador, a career diplomat, told" (AP)).
_ROLE_COMMA_BEFORE_RE = re.compile(rf"\b[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_ROLE_ALT}),[ \t]*$")


def _named_before(text: str, a: int) -> bool:
    """Whether a role noun and a comma (:data:`_ROLE_COMMA_BEFORE_RE`), or a full name and a
    comma (:data:`_NAME_COMMA_BEFORE_RE`), stand right before ``a``, the name of two words
    or more once titles and sentence openers before it are left out ("For Carlo Frappi, a
    researcher" is a name's; "For Gayane, a 34-year-old teacher" a first name's)."""
    if _ROLE_COMMA_BEFORE_RE.search(text, max(0, a - 60), a):
        return True
    m = _NAME_COMMA_BEFORE_RE.search(text, max(0, a - 80), a)
    if m is None:
        return False
    name = m.group(0).split(",")[0].split()
    while name and name[0] in TITLES:  # ("For Carlo Frappi, a researcher": the name)
        name = name[1:]
    return len(name) >= 2


#: A passer-by named by a first name and an age ("At the market, Samvel, 67, says that"
#: (Visão), "says Silvia, 61, as she folds blankets" (Perfil), "Anna, 34, said" (Reuters,
#: AP)): an unnamed person, no name of the gazetteer's or a printed one.
_VOX_POP_RE = re.compile(r"[A-Z](?<![\w’'.-].)([a-z]{2,}),\s+\d{1,3}(?=,)")
#: A given name before the word an age follows: a full name ("Anna Hakobyan, 62, said"
#: (AP), "Pensioner Armen Sargsyan, 71, said" (BBC), "Mariam Tadevosyan, 45, told Reuters"
#: (Reuters)) is a named person, not a passer-by.
_GIVEN_NAME_BEFORE_RE = re.compile(r"[A-Z][\w’'-]*[a-z][ \t]+$")
#: A participle phrase or a relative clause without a speech verb after an unnamed
#: person, before the comma of an appositive ("an official involved in the talks, who …,
#: said"; "A former Russian diplomat who worked in Yerevan, who spoke … on condition of
#: anonymity, described" (Holod), "a nurse who treated the wounded in Goris, who gave
#: only her first name, said" (Reuters), "a soldier who served in Jabrayil, …, told"
#: (Azatutyun)).
_UNNAMED_MODIFIER_RE = re.compile(
    r"\s+(?:(?:involved|familiar|close|speaking|briefed|based|knowledgeable|present|working|"
    r"serving|stationed|established|living|settled)\s+(?:in|with|to|on|at|for|from)\b"
    rf"|who\s+(?:had\s+|has\s+|once\s+)?(?!(?:{_VERB_ALT})\b)[a-z]+(?:ed|s)\b"
    # a request for anonymity, its verb one of speech ("A Kazakh diplomat who asked not to
    # be named told Novastan that" (Novastan), "an official who spoke on condition of
    # anonymity said" (Reuters, AP), "a source who declined to be identified" (Bloomberg))
    r"|who\s+(?:asked|requested|spoke|declined|did\s+not\s+want|(?:was|were|is|are)\s+not\s+"
    r"authori[sz]ed)\b(?=[^,;:]{0,60}?\b(?:named|identified|anonymity|record|publicly|name|"
    r"identity|quoted)\b)"
    # the outlet's contact with the source ("A diplomatic source consulted by this
    # newspaper in Moscow said" (Reforma, El País), "a source quoted by Interfax", "Experts
    # polled by Odnako" (Odnako), "analysts surveyed by Reuters" (Reuters))
    r"|(?:consulted|contacted|quoted|cited|reached|interviewed|polled|surveyed|asked)\s+by\b"
    # a participle of what the source does ("An Italian diplomat following the dossier
    # tells Tgcom24 that" (Tgcom24), "a European official monitoring the talks said"
    # (Politico)), not one of speech ("a source saying that")
    rf"|(?!(?:{_VERB_ALT})\b)[a-z]{{3,}}ing\b)"
    rf"[^,;:{DOUBLE_QUOTES}]{{0,60}}?(?=\s*,|\s*$)"  # (before an appositive or the verb)
)


#: Where an unnamed person is, between them and their verb ("a waiter at a café near
#: Republic Square said" (Holod), "A member of the Russian delegation at the last summit
#: told Cicero that" (Cicero), "a pensioner outside the station in Gyumri said"
#: (Reuters), "A source in the Armenian delegation to the Euronest assembly told Texty
#: that" (Texty), "A Kathmandu-based diplomat from a European country, who asked not to be
#: named, said" (Nepali Times)): then the gap of ``GAP_RE``.
_UNNAMED_PLACE_GAP_RE = re.compile(
    r"^(?:\s+(?:at|in|near|outside|on|to|of|with|from)\s+(?:(?:a|an|the)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)"
    r"{1,2}" + GAP_RE.pattern.removeprefix("^")
)


def _after_modifier(gap: str) -> str:
    """``gap`` without a leading participle phrase (see ``_UNNAMED_MODIFIER_RE``)."""
    mod = _UNNAMED_MODIFIER_RE.match(gap)
    return gap[mod.end() :] if mod else gap


#: A member noun after an institution's name ("one EU diplomat", "a NATO official").
_MEMBER_AFTER_RE = re.compile(
    r"\s+(?:diplomats?|officials?|sources?|insiders?|employees?|representatives?|aides?|"
    r"spokes(?:man|woman|person|people))\b"
)
#: Capital letters of the Latin alphabets ("Žygimantas Pavilionis" (Delfi, LRT), "Ömer
#: Çelik" (Anadolu, Daily Sabah), "Éric Chevallier" (Le Monde)).
_UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
#: A name in apposition after an unnamed person's noun: the name is the speaker ("said a
#: former Indian ambassador, Ashok Sajjanhar." (Scroll), "a senior official, Mher
#: Grigoryan, told" (Reuters), "a local resident, Armen Petrosyan, said" (AFP)).
_APPOSITIVE_NAME_RE = re.compile(
    rf",[ \t]+(?:[{_UPPER}][\w’'.-]*[ \t]+){{1,3}}[{_UPPER}][\w’'-]*[a-z]\b(?=\s*[,.;]|\s*$)"
)
#: A person's party, faction or group after the name, before the verb ("Artsvik Minasyan|
#: of the Hayastan faction| called" (Hayots Ashkharh), "Gegham Manukyan| of the Armenia
#: alliance| said" (Azatutyun), "Ruben Rubinyan| from the Civil Contract party| said").
_AFFILIATION_TAIL_RE = re.compile(
    rf"\s+(?:of|from)\s+(?:the\s+)?(?:[{_UPPER}][\w’'-]*\s+){{1,4}}"
    r"(?:faction|party|alliance|bloc|movement|group|coalition)\s+"
)
#: Lower-case title words between an institution and a name ("EU foreign policy chief "),
#: also after a state's possessive ("Azerbaijan's presidential adviser Hikmet Hajiyev
#: called … but said" (GZERO Media), "Russia's deputy foreign minister Mikhail Galuzin"
#: (Reuters)).
_TITLE_RUN_RE = re.compile(r"(?:[’']s)?\s+(?:[a-z][\w-]*\s+){1,5}")
#: The complement of a title between it and its holder's name ("the State Secretary| of
#: the Security Council of Belarus |Aleksandr Volfovich" (BelTA), "the Chairman| of the
#: Board of Directors of KEGOC |…" (Kazinform), "the Minister| of Foreign Affairs of the
#: Republic of Armenia |…" (Armenpress)).
_TITLE_COMPLEMENT_RE = re.compile(
    r"\s+(?:of|for)\s+(?:(?:the|of|for|and|on)\s+|[A-Z][\w’'-]*\s+){1,8}"
)
#: "It" as a subject ("It also urged both sides to …"): an organisation that spoke before.
_IT_SUBJECT_RE = re.compile(r"[Ii](?<![\w’'.-].)t\b")
#: An organisation's or a state's own document ("according to its statement," after "the
#: Russian Foreign Ministry had summoned the Armenian ambassador" (Rheinpfalz), "in its
#: communiqué" (Le Monde)): its speaker is what "it" would be.
_ITS_DOCUMENT_RE = re.compile(
    r"[Ii](?<![\w’'.-].)ts\s+(?:[a-z][\w-]*\s+)?(?:statement|communiqu[eé]|declaration|"
    r"readout|press\s+release|note|letter|message|report)\b"
)
#: "they" as a subject: a group the statement gives to no one.
_THEY_SUBJECT_RE = re.compile(r"[Tt](?<!\w.)hey\b")  # \b[Tt]hey\b
_PRONOUN_SUBJECT_RE = re.compile(  # \b(?:[Hh]e|[Ss]he)\b
    r"[HhSs](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he)\b"
)


#: Anonymous sources ("sources close to the government", "officials in Baku"): the
#: nouns (data/speech.yml), longest form first, and where the source sits; unnamed
#: groups also in the plural of every unnamed person noun ("Bankers in Frankfurt
#: say that" (Wirtschaftswoche), "Iranian traders on the Norduz crossing say" (Tejarat
#: News), "Residents of the capital complain that" (Temirov Live), "Pensioners in Gyumri
#: told" (Reuters)).
_SOURCE_NOUNS: tuple[str, ...] = tuple(
    sorted(
        {
            *SPEECH["anonymous_sources"],
            *SPEECH["anonymous_groups"],
            *SPEECH["parties_at_once"],
            *_UNNAMED_PLURALS,
        }
        - set(SPEECH["crowds"]),
        key=lambda w: (-len(w), w),
    )
)
_SOURCE_PEOPLE: tuple[str, ...] = tuple(sorted(SPEECH["anonymous_people"], key=len, reverse=True))
#: The adjectives of a source's place ("presidential", "ruling"), as one alternation.
_PLACE_ADJECTIVE_ALT = "|".join(map(re.escape, SPEECH["source_place_adjectives"]))
_SOURCE_PLACE = (
    r"(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w’'-]*|"
    + _PLACE_ADJECTIVE_ALT
    + r")\s+){0,3}(?:"
    + word_alternation(SPEECH["source_places"], space=r"\s+")
    + r")\b"
)
#: A place after a preposition: a word, or capitalised words before it ("Frankfurt", "the
#: capital", "the Norduz crossing", "the Majlis").
_PLACE_NAME = (
    rf"(?:the\s+(?:[A-Z][\w’'-]*\s+){{0,3}}(?!(?:{_VERB_ALT})\b)[\w’'-]+"
    # (two places joined: "Several tour operators in Delhi and Mumbai said that" (Pioneer),
    # "diplomats in Brussels and Paris say" (Politico))
    r"|[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3}"
    # (and the kind of place after its name: "Some residents of Kunduz province said"
    # (Pajhwok), "villagers in Tavush region say" (Azatutyun), "farmers in Ararat valley"
    # (CivilNet): ``place_kinds`` in data/speech.yml)
    + r"(?:\s+(?:"
    + word_alternation(SPEECH["place_kinds"])
    + r"))?)"
)
#: What an unnamed source knows, after it ("briefed on the talks", "with knowledge of the
#: plan").
_KNOWING = r"briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of"
#: Where an anonymous source sits, after it: "in"/"from"/"close to" a place or one word
#: ("officials in Baku"), or "of" a place of the source's kind ("members of the
#: government" (Kristeligt Dagblad), "officials of the ruling party" (Aravot), "employees of
#: the presidential administration" (Kommersant)), never "of" a name ("leaders of Russia").
_SOURCES_TAIL = (
    r"(?:\s+(?:in|from|at|on|within|close\s+to|familiar\s+with)\s+"
    rf"(?:{_SOURCE_PLACE}|{_PLACE_NAME})|\s+of\s+(?:{_SOURCE_PLACE}|{_PLACE_NAME})"
    # (or what they know: "according to two officials aware of the contracts" (Mint),
    # "officials briefed on the talks" (Reuters), "sources with knowledge of the plan"
    # (Bloomberg))
    rf"|\s+(?:aware\s+of|{_KNOWING})\s+"
    r"(?:(?:the|his|her|their|its)\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?"
    # (or who they are, in a clause that is no speech: "Pensioners who remember Soviet times
    # complain that" (New European), "Armenians who fled Karabakh say" (AP), "officials who
    # spoke on condition of anonymity said" (Reuters))
    rf"|\s+who\s+(?!(?:{_VERB_ALT})\b)[a-z][\w’'-]*(?:\s+(?!(?:{_VERB_ALT})\b)[\w’'-]+){{0,5}}?(?=\s+(?:{_VERB_ALT})\b))?"
)
#: A number or quantifier and adjectives before an anonymous source's noun ("two
#: sources", "several diplomatic sources", "one well-informed source"): part of it.
_SOURCE_MODIFIERS_RE = re.compile(
    r"(?:\b(?:"
    + "|".join(re.escape(q).replace(r"\ ", "[ \t]+") for q in SPEECH["source_quantifiers"])
    # (or several parties' possessive: "the two countries' foreign ministries" (Dnevni avaz))
    + r"|(?:the[ \t]+)?(?:two|three|four|both|all)[ \t]+"
    + word_alternation(SPEECH["parties_at_once"])
    + r"[’']"
    + r")[ \t]+)?(?:\b(?:"
    + "|".join(f"[{a[0].upper()}{a[0]}]{re.escape(a[1:])}" for a in SPEECH["source_adjectives"])
    + r")[ \t]+){0,2}(?<=[ \t])\Z"
)
#: An anonymous source named by the number it was one of ("according to one of them"),
#: or a group by their share ("Several of them argued that" (IDSA), "Most of them believe
#: that" (Odnako), "Two of the officials said" (Reuters)); or again as "the same" ("…, the
#: same people said" (Inkstick), "the same sources said" (Kalinga TV)).
_SHARE_WORDS = ("one", "several", "many", "most", "two", "three", "both", "all")
_ONE_OF_SOURCES = (
    "(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _SHARE_WORDS)
    + r")\s+of\s+(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in SPEECH["source_one_of"])
    # (or of a group of unnamed people, with up to two words before its noun: "One of the
    # Armenian cadets, whose name the editors are withholding, said that" (Ryazanskiye
    # Vedomosti), "one of the protesters told AFP" (AFP), "one of the organisers said" (AP))
    + r"|the\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + "|".join(
        sorted(
            set(_UNNAMED_PLURALS),
            key=len,
            reverse=True,
        )
    )
    + r")"
    + r")|[Tt]he\s+same\s+(?:"
    + "|".join(map(re.escape, SPEECH["anonymous_sources"] + SPEECH["anonymous_people"]))
    + r")\b"
)
#: The impersonal "they" of a place ("In Yerevan they say" (Sputnik Armenia, Kommersant,
#: Argumenty i Fakty in translation), "In the Kremlin, they believe" (Verstka, RBC), "…,
#: they insist in Baku"): an unnamed source, never the place.
_IMPERSONAL_THEY_RE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?\s+(?P<lead>they)\b"
    r"|\b(?P<tail>they)(?=\s+[a-z]+\s+in\s+(?:the\s+)?[A-Z])"
)
#: "people" is a source only with its place ("people familiar with the matter").
_PEOPLE_TAIL = (
    rf"\s+(?:(?:in|from|at|within)\s+{_SOURCE_PLACE}"
    # (close to or familiar with anything, up to three words that are no speech verb:
    # "people close to the negotiating team" (Rajanews, Reuters), "people familiar with
    # the matter" (Bloomberg), "people involved in the operation" (Solothurner Zeitung))
    rf"|(?:close\s+to|familiar\s+with|involved\s+in|{_KNOWING})\s+"
    r"(?:(?:the|his|her|their)\s+)?"
    rf"(?:(?!(?:{_VERB_ALT})\b)[\w’'-]+\s+){{0,2}}(?!(?:{_VERB_ALT})\b)[\w’'-]+)"
)


def _capital_either(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` that matches each with a capital or a small first
    letter, as prefix trees (:func:`word_alternation`: the same matches as the words
    longest first, faster)."""
    firsts = dict.fromkeys(w[0] for w in words)
    return (
        "(?:"
        + "|".join(
            f"[{c.upper()}{c}]" + word_alternation([w[1:] for w in words if w[0] == c])
            for c in firsts
        )
        + ")"
    )


_SPOKESPERSON = r"(?:[A-Z][\w’'.-]*\s+){0,3}spokes(?:man|woman|person)"
#: A capitalised word right after "analyst"/"spokesman": a title before a name, not an
#: anonymous source ("analyst Tigran Grigoryan").
_TITLE_BEFORE_NAME_RE = re.compile(r"[ \t]+[A-Z]")
#: Unnamed media ("local media reported"), searched only in texts with "media".
_MEDIA_RE = re.compile(r"[Mm](?<!\w.)edia\b")  # \b[Mm]edia\b
_MEDIA_ADJECTIVE_RE = re.compile(r"\b(?:[Ll]ocal|[Ss]tate|[Ss]tate-run)\s+$")
#: A press office's or a parliamentary group's noun (speech.yml), as one alternation.
_BODY_NOUN_ALT = word_alternation(
    SPEECH["press_offices"] + SPEECH["parliamentary_groups"], space=r"\s+"
)
#: "the Akorda press service", "the Kyrgyz presidential press service", "the opposition
#: Hayastan faction": capitalised words (and an adjective of a source's place) before a
#: press office or a parliamentary group (speech.yml), its side's adjective no part of it
_PRESS_OFFICE_RE = re.compile(
    r"[Tt](?<!\w.)he\s+(?:(?:" + "|".join(map(re.escape, SPEECH["group_sides"])) + r")\s+)?"
    rf"(?P<owner>(?:[{_UPPER}][\w’'.-]*\s+){{1,4}}"
    rf"(?:(?:{_PLACE_ADJECTIVE_ALT})\s+)?)(?:{_BODY_NOUN_ALT})\b"
)


@lru_cache(maxsize=2)
def _anonymous_re(spokes: bool) -> re.Pattern[str]:
    """The anonymous-source pattern: the nouns of ``_SOURCE_NOUNS`` and ``_SOURCE_PEOPLE``
    with their tails and, if ``spokes`` (the text holds "spokes"), the spokesperson
    branch. (Speed: a lookahead for a possible first character; one pattern for all
    texts, as compiling one for the nouns each text holds cost more than it saved.)"""
    nouns = _SOURCE_NOUNS + _SOURCE_PEOPLE
    letters = "".join(sorted({c for n in nouns for c in (n[0], n[0].upper())}))
    letters += "".join(sorted({c for w in (*_SHARE_WORDS, "the") for c in (w[0], w[0].upper())}))
    branches = [
        _capital_either(_SOURCE_NOUNS) + _SOURCES_TAIL,
        _capital_either(_SOURCE_PEOPLE) + _PEOPLE_TAIL,
        _ONE_OF_SOURCES,
    ]
    if spokes:
        letters = "A-Z" + letters
        branches.append(_SPOKESPERSON)
    return re.compile(rf"(?=[{letters}])\b(?:{'|'.join(branches)})\b")


#: Lower-case particles inside a name ("Thomas de Waal" (Boston Globe, Reuters), "Ursula
#: von der Leyen" (AP), "Mohammed bin Salman" (Al Jazeera)); see ``name_particles`` in
#: data/speech.yml.
_PARTICLE = "(?:" + "|".join(map(re.escape, SPEECH["name_particles"])) + ")"
#: A particle right before a capitalised word: that word is a surname ("de| Waal").
_PARTICLE_END_RE = re.compile(rf"\b{_PARTICLE}[ \t]$")
_OF_RE = re.compile(r"[ \t]of[ \t]+")
#: A printed name: capitalised words on one line (a dot only after an initial or a short
#: title: "Dr. Anna Petrosyan", "J. R. Smith"), e.g. "Executive Director Aram Hamparian".
_NAME_WORD = (
    rf"(?:[{_UPPER}][\w’'-]*[a-z][\w’'-]*|[{_UPPER}]\.|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Prof|Sen|Rep)\."
    rf"|[B-HJ-Z](?=[ \t]+[{_UPPER}]))"
)
#: A regnal number after a church head's or a monarch's name: "Catholicos Karekin II"
#: (KNA, Armenpress), "Catholicos Aram I," (Asbarez), "Patriarch Ilia II" (Civil.ge,
#: Interpressnews), "Pope Leo XIV" (Vatican News, AP); "I" only before punctuation.
_REGNAL = r"[ \t]+(?:(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})\b|I(?=[,.;:)]))"
# (Speed: written to start with the capital, the word-boundary lookbehind after it; a
# first word "Dr." is left out, the name then starts after it.)
_PROPER_NAME_RE = re.compile(  # (an initial without its dot, as Indian and British papers
    # print them: "C Raja Mohan" (The Quint, Indian Express), "S Jaishankar" (NDTV, The
    # Hindu), "K P Fabian" (Rediff); not the words "A" and "I")
    rf"[{_UPPER}](?<![\w’'.-].)(?:[\w’'-]*[a-z][\w’'-]*|\.|(?<=[B-HJ-Z])(?=[ \t]+[{_UPPER}]))[ \t]+"
    rf"(?:(?:{_NAME_WORD}|{_PARTICLE})[ \t]+){{0,7}}[{_UPPER}][\w’'-]*[a-z][\w’'-]*\b"
    rf"(?:{_REGNAL})?"
)
#: "it" in an impersonal passive: "it was said that", "it is understood that".
_IMPERSONAL_IT_RE = re.compile(
    r"\s+(?:was|is|has\s+been|had\s+been)\s+(?:"
    + word_alternation([*verbs("stated_by"), "understood", "learned", "learnt"])
    + r")\b"
)
#: An organisation outside the gazetteer ("the Armenian National Committee of America"):
#: capitalised words joined by of/for/and/on/the, one of them an organisation head word.
_ORG_RUN_RE = re.compile(  # ("St." inside: "the University of St. Gallen" (Luzerner Zeitung))
    # (not from a preposition opening a sentence: "From Foreign Office circles" (Südkurier))
    r"[A-Z](?<![\w’'.-].)(?!(?:rom|n|t|y|ith|or|nder|fter|efore|uring)\s)[\w’'-]+"
    r"(?:[ \t]+(?:(?:of|for|and|on|the|to|in)[ \t]+)*(?:St\.[ \t]+)?[A-Z][\w’'-]+"
    # (a list of fields in a ministry's name, closed by "and": "the Ministry of Trade,
    # Industry and Energy" (Dong-A Ilbo, Yonhap), "Ministry of Economy, Trade and Industry"
    # (NHK, Nikkei), "Ministry of Land, Infrastructure and Transport" (Korea Herald))
    r"(?:,[ \t]+[A-Z][\w’'-]+(?=(?:,[ \t]+[A-Z][\w’'-]+)*,?[ \t]+and[ \t]+[A-Z]))*)+"
)
_ORG_JOINERS = frozenset(["of", "for", "and", "on", "the", "to", "in"])
_TOKEN_RE = re.compile(r"\S+")
_ORG_HEADS: frozenset[str] = frozenset(SPEECH["organisation_words"])
#: Words of documents and places: a printed run holding one is no person's name.
#: Capitalised possessive determiners, which no name holds ("His Armenian colleague").
_POSSESSIVE_DETERMINERS = frozenset(["His", "Her", "Their", "Its", "Our", "My", "Your"])
_NO_NAME_WORDS: frozenset[str] = frozenset(
    SPEECH["document_words"]
    + SPEECH["place_words"]
    + SPEECH["epithet_words"]
    + SPEECH["platform_words"]
)
#: Words of places (data/speech.yml `place_words`): in a run before a name they end a title.
_PLACE_WORD_SET: frozenset[str] = frozenset(SPEECH["place_words"])
#: Country names: in a run of capitalised words before a name they end a title
#: ("EU Ambassador to Georgia Paweł Herczyński").
_COUNTRIES: frozenset[str] = frozenset(DEMONYMS.values())
_TITLE_WORDS: frozenset[str] = frozenset(SPEECH["title_words"])
#: Opening marks and their closing ones; the low mark of German, Polish and Czech
#: typography opens a quote that “ or ” closes („…“ (Die Zeit, FAZ, Der Spiegel), „…”
#: (Gazeta Wyborcza, Rzeczpospolita)). (Only here: “ stays an opening mark elsewhere.)
_OPENERS = QUOTE_PAIRS | {LOW_QUOTE: "“"}
_OPENER_RE = re.compile("[" + "".join(_OPENERS) + "]")
_LOW_CLOSE_RE = re.compile("[“”]")
#: Opening and closing marks of the quotes that nest (“a “b” c”).
_NESTING_RE = {
    o: re.compile(f"[{o}{c}]") for o, c in _OPENERS.items() if o in OPENING_SPEECH_QUOTES
}
_SPACES_RE = re.compile(r"\s+")
_WORD_RUN_RE = re.compile(r"\w+")
#: The possessive ending of a word ("Ministry's").
_POSSESSIVE_S_RE = re.compile(r"(?<=\w)[’']s\b")
#: A parenthesis right after a name ("Jane Doe (D-CA), a member of the caucus,").
_PARENTHESIS_START_RE = re.compile(r"^\s*\([^()\n]{1,40}\)")
#: The comma (and article) between a name and its appositive role ("Josep Borrell, the
#: EU's foreign policy chief, said" (AP, Reuters): the name speaks, whoever holds the
#: role on the publication date; "Ruben Rubinyan, deputy speaker of the Armenian
#: parliament, told" (OC Media, Armenpress): not the role's holder either).
_APPOSITIVE_GAP_RE = re.compile(
    r",\s*(?:(?:the|an?|" + word_alternation(NOT_THE_HOLDER, space=r"\s+") + r")[\s-]+)*"
)
#: A preposition between a role and a place or state ("the Russian ambassador to
#: Armenia", "the EU envoy in Yerevan", "the US representative at the talks"): the role
#: heads the subject (Reuters, TASS, Armenpress).
_ROLE_PREPOSITION = r"(?:to|in|at|for|from)\s+(?:the\s+)?"
_ROLE_PREPOSITION_RE = re.compile(rf"\s+{_ROLE_PREPOSITION}")
#: (Speed: checked on the few characters before a mention before its mentions are fetched.)
_PREPOSITION_BEFORE_RE = re.compile(rf"\s{_ROLE_PREPOSITION}$")
#: The head of an organisation named as a subject ("The head of the Kazakh foreign
#: ministry congratulated" (Kazinform, Bnews.kz), "the head of the Russian Foreign
#: Ministry said" (TASS)): the person, by the office's holder or whom the article titled
#: so, never the organisation.
_HEAD_OF_BEFORE_RE = re.compile(r"\b[Tt]he\s+(?P<office>(?:head|chief)\s+of\s+(?:the\s+)?)$")
#: A person's place of work between the name and the verb ("Olesya Vartanyan of the
#: International Crisis Group said" (Reuters), "Laurence Broers at Chatham House said"
#: (BBC), "Stefan Meister of the German Council on Foreign Relations says" (Der Freitag),
#: "Thomas de Waal of Carnegie Europe believes" (Eurasianet)): the person speaks.
_AFFILIATION_GAP_RE = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")
_AFFILIATION_BEFORE_RE = re.compile(r"\s(?:of|from|at)\s+(?:the\s+)?$")
#: An unnamed workplace after a person's name, before the verb ("Shipping analyst Kari
#: Hovland at a Bergen brokerage points out that" (Dagens Næringsliv), "Anna Petrosyan of a
#: Yerevan think tank said" (Reuters), "Tom Smith with a London consultancy said" (FT)).
_WORKPLACE_GAP_RE = re.compile(
    r"^\s+(?:at|of|from|with)\s+an?\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*(?=\s)"
)


def _affiliated(gap: str) -> bool:
    """Whether the words between a name and its verb are its party ("of the Hayastan
    faction") or an unnamed workplace ("at a Bergen brokerage"), before the verb's gap."""
    if _AFFILIATION_TAIL_RE.fullmatch(gap):
        return True
    w = _WORKPLACE_GAP_RE.match(gap)
    return w is not None and GAP_RE.match(gap[w.end() :]) is not None


#: A place after a subject, before its verb ("The CSTO secretariat in Moscow insists"
#: (Die Welt), "Pashinyan in Yerevan said" (Armenpress), "the embassy in Baku said" (APA)).
_PLACE_TAIL_RE = re.compile(
    r"^\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?=\s+\S*$|\s*$)"
)
#: "X and" before the second subject of "X and Y said".
_JOINT_TAIL_RE = re.compile(r"\band\s+(?:[\w’'-]+\s+){0,3}$")
#: What may stand between a verb and its subject in "said the Russian leader" (never
#: "that": "…, said that Russia would respond" opens a clause, no inversion).
_AFTER_VERB_GAP_RE = re.compile(r"\s+(?:the\s+)?(?:(?!that\s)[\w’'-]+\s+){0,5}")
_QUOTE_NEXT_RE = re.compile(rf"\s*[:{DOUBLE_OPENERS}_]")
_THAT_OR_COLON_RE = re.compile(r"\s*(?:that\b|:)")
_PUNCT_ONLY_RE = re.compile(r"[\s,.!?—–-]*")
#: The same, or a closing mark ("… on its European path”, recalling").
_PUNCT_CLOSER_RE = re.compile(rf"[\s,.!?—–{QUOTE_CLOSERS}-]*")
_POSSESSIVE_RE = re.compile(r"^['’]s?\b")
_COMMA_ONLY_RE = re.compile(r"\s*,\s*")
#: A short masked quote ("“___”").
_MASKED_QUOTE_RE = re.compile(rf"[{DOUBLE_OPENERS}]_{{1,40}}[{DOUBLE_CLOSERS}]")
#: From a verb to its "that"-clause in the same sentence ("told Panorama.am that ").
_THAT_AFTER_OBJECT_RE = re.compile(rf"(?:[^.!?\n{DOUBLE_QUOTES}]|[.!?](?!\s))*\sthat\s*")
#: Honorifics and ranks whose full stop ends no sentence ("“…,” Mr. Trump said": CBS, The
#: New York Times, The Wall Street Journal).
_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Prof", "Sen", "Rep", "St")
#: An initial's full stop ends no sentence either ("“…,” H. Hajiyev stressed" (Bakinsky
#: Rabochy, Azertag), "G. Landsbergis: …" (Lietuvos rytas), "N. Pashinyan" (TASS)).
_SENT_END_RE = re.compile(  # (one lookbehind per length of honorific)
    "".join(
        rf"(?<!\b(?:{'|'.join(h for h in _HONORIFICS if len(h) == n)}))"
        for n in sorted({len(h) for h in _HONORIFICS})
    )
    + r"(?<!\b[A-Z])"
    + rf"[.!?](?=[\s{QUOTE_CLOSERS}]*(?:\s|$))"
)
_HONORIFIC_DOT_RE = re.compile(rf"\b({'|'.join(_HONORIFICS)}|[A-Z])\.(?=\s[A-Z])")


@dataclass
class Quote:
    """A quotation in an article: content span and the paragraphs it opens/closes in."""

    start: int
    end: int
    open_para: int
    close_para: int
    closed: bool


@dataclass
class Found:
    start: int
    end: int
    para: int
    kind: str
    cue: str | None
    speaker_id: str | None
    attribution: str | None
    quotes: list[Quote] = field(default_factory=list)
    #: "her", "the source"...: the speaker is found once every statement is known
    refers_back: str | None = None
    #: (mention, paragraph, anchor) of a subject that refers back ("the ministry", "the
    #: MP") and was left unresolved: tried again once every statement before it is known
    #: (the direct quotes are found after the reported ones)
    subject: Any = None
    #: said by an unnamed person ("a soldier"): a "he"/"she" right after refers to them
    by_unnamed: bool = False
    #: stated by a headline or subheading ("Armenia is not leaving the bloc — Kremlin")
    in_headline: bool = False
    #: the statement a quote without a cue goes on with, when that one's speaker is still
    #: to be resolved ("The deal, he said, “…” ¶ “…”"): the same speaker, once known
    continues: Found | None = None


def parse_quotes(text: str) -> list[tuple[int, int, bool]]:
    """Content spans ``(start, end, closed)`` of the top-level quotes in one paragraph.

    >>> parse_quotes('He said “a “b” c,” then “d')
    [(9, 17, True), (25, 26, False)]

    (Remembered per paragraph text, as syndicated copy repeats paragraphs; a new list
    each call.)
    """
    known = _QUOTES_MEMO.get(text)
    if known is not None:
        return list(known)
    if len(_QUOTES_MEMO) >= QUOTES_MEMO:
        _QUOTES_MEMO.clear()
    out = _parse_quotes(text)
    _QUOTES_MEMO[text] = tuple(out)
    return out


#: :func:`parse_quotes`' memory: a paragraph's text -> its quotes.
_QUOTES_MEMO: dict[str, tuple[tuple[int, int, bool], ...]] = {}
QUOTES_MEMO = 1 << 14


def _parse_quotes(text: str) -> list[tuple[int, int, bool]]:
    """:func:`parse_quotes`, computed."""
    out: list[tuple[int, int, bool]] = []
    i, n = 0, len(text)
    while opener := _OPENER_RE.search(text, i):
        i = opener.start()
        ch = text[i]
        if ch == "‘" and i and text[i - 1].isalnum():
            i += 1  # an apostrophe or a closing mark, not an opening one
            continue
        j = _quote_close(text, i, ch)
        if j < 0:
            out.append((i + 1, n, False))
            break
        out.append((i + 1, j, True))
        i = j + 1
    return out


def _quote_close(text: str, i: int, ch: str) -> int:
    """The index of the mark closing the quote opened by ``ch`` at ``i``; -1 if none.
    Quote marks as printed: when the opener's own closing mark never comes, a closing
    mark of another style after a word ends it (“…," / "…” / ‘…")."""
    j = _own_close(text, i, ch)
    if j >= 0:
        return j
    foreign = _FOREIGN_CLOSE_RE.get(ch)
    m = foreign.search(text, i + 2) if foreign is not None else None
    return m.start() if m else -1


#: Closing marks of another style that may end a quote whose own mark never comes (after
#: a word or punctuation, before a space, punctuation or the end).
_FOREIGN_CLOSE_RE = {
    "“": re.compile(r'(?<=[\w.,!?…])"(?=[\s.,;:!?)—–-]|$)'),
    '"': re.compile(r"(?<=[\w.,!?…])”"),
    "‘": re.compile(r'(?<=[\w.,!?…])["”](?=[\s.,;:!?)—–-]|$)'),
}
#: A closing mark before any opening one in a paragraph.
_ORPHAN_CLOSE_RE = re.compile(f"[{CLOSING_SPEECH_QUOTES}{OPENING_SPEECH_QUOTES}]")


def _orphan_close(ptext: str) -> int | None:
    """The index of a closing ” or » that no opening mark of the paragraph precedes (a
    quote carried over from the paragraph before), or of a straight quote that closes it:
    the first of an odd number, right after a word or a mark and before none ("… many
    times," she added" (Armenpress, TASS and news.am print straight quotes)); or None."""
    m = _ORPHAN_CLOSE_RE.search(ptext)
    if m and m.group() in CLOSING_SPEECH_QUOTES:
        return m.start()
    k = ptext.find(STRAIGHT_QUOTE)
    if (
        k > 0
        and (m is None or k < m.start())
        and not ptext[k - 1].isspace()
        and not ptext[k + 1 : k + 2].isalnum()
        and ptext.count(STRAIGHT_QUOTE) % 2 == 1
    ):
        return k
    return None


def _own_close(text: str, i: int, ch: str) -> int:
    if ch == LOW_QUOTE:  # „…“ / „…”: the first high mark closes (they do not nest)
        m = _LOW_CLOSE_RE.search(text, i + 1)
        return m.start() if m else -1
    close_ch = _OPENERS[ch]
    if ch == close_ch:  # straight quotes do not nest
        return text.find(ch, i + 1)
    if ch == "‘":  # single quotes do not nest; a ’ followed by a letter is an apostrophe
        j = text.find(close_ch, i + 1)
        while 0 <= j < len(text) - 1 and text[j + 1].isalpha():
            j = text.find(close_ch, j + 1)
        return j
    depth, marks = 1, _NESTING_RE[ch]
    for mark in marks.finditer(text, i + 1):
        depth += 1 if mark.group() == ch else -1
        if depth == 0:
            return mark.start()
    return -1


_DASH_QUOTE_RE = re.compile(
    r"^\s*(?:[—–]\s*(?P<q>[^—–]+?)[,.!?]?\s*[—–]"
    # (a hyphen for the dash, spaced, as translations print it: "- We are ready, - he said")
    r"|-\s+(?P<qh>(?:(?!\s-\s).)+?)[,.!?]?\s+-)\s*(?=\S)"
)


def dash_quote(text: str) -> list[tuple[int, int, bool]]:
    """The quote of a Russian-style dash paragraph ("— We are ready, — Peskov said.").

    The span ends just before the comma (or other mark) that precedes the closing dash,
    as if that mark were a closing quote.

    >>> dash_quote("— We are ready, — Peskov said.")
    [(2, 14, True)]
    >>> dash_quote("- We are ready, - Peskov said.")
    [(2, 14, True)]
    """
    m = _DASH_QUOTE_RE.match(text)
    if not m:
        return _dialogue_dash_quote(text) or _later_dash_quotes(text, 0)
    q = "q" if m.group("q") is not None else "qh"
    return [(m.start(q), m.end(q), True), *_later_dash_quotes(text, m.end())]


#: A dash quote that opens a later sentence of a paragraph, with its attribution after the
#: closing dash: "– The CSTO has not fulfilled its obligations – Pashinyan said. – This
#: could not remain without consequences – he added." (Sieci), "… said that Poland
#: supported Armenia. – The Kremlin is losing its empire piece by piece – Sikorski wrote on
#: X." (Sieci, Wprost, Rzeczpospolita in translation).
_LATER_DASH_QUOTE_RE = re.compile(
    r"(?<=[.!?…]\s)[—–]\s*(?P<q>[^—–\n]+?)[,.!?]?\s*[—–]\s*(?=[a-z]|[A-Z][\w’'-]*\s+[a-z])"
)


def _later_dash_quotes(text: str, start: int) -> list[tuple[int, int, bool]]:
    """The dash quotes that open later sentences of a paragraph (:data:`_LATER_DASH_QUOTE_RE`).

    >>> _later_dash_quotes("He spoke. – We are ready – he added.", 0)
    [(12, 24, True)]
    """
    return [(m.start("q"), m.end("q"), True) for m in _LATER_DASH_QUOTE_RE.finditer(text, start)]


#: A dialogue dash without a closing dash: "– A. B, says X." (the Scandinavian and
#: Finnish press: Klassekampen, Aftenposten, Dagens Nyheter, Helsingin Sanomat): the
#: quote runs to the last comma before a short attribution that ends the paragraph.
_DIALOGUE_DASH_RE = re.compile(
    r"^\s*[—–]\s*(?P<q>[^—–\n]+?)[,.!?]?,\s+(?P<tail>[^,.!?—–\n]{3,100}?)[.!?]?\s*$"
)


#: A dash paragraph without an attribution: the quote of the dash paragraph before goes on
#: ("– Russia used the CSTO …, says Wilhelmsen. ¶ – Moscow can live with a frozen Armenia.
#: …" (Klassekampen, Aftenposten, Dagens Nyheter); "— We are ready, — Peskov said. ¶ — The
#: talks will go on." (Kommersant, RIA Novosti in translation)).
_DASH_GOES_ON_RE = re.compile(r"^\s*[—–]\s*(?P<q>[^—–\n]+?)\s*$")


def _dash_goes_on(text: str) -> list[tuple[int, int, bool]]:
    """The quote of a dash paragraph without an attribution, after a dash quote, when it
    speaks in sentences (a finite verb: see ``_SPOKEN_RE`` and ``_PAST_RE``).

    >>> _dash_goes_on("– Moscow can live with a frozen Armenia.")
    [(2, 40, True)]
    """
    m = _DASH_GOES_ON_RE.match(text)
    if m is None or not (_SPOKEN_RE.search(text) or _PAST_RE.search(text)):
        return []  # "– Item one, item two, and more.": a list, no sentence
    return [(m.start("q"), m.end("q"), True)]


def _dialogue_dash_quote(text: str) -> list[tuple[int, int, bool]]:
    """The quote of a dialogue-dash paragraph whose attribution follows the last comma
    ("– Russia used the CSTO to show that it had allies. When an ally leaves, the
    instrument loses its value, says Wilhelmsen."); [] without a speech verb there.

    >>> _dialogue_dash_quote("– When an ally leaves, the alliance loses, says Wilhelmsen.")
    [(2, 41, True)]
    """
    opening = _DASH_OPEN_RE.match(text)
    first = _dash_quote_in_first_sentence(text, opening.end()) if opening else []
    if first:
        return first  # (an attribution that ends a sentence other sentences follow)
    m = _DIALOGUE_DASH_RE.match(text)
    if m is not None and CUE_RE.search(m.group("tail")):
        return [(m.start("q"), m.end("q"), True)]
    return _dash_quote_before_cue(text)


#: A dialogue dash opening a paragraph.
_DASH_OPEN_RE = re.compile(r"\s*[—–]\s*(?=\S)")
#: The attribution after a dialogue-dash quote's comma: a speech verb, or a pronoun or
#: name and one ("says Flemming Splidsboel Hansen, senior researcher at …", "he adds").
_DASH_ATTRIBUTION_RE = re.compile(r"(?:(?:he|she|they|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+)?")
#: A sentence break: the attribution after a comma must run to the paragraph's end.
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-Z]")


def _dash_quote_before_cue(text: str) -> list[tuple[int, int, bool]]:
    """The quote of a dialogue-dash paragraph whose attribution, a speech verb after a
    comma, holds commas of its own and ends the paragraph ("– This is the logical next
    step, but a formal withdrawal is still some way off, says Flemming Splidsboel Hansen,
    senior researcher at the Danish Institute for International Studies." (Jydske
    Vestkysten, Nordjyske, Nordlys)); [] if none."""
    m = _DASH_OPEN_RE.match(text)
    if m is None:
        return []
    for comma in reversed([c.start() for c in re.finditer(r",\s", text, m.end())]):
        tail = text[comma + 1 :].lstrip()
        if _SENTENCE_BREAK_RE.search(tail):
            break
        who = _DASH_ATTRIBUTION_RE.match(tail)
        cue = CUE_RE.match(tail, who.end()) if who else None
        if cue is not None and cue.group("verb"):
            return [(m.end(), comma, True)]
    return []


#: An attribution that ends a sentence of a dialogue-dash paragraph, after its
#: comma: a name or pronoun, a speech verb, up to a hundred characters of place and time,
#: and a full stop before the next sentence ("– We are ending thirty-five years of war,
#: Trump said at the ceremony. Armenia and Azerbaijan had agreed …" (Uutissuomalainen),
#: "– This is an encroachment on the sovereign territory of Armenia, Pasjinjan said at a
#: meeting of the Security Council on Thursday. The government has asked …" (Sydöstran),
#: "– We will not leave, he says firmly. Then …" (Dagens Nyheter)).
_FIRST_SENTENCE_ATTRIBUTION_RE = re.compile(
    r",\s+(?P<who>he|she|they|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
    r"(?=[a-z])[^,;:.!?\n—–]{0,100}?[.!?]\s+(?=[A-Z])"
)


def _dash_quote_in_first_sentence(text: str, start: int) -> list[tuple[int, int, bool]]:
    """The quote of a dialogue-dash paragraph whose attribution ends one of its sentences
    and other sentences follow (:data:`_FIRST_SENTENCE_ATTRIBUTION_RE`); [] if none."""
    att = _FIRST_SENTENCE_ATTRIBUTION_RE.search(text, start)
    if att is None:
        return []
    who = _DASH_ATTRIBUTION_RE.match(text, att.start("who"))
    cue = CUE_RE.match(text, who.end()) if who else None
    return [(start, att.start(), True)] if cue is not None and cue.group("verb") else []


_TIME_ADVERB_RE = re.compile(
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY_ALTERNATION}|today|"
    r"yesterday|earlier\s+this\s+\w+|last\s+\w+|this\s+(?:week|month|year))"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
)


#: "about" before a quantity opens a clause ("said about 40 people ..."), unlike "said
#: about the talks".
_APPROX_RE = re.compile(
    r"\s+(?:about|over|some|at\s+least|more\s+than|fewer\s+than|less\s+than|nearly|almost|"
    r"around|roughly|up\s+to)\s+(?:half|a\s+(?:third|quarter|dozen|hundred|thousand)|\d|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"hundreds|thousands|dozens)\b)",
    re.IGNORECASE,
)


#: A clause whose subject is a quote: a quote (masked), then a lower-case word (its verb).
_QUOTED_SUBJECT_RE = re.compile(rf"\s+[{QUOTE_OPENERS}]_+[{QUOTE_CLOSERS}]\s+([a-z][\w’'-]*)")
_NOT_VERBS: frozenset[str] = frozenset(SPEECH["not_after_quoted_subject"])


#: "no" and a noun after a clause verb: the subject of a clause ("said no decision had
#: been taken", "told reporters no talks were planned").
_NO_NOUN_RE = re.compile(
    r"\s+no\s+(?!to\b|more\b|one\s+(?:else\s+)?(?:word|comment))[a-z]{3,}\s+[a-z]"
)


#: Indefinite pronouns that after "said" are its object or a clause's subject.
_PRONOUN_OBJECTS = frozenset(["nothing", "something", "anything", "little", "much"])


def _opens_clause(verb: str, after: str) -> bool:
    """Whether the words after a clause verb start a bare clause ("said Baku was ...",
    "…, saying it was ...").

    A time adverbial may come first ("said Wednesday it was concerned").
    """
    if verb not in CLAUSE_VERBS and verb not in CLAUSE_PARTICIPLES or verb in OBJECT_VERBS:
        return False
    rest = after[len(_TIME_ADVERB_RE.match(after).group(0)) :]
    if _APPROX_RE.match(rest):
        return True  # "said about half of the residents had left"
    quoted = _QUOTED_SUBJECT_RE.match(rest)
    if quoted:  # "said “significant differences” remained"
        return quoted.group(1) not in _NEXT_NOT_CLAUSE and quoted.group(1) not in _NOT_VERBS
    if _NO_NOUN_RE.match(rest):
        return True  # "said no date had been set" (but "said no to the plan")
    nxt = re.match(r"\s+([\w’'-]+)", rest)
    if nxt is not None and nxt.group(1).lower() in _PRONOUN_OBJECTS:
        # "said nothing had changed" (Diario de Cádiz, Reuters): a clause's subject when
        # an auxiliary follows, else the object ("said nothing", "said something new")
        return _CLAUSE_GOES_ON_RE.match(rest, nxt.end()) is not None
    return (
        nxt is not None
        and nxt.group(1).lower() not in _NEXT_NOT_CLAUSE
        and "_" not in rest[:3]
        # (a participle after the verb is an adverbial: "«…», he said opening the session"
        # (Il Giorno), "said speaking to reporters" (Reuters, AP))
        and not (
            nxt.group(1).islower()
            and nxt.group(1).endswith("ing")
            and _PARTICIPLE_OBJECT_RE.match(rest, nxt.end())  # (not "said talking was better")
        )
    )


#: An object or a preposition after a participle: an adverbial participle phrase
#: ("opening the session", "speaking to reporters", "addressing the summit").
_PARTICIPLE_OBJECT_RE = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|to|with|in|on|at|after|before|from|for)\b"
)


_ADVERBIAL_START = ADVERBIAL_START


def _ends_with_cue(gap: str) -> bool:
    """Whether ``gap`` ends with a speech verb and a comma (", Erdogan said, ")."""
    cues = list(CUE_RE.finditer(gap))
    return bool(cues) and _COMMA_ONLY_RE.fullmatch(gap, cues[-1].end()) is not None


def _only_phrases(art: _Article, quotes: list[Quote], lo: int, hi: int) -> bool:
    """Whether every quote in ``[lo, hi)`` is a short phrase (a quoted word or two inside
    a reported clause: 'not allow its base to be "squeezed out", Zakharova said') or a
    partial quote the clause goes on after (:func:`_partial_quote`)."""
    return all(
        not _has_words(art.text[q.start : q.end], MAX_PHRASE_WORDS + 1) or _partial_quote(art, q)
        for q in quotes
        if q.end > lo and q.start < hi
    )


#: A dialogue dash right before a quote's content.
_DASH_OPENED_RE = re.compile(r"[—–]\s*$")


def _partial_quote(art: _Article, q: Quote) -> bool:
    """Whether a quote is part of a clause around it: no mark ends it inside, and a
    lower-case word follows ('The organisation « has not fulfilled its obligations »
    towards Armenia, Pachinian repeated' (La Croix, Le Monde, Reuters)) or words of its
    sentence that are no cue stand before it ('France « will stand by Armenia », the
    minister declared' (La Croix); 'Moscow was "ready to help", Peskov said' (Reuters))."""
    if not q.closed or art.text[q.start + 1 : q.end].rstrip()[-1:] in _CLAUSE_END_MARKS:
        return False
    if _DASH_OPENED_RE.search(art.text, max(0, q.start - 3), q.start):
        return False  # a dialogue dash opens a whole turn ("– …, he adds.")
    low = _LOWER_WORD_RE.match(art.text, q.end + 1)
    if low is not None and CUE_RE.match(art.text, low.start(1)) is None:
        return True  # (not '“…” said Peskov')
    k = bisect_right(art.sentence_starts, q.start) - 1
    lead = art.text[art.sentence_starts[k] if k >= 0 else 0 : q.start - 1]
    lead = lead[max((m.end() for m in _SENT_END_RE.finditer(lead)), default=0) :]
    return (
        _has_words(lead, 1)
        and not any(c in lead for c in ":" + QUOTE_MARKS)
        and CUE_RE.search(lead) is None
        and not _LABEL_STEMS_RE.search(lead)
    )


#: The author's appositive on a whole sentence after its cue ("…, the ministry announced,
#: a move that drew concern from Moscow" (Reuters), "…, a decision which Baku called
#: unfriendly" (AFP), "…, a step that analysts said …" (AP)).
_SENTENCE_APPOSITIVE_RE = re.compile(r"[\s,]*an?\s+(?:[\w’'-]+\s+){1,3}?(?:that|which)\b")


#: A quote that goes on with the sentence after "…, X said,".
_QUOTE_GOES_ON_RE = re.compile(rf"\s*,\s*[{QUOTE_OPENERS}]")


def _ends_clause(after: str) -> bool:
    """Whether the rest of a sentence after "…, X said" holds no object or clause
    (only punctuation, an adverbial: "…, Putin said in an interview", or the author's
    appositive: "…, a move that …")."""
    if _QUOTE_GOES_ON_RE.match(after):
        return False  # "The deal, he said, “does nothing for …”" (AP, Fresno Bee)
    nxt = re.match(r"[\s,]*([\w’'-]+)", after)
    return (
        nxt is None
        or nxt.group(1).lower() in _ADVERBIAL_START
        or _SENTENCE_APPOSITIVE_RE.match(after) is not None
    )


#: "by" right before a participle ("responded by saying that").
_BY_END_RE = re.compile(r"\w\s+by\s+$")


def _participle_after_clause(masked: str, at: int, verb: str) -> bool:
    """Whether the participle at ``at`` follows a main clause: after a comma ("rejected
    the plan, saying"), or, for "saying", after "the/a <noun>" whose noun says nothing
    itself ("vetoed the document saying", but not "dismissed the reports saying")."""
    before = masked[max(0, at - 40) : at]
    if _PARTICIPLE_COMMA_RE.search(before) or (verb == "saying" and _BY_END_RE.search(before)):
        return True  # (or "justified his absence by saying that": Kurier, Reuters, TASS)
    noun = _NOUN_SAYING_RE.search(before) if verb == "saying" else None
    return noun is not None and noun.group(1) not in SPEAKING_NOUNS


def _has_words(s: str, n: int) -> bool:
    """Whether ``s`` has at least ``n`` words (runs of word characters; stops at ``n``)."""
    return sum(1 for _ in islice(_WORD_RUN_RE.finditer(s), n)) >= n


def _mask(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    """``text`` with the characters inside ``spans`` (offset by ``offset``) as ``_``."""
    if not spans:
        return text
    out, done = [], 0  # text[:done] is written
    for a, b in sorted(spans):
        lo, hi = max(a - offset, done), min(b - offset, len(text))
        if lo < hi:
            out += (text[done:lo], "_" * (hi - lo))
            done = hi
    out.append(text[done:])
    return "".join(out)


#: (and an opening mark the sentence split left at a content's end: "believes that France
#: must now act. « Words are …" (La Marseillaise))
_TRIM_END = " \t\n.,;:!?" + QUOTE_CLOSERS + "—–«„‹"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, trailing sentence punctuation and dangling quote marks."""
    while start < end and text[start] in " \t\n,:;—–":
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


class Mention(NamedTuple):
    """A possible subject: a mention, or a pseudo-mention (``actor_id`` None)."""

    start: int
    end: int
    actor_id: str | None
    actor: str | None
    method: str


#: ``Mention._make`` without a Python frame (speed: one call per mention).
_new_mention = partial(tuple.__new__, Mention)


class Para(NamedTuple):
    """A paragraph of an article: its id, span and kind (``heading`` or body)."""

    paragraph_id: int
    start: int
    end: int
    kind: Any


_START = attrgetter("start")
_END = attrgetter("end")


class _FoundList(list):
    """An article's statements as they are found, knowing whether they are in text order
    (by ``start``) and how far one statement reaches at most (``longest``), so that the
    questions about the statements before a position ("who spoke last?", "does one
    overlap this sentence?") look at the few near it, not at every one of the article.

    ``inversions`` counts the neighbours out of text order (0: in order), kept up to date
    by every change the attribution makes (append, insert, pop, sort); ``longest`` is an
    upper bound of ``end - start``: a statement stretched after it was added must be
    passed to :meth:`stretched`.
    """

    def __init__(self) -> None:
        super().__init__()
        self.inversions = 0
        self.longest = 0

    @property
    def ordered(self) -> bool:
        return not self.inversions

    def _inverted(self, i: int) -> int:
        """1 if ``self[i - 1]`` starts after ``self[i]``, else 0 (0 out of range)."""
        return int(0 < i < len(self) and self[i - 1].start > self[i].start)

    def append(self, f: Found) -> None:
        if self and self[-1].start > f.start:
            self.inversions += 1
        if f.end - f.start > self.longest:
            self.longest = f.end - f.start
        super().append(f)

    def insert(self, i: Any, f: Found) -> None:
        n = len(self)
        i = max(0, min(n, i if i >= 0 else n + i))
        self.inversions -= self._inverted(i)
        super().insert(i, f)
        self.inversions += self._inverted(i) + self._inverted(i + 1)
        self.longest = max(self.longest, f.end - f.start)

    def pop(self, i: Any = -1) -> Found:
        i = i if i >= 0 else len(self) + i
        self.inversions -= self._inverted(i) + self._inverted(i + 1)
        f = super().pop(i)
        self.inversions += self._inverted(i)
        return f

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self.inversions = sum(map(self._inverted, range(1, len(self))))

    def stretched(self, f: Found) -> None:
        """Note that ``f.end`` moved on."""
        self.longest = max(self.longest, f.end - f.start)

    def before(self, pos: int) -> Iterator[Found]:
        """The statements to look at, last first, for one that starts before ``pos``:
        in text order only those that do, else all (the caller checks ``start``)."""
        if not self.ordered:
            return reversed(self)
        k = bisect_left(self, pos, key=_START)
        return (self[i] for i in range(k - 1, -1, -1))

    def overlaps(self, s0: int, s1: int) -> bool:
        """Whether a statement overlaps ``[s0, s1)``."""
        if not self.ordered:
            return any(f.start < s1 and f.end > s0 for f in self)
        lo = bisect_left(self, s0 - self.longest, key=_START)
        hi = bisect_left(self, s1, key=_START, lo=lo)
        return any(self[i].end > s0 for i in range(lo, hi))


class _Context(NamedTuple):
    """What attribution knows of an article besides its text: its date, the gazetteer's
    role matcher, and the actors' roles and types by id."""

    published: Any = None
    matcher: Matcher | None = None
    roles: dict[str, str] = {}
    types: dict[str, str] = {}
    affiliations: dict[str, str] = {}


#: A lower-case word after a role noun that is no preposition: the noun is a subject
#: before its verb ("the prime minister thanked"), not the head of a longer title ("The
#: assistant to the President …, Hikmet Hajiyev,").
_VERB_NEXT_RE = re.compile(r"\s+(?!(?:to|of|in|at|for|with|from|on|and|or)\b)[a-z]")


class _Article:
    def __init__(
        self,
        aid: str,
        text: str,
        paras: list[Para],
        sents: dict[int, list[tuple[int, int]]],
        mentions: list[Mention],
        gender: dict[str, str | None],
        names: dict[str, str] | None = None,
        model: EntityModel | None = None,
        context: _Context | None = None,
    ) -> None:
        self.aid, self.text, self.gender = aid, text, gender
        self.names = names or {}
        self.model = model
        context = context or _Context()
        self.published, self.matcher = context.published, context.matcher
        self.roles, self.types = context.roles, context.types
        self.affiliations = context.affiliations
        self.paras = paras
        self.sents = sents
        self.mentions = sorted(mentions, key=itemgetter(0, 1))  # (start, end)
        self.starts = [m.start for m in self.mentions]
        self.found = _FoundList()
        self.quotes: list[Quote] = []
        #: whether the direct quotes have been attributed (after the reported pass)
        self.quotes_attributed = False
        self._masked: dict[int, tuple[str, bool]] = {}
        #: (start, end, paragraph_id) of every sentence, in text order
        self.sentence_list = sorted((a, b, pid) for pid, ss in sents.items() for a, b in ss)
        self.sentence_starts = [a for a, _, _ in self.sentence_list]

    def masked(self, para: Any) -> tuple[str, bool]:
        """A paragraph's text with its quotes masked as ``_`` (computed once), and
        whether it holds any quote."""
        pid = int(para.paragraph_id)
        hit = self._masked.get(pid)
        if hit is None:
            p0, p1 = int(para.start), int(para.end)
            # (quotes are in text order and do not overlap: their ends rise too)
            k0 = bisect_right(self.quotes, p0, key=_END)
            k1 = bisect_left(self.quotes, p1, key=_START)
            spans = [(q.start, q.end) for q in self.quotes[k0:k1]]
            hit = self._masked[pid] = (_mask(self.text[p0:p1], spans, p0), bool(spans))
        return hit

    @cached_property
    def ids(self) -> dict[str, str]:
        """Actor ids by canonical name."""
        return {name: aid for aid, name in self.names.items()}

    # -- mentions -------------------------------------------------------------------------
    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)``, in text order."""
        out = []
        for i in range(bisect_left(self.starts, start), len(self.mentions)):
            m = self.mentions[i]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def speaker_of(
        self, mention: Any, para: int, anchor: int | None = None
    ) -> tuple[str | None, str | None]:
        """(speaker_id, attribution) for a subject mention; ``anchor`` is where the
        statement starts (a quote before "he said"), the mention's start if not given."""
        method = str(mention.method)
        if method == "pronoun":
            return self._pronoun_speaker(mention, para, anchor)
        if method == "anaphor":  # (a role noun after a quote: "“…,” the minister said")
            return self._anaphor_speaker(mention, para, anchor)
        by_method = _SPEAKER_BY_METHOD.get(method)
        if by_method is not None:
            return by_method(self, mention, para)
        if mention.actor_id is None:
            if mention.actor is not None:
                return UNKNOWN + mention.actor, "name"  # a proper name not in the gazetteer
            return None, None  # unresolved role or anonymous source
        return str(mention.actor_id), ("role" if method == "role" else "name")

    def state_office(self, f: Found) -> str | None:
        """The speaker of a statement by a state's ministry printed without its state ("the
        Ministry of Foreign Affairs said", "the Foreign Ministry noted") right after that
        state opened the sentence before (``narrated_state``) or spoke: its ministry of
        that field in the gazetteer ("Türkiye welcomed the news. “…,” the Ministry of
        Foreign Affairs said" (Diken, Yeni Asır); "Baku said … The Foreign Ministry noted"
        (Bizim Yol, APA)); None otherwise (after a person or nobody the state is not
        known: the office stays as printed)."""
        if not f.speaker_id or not f.speaker_id.startswith(UNKNOWN):
            return None
        field = _bare_ministry_field(f.speaker_id.removeprefix(UNKNOWN))
        if field is None:
            return None
        state = self.narrated_state(f.start) or self.previous_speaker(f.start, f.para, None)[0]
        if state is None or self.types.get(state) != "state":
            return None
        found = self.institution_of(state, f"{field.lower()} ministry")
        if found is not None:
            return found
        # a state the gazetteer holds no such ministry of: the ministry as printed, named
        # by its state's adjective ("South Korea's government welcomed … The Ministry of
        # Foreign Affairs said" (Arirang, Yonhap) → "South Korean Ministry of Foreign
        # Affairs"), as `_located` names one its dateline places
        demonym = DEMONYM_OF.get(self.names.get(state, ""))
        printed = f.speaker_id.removeprefix(UNKNOWN).removeprefix("the ").removeprefix("The ")
        return f"{UNKNOWN}{demonym_form(f'{demonym} {printed}')}" if demonym else None

    def narrated_state(self, anchor: int) -> str | None:
        """The state that opens the sentence right before the one holding ``anchor`` as its
        subject (:meth:`narrated_body`): a state's reaction told before its ministry's words
        ("Türkiye welcomed the joint declaration. The Ministry of Foreign Affairs said …"
        (Diken), "Iran welcomed the agreement. The Foreign Ministry said …" (Tasnim),
        "Georgia has welcomed the deal. “…,” the Foreign Ministry said" (Civil.ge)); None
        otherwise."""
        body = self.narrated_body(anchor)
        return body if body is not None and self.types.get(body) == "state" else None

    def _pronoun_speaker(
        self, mention: Any, para: int, anchor: int | None
    ) -> tuple[str | None, str | None]:
        """ "he said": the person a narrative sentence before names, the previous speaker
        of the pronoun's gender, or the pronoun's antecedent."""
        at = min(mention.start, anchor or mention.start)
        if self.after_unnamed(at):
            return None, None
        gender = PRONOUNS.get(self.text[mention.start : mention.end].lower())
        own = self.sentence_speaker(mention.start, gender)
        if own is not None:
            return own, "pronoun"
        narrated = self.narrated_person(at, gender)
        if narrated:
            return narrated, "pronoun"
        if mention.actor_id is None:
            if mention.actor is not None:
                return UNKNOWN + mention.actor, "name"
            # no antecedent in the gazetteer: the previous speaker
            found = self.previous_speaker(mention.start, para, gender, unnamed_last=True)
            if found[1] == _UNNAMED:
                return None, None
            if found[0] or self.spoken_before(mention.start, para):
                return found
            person = self.recent_person(mention.start, para, gender)
            return person, ("pronoun" if person else None)
        want = self.gender.get(str(mention.actor_id))
        found = self.previous_speaker(mention.start, para, want, unnamed_last=True)
        if found[1] == _UNNAMED:
            return None, None  # he is that source, not the person named before it
        return found if found[0] else (str(mention.actor_id), "pronoun")

    def quote_pending(self, pos: int, para: int) -> bool:
        """Whether a closed quote of this or the previous paragraph stands between the
        last statement found and ``pos`` while the quotes are not attributed yet (a
        pronoun after it waits for the quote's speaker)."""
        if self.quotes_attributed:
            return False
        last = next((f.end for f in self.found.before(pos) if f.start < pos), 0)
        k = bisect_left(self.quotes, pos, key=_START)
        return k > 0 and (
            (q := self.quotes[k - 1]).closed
            and q.start >= last
            and q.end < pos
            and q.open_para >= para - 1
        )

    def _counterpart_speaker(self, mention: Any, para: int) -> tuple[str | None, str | None]:
        """ "His counterpart said": the person the article introduced as the counterpart
        of the one who spoke before (of the possessive's gender), or whose counterpart
        that one was; with a demonym, else the holder of that one's office in the
        demonym's state (:meth:`cscaucasus.actors.Matcher.counterpart`); else no one."""
        words, referent = self._possessor(mention, para)
        found = self.model.counterpart(referent) if self.model and referent else None
        if found is None and referent and words[1] in DEMONYMS and self.matcher is not None:
            # "His Azerbaijani counterpart wrote" after the Armenian foreign minister spoke
            # (Il Mattino): the gazetteer's holder of his office in that state on the date
            found = self.matcher.counterpart(referent, words[1], self.published)
        if found is None and referent and words[1] in DEMONYMS and self.model is not None:
            found = self._titled_counterpart(referent, words[1], mention.start)
        return found, ("role" if found else None)

    def _titled_counterpart(self, referent: str, demonym: str, before: int) -> str | None:
        """The one person the article titled as ``referent`` was titled, with the
        demonym's state ("Armenian Deputy Prime Minister Mher Grigoryan and Azerbaijani
        Deputy Prime Minister Shahin Mustafayev met … His Azerbaijani counterpart said"
        (Nowa Trybuna Opolska, Armenpress, APA)); None if none or several."""
        own = self.model.entity(referent) if self.model is not None else None
        hits: set[str] = set()
        for title in own.titles if own is not None else ():
            words = title.split()
            core = " ".join(words[1:] if words and words[0] in DEMONYMS else words)
            if core:
                hits.update(
                    k for k in self.model.all_titled(f"{demonym} {core}", before) if k != referent
                )
        return hits.pop() if len(hits) == 1 else None

    def _guest_speaker(self, mention: Any, para: int) -> tuple[str | None, str | None]:
        """ "His guest replied": the one other person of the last sentence that shows the
        one who spoke before (of the possessive's gender) meeting or hosting someone
        ("Vladimir Putin and Nikol Pashinyan met …", "The Armenian foreign minister met
        … Kaja Kallas"); else no one."""
        host = self._possessor(mention, para)[1]
        if host is None:
            return None, None
        text = self.text
        for m in reversed(self.mentions_in(0, mention.start)):
            if self.key_of(m) != host:
                continue
            s0 = text.rfind(". ", 0, m.start) + 1
            s1 = text.find(". ", m.end, mention.start)
            s1 = mention.start if s1 < 0 else s1
            if not _MEETING_RE.search(text, s0, s1):
                continue
            others = {
                k
                for o in self.mentions_in(s0, s1)
                if (k := self.key_of(o)) and k != host and self.is_person_key(k)
            }
            found = others.pop() if len(others) == 1 else None
            return found, ("role" if found else None)
        return None, None

    def _possessor(self, mention: Any, para: int) -> tuple[list[str], str | None]:
        """The words of a "His/Her/Their <noun>" subject and whom its possessive points
        back to: the previous speaker of the possessive's gender."""
        words = self.text[mention.start : mention.end].split()
        return words, self.previous_speaker(mention.start, para, PRONOUNS.get(words[0].lower()))[0]

    def key_of(self, m: Any) -> str | None:
        """The speaker key a mention names: its actor id, or a printed name's."""
        if m.actor_id is not None:
            return str(m.actor_id)
        return UNKNOWN + str(m.actor) if m.method == "name" and m.actor else None

    def is_person_key(self, key: str) -> bool:
        """Whether a speaker key is a person's (a gazetteer person or a printed name)."""
        return key.startswith(UNKNOWN) or self.types.get(key) == "person"

    def _capital_speaker(self, mention: Any, para: int) -> tuple[str | None, str | None]:
        """ "Baku said": the state, if the gazetteer has it."""
        state = self.ids.get(str(mention.actor))
        return state, ("name" if state else None)

    def _institution_speaker(self, mention: Any, para: int) -> tuple[str | None, str | None]:
        """ "the ministry said": see :meth:`previous_institution`; "its secretariat",
        "the organisation's press service", "the country's foreign ministry": see
        :meth:`owned_institution`."""
        first, _, rest = self.text[mention.start : mention.end].partition(" ")
        if first.lower() == "its":  # an organisation's or a state's
            found = self.owned_institution(mention.start, para, None, rest)
        elif (owned := _possessive_role(rest))[0] is not None:
            found = self.owned_institution(mention.start, para, *owned)
        elif rest.lower() in _STATE_NOUNS and (state := self.narrated_state(mention.start)):
            # the state that opens the sentence before ("Yerevan rejects this. The
            # government says …" (Wiesbadener Kurier), "Baku denies it. The authorities
            # say …" (AFP)): its government
            found = state
        else:
            found = self.previous_institution(mention.start, para, str(mention.actor))
            place = _IN_CAPITAL_RE.search(self.text, max(0, mention.start - 40), mention.start)
            if place is not None and place.group(1) in CAPITALS:
                found = self.placed_institution(found, CAPITALS[place.group(1)], rest)
        return found, ("role" if found else None)

    def placed_institution(self, found: str | None, state: str, noun: str) -> str | None:
        """ "In Yerevan, the ministry confirmed" after the Azerbaijani Foreign Ministry
        spoke (Leeuwarder Courant; AFP's and Reuters' "In Moscow, the foreign ministry
        said"): the capital's state's institution of the role of the one ``found`` before
        it (the gazetteer's, else no one); "In Baku, the government said": the state."""
        state_id = self.ids.get(state)
        if state_id is None:
            return None
        if found is None or self.types.get(found) == "state":
            return state_id if noun.lower() in _STATE_NOUNS else None
        if self.affiliations.get(found) == state:
            return found
        role = self.roles.get(found)
        return self.institution_of(state_id, role.lower()) if role else None

    def owned_institution(self, pos: int, para: int, owner: str | None, words: str) -> str | None:
        """The institution ``words`` of the actor named last before ``pos`` in this or the
        previous paragraph, of type ``owner`` (any organisation or state if None; no news
        agency): an organisation's own office speaks for it ("its secretariat" → the
        CSTO); a state's is the gazetteer's organisation of that role and affiliation ("the
        country's foreign ministry" → Armenian Foreign Ministry), else no one."""
        lo = next((p.start for p in self.paras if p.paragraph_id >= para - 1), 0)
        kinds = ("organization", "state") if owner is None else (owner,)
        for aid, kind in self.actors_before(lo, pos, kinds):
            if self.roles.get(aid) in _MEDIA_ROLES:
                continue
            if kind == "organization":
                return aid
            found = self.institution_of(aid, " ".join(words.lower().split()))
            return found or _state_ministry(self.names.get(aid), words)
        return None

    def institution_of(self, state: str, role: str) -> str | None:
        """The gazetteer's organisation of ``role`` (lower case: "foreign ministry")
        affiliated with the state ``state`` (an actor id), or None."""
        return next(
            (
                a
                for a, r in self.roles.items()
                if r.lower() == role and self.affiliations.get(a) == self.names.get(state)
            ),
            None,
        )

    def _it_speaker(self, mention: Any, para: int) -> tuple[str | None, str | None]:
        """ "It also urged": an organisation or state that spoke just before; else one
        named before "it" in its sentence ("The ministry issued a statement in which it
        expresses …"); else the one the sentence before opens with
        (:meth:`narrated_body`); never a person, and no one in an impersonal passive ("From
        Foreign Office circles it was said that" (Südkurier), "it is understood that")."""
        if _IMPERSONAL_IT_RE.match(self.text, mention.end):
            return None, None
        body = self.narrated_body(mention.start)
        if body is not None:  # (the body the sentence before opens with, before one that
            # spoke further back: "The Federal Foreign Office went further in its written
            # statement. „…“, it says there." after the French ministry spoke)
            return body, "pronoun"
        found = self.previous_speaker(mention.start, para, None)[0]
        if found is not None and found.startswith(UNKNOWN):  # a printed organisation
            if _ORG_HEADS.intersection(found[len(UNKNOWN) :].split()):
                return found, "pronoun"
        elif found is not None and self.gender.get(found) is None:
            return found, "pronoun"
        s0 = self.sentence_starts[max(bisect_right(self.sentence_starts, mention.start) - 1, 0)]
        orgs = [
            m
            for m in self.mentions_in(s0, mention.start)
            if (m.actor_id is not None and m.method in ("name", "alias"))
            or (m.actor_id is None and m.method == "organisation" and m.actor)
        ]
        if orgs and orgs[0].actor_id is None:
            # a printed body ("Kuwait's Ministry of Foreign Affairs also issued a statement
            # in which it said that" (Sabq))
            return UNKNOWN + str(orgs[0].actor), "pronoun"
        if orgs and self.gender.get(str(orgs[0].actor_id)) is None:
            return str(orgs[0].actor_id), "pronoun"
        return None, None

    def narrated_body(self, anchor: int) -> str | None:
        """The organisation or state that opens the sentence right before the one holding
        ``anchor`` as its subject, when that sentence (in this or the previous paragraph)
        holds no statement: "it" then stands for it ("The CSTO secretariat has kept
        Armenia on its mailing lists. In a statement on its website, it said that …"
        (IWPR; Reuters, AP: "The ministry summoned the ambassador. It said …"))."""
        i = bisect_right(self.sentence_starts, anchor) - 1
        if i <= 0:
            return None
        s0, s1, spara = self.sentence_list[i - 1]
        if spara < self.sentence_list[i][2] - 1 or self.found.overlaps(s0, s1):
            return None
        first = next(iter(self.mentions_in(s0, s1)), None)
        if first is None or not _SUBJECT_OPENS_RE.fullmatch(self.text, s0, first.start):
            return None
        if first.actor_id is None:  # a printed body ("The Federal Foreign Office went further
            # in its written statement. „…“, it says there." (Wiesbadener Kurier)), a capital
            if first.method == "capital":
                return self.ids.get(str(first.actor))
            printed = first.method == "organisation" and first.actor
            return UNKNOWN + str(first.actor) if printed else None
        aid = str(first.actor_id)
        return aid if self.types.get(aid) in ("organization", "state") else None

    def _document_speaker(self, mention: Any, para: int) -> tuple[str | None, str | None]:
        """ "the statement said": the previous speaker, or the statement's issuer; a
        document a meeting adopts ("the final declaration"), its body's
        (:meth:`body_of`); a joint one ("the joint statement"), no one's."""
        if _JOINT_DOCUMENT_RE.search(self.text, mention.start, mention.end):
            return None, None
        if str(mention.actor).lower() in COLLECTIVE_DOCUMENTS:
            found = self.body_of(mention, para)
        else:  # ("reads the statement of the CSTO Secretariat published after the summit")
            found = self.named_with(mention) or self._nearer_issuer(mention, para)
        return found, ("role" if found else None)

    def _nearer_issuer(self, mention: Any, para: int) -> str | None:
        """The previous speaker or the document's issuer (:meth:`issuer`), whichever the
        text names nearer before it: "The Greek Foreign Ministry condemned the attack in a
        statement issued at noon. «…», the statement reads" (Skai, ANA-MPA) is the
        ministry's, though another spoke in the paragraph before."""
        speaker = self.previous_speaker(mention.start, para, None)[0]
        issued = self.issued_at(mention.start, para, str(mention.actor))
        if speaker is None or issued is None:
            return speaker or (issued[1] if issued else None)
        spoke = next(
            (f.start for f in self.found.before(mention.start) if f.speaker_id == speaker), -1
        )
        return issued[1] if issued[0] > spoke else speaker

    def body_of(self, mention: Any, para: int) -> str | None:
        """The organisation that adopted the collective document ``mention``: the one
        named in its phrase ("the communiqué of the Collective Security Council"), else
        the one that spoke last or issued "a declaration" in the sentence before, else
        the one whose summit, session or meeting the article named last before it
        ("the CSTO summit"); None otherwise (never the last person who spoke)."""
        found = self.named_with(mention)
        if found is None:
            last = self.previous_speaker(mention.start, para, None)[0]
            issuer = last or self.issuer(mention.start, para, str(mention.actor))
            found = issuer if issuer and self.types.get(issuer) == "organization" else None
        return found or self.occasion_body(mention.start)

    def named_with(self, mention: Any) -> str | None:
        """The organisation a document names as its own, inside its phrase or after
        "of/by/from" ("the communiqué of the Collective Security Council", "the statement
        of the CSTO Secretariat", "the declaration adopted by the Council"), or None."""
        return next(
            (
                str(m.actor_id)
                for m in self.mentions_in(mention.start, mention.end + 80)
                if m.actor_id is not None
                and self.types.get(str(m.actor_id)) == "organization"
                and (m.end <= mention.end or _OF_BODY_RE.fullmatch(self.text, mention.end, m.start))
            ),
            None,
        )

    def occasion_body(self, pos: int) -> str | None:
        """The organisation whose occasion (``body_occasions``) the article names last
        before ``pos``: "the CSTO summit", "the session of the Collective Security
        Council"; None if none."""
        text = self.text
        for m in reversed(self.mentions_in(0, pos)):
            if m.actor_id is None or self.types.get(str(m.actor_id)) != "organization":
                continue
            if _OCCASION_AFTER_RE.match(text, m.end) or _OCCASION_OF_RE.search(
                text, max(0, m.start - 40), m.start
            ):
                return str(m.actor_id)
        return None

    def _anaphor_speaker(
        self, mention: Any, para: int, anchor: int | None = None
    ) -> tuple[str | None, str | None]:
        """ "the deputy minister said": whom the article so titled; for "the country's
        foreign minister", that role of the state named last (by the gazetteer's dated
        roles); else the previous speaker, else the last person named, if the role fits
        them (:meth:`fits_role`); else no one."""
        words = _role_words(self.text, mention)
        apposed = self.apposed_person(mention)
        if apposed is not None:
            return apposed, "role"
        if words.lower() == "host":
            host = self.host_before(mention.start)
            return host, ("role" if host else None)
        titled = self.model.all_titled(words, mention.start) if self.model else []
        if len(titled) == 1:
            return titled[0], "role"
        owner, role = _possessive_role(words)
        if owner is not None:
            found = self.owned_role(mention.start, owner, role)
            return found, ("role" if found else None)
        # (the one gazetteer holder, unless the article titled several so: "the minister"
        # after "Lithuanian Foreign Minister Landsbergis" and "Prime Minister Pashinyan")
        only = self.only_holder(mention.start, words) if len(titled) < 2 else None
        if only is not None:
            return only, "role"
        # "Manukyan pressed on. “…,” the opposition lawmaker said" (Aravot):
        # the sentence before the statement's, not before the role noun's
        narrated = self.narrated_person(min(mention.start, anchor or mention.start), None)
        if narrated and self.fits_role(narrated, words):
            return narrated, "role"
        # (a generic noun after an unnamed source is that source: "A source in the Russian
        # Foreign Ministry told our publication that … , the diplomat added" (Odnako))
        generic = _specific_role_forms(words) is None
        found = self.previous_speaker(mention.start, para, None, unnamed_last=generic)
        if found[1] == _UNNAMED:
            return None, None
        if found[0]:
            return (found[0], "role") if self.fits_role(found[0], words) else (None, None)
        person = self.recent_person(mention.start, para)
        return (person, "role") if person and self.fits_role(person, words) else (None, None)

    def host_before(self, pos: int) -> str | None:
        """The person the article shows hosting before ``pos``: the last one named as
        the subject of a hosting verb (``host_verbs``) or after "under the auspices of";
        None if none."""
        text = self.text
        for m in reversed(self.mentions_in(0, pos)):
            if not self.named_person(m):
                continue
            if _HOSTING_AFTER_RE.match(text, m.end) or _AUSPICES_BEFORE_RE.search(
                text, max(0, m.start - 80), m.start
            ):
                return self.key_of(m)
        return self._met_at_home(pos)

    def _met_at_home(self, pos: int) -> str | None:
        """The host of the last meeting the article places in a capital before ``pos``:
        the one person met there whose state that capital is ("… met yesterday in Moscow
        with their Russian colleague Sergey Lavrov … The host said" (La Nuova Sardegna),
        "talks in Baku with Ilham Aliyev" (APA)); None if none or several."""
        i = bisect_right(self.sentence_starts, pos) - 1
        for s0, s1, _ in reversed(self.sentence_list[: max(i, 0)]):
            place = _MET_IN_CAPITAL_RE.search(self.text, s0, s1)
            if place is None:
                continue
            state = CAPITALS.get(place.group(1))
            home = {
                str(m.actor_id)
                for m in self.mentions_in(s0, s1)
                if self.named_person(m)
                and m.actor_id is not None
                and self.affiliations.get(str(m.actor_id)) == state
            }
            return home.pop() if len(home) == 1 else None
        return None

    def apposed_person(self, mention: Any) -> str | None:
        """The person whose name stands in apposition right after a role noun, set off by
        commas ("The spokeswoman of the Foreign Ministry, María Zajárova, accused …"
        (El País's style; "The Iranian president, Masoud Pezeshkian, said" (AFP))): a
        verb after it is theirs, whichever subject the search met first; None if none."""
        gap = _APPOSED_GAP_RE.match(self.text, mention.end)
        if gap is None:
            return None
        k = bisect_left(self.starts, gap.end())
        m = self.mentions[k] if k < len(self.mentions) else None
        if m is None or m.start != gap.end() or not self.text.startswith(",", m.end):
            return None
        if m.actor_id is not None and self.types.get(str(m.actor_id)) == "person":
            return str(m.actor_id)
        if m.actor_id is None and m.method == "name" and m.actor is not None:
            return UNKNOWN + str(m.actor)
        return None

    def _owned_speaker(self, mention: Any, para: int) -> tuple[str | None, str | None]:
        """ "Armenia's parliament speaker", "the Russian Foreign Ministry's spokeswoman":
        the gazetteer's holder of the role as printed, with the owner's possessive also
        read as its demonym or as a plain modifier ("Armenian parliament speaker",
        "Russian Foreign Ministry spokeswoman"); else no one (never a guess)."""
        if self.matcher is None:
            return None, None
        surface = " ".join(str(mention.actor).split())
        if surface[:4].lower() == "the ":
            surface = surface[4:]
        plain, demonym = (_POSSESSIVE_S_RE.sub("", f) for f in (surface, demonym_form(surface)))
        for form in dict.fromkeys((surface, plain, demonym)):
            found = self.matcher.resolve_role(form, self.published)
            if found is not None:
                return found, "role"
        titled = (
            [
                k
                for form in (surface, *role_forms(surface))
                for k in self.model.all_titled(form, mention.start)
            ]
            if self.model
            else []
        )
        if len(set(titled)) == 1:  # "the Uzbek Foreign Minister" the article introduced
            return titled[0], "role"
        named = self.named_next(para)
        if named is not None and self.fits_role(named, surface.rpartition(" ")[2]):
            return named, "role"
        return None, None

    def named_next(self, para: int) -> str | None:
        """The person whom the paragraph after ``para`` opens with, when ``para`` is the
        article's first: a news lede titles its subject and the next paragraph names
        them ("Georgia’s prime minister on Monday rejected calls … ¶ Irakli Kobakhidze,
        whose …" (AP), "Armenia's prime minister said … ¶ Nikol Pashinyan, speaking …"
        (Reuters, AFP)); None otherwise."""
        body = [p for p in self.paras if p.kind != "heading"]
        if len(body) < 2 or body[0].paragraph_id != para:
            return None
        first = self.mentions_in(body[1].start, body[1].start + 60)
        if not first or first[0].start != body[1].start or first[0].method != "name":
            return None
        m = first[0]
        if m.actor_id is None:
            return UNKNOWN + str(m.actor) if m.actor else None
        return str(m.actor_id) if self.types.get(str(m.actor_id)) == "person" else None

    def only_holder(self, pos: int, words: str) -> str | None:
        """The one gazetteer person named before ``pos`` whose role a specific role noun
        names ("the premier" in an article that named Pashinyan and Putin is Pashinyan);
        None for a generic noun, or when none or several fit."""
        forms = _specific_role_forms(words)
        if forms is None:
            return None
        fitting = {
            str(m.actor_id)
            for m in self.mentions_in(0, pos)
            if m.actor_id is not None
            and m.method != "pronoun"
            and self.types.get(str(m.actor_id)) == "person"
            and any(_holds(self.roles.get(str(m.actor_id), "").lower(), f) for f in forms)
            and not self.of_another_state(str(m.actor_id), words)
        }
        return fitting.pop() if len(fitting) == 1 else None

    def actors_before(self, lo: int, pos: int, kinds: tuple[str, ...]) -> Iterator[tuple[str, str]]:
        """(actor id, type) of the gazetteer actors of one of ``kinds`` named (not as a
        pronoun; a capital for its state) in ``[lo, pos)``, the last named first."""
        for m in reversed(self.mentions_in(lo, pos)):
            aid = str(m.actor_id) if m.actor_id is not None else self.ids.get(str(m.actor))
            kind = self.types.get(aid) if aid is not None else None
            if kind in kinds and m.method != "pronoun":
                yield str(aid), str(kind)

    def owned_role(self, pos: int, owner: str, role: str) -> str | None:
        """The actor holding ``role`` of the last actor of type ``owner`` (state or
        organisation) named before ``pos`` ("the country's foreign minister" after
        "Armenia" → Armenia's foreign minister on the publication date); None if the
        gazetteer has no such role then. For a state, only the last one named counts;
        for an organisation, the last whose role resolves (outlets and ministries have
        no secretary general)."""
        if self.matcher is None:
            return None
        for aid, _ in self.actors_before(0, pos, (owner,)):
            found = self.matcher.resolve_role(f"{self.names[aid].lower()}'s {role}", self.published)
            if found is not None or owner == "state":
                return found
        return None

    def of_another_state(self, key: str, words: str) -> bool:
        """Whether role words open with a state's demonym ("French minister") and the
        gazetteer actor ``key`` belongs to another state."""
        state = DEMONYMS.get(words.split(maxsplit=1)[0]) if words.strip() else None
        affiliation = self.affiliations.get(key)
        if state is None or affiliation in (None, state):
            return False
        # "the Portuguese added" after António Costa: an organisation's person (the EU, the
        # CSTO) has a nationality the gazetteer does not give; "the Spanish president" is
        # an office of Spain all the same
        return " " in words.strip() or self.types.get(self.ids.get(str(affiliation), "")) != (
            "organization"
        )

    def fits_role(self, key: str, words: str) -> bool:
        """Whether a role noun ("the minister", "the spokeswoman") may stand for the
        speaker ``key``: a generic one ("the official", "the diplomat") fits anyone; a
        specific one, anyone whose gazetteer role or titles in the article hold it or a
        synonym ("premier" ~ "prime minister"), and anyone of whom nothing is known; a
        role of a state ("the French minister") never a gazetteer person of another."""
        if self.of_another_state(key, words):
            return False
        forms = _specific_role_forms(words)
        if forms is None:
            return True
        known = [self.roles.get(key) or ""]
        if self.model is not None:
            known += self.model.titles_of(key)
        known = [k.lower() for k in known if k]
        return not known or any(_holds(k, f) for f in forms for k in known)

    def previous_speaker(
        self,
        pos: int,
        para: int,
        gender: str | None,
        *,
        printed_only: bool = False,
        unnamed_last: bool = False,
    ) -> tuple[str | None, str | None]:
        """The speaker of the last statement before ``pos`` in this or the previous
        paragraph, if one fits: a gazetteer person of ``gender`` (any, if None) or a
        printed name (gender unknown); (None, None) otherwise, or (None, ``_UNNAMED``) if
        ``unnamed_last`` and an unnamed source spoke last."""
        reach = self.reach(para)
        for f in self.found.before(pos):  # (in paragraph order: stop at an earlier one)
            if f.para < reach:
                break
            if f.start >= pos:
                continue
            if not f.speaker_id:
                unnamed = f.subject is None or f.subject[0].method != "pronoun"
                if (  # (a quote of an unnamed person too)
                    unnamed_last
                    and unnamed
                    and (f.kind == "indirect" or f.by_unnamed)
                    and not f.in_headline
                ):
                    # an unnamed source spoke last ("a senior official said that … “…,” he
                    # said" (Newsmaker, Setareh Sobh, Reuters)): say so when asked
                    return None, _UNNAMED
                continue
            if f.speaker_id.startswith(UNKNOWN):
                return f.speaker_id, "pronoun"
            if not printed_only and (gender is None or self.gender.get(f.speaker_id) == gender):
                return f.speaker_id, "pronoun"
            break
        return None, None

    def reach(self, para: int) -> int:
        """The earliest paragraph the search for a previous speaker goes back to: the
        previous one, or the one before it when the previous paragraph names no person
        and holds no statement ("– …, says Flemming Splidsboel Hansen, senior researcher
        at … ¶ The alliance's charter provides that … ¶ – …, he adds." (Jydske
        Vestkysten, Nordjyske))."""
        prev = self.para_by_id.get(para - 1) if para >= 2 else None
        if prev is None:
            return para - 1
        ordered = self.found.ordered
        for f in self.found.before(int(prev.end)):
            if f.para == para - 1:
                return para - 1  # (it holds a statement)
            if ordered and f.para < para - 1:
                break
        for m in self.mentions_in(int(prev.start), int(prev.end)):
            if (m.actor_id is None and m.method == "name") or (
                self.types.get(str(m.actor_id)) == "person" and m.method != "pronoun"
            ):
                return para - 1  # (it names a person)
        return para - 2

    @cached_property
    def para_by_id(self) -> dict[int, Any]:
        """The article's paragraphs by id."""
        return {int(p.paragraph_id): p for p in self.paras}

    def quote_overlaps(self, s0: int, s1: int) -> bool:
        """Whether a quote overlaps ``[s0, s1)`` (the quotes are in text order and do not
        overlap one another, so only the last one starting before ``s1`` can)."""
        k = bisect_left(self.quotes, s1, key=_START)
        return k > 0 and self.quotes[k - 1].end > s0

    def spoken_before(self, pos: int, para: int) -> bool:
        """Whether a statement before ``pos`` stands in this or the previous paragraph."""
        for f in self.found.before(pos):
            if f.para < para - 1:
                return False
            if f.start < pos:
                return True
        return False

    def after_unnamed(self, pos: int) -> bool:
        """Whether the statement right before ``pos``, in the same or the previous sentence,
        was made by an unnamed person ("A soldier said … “…,” he added")."""
        last = next((f for f in self.found.before(pos) if f.start < pos), None)
        if last is None or not last.by_unnamed:
            return False
        i = bisect_right(self.sentence_starts, pos) - 1
        return last.start >= self.sentence_starts[max(i - 1, 0)]

    def referred_speaker(self, pos: int, para: int, words: str) -> tuple[str | None, str | None]:
        """The speaker that "him"/"her"/"them" or "the source"/"the interlocutor" refers
        back to: the previous statement's speaker in this or the previous paragraph (a
        pronoun's of its gender); an anonymous previous speaker stays None."""
        if words in ("him", "her"):
            narrated = self.narrated_person(pos, PRONOUNS[words])  # "X sees it differently."
            if narrated:
                return narrated, "pronoun"
            # (an unnamed person who spoke last: "“…,” said a retired Indian Army officer
            # …, who asked not to be identified. …, according to him." (Scroll))
            found = self.previous_speaker(pos, para, PRONOUNS[words], unnamed_last=True)
            return (None, None) if found[1] == _UNNAMED else found
        for f in self.found.before(pos):
            if f.para < para - 1:
                break
            if f.start < pos:
                return f.speaker_id, (f.attribution and "pronoun")
        return None, None

    def previous_institution(self, pos: int, para: int, noun: str) -> str | None:
        """The institution "the <noun>" refers to, in this or the previous paragraph: the
        previous statement's speaker whose name holds the noun ("the ministry" →
        Azerbaijani Defence Ministry) or the last organisation named that does, whichever
        stands nearer ("The Russian Foreign Ministry said … ¶ The spokesman of the Iranian
        Foreign Ministry, Esmaeil Baghaei, said … The ministry warned" (Dresdner Neueste
        Nachrichten, Tasnim): the Iranian); else None."""
        spoken = self._institution_spoke(pos, para, noun)
        named = self._institution_named(pos, para, noun)
        if spoken is None or named is None:
            return (spoken or named or (None, None))[1]
        return max(spoken, named, key=lambda x: x[0])[1]

    def _institution_spoke(self, pos: int, para: int, noun: str) -> tuple[int, str] | None:
        """(start, speaker) of the last statement before ``pos`` whose speaker "the
        <noun>" may be."""
        for f in self.found.before(pos):
            if f.para < para - 1:
                break
            if f.start >= pos or not f.speaker_id:
                continue
            if noun in self.name_of(f.speaker_id).lower():
                return f.start, f.speaker_id
            if noun in _OWN_OFFICES and self.types.get(f.speaker_id) in ("organization", "state"):
                # "the organisation's press service reported … According to the press
                # service, …" (TASS, Armenpress): the office of the organisation that spoke
                return f.start, f.speaker_id
            if noun == "secretariat" and self.types.get(f.speaker_id) == "person":
                # "The Secretary General of the organization, … Tasmagambetov, recalls … The
                # secretariat also specifies that" (La Marseillaise): his organisation's
                owner = self.ids.get(self.affiliations.get(f.speaker_id, ""))
                if owner is not None and self.types.get(owner) == "organization":
                    return f.start, owner
            if noun in _ORGANISATION_ANAPHORS and self.types.get(f.speaker_id) == "organization":
                return f.start, f.speaker_id  # "The ICRC said … The organisation called on"
        return None

    def _institution_named(self, pos: int, para: int, noun: str) -> tuple[int, str] | None:
        """(start, actor) of the last organisation named before ``pos`` that "the <noun>"
        may be."""
        lo = next((p.start for p in self.paras if p.paragraph_id >= para - 1), 0)
        for m in reversed(self.mentions_in(lo, pos)):
            if m.method == "role" and (owned := self._role_owner(m, noun)) is not None:
                return m.start, owned  # ("The spokesman of the Azerbaijani Foreign Ministry,
                # Aykhan Hajizada, accused … The ministry said" (La Voix du Nord))
            if m.method in ("pronoun", "anaphor", "institution") or m.actor is None:
                continue
            if noun in str(m.actor).lower() and self.gender.get(str(m.actor_id)) is None:
                return m.start, (
                    str(m.actor_id) if m.actor_id is not None else UNKNOWN + str(m.actor)
                )
            if noun in _ORGANISATION_ANAPHORS and self.types.get(str(m.actor_id)) == "organization":
                return m.start, str(m.actor_id)
        return None

    def _role_owner(self, m: Any, noun: str) -> str | None:
        """The gazetteer organisation a role mention names after "of" ("spokesman of the
        Azerbaijani Foreign Ministry") when its name holds ``noun``; else None."""
        _, sep, owner = self.text[m.start : m.end].partition(" of ")
        owner = owner.removeprefix("the ").strip()
        if not sep or noun not in owner.lower():
            return None
        return self.ids.get(owner)

    def issuer(self, pos: int, para: int, noun: str) -> str | None:
        """Who issued "the <noun>" ("the statement says"): see :meth:`issued_at`."""
        issued = self.issued_at(pos, para, noun)
        return issued[1] if issued else None

    def issued_at(self, pos: int, para: int, noun: str) -> tuple[int, str] | None:
        """(sentence start, issuer) of "the <noun>" ("the statement says"): the first
        organisation or state named in the last sentence before ``pos`` (in this or the
        previous paragraph) that holds the noun after "a"/"an"/"its" ("The ministry issued
        a statement ..."), a gazetteer one or one printed outside it; None if no such
        sentence, or it names no organisation."""
        noun_re = re.compile(rf"\b(?:a|an|its)\s+(?:[\w-]+\s+)?{re.escape(noun)}\b")
        i = bisect_right(self.sentence_starts, pos) - 1
        for s0, s1, spara in reversed(self.sentence_list[: max(i, 0)]):
            if spara < para - 1:
                break
            if noun_re.search(self.text, s0, s1):
                for m in self.mentions_in(s0, s1):
                    if (
                        m.actor_id is not None
                        and m.method in ("name", "alias")
                        and self.gender.get(m.actor_id) is None
                    ):
                        return s0, str(m.actor_id)
                    if m.actor_id is None and m.method == "organisation" and m.actor:
                        return s0, UNKNOWN + str(m.actor)
                return None
        return None

    def name_of(self, speaker_id: str) -> str:
        if speaker_id.startswith(UNKNOWN):
            return speaker_id[len(UNKNOWN) :]
        return self.names.get(speaker_id, "")

    def sentence_speaker(self, pos: int, gender: str | None) -> str | None:
        """The person who spoke earlier in the sentence of a subject pronoun at ``pos``
        ("The UK's Minister for Europe, Leo Docherty, said that Britain was providing support
        through the Red Cross and he urged Baku to …" (ITV News), "Lavrov said A, and he
        added B" (TASS)), of the pronoun's gender where it is known; None if none."""
        s0 = self.sentence_starts[max(bisect_right(self.sentence_starts, pos) - 1, 0)]
        for f in self.found.before(pos):
            if f.start >= pos:
                continue
            if f.start < s0:
                return None
            who = f.speaker_id or ""
            printed = who.startswith(UNKNOWN) and not _ORG_HEADS.intersection(who.split())
            if self.types.get(who) == "person" or printed:
                known = self.gender.get(who)
                return who if gender is None or known in (None, gender) else None
        return None

    def narrated_person(self, anchor: int, gender: str | None) -> str | None:
        """The person a pronoun after a narrative sentence refers to ("Hasmik Grigoryan, a
        retired teacher, is more optimistic. “…,” she said."): the first person of a
        fitting gender (a printed name's is unknown) named in the sentence right before
        the one holding ``anchor``, when that sentence (in this or the previous
        paragraph) holds no quote and no statement; None otherwise."""
        i = bisect_right(self.sentence_starts, anchor) - 1
        if 0 <= i < len(self.sentence_list) and anchor >= self.sentence_list[i][1]:
            i += 1  # (between two sentences, as a quote's opening mark may be: the next one's)
        if i <= 0:
            return None
        s0, s1, spara = self.sentence_list[i - 1]
        if i < len(self.sentence_list) and spara < self.sentence_list[i][2] - 1:
            return None
        if self.found.overlaps(s0, s1):
            return None
        people = self.mentions_in(s0, s1)
        if self.quote_overlaps(s0, s1):
            # a quoted label in the sentence ("Pashinyan described the agreement as “a
            # milestone.” “…,” he said" (NBC, Reuters, AFP)): only its opening subject
            if (
                not people
                or self.text[s0 : people[0].start].strip()
                or self.quote_overlaps(s0, people[0].end)
            ):
                return None
            people = people[:1]
        return self._first_person(people, gender, spara)

    def _first_person(self, people: list[Any], gender: str | None, para: int) -> str | None:
        """The first person of ``people`` (a narrative sentence's mentions) of a fitting
        gender, for :meth:`narrated_person`; a role noun before them is the subject."""
        for m in people:
            if (
                m.method == "anaphor"
                and m.actor_id is None
                and _VERB_NEXT_RE.match(self.text, m.end)
            ):
                # a role noun before the others is the sentence's subject ("The prime
                # minister refused to meet them. In a Facebook video, he said …" (Truthout),
                # "the minister declined to … He said" (Reuters, AP)): its holder
                key = self._anaphor_speaker(m, para)[0]
                fits = key is not None and self.is_person_key(key)
                return key if fits and gender in (None, self.gender.get(key, gender)) else None
            if m.actor_id is not None and m.method != "pronoun":
                aid = str(m.actor_id)
                if (gender is None and self.types.get(aid) == "person") or (
                    gender is not None and self.gender.get(aid) == gender
                ):
                    return aid
            elif m.actor_id is None and m.method == "name" and m.actor is not None:
                return UNKNOWN + str(m.actor)
        return None

    def recent_person(self, pos: int, para_start: int, gender: str | None = None) -> str | None:
        """The first person named in the last sentence before ``pos`` naming one (a
        gazetteer person or a printed name), within this and the previous paragraph;
        with ``gender``, only a person of that gender or a printed name. None if that
        sentence opens with a person it does not name ("A former Russian diplomat …
        described X as Y. “…,” he said" (Holod)): the pronoun's speaker is anonymous."""
        lo = next((p.start for p in self.paras if p.paragraph_id == para_start - 1), None)
        lo = (
            lo
            if lo is not None
            else next((p.start for p in self.paras if p.paragraph_id == para_start), 0)
        )
        people = [
            m
            for m in self.mentions_in(lo, pos)
            if m.method != "pronoun"
            and (
                self.gender.get(str(m.actor_id)) in ((gender,) if gender else ("m", "f"))
                or (m.actor_id is None and m.method in ("name", "indefinite"))
            )
            and not any(q.start <= m.start < q.end for q in self.quotes)  # not in a quote
        ]
        if not people:
            return None
        last = people[-1]
        bounds = [b for ss in self.sents.values() for b in ss if b[0] <= last.start < b[1]]
        first = next((m for m in people if bounds and m.start >= bounds[0][0]), last)
        if first.method == "indefinite":
            return None
        return str(first.actor_id) if first.actor_id else UNKNOWN + str(first.actor)

    def subject_before(self, masked: str, base: int, verb_start: int, lo: int) -> Any:
        """The mention right before a verb (within the sentence), or None."""
        for m in reversed(self.mentions_in(lo, verb_start)):
            if masked[m.start - base : m.end - base].count("_") > 0:
                continue
            if _ADVERBIAL_BEFORE_RE.search(masked, max(0, m.start - base - 24), m.start - base):
                continue  # "The Kremlin, in a statement, said": the statement is no subject
            gap = masked[m.end - base : verb_start - base]
            if "_" in gap:  # a short quote in an appositive: "an MP from the “X” faction,"
                gap = _MASKED_QUOTE_RE.sub(lambda q: "_" * len(q.group(0)), gap)
            if gap.rstrip().endswith(",") and _ends_with_cue(gap):
                return None  # "A and B, X said, adding that": B is no subject of "adding"
            member = _MEMBER_AFTER_RE.match(gap) if m.actor_id is not None else None
            if member and GAP_RE.match(_after_modifier(gap[member.end() :])):
                # "a State Department spokesperson said": an anonymous member
                return Mention(m.start, m.end + member.end(), None, None, "role")
            if m.method == "indefinite" and (
                GAP_RE.match(_after_modifier(gap)) or _UNNAMED_PLACE_GAP_RE.match(gap)
            ):
                # "One diplomat involved in the talks, who ..., said"; but "Artsvik
                # Minasyan, a member of the Armenian delegation, said" is Minasyan
                return self._named_before(m, masked, base, lo) if "," in gap else m
            if GAP_RE.match(gap) or (
                (placed := _PLACE_TAIL_RE.sub("", gap)) != gap and GAP_RE.match(placed)
            ):  # (the place taken off, if there is one: else the gap failed already)
                return self._subject_head(m, masked, base, verb_start, lo, gap)
            if (
                m.method == "role"
                and m.actor_id is None
                and not masked[lo - base : m.start - base].strip()
                and GAP_RE.match(_after_modifier(gap))
            ):  # (opening the sentence: not "…, the findings of officials who …, adding")
                return m  # "A diplomatic source consulted by this newspaper in Moscow said"
            if m.method == "name" and _affiliated(gap):
                # "MP Artsvik Minasyan of the Hayastan faction called …", "Shipping analyst
                # Kari Hovland at a Bergen brokerage points out"
                return m
        return None

    def _named_before(self, m: Any, masked: str, base: int, lo: int) -> Any:
        """The name ``m``, an unnamed person, is an appositive of ("Artsvik Minasyan, a
        member of the Armenian delegation,"), else ``m``."""
        named = self.mentions_in(lo, m.start)
        if not named or named[-1].method != "name":
            return m
        gap = _PARENTHESIS_START_RE.sub("", masked[named[-1].end - base : m.start - base])
        return named[-1] if _APPOSITIVE_GAP_RE.fullmatch(gap) else m

    def _head_before(self, m: Any, masked: str, base: int, lo: int, gap: str) -> Any:
        """A mention before ``m`` that heads the subject ``m`` only completes: the role
        before a preposition ("the Russian ambassador to Armenia said") or the name
        before an appositive role ("Josep Borrell, the EU's foreign policy chief, said");
        else None."""
        earlier = (
            self.mentions_in(lo, m.start)
            if _PREPOSITION_BEFORE_RE.search(masked, max(0, m.start - base - 12), m.start - base)
            else None
        )
        if (
            earlier
            and earlier[-1].method in ("anaphor", "owned", "role")
            and _ROLE_PREPOSITION_RE.fullmatch(masked, earlier[-1].end - base, m.start - base)
        ):
            return earlier[-1]  # "the Russian ambassador to Armenia said": the ambassador
        if m.method in _APPOSITIVES and _PARENTHESIS_START_RE.sub("", gap).lstrip()[:1] == ",":
            named = self.mentions_in(lo, m.start)
            if (
                named
                and named[-1].method == "name"
                and _APPOSITIVE_GAP_RE.fullmatch(masked, named[-1].end - base, m.start - base)
            ):
                return named[-1]  # "Josep Borrell, the EU's foreign policy chief, said"
        head = (
            _HEAD_OF_BEFORE_RE.search(masked, max(0, m.start - base - 30), m.start - base)
            if m.actor_id is not None and self.types.get(str(m.actor_id)) == "organization"
            else None
        )
        if head is not None:  # "The head of the Kazakh foreign ministry noted": its head
            surface = self.text[base + head.start("office") : m.end]
            return Mention(base + head.start(), m.end, None, surface, "owned")
        if _AFFILIATION_BEFORE_RE.search(masked, max(0, m.start - base - 10), m.start - base):
            named = self.mentions_in(lo, m.start)
            if (
                named
                and self.named_person(named[-1])
                and _AFFILIATION_GAP_RE.fullmatch(masked, named[-1].end - base, m.start - base)
            ):
                return named[-1]  # "Olesya Vartanyan of the International Crisis Group said"
        return None

    def _apposed_to_name(self, m: Any, masked: str, base: int, verb_start: int, lo: int) -> Any:
        """The named person a state's office stands apposed to, between commas right before
        the verb ("Harold Agyeman, Ghana's ambassador to the UN, said" (Ghana News Agency),
        "X, Armenia's envoy to the OSCE, told" (Armenpress)): the office is the name's
        title, not another speaker; None otherwise."""
        if m.method not in ("owned", "role") or m.actor_id is not None:
            return None
        named = [m2 for m2 in self.mentions_in(lo, m.start) if self.named_person(m2)]
        if not named:
            return None
        chunk = masked[named[-1].end - base : verb_start - base]
        if (
            chunk.count(",") == 2
            and chunk.lstrip().startswith(",")
            and chunk.rstrip().endswith(",")
        ):
            return named[-1]
        return None

    def named_person(self, m: Any) -> bool:
        """Whether ``m`` names a person: a gazetteer person or a printed name."""
        return m.method in ("name", "alias") and (
            m.actor_id is None or self.types.get(str(m.actor_id)) == "person"
        )

    def _subject_head(
        self, m: Any, masked: str, base: int, verb_start: int, lo: int, gap: str
    ) -> Any:
        """The subject a mention right before a verb stands in: the first of "X and Y",
        the X of "X, adviser to Y,", an anonymous source in an institution, else ``m``."""
        head = masked[lo - base : m.start - base]
        joint = _JOINT_TAIL_RE.search(head) if "and" in head and m.method != "pronoun" else None
        if joint:  # (not "… through the Red Cross and he urged": a clause's new subject)
            # "X and Y said": two speakers at once, so no one alone ("Armenia and Azerbaijan
            # announced that" (China Daily, Swissinfo), "Yerevan and Baku announced that"
            # (Sazandegi), "Mirzoyan and Bayramov said in almost identical statements that"
            # (Hokkoku Shimbun)), as "both sides said" (``parties_at_once``)
            earlier = self.mentions_in(lo, lo + joint.start())
            between = masked[earlier[-1].end - base : lo - base + joint.start()] if earlier else ""
            if earlier and "," not in between and not CUE_RE.search(between):
                # (not "X said A, and Y promised B": a new subject; nor a title of two
                # offices, "X, Assistant to the President and head of the … Department of
                # the Presidential Administration, said" (Haqqin.az): its first)
                if _OF_RE.search(head, joint.start()):
                    return earlier[-1]
                return Mention(earlier[-1].start, m.end, None, None, "role")
        head_before = self._head_before(m, masked, base, lo, gap)
        if head_before is not None:
            return self._apposed_to_name(head_before, masked, base, verb_start, lo) or head_before
        if _PARENTHESIS_START_RE.sub("", gap).lstrip().startswith(","):
            # "X, adviser to Y, told": the subject is X, before the appositive (but in
            # "Azerbaijan's top diplomat, Jeyhun Bayramov, said" the name is); also with
            # the institution's acronym after it ("X, research professor at the Norwegian
            # Institute of International Affairs (NUPI), tells" (Adresseavisen), "…
            # senior analyst at the International Crisis Group (ICG), said" (AFP, Reuters))
            for m2 in reversed(self.mentions_in(lo, m.start)):
                chunk = masked[m2.end - base : verb_start - base]
                if _THROUGH_ITS_RE.match(chunk):
                    break  # "The Foreign Ministry, through its spokeswoman X, said": X
                if chunk.count(",") >= 2 and GAP_RE.match(chunk) and m2.method not in _APPOSED:
                    if _has_words(masked[m2.end - base : m.start - base], 2):
                        return m2
                    break
        head_lower = head.lower()
        anon = (
            _ANON_HEAD_RE.search(head)
            if (m.actor_id is not None or m.method in ("organisation", "institution", "anaphor"))
            and _ANON_HEAD_WORDS_RE.search(head_lower) is not None
            else None
        )
        if anon:  # an anonymous source, from its first word
            return Mention(m.start - len(head) + anon.start(), m.end, None, None, "role")
        return m

    def main_subject(self, masked: str, base: int, lo: int, verb_start: int) -> Any:
        """The subject of the main clause before a participle ("Aliyev rejected the
        proposal, saying ..." → Aliyev): the first mention after the sentence's preamble
        (dateline, introductory phrase, titles) that a predicate follows; None if a
        relative or second clause stands between it and the participle."""
        for m in self.mentions_in(lo, verb_start):
            if "_" in masked[m.start - base : m.end - base]:
                continue
            if m.method == "pronoun" and _POSSESSIVE_PRONOUN_RE.fullmatch(
                self.text, m.start, m.end
            ):
                continue  # "Her guest thanked … and said": the guest, not "her"
            if not _PREAMBLE_RE.fullmatch(masked[lo - base : m.start - base]):
                continue  # inside the preamble ("MOSCOW (TASS) -") or after the subject
            m = self.head_of(m, verb_start)  # "Foreign Ministry spokeswoman| Maria Z."
            post = masked[m.end - base : verb_start - base]
            pred = _PREDICATE_RE.match(post)
            if pred is None:
                continue  # "Armenian Prime Minister| Nikol Pashinyan refused"
            if _OTHER_CLAUSE_RE.search(post, pred.end()):
                return None
            return m
        return None

    def quoted_subject(self, start: int, end: int) -> Any:
        """The quoted person in "TASS quoted Lavrov as saying"."""
        inside = self.mentions_in(start, end)
        return inside[0] if inside else None

    def subject_after(self, masked: str, base: int, verb_end: int, hi: int) -> Any:
        for m in self.mentions_in(verb_end, min(hi, verb_end + 90)):
            gap = masked[verb_end - base : m.start - base]
            if _AFTER_VERB_GAP_RE.fullmatch(gap) and "_" not in gap:
                return self.head_of(m, min(hi, verb_end + 90))
            return None
        return None

    def head_of(self, m: Mention, hi: int) -> Mention:
        """The speaker a noun phrase opening with the mention ``m`` names: an anonymous
        member in "one EU diplomat", the person in "EU foreign policy chief Josep Borrell",
        else ``m``."""
        if m.actor_id is not None and _MEMBER_AFTER_RE.match(self.text, m.end):
            return Mention(m.start, m.end, None, None, "role")
        if self.named_person(m):
            return m  # a person ("Ilham Aliev" too): "Laurence Broers of Chatham House" is Broers
        later = self.mentions_in(m.end, hi)
        if (
            later
            and later[0].method == "name"
            and (
                _TITLE_RUN_RE.fullmatch(self.text[m.end : later[0].start])
                or (m.method == "role" and self.text[m.end : later[0].start].isspace())
                or (
                    m.method in ("role", "anaphor")
                    and _TITLE_COMPLEMENT_RE.fullmatch(self.text[m.end : later[0].start])
                )
            )
        ):
            return later[0]  # (and "The EU foreign policy chief| Kaja Kallas")
        return m


def _object_frames(art: _Article, para: Any, quotes: list[Quote]) -> None:
    """Statements whose content is the object of a speech act ("X stressed the need
    for …", "Moscow rejects the idea that …"): candidates from :mod:`cscaucasus.frames`,
    the speaker the subject right before the verb, resolved like any other. The content
    ends where another statement of the sentence begins ("rejects the accusation and
    says …")."""
    p0, p1, pid = int(para.start), int(para.end), int(para.paragraph_id)
    masked, _ = art.masked(para)
    sents = art.sents.get(pid, [])
    for c in object_candidates(masked, p0, sents, art.text[p0:p1]):
        s0, _ = _sentence_bounds(sents, c.verb_start)
        k = bisect_left(art.found, c.start, key=_START)
        lo = bisect_left(art.found, p0, key=_START, hi=k)  # (reported ones stay in their paragraph)
        hosted = _object_host(art, masked, p0, c.verb_start, art.found[lo:k])
        if hosted is None:
            continue  # the verb stands inside a statement
        host, cut = hosted
        end = _object_end(art, c, k)
        second = _SECOND_ACT_RE.search(art.text, c.start, end)
        if second is not None:  # "dismissed X as emotional and warned that B"
            end = second.start()
        if (other := _new_speaker_at(masked, c.start - p0, end - p0)) is not None:
            end = p0 + other  # "proposed extending the mission, and an EU diplomat said"
        end = _before_leading_on(art.text, c, end)
        if end is None:
            continue  # "commented on the plan, saying that B": B is the statement
        subject = art.subject_before(masked, p0, c.verb_start, s0) if host is None else None
        if host is None and (subject is None or _names_a_document(art.text, subject)):
            continue
        if c.verb in NOT_WITH_PERSON and _person_object(art, c):
            continue
        c0, c1 = _trim(art.text, c.start, end)
        if not _has_words(art.text[c0:c1], MIN_SPEAKING_WORDS):
            continue
        if host is not None:  # "replied that A, but stressed the need for B": A ends there
            if cut < host.end:
                host.end = _trim(art.text, host.start, cut)[1]
            speaker, how = host.speaker_id, host.attribution
            subject = host.subject[0] if host.subject else None
        else:
            speaker, how = art.speaker_of(subject, pid, None)
        f = Found(c0, c1, pid, "indirect", c.verb, speaker, how)
        f.quotes = [q for q in _quotes_from(quotes, c0, c1 + 2) if q.end <= c1 + 1]
        if speaker is None and subject is not None and subject.method in _DEFERRED:
            f.subject = (subject, pid, None)
        insort(art.found, f, key=_START)


def _before_leading_on(text: str, c: Candidate, end: int) -> int | None:
    """Where an object frame's content ends when it leads on to the next statement ("…,
    saying that"): before the clause of another subject ("welcomed X, but experts warn
    that B"); before the participle after a verb of evaluation ("welcomed X, saying that
    B": two acts, the decided convention); None after any other verb ("commented on X,
    saying that B": B is the statement). ``end`` itself when nothing leads on."""
    if _LEADS_ON_RE.search(text, c.start, end) is None:
        return end
    other = _NEXT_CLAUSE_RE.search(text, c.start, end)
    if other is not None:
        return other.start()
    act = _PARTICIPLE_LEAD_RE.search(text, c.start, end) if c.verb in SHORT_OBJECT_VERBS else None
    return act.start() if act is not None else None


def _object_end(art: _Article, c: Candidate, k: int) -> int:
    """Where an object frame's content ends: at the next statement of its sentence
    (``art.found[k]``), a colon ("stressed the following: “…”"), without a dangling
    conjunction."""
    nxt = art.found[k].start if k < len(art.found) else c.end
    end = nxt if c.start <= nxt < c.end else c.end
    colon = art.text.find(":", c.start, end)
    end = colon if colon >= 0 else end
    return c.start + len(_OPEN_TAIL_RE.sub("", art.text[c.start : end]))


def _coordinated_host(masked: str, p0: int, verb_start: int, f: Found) -> tuple[Found | None, int]:
    """The reported statement a speech act is coordinated with ("he replied that A, but
    stressed the need for B", "called the plan “X” and accused Y of Z": Azatutyun,
    Armenpress, Reuters) and where its content now ends: ``f`` when it is indirect,
    holds the verb, and "and"/"but" stands right before the verb; else (None, 0)."""
    if f.kind != "indirect" or not f.start < verb_start or f.refers_back:
        return None, 0
    coord = _COORDINATED_RE.search(masked, max(0, verb_start - p0 - 20), verb_start - p0)
    return (f, p0 + coord.start()) if coord is not None else (None, 0)


def _object_host(
    art: _Article, masked: str, p0: int, verb_start: int, before: list[Found]
) -> tuple[Found | None, int] | None:
    """The statement an object frame's verb is coordinated with and where its content
    now ends ((None, 0): none, the frame stands alone); None when the verb stands inside
    a statement. ``before``: the paragraph's statements that start before the object."""
    around = [f for f in before if f.end > verb_start]
    if around:
        host, cut = _coordinated_host(masked, p0, verb_start, around[-1])
        if host is not None:
            return host, cut
        cut = _other_subject_clause(art, masked, p0, verb_start, around[-1])
        if cut is None:
            return None
        around[-1].end = _trim(art.text, around[-1].start, cut)[1]
        return None, 0
    if before and _after_quoted_end(art.text, before[-1], verb_start):
        return before[-1], before[-1].end  # "as “emotional” and expressed"
    return None, 0


#: Capitalised title words before a name ("Azerbaijani President ").
_TITLE_WORDS_RE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,4}")


def _other_subject_clause(
    art: _Article, masked: str, p0: int, verb_start: int, f: Found
) -> int | None:
    """Where the reported statement ``f`` ends when the verb inside it opens a clause of
    another subject after a comma and a conjunction ("Pashinyan has said that A, and
    several members of the government have spoken of »B«" (Kristeligt Dagblad), "The
    opposition accuses the government of A, and several opposition deputies have called
    for B" (Klassekampen), "X argued that A, while officials … described the CSTO as
    “dead”" (Eurasia Daily Monitor)); None when the verb is part of ``f``."""
    if f.kind != "indirect":
        return None
    clauses = list(_NEXT_CLAUSE_RE.finditer(masked, f.start - p0, verb_start - p0))
    if not clauses:
        return None
    clause = clauses[-1]
    subj = art.subject_before(masked, p0, verb_start, p0 + clause.end())
    if subj is None or not _TITLE_WORDS_RE.fullmatch(masked, clause.end(), subj.start - p0):
        return None  # (the subject with its title: ", while Azerbaijani President X …")
    return p0 + clause.start()


def _after_quoted_end(text: str, f: Found, verb_start: int) -> bool:
    """Whether a speech verb is coordinated with the reported statement ``f`` whose
    content ends in a quote right before it ("described the statements as “emotional”
    and expressed regret over …": Naviny.by, Reuters, Armenpress)."""
    return (
        f.kind == "indirect"
        and f.end > 0
        and (text[f.end - 1] in QUOTE_CLOSERS or text[f.end : f.end + 1] in QUOTE_CLOSERS)
        and _QUOTED_END_COORD_RE.fullmatch(text, f.end, verb_start) is not None
    )


#: The closing mark if the content left it out, then "and"/"but" before the next verb.
_QUOTED_END_COORD_RE = re.compile(rf"[{QUOTE_CLOSERS}]?[.,]?\s*,?\s*(?:and|but)\s+(?:also\s+)?")
#: The end of an object that leads on to the next statement ("…, saying that", "… that").
_LEADS_ON_RE = re.compile(rf"(?:\b(?:that|{'|'.join(verbs('leads_on'))})|[:,])\s*$")
#: A possessive ending right after a name ("Grigoryan's statements").
_APOSTROPHE_S_RE = re.compile(r"['’]s?\b")
#: A participle that leads on to the same speaker's next statement ("welcomed the vote,
#: saying that" (TVP World, Delfi, Reuters)).
_PARTICIPLE_LEAD_RE = re.compile(rf",\s+(?:{'|'.join(verbs('leads_on'))})(?:\s+that)?\s*$")
#: A comma and a conjunction that open another clause ("welcomed the agreement, but
#: experts warn that" (Mtavari, Reuters, Eurasianet)).
_NEXT_CLAUSE_RE = re.compile(r"(?:,\s+(?:but|while|whereas|and)|;)\s+(?=\S)")
#: A conjunction or comma left at the end of a content cut before the next statement.
_OPEN_TAIL_RE = re.compile(r"(?:[\s,;]+(?:and|but|while|whereas)?)+\s*$")


def _names_a_document(text: str, subject: Mention) -> bool:
    """Whether a subject is a document, law or treaty ("the Charter"), never a speaker."""
    return any(w in NEVER_SPEAKERS for w in text[subject.start : subject.end].split())


def _person_object(art: _Article, c: Candidate) -> bool:
    """Whether the object of a cue opens with a person ("welcomed Pashinyan"; not
    "rejected Grigoryan's statements")."""
    near = art.mentions_in(c.start, min(c.end, c.start + 80))
    if not near or near[0].start - c.start > 4:
        return False
    last = near[0]  # (a title and its name: "Armenian Prime Minister Nikol Pashinyan's …")
    for m in near[1:]:
        if m.start < last.end or art.text[last.end : m.start].strip():
            break
        last = m
    if _APOSTROPHE_S_RE.match(art.text, last.end):
        return False  # "welcomed Armenian Prime Minister Nikol Pashinyan's announcement"
    return art.gender.get(str(near[0].actor_id)) is not None or (
        near[0].actor_id is None and near[0].method == "name"
    )


#: Quote marks that open a headline's quoted content.
_HEADLINE_QUOTES = frozenset(QUOTE_OPENERS)
#: What may follow a headline's source name: nothing, or where it spoke ("at CSTO summit").
_SOURCE_TAIL_RE = re.compile(r"\s*(?:(?:at|in|on|after|during|before)\s+[^:]{1,40})?\s*")


def _headline(art: _Article, para: Para) -> None:
    """The statement of a headline or subheading that names its source beside it
    ("Armenia is not leaving the bloc — Kremlin", "Peskov: no talks on …"), flagged
    ``in_headline``; the source must be a name, capital or role noun with at most a few
    title words before it."""
    p0 = int(para.start)
    for c in headline_candidates(art.text[p0 : int(para.end)], p0):
        source = next(
            (
                m
                for m in reversed(art.mentions_in(c.verb_start, c.verb_end))
                if m.method != "pronoun"
                and _SOURCE_TAIL_RE.fullmatch(art.text, m.end, c.verb_end)
                and len(art.text[c.verb_start : m.start].split()) <= MAX_TITLE_WORDS
                and not CUE_RE.search(art.text, c.verb_start, m.start)  # ("X warns Y: …")
            ),
            None,
        )  # the name, with a few title words before it and where it spoke after it
        if source is None or _topic_label(
            art.text[source.start : source.end],
            art.types.get(str(source.actor_id)),
            c,
            art.text[c.verb_start : c.verb_end],
        ):
            continue
        if c.verb.lower() in _HEADLINE_ADDRESSEE_VERBS or c.verb.lower() in WARNING_VERBS:
            line = art.text[p0 : int(para.end)]  # (the title's rule: "Lavrov tells Pashinyan: …")
            local = _after_addressee(line, _shifted(c, -p0), art.published, art.matcher)
            if local is None:
                continue
            c = _shifted(local, p0)
        speaker, how = art.speaker_of(source, para.paragraph_id, None)
        c0, c1 = _trim(art.text, c.start, c.end)
        opened = art.text[c0 : c0 + 1] in _HEADLINE_QUOTES  # "Putin: “Not only …”"
        c0 += opened
        whole = opened or (c.start > p0 and art.text[c.start - 1] in _HEADLINE_QUOTES)
        kind = "direct" if whole else "indirect"
        f = Found(c0, c1, para.paragraph_id, kind, c.verb, speaker, how)
        f.in_headline = True
        insort(art.found, f, key=_START)
        break  # one statement a headline


#: A live blog's item in headline form: a time, then a source and a colon, or a name and
#: "says" ("12:41 Lavrov: Russia is not going to …" (NEWS.ru), "14.05 — Peskov: …" (RIA
#: Novosti, Meduza), "3:20 p.m. ET Blinken: …" (CNN, the Kyiv Post), "4:48 PM EDT:
#: Trump says …" (ABC News)); the match ends at the source.
_LIVE_ITEM_RE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s*[APap]\.?[Mm]\.?)?"
    r"(?:\s+(?:GMT|UTC|MSK|CET|CEST|EET|EEST|ET|EST|EDT|CT|CDT|PT|PDT|BST))?"
    r"\s*(?:[—–:-]\s*)?(?=[A-Z][^:\n]{1,60}:\s|[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?\s+says\s)"
)


def _topic_label(surface: str, actor_type: str | None, c: Candidate, source_text: str) -> bool:
    """Whether a headline's source before a colon is its topic, not its source: a country
    by name ("Armenia: Paris delivers arms, Moscow bristles" (Le Figaro), "Armenia:
    Mirzoyan, …" (Agenzia Nova, ANSA), "Kyrgyzstan: …" (Eurasianet)), or two actors
    joined ("Uzbekistan and the CSTO: …"); a person speaks (a capital: ``_title_capital``)."""
    return (
        actor_type in ("state", "organization")
        and c.verb == "headline"  # no speech verb ("Azerbaijan says …" speaks)
        and c.verb_end <= c.start
        and surface not in CAPITALS
        and (actor_type == "state" or _JOINED_TOPIC_RE.search(source_text) is not None)
    )


#: Two actors joined before a headline's colon are its topic ("Uzbekistan and the CSTO:
#: three entries and two exits" (Podrobno.uz), "Armenia and the CSTO: …" (Eurasianet)).
_JOINED_TOPIC_RE = re.compile(r"\s(?:and|&|vs\.?|versus)\s")


def _document_source(
    art: _Article, q: Quote, para_start: int, tail: str
) -> tuple[str, tuple[str | None, str | None], Mention] | None:
    """The cue, speaker and subject of a quote that a document speaks: "“…,” reads the
    statement of the bloc's secretariat" (the issuer named there), "The readout said:
    “…”" (the previous speaker, or the issuer named before); None if no document cue."""
    text = art.text
    lead_lo = max(para_start, text.rfind(".", para_start, q.start - 1) + 1)
    lead = text[lead_lo : q.start - 1]
    cue = document_quote_cue(tail, lead)
    if cue is None:
        return None
    if tail.lstrip(" ,").startswith(cue.split()[0]):  # after the quote
        lo = q.end + 1 + tail.find(cue)
        hi = lo + len(cue) + (len(tail) - tail.find(cue) - len(cue))
    else:
        lo = lead_lo + lead.rfind(cue.split()[0])
        hi = q.start - 1
    owners = [m for m in art.mentions_in(lo, hi) if m.actor is not None and m.method != "pronoun"]
    doc = owners[0] if owners else Mention(lo, hi, None, "statement", "document")
    return cue, art.speaker_of(doc, q.open_para), doc


#: What previous_speaker answers when an unnamed source spoke last.
_UNNAMED = "unnamed"
#: How a subject of each pseudo-mention kind resolves to a speaker.
_SPEAKER_BY_METHOD = {
    "counterpart": _Article._counterpart_speaker,
    "guest": _Article._guest_speaker,
    "capital": _Article._capital_speaker,
    "acronym": _Article._capital_speaker,
    "institution": _Article._institution_speaker,
    "it": _Article._it_speaker,
    "document": _Article._document_speaker,
    "owned": _Article._owned_speaker,
}


def _role_words(text: str, mention: Mention) -> str:
    """The role noun of an anaphor mention, without its article and field ("deputy
    minister"; "French Minister" of "The French Minister of the Armed Forces")."""
    words = text[mention.start : mention.end].split(maxsplit=1)[-1]
    if (field := _ROLE_FIELD_RE.search(words)) and words[: field.start()].split()[
        -1
    ].lower() in FIELD_ROLES:
        return words[: field.start()]  # (not "Head of State": a role of its own)
    return words


#: The role nouns of :data:`_ANAPHOR_RE`, longest first, lowercased.
_ROLE_HEADS = sorted(
    {" ".join(r.lower().split()) for v in _ANAPHOR_ROLES.values() for r in v},
    key=lambda r: (-len(r), r),
)


#: A role held in the past ("the former Kazakh prime minister", "the ex-minister").
_PAST_ROLE_RE = re.compile(r"\b(?:former|ex-?|onetime|one-time|retired|then)\b", re.IGNORECASE)


def _role_head(words: str) -> str | None:
    """The role noun that ends an anaphor's words ("Russian deputy foreign minister" →
    "minister", "country's top diplomat" → "top diplomat"), lowercased."""
    low = " ".join(words.lower().split())
    return next((r for r in _ROLE_HEADS if low == r or low.endswith(" " + r)), None)


#: A deputy's mark before an office ("deputy prime minister", "vice-president").
_DEPUTY_END_RE = re.compile(r"\b(?:deputy|vice)[\s-]*$")


def _holds(role: str, form: str) -> bool:
    """Whether a role (lower case) holds the office ``form`` itself, not as its deputy:
    "the prime minister" is not the "deputy prime minister" (Overchuk, Bozumbayev) unless
    the form is the deputy's ("deputy prime minister")."""
    at = role.find(form)
    while at >= 0:
        if not _DEPUTY_END_RE.search(role, max(0, at - 10), at):
            return True
        at = role.find(form, at + 1)
    return False


def _specific_role_forms(words: str) -> tuple[str, ...] | None:
    """The words that name the office of a specific role noun in a gazetteer role or a
    title ("premier" → prime minister, premier, head of government); None for a generic
    one ("the official"), a past one ("the former Kazakh prime minister" is not his office
    now) or no role noun."""
    head = _role_head(words)
    if head is None or head in _GENERIC_ROLES or _PAST_ROLE_RE.search(words):
        return None
    return _ROLE_SYNONYMS.get(head, (head,))


def _possessive_role(words: str) -> tuple[str | None, str]:
    """("state", "foreign minister") for "country's foreign minister": the type of actor
    a possessive of :data:`_POSSESSIVE_OWNERS` stands for and the role after it; (None,
    words) when the words hold no such possessive."""
    first, _, rest = words.partition(" ")
    owner = _POSSESSIVE_OWNERS.get(first.lower().removesuffix("'s").removesuffix("’s"))
    if owner is None or not first.lower().endswith(("'s", "’s")) or not rest:
        return None, words
    return owner, " ".join(rest.split()).lower()


def _sentence_bounds(sents: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for start, end in sents:
        if start <= pos < end:
            return start, end
    return pos, pos


class _Passage(NamedTuple):
    """A paragraph as the reported-speech frames read it: quotes masked as ``_``."""

    art: _Article
    masked: str
    p0: int
    pid: int
    sents: list[tuple[int, int]]
    quotes: list[Quote]
    #: where this paragraph's statements begin in ``art.found`` (reported statements never
    #: cross a paragraph, so the statements before it are no neighbours of its cues)
    first: int

    def found(self) -> list[Found]:
        """This paragraph's statements so far."""
        return self.art.found[self.first :]


def _reported(art: _Article, para: Any, quotes: list[Quote]) -> None:
    """Reported speech in one paragraph, frame by frame: "according to X", "in his
    words", a quoted label, and a speech verb with its subject and content."""
    p0 = int(para.start)
    masked, has_quotes = art.masked(para)
    pid = int(para.paragraph_id)
    ps = _Passage(art, masked, p0, pid, art.sents.get(pid, []), quotes, len(art.found))
    accordings = list(matches(ACCORDING_RE, masked))
    if "words of" in masked:
        accordings = sorted([*accordings, *_WORDS_OF_RE.finditer(masked)], key=_MATCH_START)
    for acc in accordings:
        _according(ps, acc)
    if "For " in masked:
        for m in _FOR_PERSON_RE.finditer(masked):
            _for_person(ps, m)
    if "words" in masked or "opinion" in masked or "view" in masked:
        for w in _IN_WORDS_RE.finditer(masked):
            _in_words(ps, w)
    if has_quotes and any(stem in masked for stem in _LABEL_STEMS):  # a label needs a quote
        for lab in matches(_LABEL_RE, masked):
            _label(art, masked, p0, pid, lab, ps.sents, quotes)
    for cue in matches(CUE_RE, masked):
        _cue(ps, cue)
    if " by " in masked:
        for m in matches(_STATED_BY_RE, masked):
            _stated_by(ps, m)
    if " this" in masked or " so" in masked:
        for m in _SAID_THIS_RE.finditer(masked):
            _said_this(ps, m)
    if "As " in masked:
        for m in _AS_CUE_RE.finditer(masked):
            _as_cue(ps, m)
    if "called " in masked or "termed " in masked:  # (after the statements it may be in)
        for lab in matches(_BARE_LABEL_RE, masked):
            _bare_label(art, masked, p0, pid, lab, ps.sents)


def _quotes_from(quotes: list[Quote], lo: int, hi: int) -> list[Quote]:
    """The quotes (in text order) that start in ``[lo, hi)``."""
    return quotes[bisect_left(quotes, lo, key=_START) : bisect_left(quotes, hi, key=_START)]


#: "For X, …" opening a sentence (see :func:`_for_person`).
_FOR_PERSON_RE = re.compile(r"(?:^|(?<=[.!?] ))For\s+")
#: Lower-case title words between "For" and a name ("For the analyst", "For the deputy
#: speaker", "For the political scientist").
_FOR_TITLE_RE = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,3}")
#: After the name: an appositive ("of the ISPI institute in Milan", "who heads …"),
#: then the comma that opens the content.
_FOR_NAME_TAIL_RE = re.compile(r"(?:,\s*[^,;:.!?]{1,200},|\s+\([^()]{1,40}\),?|,)\s*")


#: An expert's appositive (``expert_appositive_words`` in data/speech.yml).
_EXPERT_RE = re.compile(
    r"\b(?:" + word_alternation(SPEECH["expert_appositive_words"], space=r"\s+") + r")\b",
    re.IGNORECASE,
)


def _for_person(ps: _Passage, m: re.Match[str]) -> None:
    """ "For the analyst Aldo Ferrari, of the ISPI institute in Milan, the CSTO «is by
    now an alliance of Moscow with itself»" (Il Manifesto, Il Fatto Quotidiano; "Para el
    analista X, …" (El País, El Periódico); "Pour le politologue X, …" (L'Obs, Le Monde)
    in translation): the person's view, as "according to X", when the rest of the
    sentence quotes them or an appositive presents them as an expert (a journalist's "For
    Pashinyan, the decision was a gamble" has neither and is no statement)."""
    art, masked, p0 = ps.art, ps.masked, ps.p0
    s0, s1 = _sentence_bounds(ps.sents, p0 + m.end())
    near = art.mentions_in(p0 + m.end(), min(s1, p0 + m.end() + 60))
    if not near or not art.named_person(near[0]):
        return
    first = near[0]
    if not _FOR_TITLE_RE.fullmatch(masked, m.end(), first.start - p0):
        return
    tail = _FOR_NAME_TAIL_RE.match(masked, first.end - p0)
    if tail is None:
        return
    if "_" not in masked[tail.end() : s1 - p0] and not _EXPERT_RE.search(tail.group(0)):
        return  # no quote and no expert's appositive: the journalist's view
    if masked[tail.end() : tail.end() + 1] in _OPENERS:
        return  # "For the researcher X, « … »": a direct quote (``_for_lead``)
    speaker, how = art.speaker_of(first, ps.pid, s0)
    _add_according(ps, p0 + tail.end(), s1, speaker, how, "for")


def _add_according(
    ps: _Passage, c0: int, c1: int, speaker: Any, how: Any, cue: str = "according to"
) -> Found | None:
    """Record an "according to" statement over ``[c0, c1)`` (trimmed), if long enough."""
    c0, c1 = _trim(ps.art.text, c0, c1)
    if not _has_words(ps.art.text[c0:c1], MIN_CLAUSE_WORDS) or _speaks_inside(ps, c0, c1):
        return None
    f = Found(c0, c1, ps.pid, "indirect", cue, speaker, how)
    ps.art.found.append(f)
    return f


def _speaks_inside(ps: _Passage, c0: int, c1: int) -> bool:
    """Whether the content of "according to X" opens with a subject and its speech verb:
    "According to TASS, Lavrov said that A", "According to the president's office,
    Pashinyan assured him that A" (ISNA, Interfax, Armenpress): A is the speaker's, X the
    channel; the speech verb makes that statement."""
    cue = CUE_RE.search(ps.masked, c0 - ps.p0, min(c1, c0 + 90) - ps.p0)
    if cue is None:
        return False
    first = ps.art.mentions_in(c0, ps.p0 + cue.start())
    after = ps.masked[cue.end() : c1 - ps.p0]
    return (
        bool(first)
        and first[0].start - c0 <= len("the ")
        and GAP_RE.match(ps.masked[first[-1].end - ps.p0 : cue.start()]) is not None
        and (
            _THAT_CLAUSE_START_RE.match(after) is not None
            or (cue.group(0) in ("said", "says") and _opens_clause(cue.group(0), after))
        )
    )


_THAT_CLAUSE_START_RE = re.compile(r"(?:\s+\w+){0,6}?\s+that\b")


#: A document and its issuer after "according to": "a statement released by", "the
#: readout published by" (Reuters, TASS, Armenpress): the issuer is the source.
_DOCUMENT_BY_RE = re.compile(
    rf"(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{word_alternation(DOCUMENT_NOUNS)})\s+"
    r"(?:released|issued|published|posted|circulated|distributed|put\s+out|sent)"
    r"(?:\s+[a-z]+){0,3}?\s+by\s+"
)


def _possessor_holder(art: _Article, m: list[Any], comma: int) -> Any:
    """The first of the mentions ``m`` after "According to", or, when it is a state's or an
    organisation's possessive before the person it titles, that person ("According to
    Armenia's acting Prime Minister Nikol Pasjinjan," (Sydöstran), "According to Russia's
    envoy Mikhail Ulyanov," (TASS)): the holder speaks, not the state."""
    first = m[0]
    if not art.text.startswith(("'s", "’s"), first.end):
        return first
    people = [
        x
        for x in m[1:]
        if x.start < comma and x.actor_id is not None and art.is_person_key(str(x.actor_id))
    ]
    return people[0] if people else first


def _according(ps: _Passage, acc: re.Match[str]) -> None:
    """ "According to X, A" / "A, according to X" / "According to her, A"."""
    art, masked, p0 = ps.art, ps.masked, ps.p0
    a_end = p0 + acc.end()
    s0, s1 = _sentence_bounds(ps.sents, a_end)
    m = art.mentions_in(a_end, min(s1, a_end + 60))
    if masked.startswith("whom", acc.end()):
        _according_to_whom(ps, acc, s0, s1)
        return
    back_end = _ACCORDING_BACK_END_RE.match(masked, acc.end())
    if back_end and _TRAILING_ACCORDING_RE.search(masked, 0, acc.start()) and s0 < p0 + acc.start():
        # "A, according to him." (Les Echos, Reuters): the previous speaker's
        f = _add_according(ps, s0, p0 + acc.start(), None, None)
        if f is not None:
            f.refers_back = _SPACES_RE.sub(" ", back_end.group(1).lower())
        return
    back = _ACCORDING_BACK_RE.match(masked, acc.end())
    if back and not (m and m[0].start == a_end):
        # "According to her, ..." / "According to the interlocutor, ...": the
        # previous speaker (an anonymous source stays anonymous)
        f = _add_according(ps, p0 + back.end(), s1, None, None)
        if f is not None:
            f.refers_back = _SPACES_RE.sub(" ", back.group(1).lower())
        return
    if m and _TRAILING_ACCORDING_RE.search(masked, 0, acc.start()):
        _according_after(ps, acc, m[0], s0, s1)
        return
    lead = acc.end()  # "according to a statement issued by X": X's
    document = _DOCUMENT_BY_RE.match(masked, lead)
    if document is not None:
        lead = document.end()
        m = art.mentions_in(p0 + lead, min(s1, p0 + lead + 60))
    comma = masked.find(",", lead)
    if not m or comma < 0 or p0 + comma > s1:
        return
    first = _possessor_holder(art, m, p0 + comma)
    if _voiceless(art.text, first):
        return  # "According to the charter, members must consult": a text, no speech
    between = masked[lead : first.start - p0]
    if not re.fullmatch(r"(?:the\s+)?(?:[\w’'.-]+\s+){0,4}", between):
        return
    if _ANON_HEAD_RE.search(between) or _SOURCE_HEAD_RE.search(between + " in "):
        # "According to Kommersant's sources in the government, ...": anonymous
        _add_according(ps, p0 + comma + 1, s1, None, None)
        return
    if not re.fullmatch(r"[\s\w’'-]*", masked[first.end - p0 : comma]):
        return
    speaker, how = art.speaker_of(first, ps.pid, s0)
    _add_according(ps, p0 + comma + 1, s1, speaker, how)


#: "This was stated by X": the sentence before is X's (see speech.yml stated_by_verbs).
_STATED_BY_RE = re.compile(
    r"\b(?:This|That)\s+was\s+(?:"
    + word_alternation(SPEECH["stated_by_verbs"])
    + r")\s+(?:[a-z]+\s+)?by\s+"
)


def _stated_by(ps: _Passage, m: re.Match[str]) -> None:
    """ "A. This was stated by X …": A (the sentence before, in this paragraph or at
    the end of the one before) is X's statement, unless it is someone's already."""
    art, p0 = ps.art, ps.p0
    s0, s1 = _sentence_bounds(ps.sents, p0 + m.start())
    after = art.mentions_in(p0 + m.end(), min(s1, p0 + m.end() + 80))
    if s0 != p0 + m.start() or not after:
        return
    i = bisect_left(art.sentence_starts, s0)
    if i == 0 or art.sentence_list[i - 1][2] < ps.pid - 1:
        return
    _sentence_before_is(ps, s0, art.head_of(after[0], p0 + m.end() + 90), "stated by")


def _sentence_before_is(ps: _Passage, s0: int, subject: Mention, cue: str) -> None:
    """The sentence before the one at ``s0`` (in this paragraph or at the end of the one
    before) is ``subject``'s statement, unless it is someone's already."""
    art = ps.art
    i = bisect_left(art.sentence_starts, s0)
    if i == 0 or art.sentence_list[i - 1][2] < ps.pid - 1:
        return
    c0, c1, para = art.sentence_list[i - 1]
    if art.found.overlaps(c0, c1) or art.quote_overlaps(c0, c1):
        return
    c0, c1 = _trim(art.text, c0, c1)
    if _has_words(art.text[c0:c1], MIN_CLAUSE_WORDS):
        speaker, how = art.speaker_of(subject, ps.pid, c0)
        art.found.append(Found(c0, c1, para, "indirect", cue, speaker, how))


#: "A. X announced this in parliament": A is X's (Rzeczpospolita, TASS and RIA Novosti
#: in English, Trend: "Peskov said this", "Pashinyan announced this on Wednesday").
_SAID_THIS_RE = re.compile(
    r"\b(?P<verb>" + word_alternation(verbs("stated_by")) + r")"
    r"\s+(?:this|so)(?=\s*[,.;]|\s+(?:in|on|at|during|after|before|to|when|while|without"
    r"|yesterday|today|earlier|later|last)\b)"
)


#: A subordinate clause opening a sentence ("As …", "When …", "After …").
_SUBORDINATE_START_RE = re.compile(
    r"\s*(?:As|When|While|After|Before|If|Since|Because|Although|Though|Once|Until)\b"
)


def _said_this(ps: _Passage, m: re.Match[str]) -> None:
    """ "A. Prime Minister Nikol Pashinyan announced this in parliament": the subject
    opens the sentence (after titles), right before the verb."""
    s0, _ = _sentence_bounds(ps.sents, ps.p0 + m.start())
    if _SUBORDINATE_START_RE.match(ps.masked, s0 - ps.p0):
        return  # "As Peskov said this, protesters gathered": a clause of time, no hand-over
    subj = ps.art.subject_before(ps.masked, ps.p0, ps.p0 + m.start(), s0)
    if subj is None or not _PREAMBLE_RE.fullmatch(ps.masked, s0 - ps.p0, subj.start - ps.p0):
        return
    _sentence_before_is(ps, s0, subj, m.group("verb"))


def _according_to_whom(ps: _Passage, acc: re.Match[str], s0: int, s1: int) -> None:
    """ "…,” said Mirzoyan, according to whom A": A is the statement of the person named
    right before (Agenzia Nova, ANSA, TASS in English)."""
    art, p0 = ps.art, ps.p0
    before = [
        m
        for m in art.mentions_in(s0, p0 + acc.start())
        if m.method != "pronoun"
        and (m.actor_id is None or art.types.get(str(m.actor_id)) == "person")
    ]
    if not before or not re.fullmatch(r"\s*,\s*", ps.masked[before[-1].end - p0 : acc.start()]):
        return
    speaker, how = art.speaker_of(before[-1], ps.pid, s0)
    _add_according(ps, p0 + acc.end() + len("whom"), s1, speaker, how)


#: The rest of a source's phrase inside a sentence and its closing comma ("… diplomats| in
#: Yerevan, |will be"), before the sentence goes on.
_MID_ACCORDING_TAIL_RE = re.compile(r"[\w’' -]{0,40},\s+(?=[a-z])")


def _according_after(ps: _Passage, acc: re.Match[str], first: Mention, s0: int, s1: int) -> None:
    """ "A, according to Tasmagambetov.": the words before, if the name ends it."""
    masked, p0, text = ps.masked, ps.p0, ps.art.text
    if (
        re.fullmatch(r"(?:the\s+)?(?:[\w’'.-]+\s+){0,4}", masked[acc.end() : first.start - p0])
        and re.fullmatch(r"[\s.!?]*", text[first.end : s1])
        and s0 < p0 + acc.start()
        and not CUE_RE.search(masked, s0 - p0, acc.start())  # "X said A, according to"
    ):
        c0, c1 = _trim(text, s0, p0 + acc.start())
        if _has_words(text[c0:c1], MIN_CLAUSE_WORDS):
            speaker, how = ps.art.speaker_of(first, ps.pid, s0)
            ps.art.found.append(Found(c0, c1, ps.pid, "indirect", "according to", speaker, how))
        return
    tail = _MID_ACCORDING_TAIL_RE.match(text, first.end, s1)
    if tail is not None and CUE_RE.search(masked, tail.end() - p0, min(s1, tail.end() + 30) - p0):
        return  # "Pashinyan, according to the Kremlin, said …": the readout is a channel
    if tail is not None and re.fullmatch(
        r"(?:the\s+)?(?:[\w’'.-]+\s+){0,4}", masked[acc.end() : first.start - p0]
    ):
        # "The next step, according to diplomats in Yerevan, will be a meeting …" (Il
        # Manifesto, Reuters' "The talks, according to the Kremlin, will resume"): the
        # predicate after it, the source's
        speaker, how = ps.art.speaker_of(first, ps.pid, s0)
        _add_according(ps, tail.end(), s1, speaker, how)


def _in_words(ps: _Passage, w: re.Match[str]) -> None:
    """ "In his words, ...": the previous speaker, as "According to him, ..."."""
    s0, s1 = _sentence_bounds(ps.sents, ps.p0 + w.start())
    c0, c1 = _trim(ps.art.text, ps.p0 + w.end(), s1)
    if s0 == ps.p0 + w.start() and _has_words(ps.art.text[c0:c1], MIN_CLAUSE_WORDS):
        f = Found(c0, c1, ps.pid, "indirect", "according to", None, None)
        f.refers_back = _WORDS_OWNER[w.group(1).lower()]
        ps.art.found.append(f)


#: "As X noted, A" opening a sentence: A is X's (TASS, Armenpress, Trend, Interfax in
#: English; "As the minister stressed at the briefing, …", "As Pashinyan put it, …").
_AS_CUE_RE = re.compile(
    rf"A(?<![\w.]A)s\s+(?P<subj>[^,;:{DOUBLE_QUOTES}]{{2,80}}?)\s+"
    rf"(?P<verb>{_VERB_ALT}|put\s+it)\b(?P<tail>[^,;:.{DOUBLE_QUOTES}]{{0,60}}),\s*"
)
#: What may follow the verb of "As X noted, …" before the comma: an adverbial.
_AS_TAIL_RE = re.compile(
    r"(?:\s+(?:earlier|before|previously|later|also|then)|\s+(?:at|in|on|"
    r"during|to|after|before)\s+[^,]+)?\s*"
)


def _as_cue(ps: _Passage, m: re.Match[str]) -> None:
    """ "As X noted, A": A is X's, when the "As" opens the sentence."""
    s0, s1 = _sentence_bounds(ps.sents, ps.p0 + m.start())
    if s0 != ps.p0 + m.start() or not _AS_TAIL_RE.fullmatch(m.group("tail")):
        return
    subj = [
        x
        for x in ps.art.mentions_in(ps.p0 + m.start("subj"), ps.p0 + m.end("subj"))
        if x.end == ps.p0 + m.end("subj")
    ]
    if not subj or not re.fullmatch(
        r"(?:the\s+)?(?:[\w’'.-]+\s+){0,4}", ps.masked[m.start("subj") : subj[-1].start - ps.p0]
    ):
        return
    c0, c1 = _trim(ps.art.text, ps.p0 + m.end(), s1)
    if _has_words(ps.art.text[c0:c1], MIN_CLAUSE_WORDS):
        speaker, how = ps.art.speaker_of(subj[-1], ps.pid, s0)
        ps.art.found.append(Found(c0, c1, ps.pid, "indirect", m.group("verb"), speaker, how))


#: A noun of speech and its "that" clause, after its owner ("X's announcement that") or
#: before it ("the claim of X that"); see ``speech_nouns`` in data/speech.yml.
_SPEECH_NOUN_RE = re.compile(
    r"(?P<owned>['’]s\s+(?:[a-z]+\s+)?)?(?P<noun>"
    + word_alternation(SPEECH["speech_nouns"])
    + r")\s+(?:of\s+(?P<of>[^,;:]{2,80}?)\s+)?that\s+"
)


#: An adverbial between a speech noun's owner and its clause ("the statement of Nikol
#: Pashinyan| in parliament| that", "the claim of Lavrov| on Tuesday| that").
_OWNER_ADVERBIAL_RE = re.compile(r"\s+(?:in|at|on|during)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?")
#: The predicate of a sentence whose subject is a speech noun and its clause (see
#: ``speech_noun_predicates`` in data/speech.yml).
_SPEECH_NOUN_PREDICATE_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:"
    + word_alternation(SPEECH["speech_noun_predicates"], space=r"\s+")
    + r")\b"
)


def _speech_nouns(art: _Article, para: Any, quotes: list[Quote]) -> None:
    """The statements that nouns of speech hold in one paragraph (:func:`_speech_noun`),
    also inside another statement's content ("Landsbergis has welcomed Pashinyan's
    announcement that A": A is Pashinyan's, the welcome Landsbergis's)."""
    masked, _ = art.masked(para)
    if " that " not in masked:
        return
    pid = int(para.paragraph_id)
    ps = _Passage(art, masked, int(para.start), pid, art.sents.get(pid, []), quotes, 0)
    for m in matches(_SPEECH_NOUN_RE, masked):
        _speech_noun(ps, m)


def _speech_noun(ps: _Passage, m: re.Match[str]) -> None:
    """ "Pashinyan's announcement that A" / "the claim of Nikol Pashinian that A": A is
    the owner's statement (with its cue the noun), to the end of the sentence or to the
    comma before the next subject and verb."""
    art, p0 = ps.art, ps.p0
    if m.group("owned"):
        owners = [
            x
            for x in art.mentions_in(max(0, p0 + m.start() - 90), p0 + m.start())
            if x.end == p0 + m.start()
        ]
    elif m.group("of"):  # (also "the statement of X in parliament that")
        owners = [
            x
            for x in art.mentions_in(p0 + m.start("of"), p0 + m.end("of"))
            if x.end == p0 + m.end("of")
            or _OWNER_ADVERBIAL_RE.fullmatch(ps.masked, x.end - p0, m.end("of"))
        ]
    else:
        return
    if not owners or owners[-1].method in ("pronoun", "document", "it"):
        return
    s0, s1 = _sentence_bounds(ps.sents, p0 + m.end())
    if art.text[s0:s1].rstrip().endswith("?"):
        return  # a question poses a claim, it does not report it
    end = _clause_end(ps, p0 + m.end(), s1)
    if (predicate := _SPEECH_NOUN_PREDICATE_RE.search(ps.masked, m.end(), end - p0)) is not None:
        end = p0 + predicate.start()  # "X's statement that A| caused a sharp reaction"
    c0, c1 = _trim(art.text, p0 + m.end(), end)
    if not _has_words(art.text[c0:c1], MIN_CLAUSE_WORDS) or any(
        f.start == c0 or (f.start <= c0 < f.end and f.cue != "said" and f.kind == "direct")
        for f in art.found
    ):
        return
    speaker, how = art.speaker_of(owners[-1], ps.pid, s0)
    insort(art.found, Found(c0, c1, ps.pid, "indirect", m.group("noun"), speaker, how), key=_START)


def _clause_end(ps: _Passage, c0: int, s1: int) -> int:
    """Where a clause that starts at ``c0`` ends: at the comma before another subject
    and its speech verb ("… leave the CSTO, Kanaani said it was …"), else at ``s1``."""
    for cue in CUE_RE.finditer(ps.masked, c0 - ps.p0, s1 - ps.p0):
        comma = ps.masked.rfind(",", c0 - ps.p0, cue.start())
        if comma >= 0 and _SUBJECT_WORDS_RE.fullmatch(ps.masked, comma, cue.start()):
            return ps.p0 + comma
    return s1


_SUBJECT_WORDS_RE = re.compile(r",\s*(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:[a-z]+\s+)?")


#: Verbs whose subject never follows them: participles, and verbs that take an object.
_NOT_INVERTED = frozenset(PARTICIPLES) | ACCUSE_VERBS | BLAME_VERBS | APPEAL_VERBS | INFORM_VERBS


class _Subject(NamedTuple):
    """Who a speech verb's statement is by: a subject mention, or a statement it stands
    in (``host``); ``extend`` is a statement that ", adding that" goes on with."""

    subj: Any
    host: Found | None
    extend: Found | None
    inverted: bool


def _cue(ps: _Passage, cue: re.Match[str]) -> None:
    """A speech verb: its subject, its content, and the statement they make."""
    v0, v1 = ps.p0 + cue.start(), ps.p0 + cue.end()
    verb = cue.group(0)
    if not verb.isalpha():  # "pointed  out" → "pointed out"
        verb = _SPACES_RE.sub(" ", verb)
    s0, s1 = _sentence_bounds(ps.sents, v0)
    if s0 == s1:
        return
    after = ps.masked[v1 - ps.p0 :]
    if (cue.group("passive") or cue.group("active")) and not (
        re.match(r"\s+that\b", after)
        or (_opens_clause("saying", after) and not _QUOTE_NEXT_RE.match(after))
    ):
        return  # "... as saying:" introduces a direct quote
    if _HYPOTHETICAL_RE.search(ps.masked, max(0, cue.start() - 60), cue.start()):
        return  # "he would presumably have repeated his charge that …": not said
    if _cue_is_noun(ps.masked, verb, cue.start()):
        return  # "said in a note to the member states that …", "in a written reply to"
    who = _cue_subject(ps, cue, verb, v0, v1, s0, s1)
    if who is None:
        return
    subj_start = v0 if who.inverted or who.subj is None else who.subj.start
    speaker = (
        (who.host.speaker_id, who.host.attribution)
        if who.host
        else ps.art.speaker_of(who.subj, ps.pid, s0)
    )
    content = _cue_content(ps, verb, v1, s0, s1, who, subj_start)
    if (
        content is not None
        and not _ANONYMITY_REQUEST_RE.match(ps.art.text, content[0])
        and not _only_a_name(ps.art, *content)
    ):
        speaker = _reported_in_document(ps, who, content) or speaker
        _record(ps, verb, content, who, subj_start, speaker, s0)


#: The speech verbs' base forms, which are also nouns ("reply", "answer", "claim"): a base
#: form speaks only after a plural subject ("Supporters of the government reply that").
_BASE_FORMS: frozenset[str] = frozenset(
    lemma for lemma, forms in VERB_FORMS.items() if lemma in forms and " " not in lemma
)
#: A singular determiner or "in" with up to one word after it, or a possessive, before a
#: base form: the form is a noun ("in a written reply to WirtschaftsWoche that"
#: (WirtschaftsWoche), "in reply to a question" (Reuters), "an official claim that" (AP),
#: "his reply to the deputies" (Aravot)).
_SINGULAR_BEFORE_RE = re.compile(
    # (a possessive only right before it: "his critics say" is a plural subject's verb)
    r"(?:\b(?:a|an|in)\s+(?:[a-z][\w’'-]*\s+)?|(?:\b(?:his|her|its)|[’']s)\s+)$"
)


def _verb_cues(text: str) -> list[re.Match[str]]:
    """The speech verbs of ``text`` that are verbs there, not nouns ("Peskov's answer was
    short:" holds none)."""
    return [c for c in CUE_RE.finditer(text) if not _base_form_noun(text, c.group(0), c.start())]


def _cue_is_noun(text: str, word: str, at: int) -> bool:
    """Whether the speech verb ``word`` at ``at`` is a noun there: "states" after one of
    ``states_noun_before`` (:func:`_plural_states`) or a base form (:func:`_base_form_noun`)."""
    return (word == "states" and _plural_states(text, at)) or _base_form_noun(text, word, at)


def _base_form_noun(text: str, word: str, at: int) -> bool:
    """Whether the speech verb ``word`` at ``at`` is a base form used as a noun
    (:data:`_SINGULAR_BEFORE_RE`)."""
    return word in _BASE_FORMS and _SINGULAR_BEFORE_RE.search(text, max(0, at - 30), at) is not None


#: A word at a position.
_WORD_AFTER_RE = re.compile(r"[\w’'-]+")
#: The speech acts with a noun-phrase object (data/frames.yml's ``object_verbs``).
_FRAME_OBJECT_VERBS: frozenset[str] = frozenset(FRAME_OBJECT_VERBS)
#: What may stand between a subject and its speech verb inside a document's content.
_INNER_GAP_RE = re.compile(r"\s+(?:(?:also|again|further|then|had|has|have)\s+)?")


def _titles_only(words: str) -> bool:
    """Whether ``words`` before a name are nothing, "the", or its titles and demonyms
    ("President ", "Azerbaijani President ", "the Kazakh ")."""
    tokens = words.split()
    if tokens[:1] in (["The"], ["the"]):
        tokens = tokens[1:]
    return all(t in TITLES or t in DEMONYMS for t in tokens)


def _reported_in_document(
    ps: _Passage, who: _Subject, content: tuple[int, int]
) -> tuple[str | None, str | None] | None:
    """The speaker of a statement that a document or an office reports before its cue
    ("The Iranian president stressed the importance of …, the statement said" (ILNA;
    Kremlin and presidential readouts); "President Recep Tayyip Erdoğan congratulated …,
    the Directorate of Communications said" (Yeni Şafak, Karar): the content opens with
    its own subject and speech verb, whose speaker it is, a person for an office); None
    otherwise."""
    subj = who.subj
    if subj is None or content[1] > subj.start:
        return None
    art, p0 = ps.art, ps.p0
    office = subj.method == "organisation" or art.types.get(str(subj.actor_id)) == "organization"
    if subj.method != "document" and not office:
        return None
    first = next(iter(art.mentions_in(content[0], content[1])), None)
    if (
        first is None
        or first.method == "document"
        or not _titles_only(art.text[content[0] : first.start])
    ):
        return None
    gap = _INNER_GAP_RE.match(ps.masked, first.end - p0)
    verb = _WORD_AFTER_RE.match(ps.masked, gap.end()) if gap is not None else None
    if verb is None or not (
        CUE_RE.match(ps.masked, gap.end()) or verb.group(0) in _FRAME_OBJECT_VERBS
    ):
        return None  # (a speech verb or a speech act with an object: "thanked Türkiye for")
    found = art.speaker_of(first, ps.pid, first.start)
    if office and art.types.get(str(found[0])) != "person":
        return None  # (an office reports its principal's words, not another body's)
    return found if found[0] else None


#: The word before a position.
_WORD_BEFORE_RE = re.compile(r"([\w’'-]+)\s+$")


def _plural_states(masked: str, at: int) -> bool:
    """Whether "states" at ``at`` is a plural noun after one of ``states_noun_before``
    (data/frames.yml: "the member states", "the Baltic states")."""
    word = _WORD_BEFORE_RE.search(masked, max(0, at - 20), at)
    return word is not None and word.group(1).lower() in STATES_NOUN_BEFORE


#: A modal right before a speech verb: speech supposed, not reported ("Had Pašinjan
#: travelled to Astana, he would presumably have repeated his charge that …" (Kansan
#: Uutiset), "Moscow would probably claim that …" (PISM), "Lavrov might argue that …",
#: "he may say that …"); the modal of a reported clause stands after its verb ("said
#: Russia would respond").
_HYPOTHETICAL_RE = re.compile(
    r"\b(?:would|could|might|may|should)(?:\s+(?:not|never|probably|presumably|likely|"
    r"certainly|surely|then|also|well|have))*\s+$"
)


def _earlier_cue_subject(ps: _Passage, s0: int, v0: int) -> Any:
    """The subject of the speech verb before ``v0`` in its sentence, which a verb after
    "and" shares ("“…”, Pashinyan said at a press conference in Yerevan, and added that"
    (Télam, Reuters, AP): the quote first, no main clause before it); None if none."""
    cues = list(CUE_RE.finditer(ps.masked, s0 - ps.p0, v0 - ps.p0))
    if not cues or cues[-1].group("passive") or cues[-1].group("active"):
        return None
    return ps.art.subject_before(ps.masked, ps.p0, ps.p0 + cues[-1].start(), s0)


#: A source's request not to be named is no statement ("A priest, who asked that his name
#: not be published, says: « … »" (L'Obs), "requested that her name not be used" (AP),
#: "asked that their names be withheld" (Reuters), "who asked that her surname not be used"
#: (Truthout)).
_ANONYMITY_REQUEST_RE = re.compile(
    r"(?:his|her|their)\s+(?:sur|full\s+|last\s+)?names?\s+(?:not\s+)?be\s+(?:not\s+)?"
    r"(?:published|used|given|printed|withheld|made\s+public)\b"
)


def _cue_subject(
    ps: _Passage, cue: re.Match[str], verb: str, v0: int, v1: int, s0: int, s1: int
) -> _Subject | None:
    """The subject of a speech verb (before it, after it in an inversion, the main
    clause's for a participle, or a statement it continues); None if it has none."""
    art, masked, p0 = ps.art, ps.masked, ps.p0
    if cue.group("active"):
        subj = art.quoted_subject(v0, v1)
    else:
        subj = art.subject_before(masked, p0, v0, s0)
        if (
            subj is not None
            and verb in PARTICIPLES
            and (subj.method == "document" or _voiceless(art.text, subj))
        ):
            subj = None  # "vetoed the declaration saying ...": the document is no speaker
    extend = prior = None
    if verb in PARTICIPLES:
        subj, prior = _participle_subject(ps, verb, subj, v0, s0)
    host = None
    if (
        subj is None
        and verb not in PARTICIPLES
        and _COORDINATED_RE.search(masked, max(0, v0 - p0 - 20), v0 - p0)
    ):
        # "X accused Y of A and said B": the verb shares the subject of the statement
        # it stands in (which the "earlier" check below ends before "and"), or of the
        # main clause ("X called the talks useful but warned that B")
        host = next(
            (f for f in ps.found() if s0 <= f.start < v0 < f.end and f.kind == "indirect"),
            None,
        )
        if host is None:
            subj = art.main_subject(masked, p0, s0, v0) or _earlier_cue_subject(ps, s0, v0)
    inverted = False
    if host is None and verb not in _NOT_INVERTED:
        # "…, said Zas" (not "accused the government of …": an object, no subject)
        after = _inverted_subject(art, masked, p0, s0, subj, (v0, v1), s1)
        subj, inverted = (after, True) if after is not None else (subj, False)
    if subj is None and host is None:
        return None
    if host is None and subj is not None and subj.method == "prior":
        host = prior
    return _Subject(subj, host, extend, inverted)


#: A preposition right after a speech verb: what follows is an adverbial, no subject
#: ("Rep. Jim Costa, D-Fresno, who has long backed Armenian causes in Congress, said in a
#: statement that" (McClatchy)).
_PREPOSITION_GAP_RE = re.compile(r"\s+(?:in|at|on|during|after|before|via|through|from|with)\b")
#: Between a speech verb and a subject right after it.
_NEXT_TO_VERB_RE = re.compile(r"\s+(?:the\s+)?")
#: A preposition between a speech verb and a mention after it: the mention is its object,
#: no inverted subject ("complained about Western involvement in Armenia", "said most of
#: the refugees").
_OBJECT_GAP_RE = re.compile(r"\b(?:about|in|into|on|of|over|against|for|with|from|at|to)\s")
#: A verb right after a mention: it opens a clause of its own ("the refugees were women").
_CLAUSE_GOES_ON_RE = re.compile(
    r"\s+(?:were|was|is|are|had|has|have|would|will|could|should|can|may|might|must)\b"
)
#: A comma right before a speech verb, or a spaced dash as the Polish press prints it ("…
#: addressed to two audiences: Moscow and Brussels – says a Western diplomat in Yerevan"
#: (Sieci), "… – says Wojciech Górecki" (OKO.press)).
_COMMA_END_RE = re.compile(  # (not «…», — said: a quote's)
    rf"(?:,|(?<![,{re.escape(DOUBLE_QUOTES)}])\s[–—])\s*$"
)
#: A lower-case word right after a mention.
_WORD_NEXT_RE = re.compile(r"\s+[a-z]")
#: "that" right after a mention.
_THAT_NEXT_RE = re.compile(r"\s+that\b")
#: What may follow the subject of an inversion that ends its clause: the sentence's end,
#: or an appositive or relative clause of it ("…, said a former Indian ambassador to the
#: region, who asked not to be named." (Scroll), "…, said Hikmet Hajiyev, the foreign
#: policy adviser" (Report.az), "…, said one resident." (AP)).
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:who|a|an|the|one)\b)")


def _inverted_subject(
    art: _Article, masked: str, p0: int, s0: int, subj: Any, verb: tuple[int, int], s1: int
) -> Mention | None:
    """The subject after the speech verb of an inversion, if it is one: a verb without a
    subject before it, a subject that ends the content (``_inside_content``), or a comma
    before the verb and a subject after it that ends the clause, whatever stands before
    ("… will cost it goodwill in Baku and Ankara, with little strategic return, said a
    former Indian ambassador to the region" (Scroll): "it" is an object; "…, in its view,
    said the ministry." (TASS); "…, at least for now, said one diplomat." (Politico))."""
    v0, v1 = verb
    if subj is None or _inside_content(masked, p0, s0, subj, v0):
        after = art.subject_after(masked, p0, v1, s1)
        if after is not None and (
            _PREPOSITION_GAP_RE.match(masked, v1 - p0, after.start - p0)
            or _OBJECT_GAP_RE.search(masked, v1 - p0, after.start - p0)
            or _CLAUSE_GOES_ON_RE.match(masked, after.end - p0)
            # (a pronoun with words of its own after it: "Anahit, 34, who arrived …, says
            # she no longer expects anything" (La Marseillaise): the clause's subject)
            or (after.method == "pronoun" and _WORD_NEXT_RE.match(masked, after.end - p0))
            # (an addressee before "that": "…, who did not want to be named, told
            # Fraternité Matin that" (Fraternité Matin): the outlet is told, no speaker)
            or _THAT_NEXT_RE.match(masked, after.end - p0)
        ):
            # "…, said in a statement that": the statement is no subject; "…, however,
            # complained about Western involvement in Armenia" (The Quint): a preposition's
            # object; "The UN refugee agency, UNHCR, said most of the refugees were women"
            # (Truthout): the subject of the reported clause
            return None
        return after
    if not _COMMA_END_RE.search(masked, max(0, v0 - p0 - 3), v0 - p0):
        return None
    after = art.subject_after(masked, p0, v1, s1)
    if (
        after is None
        or not _NEXT_TO_VERB_RE.fullmatch(masked, v1 - p0, after.start - p0)
        or not _CLAUSE_END_RE.match(masked, after.end - p0)
    ):
        return None  # ("…, explained why Yerevan is distancing itself from the CSTO.")
    return after


def _inside_content(masked: str, p0: int, s0: int, subj: Any, v0: int) -> bool:
    """Whether a mention right before ", said" ends the content of an inversion rather
    than opening the sentence as its subject ("… a peace agreement with Armenia, said
    Hikmet Hajiyev" (Report.az, Trend, TASS)): a comma alone between it and the verb, and
    a clause, not a preamble, before it."""
    return _COMMA_ONLY_RE.fullmatch(masked, subj.end - p0, v0 - p0) is not None and not (
        _PREAMBLE_RE.fullmatch(masked, s0 - p0, subj.start - p0)
    )


#: "told" and up to three words right before a mention: the mention is its addressee.
_TOLD_BEFORE_RE = re.compile(r"\btold\s+(?:[\w’'-]+\s+){0,3}$")


def _participle_subject(
    ps: _Passage, verb: str, subj: Any, v0: int, s0: int
) -> tuple[Any, Found | None]:
    """The subject of a participle ("X rejected it, saying …") and the earlier statement
    it belongs to ("A, Baku said, while insisting that B"), if any."""
    masked, p0 = ps.masked, ps.p0
    if (
        subj is not None
        and _COMMA_ONLY_RE.fullmatch(masked, subj.end - p0, v0 - p0)
        and not _PREAMBLE_RE.fullmatch(masked[s0 - p0 : subj.start - p0])
    ):
        subj = None  # "criticized the decision to waive the Act, warning that"
    if subj is not None and (
        _PREPOSITION_END_RE.search(masked, max(0, subj.start - p0 - 40), subj.start - p0)
        or _addressee(masked, p0, subj)
    ):
        # "welcomed the agreements reached by Armenia and Azerbaijan …, saying"; "…, he
        # told the Russian agency TASS, noting that" (La Liberté): the addressee is no
        # subject
        subj = None
    if subj is not None or not _participle_after_clause(masked, v0 - p0, verb):
        return subj, None
    # "A, Baku said, while insisting that B": the speaker of A; ", adding that" then goes
    # on with A (one statement)
    prior = next(
        (
            f
            for f in reversed(ps.found())
            if s0 <= f.start
            and f.end <= v0
            and f.kind == "indirect"
            and f.speaker_id
            and ";" not in masked[f.end - p0 : v0 - p0]
        ),
        None,
    )
    if prior is not None:
        return Mention(prior.start, prior.start, None, None, "prior"), prior
    main = ps.art.main_subject(masked, p0, s0, v0)  # "X rejected it, saying ..."
    if main is not None and _addressee(masked, p0, main):
        main = None
    return (main if main is not None else _previous_cue_subject(ps, s0, v0)), None


def _addressee(masked: str, p0: int, m: Any) -> bool:
    """Whether the mention ``m`` is the addressee of a "told" right before it."""
    return _TOLD_BEFORE_RE.search(masked, max(0, m.start - p0 - 40), m.start - p0) is not None


#: Between a speech verb and a participle after it: a comma, after an addressee ("told
#: lawmakers,", "told reporters in Yerevan,").
_ADDRESSEE_COMMA_RE = re.compile(r"(?:\s+[a-z][\w’'-]*(?:\s+(?:in|at)\s+[A-Z][\w-]*)?){0,3}\s*,\s*")


def _previous_cue_subject(ps: _Passage, s0: int, v0: int) -> Any:
    """The subject of the speech verb a participle follows ("“…,” X said, adding that",
    "“…,” said X, adding that"), or None."""
    masked, p0 = ps.masked, ps.p0
    last = None
    for last in CUE_RE.finditer(masked, s0 - p0, v0 - p0):  # noqa: B007 (the last one)
        pass
    if last is None or last.group("passive") or last.group("active"):
        return None
    if last.group(0) == "told" or _ADDRESSEE_COMMA_RE.fullmatch(masked, last.end(), v0 - p0):
        # "X told MPs, adding"; "he told the Russian agency TASS, noting that" (La Liberté):
        # whoever "told" names after it is the addressee
        return ps.art.subject_before(masked, p0, p0 + last.start(), s0)
    subj = ps.art.subject_after(masked, p0, p0 + last.end(), v0)  # "said X, adding"
    between = masked[last.end() : v0 - p0]
    return subj if between.rstrip().endswith(",") and between.count(",") == 1 else None


@lru_cache(maxsize=8192)
def _without_title_tail(pre: str) -> str:
    """``pre`` without the title words it ends with (``_TITLE_TAIL_RE``; cached: the
    regex is tried at every word, and syndicated copy repeats sentences)."""
    return _TITLE_TAIL_RE.sub("", pre)


def _only_a_name(art: _Article, c0: int, c1: int) -> bool:
    """Whether ``[c0, c1)`` is one name and nothing else: the subject before an appositive
    role, never a content ("Hikmat Hajiyev, the president's foreign policy adviser, said
    in a post on X: "…"" (Sazandegi, Trend, APA))."""
    a, b = _trim(art.text, c0, c1)
    return any(
        m.start <= a and m.end >= b and m.method not in _NOT_NAMES for m in art.mentions_in(a, b)
    )


#: Pseudo-mentions that are no name (an unnamed person's, a role noun's, a pronoun's).
_NOT_NAMES = frozenset({"indefinite", "role", "pronoun", "anaphor", "it"})


def _cue_content(
    ps: _Passage, verb: str, v1: int, s0: int, s1: int, who: _Subject, subj_start: int
) -> tuple[int, int] | None:
    """The content of a speech verb's statement (trimmed), or None."""
    text, masked, p0 = ps.art.text, ps.masked, ps.p0
    inverted = who.inverted
    pre = masked[s0 - p0 : subj_start - p0]
    if not inverted:  # "..., Russian Foreign Minister Sergey Lavrov said"
        pre = _without_title_tail(pre)
    after = masked[v1 - p0 : s1 - p0]
    span: tuple[int, int] | None = None
    charge = verb in _CHARGE_VERBS
    if (
        not inverted
        and (t := _that_clause(after, verb.lower() in APPEAL_VERBS, charge)) is not None
    ):
        span = v1 + t, s1
    elif verb in PARTICIPLES and verb not in ACCUSE_VERBS:
        against = _AGAINST_RE.match(after) if verb == "warning" else None
        if against is not None:  # ", warning against the involvement of …" (TRT, TASS)
            span = v1 + against.end() - len("against "), s1
        elif inverted or not _opens_clause(verb, after):
            return None  # a participle opens a clause only with "that" (or "saying it")
        else:
            span = v1 + len(_TIME_ADVERB_RE.match(after).group(0)), s1
    elif _content_before(ps, verb, pre, after, s0, subj_start, inverted, who.subj):
        inner = [f for f in ps.found() if s0 <= f.start < subj_start < f.end]
        if inner and not inverted:
            # "X said A, Interfax reports": the agency is a channel, not a speaker
            inner[-1].end = _trim(text, inner[-1].start, s0 + len(pre))[1]
            _spoke_for(ps, inner[-1], who, s0)
            return None
        if (
            after.lstrip().startswith(",")
            and not inverted
            and not _PARTICIPLE_NEXT_RE.match(after)
            and not _ends_clause(after)  # "X, Zakharova said, in remarks that ..."
        ):
            span = s0, s1  # "X, he said, is ..."
        else:  # "X, Putin said" / "X, said Zas" (after a dateline: "MOSCOW, … /TASS/. X")
            lead = _DATELINE_LEAD_RE.match(masked, s0 - p0, subj_start - p0)
            span = s0 + (lead.end() - (s0 - p0) if lead else 0), s0 + len(pre.rstrip()) - 1
    elif not inverted:
        span = _object_content(verb, after, v1, s1, _own_act(masked, p0, who.host, v1 - len(verb)))
    if span is None:
        return None
    if span[0] >= v1 and (nxt := _SECOND_ACT_RE.search(masked, span[0] - p0, span[1] - p0)):
        closer = masked[nxt.start()] in QUOTE_CLOSERS  # (keep a closing mark: “…,” adding)
        span = span[0], p0 + nxt.start() + closer  # "said A, adding that B": B is a second
    span = span[0], _before_label(ps, *span)
    c0, c1 = _trim(text, *span)
    return (c0, c1) if _has_words(text[c0:c1], MIN_CLAUSE_WORDS) else None


#: A comma and a conjunction before a new subject ("…, and an EU diplomat said").
_AND_SUBJECT_RE = re.compile(r",\s+(?:and|but|while)\s+(?=(?:an?|the|one|[A-Z])\b)")


def _new_speaker_at(masked: str, a: int, b: int) -> int | None:
    """Where a content ends before another speaker's statement joined by "and"/"but"
    ("The European Commission has proposed extending the EU monitoring mission, and an EU
    diplomat said the mission would stay" (Hanns-Seidel-Stiftung), "…, but a senior
    official told Reuters that" (Reuters)): the comma, when a subject and a speech verb
    follow without a comma between; None otherwise."""
    for m in _AND_SUBJECT_RE.finditer(masked, a, b):
        cue = CUE_RE.search(masked, m.end(), min(b, m.end() + 70))
        between = masked[m.end() : cue.start()] if cue else ""
        if cue and cue.group("verb") and "," not in between and between.strip():
            return m.start()
    return None


#: "warning against X": the warning's content is what follows "against".
_AGAINST_RE = re.compile(r"\s+against ")


#: An aside between commas before "that" ("said, however, that" (TASS, Reuters), "told
#: reporters, in an interview with France 24, that" (AFP), "concede, in private, that"
#: (Carnegie Politika)): no other comma, quote or sentence end in it.
_ASIDE_BEFORE_THAT_RE = re.compile(rf"[^,;:.!?{DOUBLE_QUOTES}]*,[^,;:.!?{DOUBLE_QUOTES}]+,\s*")


#: A finite verb between a speech verb and "that": a bare clause has begun and the "that"
#: is a relative pronoun ("said the organisation was an instrument that was needed by all
#: its members" (TASS, RIA Novosti in English, Kremlin.ru)).
_FINITE_BEFORE_THAT_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|must|should|remains|remained)\b"
    # or a capitalised subject and its past-tense verb right after the speech verb ("said
    # Tehran welcomed any agreement that brings peace" (Al-Akhbar), "said Moscow regretted
    # a decision that …" (TASS), "told reporters Armenia wanted guarantees that …")
    r"|^\s+(?:[a-z]+\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+[a-z]{2,}ed\b"
)


#: "said the organisation “is not going anywhere” and that B": a second "that" after a
#: bare clause (Liga.net, Reuters, TASS); the content starts after the verb.
_AND_BEFORE_THAT_RE = re.compile(r"\S\s+(?:and|but)\s*$")


#: An appeal's addressee and infinitive between its verb and "that": the "that" is a
#: relative pronoun inside the appeal ("called on the parties to reach a consensus that
#: allows humanitarian assistance" (Thurgauer Zeitung, ICRC), "called on both sides to
#: reach an agreement that would end the war" (AP), "urged Baku to sign a treaty that
#: …" (Reuters)).
_APPEAL_BEFORE_THAT_RE = re.compile(
    r"\s+(?:(?:on|upon)\s+)?(?:[\w’'-]+\s+){1,5}?to\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|reporters|journalists|parliament|lawmakers|"
    r"deputies|members|media)\b)[a-z]+\b"
)


#: Verbs of a charge: "accused X of …", "blamed X for …".
_CHARGE_VERBS = ACCUSE_VERBS | BLAME_VERBS
#: A charge's preposition before "that" ("accused X of …", "blamed X for …").
_CHARGE_BEFORE_THAT_RE = re.compile(r"\b(?:of|for)\b")


def _that_clause(after: str, appeal: bool = False, charge: bool = False) -> int | None:
    """The end of the "that" opening a clause after a speech verb (within a few words,
    no comma and no other speech verb before it, nor an ``appeal``'s infinitive, nor a
    ``charge``'s "of"/"for": "accuses the government of destroying the only security
    system that Armenia has" (Natsionalnaya Oborona): a relative), or None."""
    t = THAT_RE.search(after)
    if (
        t
        and t.start() <= 160
        and not (charge and _CHARGE_BEFORE_THAT_RE.search(after, 0, t.start()))
        and not _has_words(after[: t.start()], MAX_WORDS_BEFORE_THAT + 1)
        and not _FINITE_BEFORE_THAT_RE.search(after, 0, t.start())
        and ("," not in after[: t.start()] or _ASIDE_BEFORE_THAT_RE.fullmatch(after, 0, t.start()))
        and not _AND_BEFORE_THAT_RE.search(after, 0, t.start())
        and not (appeal and _APPEAL_BEFORE_THAT_RE.match(after, 0, t.start()))
        and not any(  # "said A but warned that B" (not "in a statement posted …", nor
            # a noun after a determiner: "said in a note published on its website that")
            not after_document(after, c.start())
            and not _DETERMINER_END_RE.search(after, 0, c.start())
            and not _cue_is_noun(after, c.group(0), c.start())
            for c in CUE_RE.finditer(after, 0, t.start())
        )
    ):
        return t.end()
    return None


#: Words that open a person's title ("Assistant to the President of Azerbaijan, …"):
#: words before a subject that open with one are its titles, no content.
_PERSON_TITLES = frozenset(
    [
        "President",
        "Prime",
        "Minister",
        "Assistant",
        "Adviser",
        "Advisor",
        "Head",
        "Secretary",
        "Deputy",
        "Chairman",
        "Chairwoman",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
        "Ambassador",
        "Director",
        "Chief",
        "Speaker",
    ]
)


_TITLE_JOINERS = frozenset(["of", "the", "to", "for", "and", "on", "in", "at", "a", "an"])


def _title_phrase(pre: str) -> bool:
    """Whether the words before a subject are a title ("Assistant to the President of
    the Republic of Azerbaijan,"): a title word first and no lower-case word but joiners
    ("Prime Minister Nikol Pashinyan will not travel …," is content)."""
    words = pre.split()
    if words[:1] in (["The"], ["the"]):  # "The assistant to the President …, head of …,"
        words = words[1:]
    return (
        bool(words)
        and words[0].capitalize() in _PERSON_TITLES
        and all(
            w in _TITLE_JOINERS or w.rstrip(",").capitalize() in _PERSON_TITLES
            for w in words
            if w[:1].islower()
        )
    ) or _HEAD_OF_RE.fullmatch(pre) is not None


#: An opening phrase that names a source, not content ("According to the premier,",
#: "In the message,", "In his words,"): the clause after it has its own subject.
_SOURCE_PHRASE_RE = re.compile(
    r"\s*(?:[Aa]ccording\s+to|[Ii]n\s+(?:his|her|their|its|the)\s+(?:own\s+)?(?:words|"
    r"opinion|view|message|statement|letter|address|interview|speech|article))\b[^,;]{0,80},\s*"
)
#: A title noun with what it heads, before the name it describes ("The leader of the
#: Belarusian democratic forces, Sviatlana Tsikhanouskaya, has commented" (Naviny.by,
#: Meduza), "The head of the Armenian delegation, X, said" (Armenpress)).
_HEAD_OF_RE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+){0,2}(?:leader|head|chief|chairman|chairwoman|"
    r"chair|spokesman|spokeswoman|spokesperson|director|founder|commander|secretary|"
    r"minister|president|ambassador|envoy|speaker|adviser|advisor)\s+(?:of|for|at)\s+"
    r"[^,;:.]{2,80},\s*"
)


#: A short noun phrase with a determiner or possessive, then a comma: the head of an
#: appositive name ("The host, Belarusian President Aleksandr Lukashenko, told" (Vreme),
#: "Our host, …, said", "Azerbaijan's leader, Ilham Aliyev, said" (AP, Reuters)).
_APPOSITIVE_HEAD_RE = re.compile(
    r"\s*(?:[Tt]he|[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[A-Z][\w-]*[’']s)"
    r"(?:\s+[\w’'-]+){1,4}\s*,\s*"
)


#: An unnamed person's noun phrase, then a comma: the head of an unnamed appositive ("A
#: military expert from Ulyanovsk, a reserve colonel who asked not to be named, told our
#: newspaper: «…»" (Ulyanovskaya Pravda), "A Western diplomat in Yerevan, a veteran of the
#: talks, said" (Reuters), "An analyst at the institute, a former adviser, told" (AFP)).
_INDEFINITE_HEAD_RE = re.compile(
    r"\s*[Aa]n?\s+(?:[\w’'-]+\s+){0,2}(?:"
    + word_alternation([*SPEECH["unnamed_person_nouns"], "expert", "analyst", "scientist"])
    + r")\b[^,;:.]{0,40},\s*"
)


def _apposed(pre: str, text: str, subj: Any) -> bool:
    """Whether ``pre`` is the head the subject's name is in apposition to, set off by
    commas on both sides ("The host, Belarusian President Aleksandr Lukashenko, told
    journalists: «…»"), or an unnamed person's head before another unnamed description
    (:data:`_INDEFINITE_HEAD_RE`): the head is no content of the verb."""
    if subj is not None and subj.method == "indefinite" and _INDEFINITE_HEAD_RE.fullmatch(pre):
        return True
    return bool(
        subj is not None
        and _APPOSITIVE_HEAD_RE.fullmatch(pre)
        and text[subj.end : subj.end + 2].lstrip().startswith(",")
    )


def _content_before(
    ps: _Passage,
    verb: str,
    pre: str,
    after: str,
    s0: int,
    subj_start: int,
    inverted: bool,
    subj: Any = None,
) -> bool:
    """Whether the content stands before the subject ("A, Putin said"), not a head the
    subject is in apposition to (:func:`_apposed`)."""
    return bool(
        _COMMA_END_RE.search(pre)  # (or a spaced dash: "A – X told …" (Sieci))
        # (an inverted subject is apposed to nothing: "The talks have stalled, said one
        # official, who asked not to be named." (Reuters, Lloyd's List))
        and (inverted or not _apposed(pre, ps.art.text, subj))
        and _has_words(pre, 1)
        and not _title_phrase(pre)  # "Assistant to the President …,", not "Prime Minister X will …"
        and not _SOURCE_PHRASE_RE.fullmatch(pre)  # "According to the premier, Yerevan informed"
        and not _adverbial_only(pre)  # "At the same time, she warned against …"
        and ("_" not in pre or _only_phrases(ps.art, ps.quotes, s0, subj_start))
        and not _QUOTE_NEXT_RE.match(after)
        and (
            inverted
            or after.lstrip().startswith(",")
            or _ends_clause(after)
            or (
                verb in OBJECT_VERBS
                and not _TOLD_OBJECT_RE.match(after)
                and not _object_and_topic(verb, after)  # ("…, X assured Y of Z")
            )
        )
    )


#: The adverbial starts that open only an adverbial phrase before a subject (not "This is
#: wrong, she said", "For Armenia this is the end, he said").
_ADVERBIAL_OPENERS = _ADVERBIAL_START - {"this", "for", "to", "too", "here"}


def _adverbial_only(pre: str) -> bool:
    """Whether the words before a subject are only an adverbial phrase of up to six words,
    no content ("At the same time, she warned against …" (Tverskaya Zhizn), "In a
    statement on Friday, the ministry said" (Reuters), "On the sidelines, X told" (TASS))."""
    words = pre.strip().rstrip(",").split()
    return (
        0 < len(words) <= 6
        and words[0].lower() in _ADVERBIAL_OPENERS
        and "," not in pre.strip()[:-1]
    )


def _spoke_for(ps: _Passage, f: Found, who: _Subject, s0: int) -> None:
    """ "The Kremlin hopes that A, Kremlin spokesman Dmitry Peskov told journalists" (RIA
    Novosti, TASS, Interfax): A is the words of the person who spoke for the institution
    or state, not the institution's."""
    art, subj = ps.art, who.subj
    if subj is None or who.host is not None or f.speaker_id is None:
        return
    if art.types.get(str(f.speaker_id)) not in ("organization", "state"):
        return
    if subj.actor_id is None and subj.method != "name":
        return
    if subj.actor_id is not None and art.types.get(str(subj.actor_id)) != "person":
        return
    f.speaker_id, f.attribution = art.speaker_of(subj, ps.pid, s0)


def _object_then(prepositions: str, words: int, first: str = r"\w") -> re.Pattern[str]:
    """An object of up to ``words`` words (no clause) and a topic after one of
    ``prepositions``, whose first character is ``first``."""
    return re.compile(
        rf"\s*(?!(?:{prepositions}|that)\b)(?:[\w’'.-]+\s+){{1,{words}}}?(?:{prepositions})\s+{first}"
    )


#: Verbs whose content is an object and a topic after a preposition, and that shape:
#: "informed the President about …" (an addressee of up to eight words), "assured
#: Pashinyan of Russia's support", "explained the decision by «…»" (the topic may open
#: with a quote mark).
_OBJECT_THEN_TOPIC: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = (
    (INFORM_VERBS, _object_then("about|on", 8)),
    (ASSURE_VERBS, _object_then("of", 6)),
    (EXPLAIN_VERBS, _object_then("by", 6, r"\S")),
)


def _object_and_topic(verb: str, after: str) -> bool:
    """Whether a verb's content is its object and a topic after a preposition: "accused
    Yerevan of dragging out the talks", "blamed Kyrgyz forces for the escalation",
    "informed the President about the priorities of …", "assured Pashinyan of Russia's
    support", "explained the decision by the bloc's refusal to help"."""
    return bool(
        (verb in ACCUSE_VERBS and re.search(r"\bof\b", after))
        or (verb in BLAME_VERBS and re.search(r"\bfor\b", after))
        or any(verb in verbs and shape.match(after) for verbs, shape in _OBJECT_THEN_TOPIC)
    )


#: A determiner before a cue's word: the word is a noun ("any claim to a corridor").
_DETERMINER_END_RE = re.compile(r"\b(?:a|an|the|any|its|their|his|her|this|these|no|such)\s+$")


def _verb_cue_in(after: str) -> bool:
    """Whether a speech verb stands in ``after`` (a noun after a determiner is none:
    "called on Yerevan to give up any claim to a corridor" (Il Manifesto))."""
    return any(
        not _DETERMINER_END_RE.search(after, max(0, c.start() - 8), c.start())
        for c in CUE_RE.finditer(after)
    )


#: A verb in the past (or an "-ed" adjective) in a reported clause.
_PAST_RE = re.compile(r"\b(?:was|were|had|did|[a-z]{2,}(?<!e)ed)\b")


def _own_act(masked: str, p0: int, host: Found | None, v0: int) -> bool:
    """Whether the verb at ``v0`` is its subject's own act: it stands alone, or inside a
    statement ``host`` whose clause before it is in the present (see _object_content)."""
    return host is None or not _PAST_RE.search(masked, host.start - p0, v0 - p0)


def _object_content(verb: str, after: str, v1: int, s1: int, own: bool) -> tuple[int, int] | None:
    """The content after a verb without "that": "accused Yerevan of …", "urged both
    sides to …", "told CivilNet it could …", "said it would …". ``own``: the verb is
    its subject's own, not one coordinated inside a statement whose clause may be its
    subject's ("said that Russia does not interfere and called on the West to …" (TASS,
    Evrensel, Armenpress): a clause in the present, so "called on" is the speaker's; "said
    that Baku attacked and urged …" may be Baku's)."""
    if _object_and_topic(verb, after):
        return v1, s1  # "accused Yerevan of dragging out the talks"
    if (
        own
        and verb in APPEAL_VERBS
        and _APPEAL_OBJECT_RE.match(after)
        and not _verb_cue_in(after)  # "X calls on Y to …, Zakharova said"
    ):
        return v1, s1  # "urged both sides to set up a hotline"
    if (
        own
        and verb in WARNING_VERBS
        and _WARNING_OBJECT_RE.match(after)
        and not _verb_cue_in(after)
    ):
        return v1, s1  # "warned Armenia against joining the ICC"
    if own and verb in WARNING_VERBS and (against := _AGAINST_NEXT_RE.match(after)):
        return v1 + against.end(), s1  # "warned against too much optimism"
    if verb.endswith(" as saying"):
        verb = "saying"  # "was quoted as saying the talks would go on" (Reuters, AP, AFP)
    if verb not in CLAUSE_VERBS and verb not in CLAUSE_PARTICIPLES:
        return None
    if verb in OBJECT_VERBS:
        obj = _TOLD_OBJECT_RE.match(after)
        return (v1 + obj.end(), s1) if obj else None  # "told X" needs an addressee
    if _opens_clause(verb, after):
        return v1 + len(_TIME_ADVERB_RE.match(after).group(0)), s1
    return None


def _record(
    ps: _Passage,
    verb: str,
    content: tuple[int, int],
    who: _Subject,
    subj_start: int,
    speaker: tuple[str | None, str | None],
    s0: int,
) -> None:
    """Add the statement of a speech verb (or extend the statement it goes on with)."""
    art, text = ps.art, ps.art.text
    c0, c1 = content
    earlier = [f for f in ps.found() if f.start <= c0 < f.end]
    if earlier:
        f = earlier[0]
        if (
            f.kind != "indirect"
            or not (f.start < subj_start < f.end)
            or who.inverted
            or verb in PARTICIPLES
        ):
            return
        cut = re.search(r"[,;]?\s*(?:\b(?:while|and|but|whereas)\s+)?$", text[f.start : subj_start])
        f.end = _trim(text, f.start, f.start + (cut.start() if cut else 0))[1]
    inside = [q for q in _quotes_from(ps.quotes, c0, c1 + 2) if q.end <= c1 + 2]
    if who.extend is not None:
        who.extend.end = c1  # "A, X said, adding that B": one statement
        art.found.stretched(who.extend)
        who.extend.quotes += inside
        return
    speaker_id, how = speaker
    subj = who.subj
    if (
        subj is not None
        and subj.method in ("pronoun", "counterpart", "guest")
        and art.quote_pending(subj.start, ps.pid)
    ):
        speaker_id, how = None, None  # "“…,” Pashinyan said. He added that": once it is his
    art.found.append(Found(c0, c1, ps.pid, "indirect", verb, speaker_id, how, inside))
    if speaker_id is None and subj is not None and subj.method in _DEFERRED:
        art.found[-1].subject = (subj, ps.pid, s0)
    art.found[-1].by_unnamed = subj is not None and subj.method == "indefinite"


def _label(
    art: _Article,
    masked: str,
    p0: int,
    pid: int,
    lab: re.Match[str],
    sents: list[tuple[int, int]],
    quotes: list[Quote],
) -> None:
    """ "X called the ban “an unfriendly act”" / "described the talks as “useful”": an
    indirect statement whose content is the object and its quoted label ("the ban “an
    unfriendly act”"; the quote is no direct one), also of an unnamed subject, speaker
    None ("The opposition in Yerevan called the decision «…»" (Marshalpress), "Critics
    called the summit a “failure”" (Reuters)); none without a subject."""
    v0 = p0 + lab.start()
    s0, s1 = _sentence_bounds(sents, v0)
    if s0 == s1:
        return
    subj = art.subject_before(masked, p0, v0, s0)
    if subj is None and _COORDINATED_RE.search(masked, max(0, v0 - p0 - 20), v0 - p0):
        subj = art.main_subject(masked, p0, s0, v0)  # "added that A, but called this “…”"
    if subj is None or _PREPOSITION_END_RE.search(masked, s0 - p0, subj.start - p0):
        return  # "a route through southern Armenia dubbed the “…”": no subject
    q = next((q for q in quotes if q.start == p0 + lab.end("open")), None)
    if q is None or not q.closed:
        return
    if _trim(art.text, q.start, q.end)[0] >= q.end:
        return
    c0 = _trim(art.text, p0 + lab.end("verb"), q.end)[0]  # the object and its label,
    c1 = q.end + 1  # with the closing quote mark
    tail = _LABEL_TAIL_RE.match(masked, c1 - p0, s1 - p0)
    if tail is not None and not CUE_RE.search(tail.group(0)):
        c1 = _trim(art.text, c0, p0 + tail.end())[1]  # "“a milestone” for his country"
    speaker, how = art.speaker_of(subj, pid, s0)
    if speaker is None and subj.method in _UNRESOLVED_REFERENCES:
        return  # ("He called the move “…”, Lukashenko said": the quote is Lukashenko's)
    art.found.append(Found(c0, c1, pid, "indirect", lab.group("verb"), speaker, how, [q]))


#: A pronoun or a role noun that names no one: its label is no one's statement (an unnamed
#: source's is: "Critics called the summit a “failure”").
_UNRESOLVED_REFERENCES = frozenset(["pronoun", "anaphor"])


#: A label without quote marks after a pronoun or a short lower-case object ("Secretary of
#: State Marco Rubio called it a historic step" (Just Security), "Azerbaijan's Foreign
#: Ministry called the remarks unfounded and unfair and said" (Newsday), "Moscow termed the
#: move provocative" (TASS), "called Armenia's move an internal matter" (GZERO Media)): the
#: label is the statement's content; not "called on",
#: "called for", "called the meeting to order", "called the president of France".
_BARE_LABEL_RE = re.compile(
    r"\b(?P<verb>called|termed)\s+(?:it|this|that|them|the\s+[a-z][\w’'-]*"
    # (or a name's possessive and a noun: "called Armenia's move an internal matter for
    # Yerevan" (GZERO Media), "called Pashinyan's remarks unacceptable" (TASS))
    r"|[A-Z][\w’'-]*[’']s\s+[a-z][\w’'-]*)\s+"
    r"(?!(?:to|for|on|in|at|of|off|up|and|but|from|by|with|after|before)\b)"
    r"(?P<label>(?:an?\s+|the\s+)?[a-z][^,.;:!?\n_]{2,80}?)"
    r"(?=\s+(?:and|but)\s+(?:" + word_alternation(verbs("reporting")) + r")\b"
    r"|\s*[,.;:!?]|\s*$)"
)


def _bare_label(
    art: _Article, masked: str, p0: int, pid: int, lab: re.Match[str], sents: list[tuple[int, int]]
) -> None:
    """ "X called it a historic step": an indirect statement of the subject whose content
    is the label (the sealed sets' "called X Y": content Y), an unnamed subject's too
    ("Opposition deputies in Yerevan called the speech reckless" (Daily Mirror, Sri
    Lanka)), where no statement holds the label already."""
    v0 = p0 + lab.start()
    s0, _ = _sentence_bounds(sents, v0)
    subj = art.subject_before(masked, p0, v0, s0)
    if subj is None or _PREPOSITION_END_RE.search(masked, s0 - p0, subj.start - p0):
        return
    c0, c1 = p0 + lab.start("label"), p0 + lab.end("label")
    if art.found.overlaps(c0, c1):
        return
    speaker, how = art.speaker_of(subj, pid, s0)
    if speaker is None and subj.method in _UNRESOLVED_REFERENCES:
        return
    art.found.append(Found(c0, c1, pid, "indirect", lab.group("verb"), speaker, how))


class _Cue(NamedTuple):
    """The attribution of a quote: its cue, speaker and the subject left to resolve."""

    cue: str | None  # None for a continuation
    speaker: str | None
    how: str | None
    subject: tuple[Any, int, int | None] | None  # (mention, paragraph, anchor)


def _direct(
    art: _Article,
    q: Quote,
    paras: dict[int, Any],
    prev_in_para: Found | None,
    before: Found | None = None,
) -> None:
    """A direct quote: attributed by the cue after it (“…,” Zas said), before it (Zas
    said: “…”), a document that speaks it, or else as the continuation of the quote
    before it (``prev_in_para``); ``before`` is the statement right before it in its
    paragraph, of any kind, which a described speaker going on continues."""
    text = art.text
    open_p = paras[q.open_para]
    tail = _quote_tail(art, q, paras[q.close_para])
    found = (
        _cue_after_quote(art, q, tail)
        or _cue_before_quote(art, q, open_p)
        or _document_cue(art, q, int(open_p.start), tail)
        or _colon_lead(art, q, open_p)
        or _for_lead(art, q, open_p)
        or _dash_source(art, q, tail)
    )
    continues = None
    if found is None:
        found = _continuation(art, q, prev_in_para)
        if found is None:
            return
        continues = prev_in_para if found.speaker is None else None
    elif before is not None and _goes_on_described(art, q, found, before):
        found = found._replace(speaker=before.speaker_id, how="continuation")
    s0, s1 = _trim(text, q.start, q.end)
    if found.cue is not None and not _has_words(text[s0:s1], 1):
        return
    art.found.append(Found(s0, s1, q.open_para, "direct", found.cue, found.speaker, found.how, [q]))
    art.found[-1].continues = continues
    subject = found.subject
    if found.speaker is None and subject is not None and subject[0].method in _DEFERRED:
        art.found[-1].subject = subject
    # ("“…,” said a retired Indian Army officer …. …, according to him." (Scroll))
    art.found[-1].by_unnamed = subject is not None and subject[0].method == "indefinite"


#: Verbs by which a speaker goes on ("«…», the head of the Farnesina added").
_GOES_ON_VERBS = frozenset(["added", "adds", "continued", "continues", "went on", "concluded"])
#: A description of someone after a quote, before its verb: "the", then up to five words.
_DESCRIBED_RE = re.compile(r"[\s,–—-]*the\s+(?:[\w’'-]+\s+){1,5}")


def _goes_on_described(art: _Article, q: Quote, found: _Cue, prev: Found) -> bool:
    """Whether a quote whose cue names someone the article's people give no one to ("«…»,
    the head of the Farnesina added" (Il Mattino, ANSA), "«…», the community chairman
    added" (Astrakhanskie Izvestia), "“…,” the veteran diplomat continued" (Reuters)) goes
    on with the statement before it in its paragraph: the verb is one of going on, the
    words before it a description, and someone spoke just before."""
    if found.speaker is not None or found.subject is not None or found.cue not in _GOES_ON_VERBS:
        return False
    if not prev.speaker_id or prev.para != q.open_para:
        return False
    v0 = art.text.find(found.cue, q.end, q.end + 80)
    return v0 > 0 and _DESCRIBED_RE.fullmatch(art.text, q.end + 1, v0) is not None


def _quote_tail(art: _Article, q: Quote, close_p: Any) -> str:
    """The text after a closed quote up to the end of its sentence (or the next quote)."""
    if not q.closed:
        return ""
    c_end = int(close_p.end)
    nxt = _OPENER_RE.search(art.text, q.end + 1, c_end)
    tail = art.text[q.end + 1 : nxt.start() if nxt else c_end]
    if "." in tail:  # "“…,” Mr. Trump said": the honorific's full stop (the same length)
        tail = _HONORIFIC_DOT_RE.sub(r"\1 ", tail)
    if _ENDS_SENTENCE_RE.match(tail):
        return ""  # “…”. Next sentence: no cue of this quote there
    stop = _SENT_END_RE.search(tail, 1)
    return tail[: stop.start() if stop else len(tail)]


_NON_SPACE_RE = re.compile(r"[^\s—–]")  # (a dash opens a dash quote's paragraph)
#: A lower-case word opening a quote's tail (the content goes on after the quote).
_LOWER_WORD_RE = re.compile(r"\s*([a-z][\w’'-]*)")
#: Marks a quoted sentence or clause ends with inside its quote marks ("…,” she said).
_CLAUSE_END_MARKS = frozenset(",.!?…;:—–-")
#: A full stop right after a closing quote mark, before the next sentence.
_ENDS_SENTENCE_RE = re.compile(r"\.\s+[A-Z]")


def _tail_cue(art: _Article, q: Quote, tail: str) -> re.Match[str] | None:
    """The speech verb after a quote that attributes it, or None."""
    cue_m = CUE_RE.search(tail)
    if cue_m is None:
        return None
    if _THAT_OR_COLON_RE.match(tail, cue_m.end()):
        return None  # the cue of the next sentence's reported clause, not this quote's
    if cue_m.group("verb") in PARTICIPLES:
        return None  # "a law on “foreign influence,” saying ...": no subject, no cue
    if _partial_quote(art, q):
        return None  # 'The bloc “has not fulfilled its obligations” towards Armenia, X
        # repeated': a partial quote inside the content, the clause rules' case
    if _SUBORDINATOR_END_RE.search(tail, 0, cue_m.start()):
        return None  # "said “no” when asked about a deadline": a passive, no cue
    if _BE_END_RE.search(tail, 0, cue_m.start()):
        return None  # "the question “Why the CSTO?” will be asked": a passive, no speaker
    lo = q.end + 1 + cue_m.end()
    near = art.found[
        bisect_left(art.found, lo, key=_START) : bisect_right(art.found, lo + 80, key=_START)
    ]
    if "that" in tail and any(
        # "X, of the “Y” party, told Z that ...": that clause's cue (not ", adding that")
        f.kind == "indirect"
        and _THAT_AFTER_OBJECT_RE.fullmatch(art.text, lo, f.start)
        and not _SECOND_ACT_RE.search(art.text, lo, f.start)
        for f in near
    ):
        return None
    if cue_m.start() > 90 or not _PRE_SUBJ_RE.match(tail[: cue_m.start()]):
        return None
    return cue_m


def _cue_after_quote(art: _Article, q: Quote, tail: str) -> _Cue | None:
    """ "“…,” Zas said" / "“…,” said Zas" / "— said the Russian leader"."""
    cue_m = _tail_cue(art, q, tail)
    if cue_m is None:
        return None
    base = q.end + 1
    v0, v1 = base + cue_m.start(), base + cue_m.end()
    cue = _SPACES_RE.sub(" ", cue_m.group(0))
    before = art.mentions_in(base, v0)
    if not before and _PUNCT_ONLY_RE.fullmatch(tail, 0, cue_m.start()):
        after = art.mentions_in(v1, v1 + 70)  # "..., said Zas" / "— said the Russian leader"
        if after:
            head = art.head_of(after[0], v1 + 90)
            speaker, how = art.speaker_of(head, q.close_para, q.start)
            return _Cue(cue, speaker, how, (head, q.close_para, q.start))
    elif before:
        # "“…,” Olesya Vartanyan, an analyst at the Crisis Group, told AFP": the name
        m = art.subject_before(art.text[base:v0], base, v0, base) or before[-1]
        if GAP_RE.match(_POSSESSIVE_RE.sub("", art.text[m.end : v0])) or m is not before[-1]:
            speaker, how = art.speaker_of(m, q.close_para, q.start)
            return _Cue(cue, speaker, how, (m, q.close_para, q.start))
    return _Cue(cue, None, None, None)


def _quote_lead(art: _Article, q: Quote, open_p: Any) -> tuple[int, str]:
    """Where the words before a quote start in its sentence (after an earlier quote),
    and those words."""
    text = art.text
    para_start = int(open_p.start)
    if not text[para_start : q.start - 1].strip():
        # (a quote that opens its paragraph after one that ends "X said:": the lead is that
        # paragraph's: "Layla Moran said: ¶ "The world has watched …"" (Liberal Democrats))
        before = _COLON_LEAD_PARA_RE.search(text, max(0, para_start - MAX_LEAD), para_start)
        para_start = before.start() if before else para_start
    lead_start = max(para_start, q.start - 1 - MAX_LEAD)  # (linear in long paragraphs)
    lead = text[lead_start : q.start - 1]
    cut = max(lead.rfind(c) for c in QUOTE_CLOSERS)
    cut = max(cut, max((m.end() for m in _SENT_END_RE.finditer(lead)), default=-1))
    lead_lo = lead_start + cut + 1
    return lead_lo, text[lead_lo : q.start - 1]


#: A paragraph that ends with a speech verb and a colon ("Foreign Secretary David Lammy
#: said:"), and the line break after it.
_COLON_LEAD_PARA_RE = re.compile(rf"(?<=\n)[^\n]*\b(?:{_VERB_ALT})[ \t]*:[ \t]*\n[ \t]*\Z")
_OWNER_S_RE = re.compile(r"['’]s\s")
#: Words of a short clause before a colon that introduces a quote without a speech verb.
MAX_COLON_LEAD_WORDS = 8


def _for_lead(art: _Article, q: Quote, open_p: Any) -> _Cue | None:
    """ "For the researcher Tigrane Yégavian, « … »" (La Croix, Le Monde, Aztag: French
    "Pour X, « … »", Spanish "Para X, «…»" in translation): the quote is the person's,
    named by name or role right before the comma that opens it."""
    lead_lo, lead = _quote_lead(art, q, open_p)
    m = _FOR_LEAD_RE.fullmatch(lead)
    if m is None:
        return None
    w0, w1 = lead_lo + m.start("who"), lead_lo + m.end("who")
    who = next(
        (
            x
            for x in art.mentions_in(w0, w1)
            if x.method in ("name", "alias", "role")
            and (x.end == w1 or art.text.startswith(",", x.end))  # (or its appositive)
        ),
        None,
    )
    if who is None:
        return None
    speaker, how = art.speaker_of(who, q.open_para)
    if speaker is None or art.types.get(str(speaker)) not in (None, "person"):
        return None  # ("For Armenia, « … »": a state is the topic, not the speaker)
    return _Cue("for", speaker, how, (who, q.open_para, None))


#: "For X, " right before a quote, opening its sentence.
_FOR_LEAD_RE = re.compile(r"\s*[Ff]or\s+(?P<who>[^;:.!?]{3,120}?)\s*,\s*")


def _colon_lead(art: _Article, q: Quote, open_p: Any) -> _Cue | None:
    """ "Zakharova was blunt: “…”", "Peskov's answer was short: “…”" (Eurasianet,
    Meduza, OC Media): a short clause with no speech verb, ending in a colon, whose
    subject (or its possessor) is the speaker."""
    lead_lo, lead = _quote_lead(art, q, open_p)
    colon = lead.rstrip().rfind(":")
    if colon < 0 or lead[colon + 1 :].strip():
        return None
    unnamed = _unnamed_colon_lead(art, lead_lo, lead[:colon])
    if unnamed is not None:  # (a speech verb in its relative clause: "who asked not to …")
        return _Cue(":", None, None, (unnamed, q.open_para, None))
    if _verb_cues(lead) or len(lead[:colon].split()) > MAX_COLON_LEAD_WORDS:
        return None
    masked = art.text[lead_lo : q.start]
    subj = art.main_subject(masked, lead_lo, lead_lo, lead_lo + colon)
    if subj is None:
        first = art.mentions_in(lead_lo, lead_lo + colon)
        if not first or lead[: first[0].start - lead_lo].strip():
            return None
        if not _OWNER_S_RE.match(art.text, first[0].end):
            return None
        subj = first[0]  # "Peskov's answer was short:"
    if subj.method not in ("name", "alias", "capital", "role"):
        return None
    speaker, how = art.speaker_of(subj, q.open_para)
    return _Cue(":", speaker, how, (subj, q.open_para, None)) if speaker else None


#: After an unnamed person opening a colon lead: a place or body, a relative clause
#: between commas or without them, then a short predicate with no speech verb ("…, was
#: more blunt", "…, puts it this way", "A parishioner who declined to give her name put
#: it simply" (Boston Globe)).
_UNNAMED_LEAD_TAIL_RE = re.compile(
    r"(?:\s+(?:at|in|near|outside|from|of|on)\s+[^,:]{1,60}?)?"
    r"\s*(?:,[^,:]{1,100},|\s+who\s+(?:[a-z][\w’'-]*\s+){1,8}?)?"
    r"\s*(?:[a-z][\w’'-]*\s*){1,6}"
)


#: Nothing, or an indefinite article, before an unnamed person's noun.
_ARTICLE_ONLY_RE = re.compile(r"(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+)?")


def _unnamed_colon_lead(art: _Article, lo: int, lead: str) -> Mention | None:
    """The unnamed person a colon lead opens with ("A shopkeeper …, who asked not to be
    named, was more blunt: «…»" (Alhurra), "a young deacon, who prefers not to give his
    name, puts it this way: «…»" (Il Fatto Quotidiano), "A young priest … puts it more
    sharply: »…«" (Kristeligt Dagblad)): an anonymous speaker; None otherwise."""
    start = len(lead) - len(lead.lstrip())
    first = art.mentions_in(lo + start, lo + len(lead))
    if (
        not first
        or first[0].method not in ("indefinite", "role")
        or first[0].actor_id is not None
        or not _ARTICLE_ONLY_RE.fullmatch(art.text, lo + start, first[0].start)
    ):
        return None  # (an anonymous source's role after its article: "An expert at …")
    rest = art.text[first[0].end : lo + len(lead)]
    return first[0] if _UNNAMED_LEAD_TAIL_RE.fullmatch(rest) else None


#: A dash and a source after a quote, ending the sentence: "“…,” — Peskov." (the
#: attribution of translated Russian and Armenian media: Sputnik, RIA, news.am).
_DASH_SOURCE_RE = re.compile(
    rf"[\s,]*[—–]\s*(?P<source>[^.,;:!?{DOUBLE_QUOTES}]{{2,60}}?)\s*[.!]?\s*$"
)


def _dash_source(art: _Article, q: Quote, tail: str) -> _Cue | None:
    """ "“…,” — Peskov.": the source named after a dash, alone, is the speaker."""
    m = _DASH_SOURCE_RE.match(tail) if tail else None
    if m is None:
        return None
    a, b = q.end + 1 + m.start("source"), q.end + 1 + m.end("source")
    inside = [x for x in art.mentions_in(a, b) if x.method != "pronoun"]
    if len(inside) != 1 or art.text[a : inside[0].start].strip(" \t"):
        return None
    subj = inside[0]
    if subj.end != b and art.text[subj.end : b].strip(" \t"):
        return None  # "— Peskov on Monday": not a bare source
    speaker, how = art.speaker_of(subj, q.open_para)
    return _Cue("—", speaker, how, (subj, q.open_para, None)) if speaker else None


#: "and" (with an adverb or auxiliary) right before a second verb of the same subject.
_AND_BEFORE_RE = re.compile(rf"\band\s+{_AND_ADVERBS}$")


def _cue_before_quote(art: _Article, q: Quote, open_p: Any) -> _Cue | None:
    """ "Grigoryan added: “…”" / "X hit back, saying: “…”"."""
    text = art.text
    lead_lo, lead = _quote_lead(art, q, open_p)
    cue_m = (_verb_cues(lead) or [None])[-1]
    if not (
        cue_m
        and re.fullmatch(r"[\s\w’'-]*[:,]?\s*", lead[cue_m.end() :])
        and ":" in lead[cue_m.end() :] + (":" if not lead[cue_m.end() :].strip() else "")
    ):
        return None
    cue = _SPACES_RE.sub(" ", cue_m.group(0))
    v0 = lead_lo + cue_m.start()
    masked = text[lead_lo : q.start]
    if cue_m.group("active"):
        subj = art.quoted_subject(v0, lead_lo + cue_m.end())
    else:
        subj = art.subject_before(masked, lead_lo, v0, lead_lo)
    verb = cue_m.group("verb")
    if subj is None and verb in PARTICIPLES and _participle_after_clause(lead, v0 - lead_lo, verb):
        subj = art.main_subject(masked, lead_lo, lead_lo, v0)  # "X hit back, saying: “…”"
    if subj is None and _AND_BEFORE_RE.search(lead, 0, cue_m.start()):
        subj = art.main_subject(masked, lead_lo, lead_lo, v0)  # "X said A and added: “…”"
    if subj is None:
        return _Cue(cue, None, None, None)
    speaker, how = art.speaker_of(subj, q.open_para)
    return _Cue(cue, speaker, how, (subj, q.open_para, None))


def _document_cue(art: _Article, q: Quote, para_start: int, tail: str) -> _Cue | None:
    """A quote that a document speaks (see :func:`_document_source`)."""
    source = _document_source(art, q, para_start, tail)
    if source is None:
        return None
    cue, (speaker, how), doc = source
    return _Cue(cue, speaker, how, (doc, q.open_para, None))


def _continuation(art: _Article, q: Quote, prev: Found | None) -> _Cue | None:
    """A quote without a cue after an attributed one: the same statement when it is a
    split quote of the same paragraph (extended here, None returned), else a new
    statement of the same speaker (attribution ``continuation``); None if no speaker."""
    if prev is None or (prev.speaker_id is None and prev.subject is None):
        return None
    if not _has_words(art.text[q.start : q.end], MAX_PHRASE_WORDS + 1):
        return None
    if prev.para == q.open_para and prev.kind == "direct":
        prev.end = max(prev.end, _trim(art.text, q.start, q.end)[1])  # one act of speech
        art.found.stretched(prev)
        prev.quotes.append(q)
        return None
    return _Cue(None, prev.speaker_id, "continuation" if prev.speaker_id else None, None)


def _article_statements(art: _Article) -> None:
    """Every statement of an article: reported speech and object frames paragraph by
    paragraph, headlines, then the direct quotes not taken yet, then the speakers that
    refer back to earlier statements."""
    paras = {p.paragraph_id: p for p in art.paras if p.kind != "heading"}
    art.quotes = quotes = _article_quotes(art, paras)
    _transcript_turns(art, list(paras.values()))
    for p in paras.values():
        _reported(art, p, quotes)
    art.found.sort(key=_START)
    for p in paras.values():
        _object_frames(art, p, quotes)
    for p in paras.values():
        _participle_acts(art, p)
        _speech_nouns(art, p, quotes)
    for p in art.paras:
        if (item := _LIVE_ITEM_RE.match(art.text, int(p.start), int(p.end))) is not None:
            _headline(art, p._replace(start=item.end()))  # (a heading or a body line)
        elif p.kind == "heading":
            _headline(art, p)
    _direct_quotes(art, quotes, paras)
    for p in paras.values():
        _participle_acts(art, p, after_quote=True)
    art.quotes_attributed = True
    for f in art.found:
        if f.refers_back:
            f.speaker_id, f.attribution = art.referred_speaker(f.start, f.para, f.refers_back)
        elif f.subject is not None and f.speaker_id is None:
            f.speaker_id, f.attribution = art.speaker_of(*f.subject)
        elif f.continues is not None:  # (found before it: resolved above)
            f.speaker_id = f.continues.speaker_id
            f.attribution = "continuation" if f.speaker_id else None
        elif (office := art.state_office(f)) is not None:
            f.speaker_id, f.attribution = office, "role"


#: A verb of reaction (``reaction`` of data/verbs.yml: "welcomed", "rejected", …).
_REACTION_RE = re.compile(r"\b(?:" + word_alternation(verbs("reaction"), space=r"\s+") + r")\b")
#: A participle with a noun-phrase object after a comma (``participle_act`` of
#: data/verbs.yml): "welcomed the agreement, calling it “a historic step”".
_PARTICIPLE_ACT_RE = re.compile(
    r",\s+(?P<verb>"
    + word_alternation(verbs("participle_act"), space=r"\s+")
    + rf")\s+(?!that\b|to\b)(?=[\w{QUOTE_OPENERS}])"
)


def _lone_participle_act(art: _Article, para: Any, m: re.Match[str], k: int) -> None:
    """A participle act with quoted words after a main clause that states nothing
    ("Lukashenko supported the appointment of Masadykov, calling him “an experienced
    diplomat”" (Belarus 1, BelTA, Reuters)), or with any words after a verb of reaction
    whose object is no content ("Erdogan welcomed the agreement, stressing the need for
    lasting peace" (Armenpress, TASS, Trend): the sealed sets' one row): one statement of
    the main clause's subject, its content the object; none when the sentence holds a
    statement before it, the subject resolves to no one, or nothing is quoted after a
    verb of no speech ("Putin met Aliyev, calling him a friend")."""
    pid = int(para.paragraph_id)
    s0, s1 = _sentence_bounds(art.sents.get(pid, []), m.start())
    if k and art.found[k - 1].para == pid and art.found[k - 1].start >= s0:
        return
    nxt = art.found[k].start if k < len(art.found) else s1
    c0, c1 = _trim(art.text, m.end("verb"), min(s1, nxt))
    if (
        _OPENER_RE.search(art.text, c0, c1) is None  # (quoted: words of the speaker's own)
        and _REACTION_RE.search(art.text, s0, m.start()) is None
    ):
        return
    if not _has_words(art.text[c0:c1], MIN_SPEAKING_WORDS + 1):
        return
    masked, _ = art.masked(para)
    subject = art.main_subject(masked, int(para.start), s0, m.start())
    speaker, how = art.speaker_of(subject, pid, s0) if subject is not None else (None, None)
    if speaker is not None:
        insort(art.found, Found(c0, c1, pid, "indirect", m.group("verb"), speaker, how), key=_START)


def _participle_acts(art: _Article, para: Any, after_quote: bool = False) -> None:
    """The same speaker's next act of speech in a participle with a noun-phrase object
    right after a statement's content ("Erdogan welcomed the agreement, calling it “a
    historic step”": the call is a second statement, its content the object): the first
    content ends before the comma. ``after_quote``: after a direct quote's cue instead
    ("“…,” Tajani added, recalling the role of …" (Agenzia Nova, ANSA, Armenpress))."""
    p0, p1, pid = int(para.start), int(para.end), int(para.paragraph_id)
    text = art.text
    sents = art.sents.get(pid, [])
    for m in _PARTICIPLE_ACT_RE.finditer(text, p0, p1):
        k = bisect_left(art.found, m.start(), key=_START)
        host = art.found[k - 1] if k else None
        if host is None or host.para != pid or not host.start < m.start():
            if not after_quote:
                _lone_participle_act(art, para, m, k)
            continue
        if after_quote:
            if host.kind != "direct" or not _QUOTE_CUE_GAP_RE.fullmatch(text, host.end, m.start()):
                continue
        elif not (
            host.kind == "indirect"
            and (
                (
                    m.start() <= host.end + 2
                    and _PUNCT_CLOSER_RE.fullmatch(text, min(host.end, m.start()), m.start())
                )
                or _after_own_cue(text, host, m.start())
            )
        ):
            continue
        s0, s1 = _sentence_bounds(sents, m.start())
        nxt = art.found[k].start if k < len(art.found) else s1
        c0, c1 = _trim(text, m.end("verb"), min(s1, nxt))
        if not (s0 <= host.start and _has_words(text[c0:c1], MIN_SPEAKING_WORDS + 1)):
            continue
        if not after_quote and m.start() <= host.end + 2:
            host.end = _trim(text, host.start, m.start())[1]
        f = Found(c0, c1, pid, "indirect", m.group("verb"), host.speaker_id, host.attribution)
        f.subject, f.refers_back = host.subject, host.refers_back
        insort(art.found, f, key=_START)


def _before_label(ps: _Passage, c0: int, c1: int) -> int:
    """Where a content ends that a label of the same subject follows ("added that A, but
    called this “a technical question”" (Atameken Business, TASS, Reuters)): before the
    conjunction; else ``c1``."""
    for f in ps.found():
        if c0 < f.start < c1 and f.cue in _LABEL_VERBS:
            joined = _AND_LABEL_RE.search(ps.art.text, c0, f.start)
            if joined is not None:
                return joined.start()
    return c1


_LABEL_VERBS: frozenset[str] = frozenset(verbs("label"))
#: "…, but called" / "… and dubbed" right before a label's object.
_AND_LABEL_RE = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+)?(?:" + word_alternation(verbs("label")) + r")\s*$"
)


def _after_own_cue(text: str, host: Found, at: int) -> bool:
    """Whether only the cue of ``host``, a content before its cue, stands between it and
    ``at`` ("A, Aliyev said|, thanking Trump for …" (NBC News, AP); "A, Pachinian repeated
    on Wednesday before parliament|, recalling …" (La Croix, Le Monde))."""
    gap = _CUE_GAP_RE.fullmatch(text, host.end, at)
    return gap is not None and host.cue is not None and host.cue in gap.group(0)


def _cue_gap_re(closer: str, comma: str, words: int) -> re.Pattern[str]:
    """What stands between a content and a participle after its cue: a closing mark
    (``closer``: "" required, "?" optional), a comma (``comma`` likewise) and the cue's
    few words (up to ``words`` + 1)."""
    word = rf"[^\s.!?;,{DOUBLE_QUOTES}]+"
    return re.compile(
        rf"[,.!?]?[{QUOTE_CLOSERS}]{closer}\s*,{comma}\s*(?:{word}\s+){{0,{words}}}{word}\s*"
    )


#: Between a content and a participle after its cue: the content's closing mark if any
#: and the cue's few words ("…, Aliyev said|, thanking").
_CUE_GAP_RE = _cue_gap_re("?", "", 8)
#: Between a direct quote's content and a participle after its cue: the closing mark and
#: the cue's few words ("…,” Tajani added|, recalling").
_QUOTE_CUE_GAP_RE = _cue_gap_re("", "?", 6)


#: A speaker label opening a paragraph of a transcript or an interview: "Vladimir Putin:",
#: "V. Putin:", "PESKOV:", "Nikol Pashinyan (retranslated):" (Kremlin.ru, the Russian
#: Foreign Ministry's briefings, the Armenian government's press conferences, Q&A
#: interviews in Kommersant, Eurasianet, Armenpress).
_LABEL_OPEN_RE = re.compile(
    rf"(?P<label>[A-Z][\w’'.-]*(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[A-Z][\w’'.-]*){{0,5}})"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"  # ("Thomas de Waal :" (Le Grand Continent): a particle)
    r"(?:(?<=[A-Z]),[ \t]+[^:,\n]{1,60})?"  # "ARARAT MIRZOYAN, Armenian Foreign Minister:"
    r"[ \t]*:[ \t]+(?=\S)"
)
#: A label in quote marks opening a paragraph: the outlet's, in Russian and Ukrainian
#: interviews («АН»: / «AN»: Argumenty Nedeli, «РГ»: Rossiyskaya Gazeta, «Известия»:
#: Izvestia, "Kommersant": in translation): an interviewer's label, no quote.
_QUOTED_LABEL_RE = re.compile(
    rf"[{QUOTE_OPENERS}{LOW_QUOTE}](?P<label>[^{QUOTE_MARKS}{LOW_QUOTE}\n]{{1,30}})"
    rf"[{QUOTE_CLOSERS}][ \t]*:[ \t]+(?=\S)"
)
#: Labels of the interviewer, whose turns are questions, no statements.
_QUESTION_LABELS = frozenset(SPEECH["question_labels"])
#: Labels of the answers in a Q&A, the turns of the person it introduces.
_ANSWER_LABELS = frozenset(SPEECH["answer_labels"])


def _transcript_turns(art: _Article, paras: list[Para]) -> None:
    """Transcript turns: a paragraph opened by a person's label ("Maria Zakharova: We
    have not received …") is that person's direct statement, running on over the next
    paragraphs without a label while a later label shows the transcript goes on."""
    labelled = [_label_of(art, p) for p in paras]
    labels = [k for k, (kind, _) in enumerate(labelled) if kind is not None]
    if not labels:
        return
    interviewee = _interviewee(art, int(paras[labels[0]].start))
    for k in _interviewer_turns(art, paras, labelled, interviewee):
        labelled[k] = ("other", None)
    for k, (kind, mention) in enumerate(labelled):
        if kind == "answer" and interviewee is not None and mention is not None:
            kind, mention = "person", _Label(interviewee, mention.end_of_label)
        if kind != "person" or mention is None:
            continue
        p = paras[k]
        speaker, how = art.speaker_of(mention.subject, p.paragraph_id)
        turn = [(mention.end_of_label, p)]
        label = art.text[mention.subject.start : mention.subject.end]
        last = labels[-1] if k < labels[-1] else _last_answer_end(art, paras, k, speaker, label)
        for j in range(k + 1, last):  # (a turn never runs past the last label)
            if labelled[j][0] is not None:
                break
            turn.append((int(paras[j].start), paras[j]))
        for n, (start, q) in enumerate(turn):
            # each paragraph of a turn is a statement: the later ones, set apart without
            # a label, go on with the same speaker (attribution "continuation")
            c0, c1 = _trim(art.text, start, int(q.end))
            if _has_words(art.text[c0:c1], MIN_CLAUSE_WORDS):
                by = "continuation" if n else how
                art.found.append(Found(c0, c1, q.paragraph_id, "direct", "transcript", speaker, by))


def _last_answer_end(
    art: _Article, paras: list[Para], k: int, speaker: str | None, label: str
) -> int:
    """Where the last turn of a transcript (paragraph ``k``) ends: it runs on over the
    paragraphs after it that hold no speech verb, no quote and no mention of its speaker
    (by the gazetteer or the label's last word) ("L. Kalashnikov: Then it will lose the
    guarantees … ¶ Those who are in a hurry to leave usually come back when they need
    help." (Daily Storm); an answer of a foreign ministry's spokesperson in two
    paragraphs (the MFAs of Azerbaijan, Armenia and Russia)), in the present, a modal or
    the first person, not over the author's closing words ("Kalashnikov has chaired the
    committee since 2016", "The leaders then met in private", "The interview was edited
    for length")."""
    end = k + 1
    while end < len(paras):
        p = paras[end]
        ptext = art.text[int(p.start) : int(p.end)]
        named = label.split()[-1] in ptext or any(
            m.actor_id == speaker for m in art.mentions_in(int(p.start), int(p.end))
        )
        if named or CUE_RE.search(ptext) or parse_quotes(ptext) or "interview" in ptext:
            break
        if not _SPOKEN_RE.search(ptext) or _PAST_RE.search(ptext):
            break  # "The leaders then met in private.": the author's narrative
        end += 1
    return end


#: A first or second person, or a verb in the present or a modal: how an answer speaks.
_SPOKEN_RE = re.compile(
    r"\b(?:I|we|We|our|Our|us|my|My|you|You|is|are|am|will|would|should|must|can|cannot|"
    r"could|do|does|need|needs)\b"
)


def _interviewee(art: _Article, before: int) -> Mention | None:
    """The person whose answers a Q&A gives: the first person named before its first
    label ("Answer of the Spokesperson of the Ministry of Foreign Affairs Aykhan Hajizada
    to the media question", "Foreign Ministry Spokesperson Ani Badalyan answered a
    question from Armenpress"); None if the lead names no one."""
    for m in art.mentions_in(0, before):
        if m.method == "name" and (
            m.actor_id is None or art.types.get(str(m.actor_id)) == "person"
        ):
            return m
    return None


_INITIAL_LABEL_RE = re.compile(r"[A-Z]\.")


def _capitals_label(art: _Article, start: int, label: str) -> Mention | None:
    """The person a label in capitals names ("ARARAT MIRZOYAN" → the gazetteer's Ararat
    Mirzoyan, "NICK SCHIFRIN" → "Nick Schifrin" as printed), or None ("BREAKING NEWS")."""
    if art.model is not None and all(_INITIAL_LABEL_RE.fullmatch(w) for w in label.split()):
        # "L. B.:" after "Laurence Broers:" (Internazionale), "A. M.:" (France-Arménie): the
        # one person of the article with those initials, else no one
        hits = [
            e
            for e in art.model.entities
            # (a printed name is typed a person's once it speaks: not yet, maybe)
            if e.type in ("person", "") and initials_of(" ".join(label.split()), e.canonical)
        ]
        if len(hits) != 1:
            return None
        e = hits[0]
        return _new_mention((start, start + len(label), e.actor_id, e.canonical, "name"))
    name = " ".join(label.split()).title()
    found = art.matcher.match(name, art.published) if art.matcher is not None else []
    if found and (found[-1][0], found[-1][1]) == (0, len(name)):
        aid = found[-1][2]
        if art.types.get(aid) == "person":
            return _new_mention((start, start + len(label), aid, art.names.get(aid, name), "name"))
        return None
    printed = _printed_name(name)
    if printed != name:
        return None
    return _new_mention((start, start + len(label), None, name, "name"))


def _interviewer_turns(
    art: _Article,
    paras: list[Para],
    labelled: list[tuple[str | None, Any]],
    interviewee: Mention | None,
) -> list[int]:
    """The turns of a labelled person who asks: in a transcript of two people or more,
    one of whose turns at least half hold a question ("NICK SCHIFRIN: … Is Armenia going
    to leave the alliance?"), or whose one turn asks and who is not the person the lead
    names ("Le Grand Continent : … Is it peace?" before "GC :" (Le Grand Continent, Der
    Spiegel's "SPIEGEL:", Kommersant's "Ъ:")): the interviewer, whose turns are no
    statements."""
    turns: dict[str, list[int]] = {}
    for k, (kind, label) in enumerate(labelled):
        if kind == "person" and label is not None:
            turns.setdefault(str(label.subject.actor_id or label.subject.actor), []).append(k)
    if len(turns) < 2:
        return []
    named = None if interviewee is None else str(interviewee.actor_id or interviewee.actor)
    out: list[int] = []
    for who, ks in turns.items():
        asking = sum("?" in art.text[int(paras[k].start) : int(paras[k].end)] for k in ks)
        if (len(ks) >= 2 or who != named) and 2 * asking >= len(ks):
            out += ks
    return out


class _Label(NamedTuple):
    subject: Mention | None  # None: an answer, whose person the lead names
    end_of_label: int


def _label_of(art: _Article, p: Para) -> tuple[str | None, _Label | None]:
    """("person", label) for a paragraph a person's label opens, ("other", None) for
    another label (an interviewer's, "Question:"), (None, None) for no label."""
    m = _LABEL_OPEN_RE.match(art.text, int(p.start), int(p.end))
    if m is None:
        if _QUOTED_LABEL_RE.match(art.text, int(p.start), int(p.end)):
            return "other", None  # «AN»: the outlet asks
        return None, None
    label = m.group("label")
    if label.split()[0].rstrip(".").lower() in _QUESTION_LABELS:
        return "other", None
    place = " ".join(label.split())
    if place in CAPITALS or place.title() in CAPITALS:
        # a dateline: "New Delhi: Armenia has ordered …" (ThePrint), "NEW DELHI : India's
        # defence exports …" (Mint)
        return "other", None
    if label.rstrip(".").lower() in _ANSWER_LABELS:
        return "answer", _Label(None, m.end())  # the interviewee's: _transcript_turns
    if label.isupper():  # "ARARAT MIRZOYAN:" / "NICK SCHIFRIN:" (PBS, CNN, NPR transcripts)
        person = _capitals_label(art, m.start(), label)
        return ("person", _Label(person, m.end())) if person else ("other", None)
    inside = [x for x in art.mentions_in(m.start(), m.end("label")) if x.method != "pronoun"]
    person = inside[-1] if inside else None
    if person is None or person.end != m.end("label"):
        return "other", None  # a label that names no one ("Note:", "Photo:")
    if person.actor_id is not None and art.types.get(str(person.actor_id)) != "person":
        return "other", None  # "Reuters: …" is a credit, not a turn
    if person.actor_id is None and person.method != "name":
        return "other", None
    return "person", _Label(person, m.end())


def _article_quotes(art: _Article, paras: dict[int, Any]) -> list[Quote]:
    """The quotes of the body paragraphs; a quote left open at the end of a paragraph
    goes on in the next one, re-opened there or not."""
    quotes: list[Quote] = []
    pending: Quote | None = None
    dashed = False  # (the paragraph before is a dash quote with its attribution)
    for pid, p in paras.items():
        ptext = art.text[int(p.start) : int(p.end)]
        quoted = parse_quotes(ptext)
        dash = [] if quoted else dash_quote(ptext)
        spans = quoted or dash or (_dash_goes_on(ptext) if dashed else [])
        dashed = bool(dash) or (dashed and bool(spans) and not quoted)
        if spans and _QUOTED_LABEL_RE.match(ptext):
            spans = spans[1:]  # «AN»: an interviewer's label, no quote
        if not spans and not quoted and pending is None:
            spans = _block_quote(art.text, int(p.start), ptext)
        close = _orphan_close(ptext) if pending is not None else None
        if close is not None and pending is not None:
            # a quote left open goes on in this paragraph without re-opening and closes
            # here ("“… to Armenia, ¶ and we have drawn our conclusions,” he said")
            pending.end, pending.close_para, pending.closed = int(p.start) + close, pid, True
            pending = None
            spans = [sp for sp in spans if sp[0] > close]
        for k, (a, b, closed) in enumerate(spans):
            qa, qb = int(p.start) + a, int(p.start) + b
            if k == 0 and pending is not None and ptext[: a - 1].strip() == "":
                pending.end, pending.close_para, pending.closed = qb, pid, closed
                q = pending
            else:
                q = Quote(qa, qb, pid, pid, closed)
                quotes.append(q)
            pending = q if not closed else None
        if not spans:
            pending = None
    return quotes


def _block_quote(text: str, start: int, ptext: str) -> list[tuple[int, int, bool]]:
    """A paragraph without quote marks after one that ends "X said:" is X's words, as
    press releases print them ("Foreign Secretary David Lammy said: ¶ This is a historic
    moment …" (GOV.UK), "The Commissioner said: ¶ …" (European Commission), "The
    Secretary-General said: ¶ …" (UN press releases)): the whole paragraph, as a quote
    (the caller asks only for a paragraph without quote marks)."""
    if not _COLON_LEAD_PARA_RE.search(text, max(0, start - MAX_LEAD), start):
        return []
    a, b = _trim(ptext, 0, len(ptext))
    return [(a, b, True)] if b - a >= 20 else []


def _direct_quotes(art: _Article, quotes: list[Quote], paras: dict[int, Any]) -> None:
    """The quotes no reported statement took, each attributed by :func:`_direct` with
    the statement it may continue: the direct quote right before it in its paragraph,
    or the last statement of the paragraph before when the quote opens its paragraph."""
    absorbed = {id(q) for f in art.found for q in f.quotes}
    art.found.sort(key=_START)
    started = False  # (no statement of an earlier paragraph counts before the first quote)
    for q in quotes:
        if id(q) in absorbed:
            started = True  # (a quote a reported statement took: "The deal, he said, “…”")
            continue
        k = bisect_left(art.found, q.start, key=_START)
        prev = art.found[k - 1] if k else None
        same_para = (
            prev is not None
            and prev.para == q.open_para
            and (prev.kind == "direct" or (_quoted(prev) and _opens_sentence(art, q)))
        )
        opens_para = (
            _NON_SPACE_RE.search(art.text, int(paras[q.open_para].start), q.start - 1) is None
        )
        prev_para = _last_of_para(art.found, k, q.open_para - 1) if opens_para and started else None
        cont = prev if same_para else prev_para if prev_para and _quoted(prev_para) else None
        n = len(art.found)
        _direct(
            art, q, paras, cont, prev if prev is not None and prev.para == q.open_para else None
        )
        if len(art.found) > n:  # (kept in order: one insertion, not a sort per quote)
            insort(art.found, art.found.pop(), key=_START)
        started = True


def _opens_sentence(art: _Article, q: Quote) -> bool:
    """Whether a quote's opening mark opens a sentence (not "…, he said, and Russia
    “respects …”": that quote is part of the sentence before)."""
    k = bisect_left(art.sentence_starts, q.start - 1)
    return k < len(art.sentence_starts) and art.sentence_starts[k] == q.start - 1


def _quoted(f: Found) -> bool:
    """Whether a statement prints its speaker's words: a direct quote, or reported speech
    that quotes them (""The deal, he said, “does nothing for …”"" (Fresno Bee), "…
    called the alliance »an empty shell«" (Kristeligt Dagblad)): a quote without a cue
    after it goes on with the same speaker."""
    return f.kind == "direct" or bool(f.quotes)


def _last_of_para(found: list[Found], k: int, para: int) -> Found | None:
    """The last statement of paragraph ``para`` among ``found[:k]`` (sorted by start)."""
    for i in range(k - 1, -1, -1):
        f = found[i]
        if f.para == para:
            return f
        if f.para < para:
            return None
    return None


#: A comma or a speech verb right after an unnamed person: the person speaks there.
_SPEAKS_NEXT_RE = re.compile(rf"\s*,|\s+(?:{_VERB_ALT})\b")


def _unnamed_people(text: str, taken: _Taken) -> list[_Row]:
    """Unnamed people (``_UNNAMED_PERSON_RE``) and their later mentions by "the" and
    their noun: "said a retired Indian Army officer who … asked not to be identified …
    …, said the retired officer" (Scroll), "a Western diplomat in Yerevan told … The
    diplomat added" (Politico Europe), "said one resident of the village … the resident
    said" (AP): anonymous as they were (never a role of the gazetteer's that the mention
    already is)."""
    rows: list[_Row] = []
    nouns: dict[str, int] = {}
    for r in linescan.matches(_UNNAMED_PERSON_RE, text):
        a, b = r.span()
        if (
            taken.free(a, a + 1)
            and not _APPOSITIVE_NAME_RE.match(text, b)
            and not _SOURCE_OF_THING_RE.match(text, r.start("noun"))
            # (the appositive of a name before it: "For Carlo Frappi, a researcher at Ca'
            # Foscari …, … the researcher explains" (La Gazzetta del Mezzogiorno))
            and not _named_before(text, a)
            # ("another" only as a speaker: "Another marcher, Ani, said", not "Another
            # expert is less categorical. According to Mikhail Aleksandrov …" (KP.RU))
            and not (r.group(0)[:8].lower() == "another " and not _SPEAKS_NEXT_RE.match(text, b))
        ):
            rows.append((a, b, None, "indefinite"))
            nouns.setdefault(r.group("noun").lower(), b)
    if not nouns:
        return rows
    again = re.compile(
        r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?:" + "|".join(map(re.escape, nouns)) + r")\b"
    )
    for r in again.finditer(text, min(nouns.values())):
        a, b = r.span()
        noun = text[a:b].rsplit(None, 1)[-1].lower()
        if nouns[noun] <= a and taken.free(a, b):
            rows.append((a, b, None, "indefinite"))
    return rows


class _Taken:
    """Which spans of a text the gazetteer's mentions already cover."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [x for x, _ in self.spans]
        # the furthest end among the mentions starting up to each one
        self.reach = list(accumulate((y for _, y in self.spans), max))

    def free(self, a: int, b: int) -> bool:
        """No mention overlaps ``[a, b)``: every mention starting before b ends by a."""
        k = bisect_left(self.starts, b)
        return k == 0 or self.reach[k - 1] <= a


#: Subjects a name in apposition after them speaks for: "Azerbaijan's top diplomat, Jeyhun
#: Bayramov, said", "His Armenian counterpart, Deputy Prime Minister Mher Grigoryan,
#: said" (a Czech wire).
_APPOSED = frozenset(["role", "counterpart", "anaphor"])
#: Subjects that, set off by commas after a name, are its appositive: "Josep Borrell, the
#: EU's foreign policy chief, said", "Kyrgyz President Sadyr Japarov, the host, said"
#: (dpa, HINA).
_APPOSITIVES = frozenset(["role", "owned", "anaphor"])
#: "His counterpart said" (Le Républicain Lorrain, AFP), "Her Armenian colleague added"
#: (a Dutch regional paper): the counterpart of the person who spoke before
#: (:meth:`_Article._counterpart_speaker`).
_COUNTERPART_SUBJECT_RE = re.compile(
    # (opening its sentence: not the appositive of "Ararat Mirzoyan, his Armenian
    # counterpart, said" (Nezavisimaya Gazeta); \b(?:His|Her|Their), written to start with
    # the letter)
    r"(?:H(?<!\w.)(?:is|er)|T(?<!\w.)heir)\s+(?:[A-Z][\w-]*\s+)?(?:"
    + word_alternation(COUNTERPARTS, space=r"\s+")
    + r")\b"
)
#: A possessive pronoun, which is no subject of its own.
_POSSESSIVE_PRONOUN_RE = re.compile(r"[Hh]is|[Hh]er")
#: "His guest replied that" (Il Secolo XIX), "Her guest thanked the EU and said"
#: (Tubantia), "Putin told his guest" (Kremlin.ru): whom the one who spoke before met.
_GUEST_SUBJECT_RE = re.compile(r"H(?<!\w.)(?:is|er)\s+guest\b")  # \b(?:His|Her)\s+guest\b
#: A possible subject: (start, end, actor as printed or None, method).
_Row = tuple[int, int, str | None, str]


def _unresolved_subjects(
    text: str, published: Any, actors: pd.DataFrame, mentions: list[Mention]
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Possible speakers that are no gazetteer actor, as pseudo-mentions without an actor.

    Role nouns the date cannot resolve, pronouns without an antecedent and anonymous
    subjects ("sources in Yerevan", "a spokesperson") give statements with speaker None
    instead of losing them; a proper name not in the gazetteer ("Josep Borrell") is kept
    as printed (``actor`` set, ``actor_id`` None). They only count as subjects next to a
    speech verb and never appear in the ``mentions`` table. Also returns the spans of
    institutions named after gazetteer actors ("the EU Delegation to Georgia"), whose
    inner mentions are no subjects.
    """
    taken = _Taken(mentions)
    rows = _unresolved_roles(text, published, actors, taken)
    rows += [
        (a, b, None, "pronoun")
        for a, b in linescan.spans(_PRONOUN_SUBJECT_RE, text)
        if taken.free(a, b)
    ]
    rows += [(a, b, None, "it") for a, b in linescan.spans(_IT_SUBJECT_RE, text)]
    if "they" in text:  # "The vote was only the beginning, they said" (a group's): no one
        rows += [
            (a, b, None, "role")
            for a, b in linescan.spans(_THEY_SUBJECT_RE, text)
            if CUE_RE.match(text, b + 1)  # (not "…, confirmed they had accepted")
        ]
    if "its " in text:  # "according to its statement," (Rheinpfalz): as "it" said
        rows += [(a, b, None, "it") for a, b in linescan.spans(_ITS_DOCUMENT_RE, text)]
    anaphor_rows, anaphors = _anaphors(text, taken)
    rows += anaphor_rows
    rows += [
        (a, b, None, "guest")
        for a, b in linescan.spans(_GUEST_SUBJECT_RE, text)
        if taken.free(text.index(" ", a), b) and not _NAME_NEXT_RE.match(text, b)
    ]
    rows += [
        (a, b, None, "counterpart")
        for a, b in linescan.spans(_COUNTERPART_SUBJECT_RE, text)
        # (the possessive may be a pronoun mention of its own)
        if taken.free(text.index(" ", a), b) and not _NAME_NEXT_RE.match(text, b)
    ]
    rows += [
        (r.start(), r.end(), CAPITALS[r.group(0)], "capital")
        for r in linescan.matches(_CAPITAL_RE, text)
        if taken.free(*r.span())
        and not _PLACE_BEFORE_RE.search(text, max(0, r.start() - 6), r.start())
    ]
    rows += _sides(text)
    rows += _demonym_posts(text, taken)
    rows += _anonymous(text, taken, anaphors)
    rows += _unnamed_people(text, taken)
    rows += [
        (r.start(), r.end(1), None, "indefinite")
        for r in linescan.matches(_VOX_POP_RE, text)
        if taken.free(r.start(), r.end(1))
        and not _GIVEN_NAME_BEFORE_RE.search(text, max(0, r.start() - 30), r.start())
    ]
    rows += _media(text, taken)
    rows += _police(text, taken)
    rows += _others_and_relatives(text, taken)
    rows += _which_bodies(text, taken)
    ministries = _possessive_ministries(text, taken)  # (its state inside: see below)
    rows += ministries
    rows += _press_offices(text, taken)
    rows += _printed_names(text, taken)
    rows, covered = _organisations(text, taken, rows)
    offices = _of_state_offices(text, taken)
    rows += offices
    if offices or ministries:  # (the state inside is no subject: "the Minister … of
        # Uzbekistan noted", "The UAE's foreign ministry said")
        covered = sorted(covered + [(a, b) for a, b, *_ in offices + ministries])
    rows += _acronyms(text, taken, mentions, rows)
    rows.sort(key=itemgetter(0))
    rows += _surnames(text, taken, rows)
    rows += _shared_surnames(text, taken, actors)
    pseudo = [_new_mention((start, end, None, actor, method)) for start, end, actor, method in rows]
    return pseudo, covered


def _shared_surnames(text: str, taken: _Taken, actors: pd.DataFrame) -> list[_Row]:
    """A bare surname several gazetteer persons share that the article does not settle
    ("Simonyan wrote on Telegram that …" with Margarita and Alen Simonyan in the
    gazetteer): a subject whose speaker is no one, never a guess, so that the statement
    is kept."""
    matcher = matcher_for(actors)
    if not matcher.shared:
        return []
    return [
        (r.start(), r.end(), None, "role")
        for r in linescan.matches(_shared_surname_re(tuple(sorted(matcher.shared))), text)
        if taken.free(*r.span())
        # (after another given name it is another person, printed: "Gagik Sarkisyan", the
        # chairman of a community (Astrakhanskie Izvestia), is neither Armen Sarkissian
        # nor Serzh Sargsyan, as "Tigran Grigoryan" is not Armen Grigoryan)
        and not matcher.other_given_name(text, r.start(), r.group(0))
    ]


@lru_cache(maxsize=8)
def _shared_surname_re(surnames: tuple[str, ...]) -> re.Pattern[str]:
    r"""``(?<![\w’'-])(?:<surnames>)(?![\w’'-])``, written to start with each first letter,
    the lookbehind after it (fast to search for: the engine skips to those letters)."""
    firsts = dict.fromkeys(s[0] for s in surnames)
    alt = "|".join(
        re.escape(c) + r"(?<![\w’'-].)" + word_alternation([s[1:] for s in surnames if s[0] == c])
        for c in firsts
    )
    return re.compile(rf"(?:{alt})(?![\w’'-])")


def _acronyms(text: str, taken: _Taken, mentions: list[Mention], rows: list[_Row]) -> list[_Row]:
    """An acronym the article's own organisations spell, the organisation ("the NSS
    reports" after "the National Security Service of Armenia" (Armenpress, news.am), "the
    FDFA said" after "the Federal Department of Foreign Affairs" (Swissinfo), "the SBU
    said" (Ukrainska Pravda)): a gazetteer organisation (method ``acronym``) or one
    printed outside it; an acronym two of them spell is no one's."""
    names = {str(m.actor): "acronym" for m in mentions if m.actor_id is not None and m.actor}
    names.update({str(r[2]): "organisation" for r in rows if r[3] == "organisation" and r[2]})
    spelled: dict[str, set[str]] = {}
    for name in names:
        for acronym in _initials(name):
            spelled.setdefault(acronym, set()).add(name)
    for name, acronym in _defined_acronyms(text):
        if acronym not in spelled:
            names[name] = "organisation"
            spelled[acronym] = {name}
    out: list[_Row] = []
    for acronym, owners in spelled.items():
        if len(owners) != 1:
            continue
        (name,) = owners
        out += [
            (r.start(), r.end(), name, names[name])
            for r in _whole_word_re(acronym).finditer(text)
            if taken.free(*r.span())
            and not _NAME_NEXT_RE.match(text, r.end())  # ("ANCA Executive Director")
        ]
    return out


_ACRONYM_JOINERS = frozenset(["of", "for", "and", "the", "on", "in", "to"])
#: A name of capitalised words (joined by "of", "for", "and", "the") and the acronym the
#: article defines for it in parentheses: "Kazakhstan Temir Zholy (KTZ)" (Journal of
#: Commerce), "South Caucasus Railway (SCR)" (International Railway Journal), "the Public
#: Services Regulatory Commission (PSRC)" (ICIS), "the International Committee of the Red
#: Cross (ICRC)" (AP).
_DEFINED_ACRONYM_RE = re.compile(
    r"(?P<name>[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)*[A-Z][\w’'&-]*){2,7})"
    r"[ \t]+\((?P<acronym>[A-Z][A-Z&]{1,7})\)"
)


def _defined_acronyms(text: str) -> Iterator[tuple[str, str]]:
    """The names of bodies the article gives an acronym for in parentheses, with the
    acronym, where the acronym spells the name's initials (:func:`_initials`): "KTZ said in
    a statement" after "Kazakhstan Temir Zholy (KTZ)" is that body's, named in full."""
    if " (" not in text:
        return
    for m in _DEFINED_ACRONYM_RE.finditer(text):
        words = m.group("name").split()
        for k in range(len(words) - 2):  # (the shortest name that spells it: "The … (X)")
            name = " ".join(words[k:])
            if m.group("acronym") in _initials(name):
                yield name, m.group("acronym")
                break


@lru_cache(maxsize=4096)
def _initials(name: str) -> tuple[str, ...]:
    """The acronyms a name of three words or more gives: the initials of its words, with
    and without its complement ("National Security Service of Armenia" → "NSSA", "NSS")."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _ACRONYM_JOINERS]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return ()
    head = name.split(" of ", 1)[0].split()
    out = ["".join(w[0] for w in words)]
    if len(head) >= 3 and len(head) < len(name.split()):
        out.append("".join(w[0] for w in head if w.lower() not in _ACRONYM_JOINERS))
    if words[0] in DEMONYMS and len(words) > 3:
        # a state's adjective the name was placed by is no part of its acronym ("Swiss
        # Federal Department of Foreign Affairs" → "FDFA" (Solothurner Zeitung, Swissinfo))
        out.append("".join(w[0] for w in words[1:]))
    return tuple(out)


def _unresolved_roles(text: str, published: Any, actors: pd.DataFrame, taken: _Taken) -> list[_Row]:
    """Role nouns the publication date cannot resolve ("the Russian leader", undated)."""
    m = matcher_for(actors) if not actors.empty else None
    if m is None or not (
        m.may_leave_unresolved(text, published) or linescan.spans(m.not_holder_re, text)
    ):
        return []
    return [
        (r.start(), r.end(), None, "role")
        for r in linescan.matches(m.role_re, text)
        # (the mentions first: a role that resolves is one, and its holder is not asked)
        if taken.free(r.start(), r.end()) and not m.holder(text, r, published)
    ]


def _owned_roles(text: str, taken: _Taken, owned: list[_Row]) -> list[_Row]:
    """Roles after a possessive with no article ("Armenia's parliament speaker"), beyond
    the ``owned`` ones found after "the": (role start, end, owner to role, "owned")."""
    out: list[_Row] = []
    for r in linescan.matches(_OWNED_ROLE_RE, text) if "'s " in text or "’s " in text else ():
        owner = _OWNER_WORD_RE.search(text, max(0, r.start() - 40), r.start())
        if (
            owner
            and not _NAME_NEXT_RE.match(text, r.end())
            and taken.free(r.start("role"), r.end())
            and not any(a <= r.start("role") < b for a, b, *_ in owned)
        ):
            out.append((r.start("role"), r.end(), text[owner.start() : r.end()], "owned"))
    return out


def _of_state_offices(text: str, taken: _Taken) -> list[_Row]:
    """Offices titled by their state after "of" that the gazetteer's dated roles do not
    resolve ("The Minister of Foreign Affairs of Uzbekistan noted" (Uzbek, Kazakh and
    Armenian foreign ministries' readouts)): the office in the form titles take ("Uzbek
    Foreign Minister"), resolved like a possessive role ("owned"); not before a name (a
    title then)."""
    if " of " not in text:
        return []
    return [
        (r.start(), r.end(), of_state_role(r), "owned")
        for r in linescan.matches(OF_STATE_ROLE_RE, text)
        if taken.free(r.start(), r.start("state")) and not _NAME_NEXT_RE.match(text, r.end())
    ]


def _voiceless(text: str, m: Mention) -> bool:
    """Whether the mention ``m`` is a text that speaks for no one ("the agreement")."""
    return m.method == "indefinite" and any(
        w.lower() in _VOICELESS for w in text[m.start : m.end].split()[:5]
    )


_VOICELESS: frozenset[str] = frozenset(w.split()[-1] for w in VOICELESS_DOCUMENTS)


def _documents(text: str, definite: list[Any]) -> list[_Row]:
    """The documents among the definite noun phrases: "the statement said" (its issuer,
    resolved later), "The agreement also calls on …" (no one's)."""
    return [
        (r.start(), _document_end(text, r.end()), r.group("document"), "document")
        if r.group("document")
        else (r.start(), _document_end(text, r.end()), None, "indefinite")
        for r in definite
        if r.group("document") or r.group("voiceless")
    ]


#: The field of a role noun (``field_roles``) after "of", in capitals ("the Minister| of
#: Foreign Affairs", "The French Minister| of the Armed Forces"):
#: part of the role's words, never of a state or a state's body (an office "of Uzbekistan"
#: is :func:`_of_state_offices`'s).
_ROLE_FIELD_RE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}\b")


def _with_field(text: str, r: re.Match[str], taken: _Taken) -> tuple[int, int]:
    """The span of a role anaphor with its field, if one follows (:data:`_ROLE_FIELD_RE`)
    and names no state or gazetteer actor."""
    role = r.group("role")
    tail = _ROLE_FIELD_RE.match(text, r.end()) if role and role.lower() in FIELD_ROLES else None
    if (
        tail is None
        or not taken.free(*tail.span())
        or any(
            w in _COUNTRIES or w in DEMONYMS or w in STATE_LAST_WORDS for w in tail.group(0).split()
        )
        or _NAME_NEXT_RE.match(text, tail.end())  # (a title: "the Minister of X Ararat …")
    ):
        return r.span()
    return r.start(), tail.end()


#: Right after a closing quote mark and its comma: where a cue follows a quote.
_AFTER_CLOSER_RE = re.compile(rf"[{QUOTE_MARKS}']\s*,?\s*$")  # (German „…“ closes with “)
#: A hosting verb after its subject ("X, hosted", "X on Saturday brought together"):
#: see ``host_verbs`` in data/speech.yml.
_HOSTING_AFTER_RE = re.compile(
    r"(?:\s*,)?(?:\s+(?:on|in|at)\s+[\w-]+)?\s+(?:"
    + word_alternation(SPEECH["host_verbs"], space=r"\s+")
    + r")\b"
)
#: Words of a meeting.
_MEETING_WORDS = "met|meets|meeting|talks"
#: A meeting or a host's act in a sentence (for "his guest").
_MEETING_RE = re.compile(
    rf"\b(?:{_MEETING_WORDS}|" + word_alternation(SPEECH["host_verbs"], space=r"\s+") + r")\b"
)
#: A meeting placed in a capital ("met yesterday in Moscow", "held talks in Baku").
_MET_IN_CAPITAL_RE = re.compile(
    rf"\b(?:{_MEETING_WORDS}|hosted)\b[^.;]{{0,40}}?\bin\s+([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
)
#: "under the auspices of their German colleague| Annalena Baerbock".
_AUSPICES_BEFORE_RE = re.compile(r"\bunder\s+the\s+auspices\s+of\s+(?:[\w’'-]+\s+){0,4}$")
#: "the Maltese", "the Portuguese": a demonym as a noun (see :func:`_anaphors`).
_DEMONYM_NOUN_RE = re.compile(
    r"\b[Tt]he\s+(?:" + word_alternation(sorted(DEMONYMS)) + r")(?=\s)"
    # (or an American lawmaker's party and state, as American papers name them again: "«…»,
    # the New Jersey Democrat said" (La Stampa after AP), "the Texas Republican said" (AP),
    # "the California Democrat added" (Los Angeles Times))
    r"|\b[Tt]he\s+(?:[A-Z][a-z]+\s+){1,2}(?:"
    + word_alternation(SPEECH["epithet_words"])
    + r")(?=\s)"
)


#: A state's embassy, consulate or mission in lower case, and its city: "The Armenian
#: embassy in Buenos Aires said" (Página/12, Clarín in English), "the Russian embassy in
#: Yerevan said" (Reuters, AP).
_DEMONYM_POST_RE = re.compile(
    rf"[Tt](?<!\w.)he\s+(?P<owner>{_DEMONYM_PAT})\s+(?P<noun>embassy|consulate|mission)"
    r"(?:\s+(?:in|to)\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?\b"
)


def _demonym_posts(text: str, taken: _Taken) -> list[_Row]:
    """A state's diplomatic post printed in lower case, as an organisation named as the
    gazetteer names them ("Armenian Embassy in Argentina")."""
    rows: list[_Row] = []
    if "embassy" not in text and "consulate" not in text and "mission" not in text:
        return rows
    for r in linescan.matches(_DEMONYM_POST_RE, text):
        if not taken.free(*r.span()):
            continue
        name = f"{r.group('owner')} {r.group('noun').capitalize()}"
        place = r.group("place")
        place = CAPITALS.get(place, place)  # ("Russian Embassy in Armenia", as the gazetteer)
        rows.append((r.start(), r.end(), f"{name} in {place}" if place else name, "organisation"))
    return rows


def _demonym_nouns(text: str, taken: _Taken) -> list[_Row]:
    """A nationality as a noun before a speech verb right after a quote, which stands for
    the person who just spoke as a generic role noun does, unless the gazetteer puts them
    in another state ("« … », the Maltese added" after Roberta Metsola (L'Alsace), "the
    Portuguese added" after António Costa (a German regional paper), "the Belgian added"
    (Las Provincias)); not "the Armenian claims were groundless"."""
    return [
        (a, b, None, "anaphor")
        for a, b in linescan.spans(_DEMONYM_NOUN_RE, text)
        if taken.free(a, b)
        and CUE_RE.match(text, b + 1)
        and _AFTER_CLOSER_RE.search(text, max(0, a - 4), a)
    ]


def _anaphors(text: str, taken: _Taken) -> tuple[list[_Row], list[tuple[int, int]]]:
    """Definite role nouns ("the diplomat"), documents ("the statement") and
    institutions ("the ministry"); and the spans of the role nouns."""
    definite = []
    owned: list[tuple[int, int]] = []  # "Armenia's parliament speaker": the role only
    for r in linescan.matches(_ANAPHOR_RE, text):
        if _NAME_NEXT_RE.match(text, r.end()):
            continue
        if taken.free(*r.span()):
            definite.append(r)
        elif r.group("role") and taken.free(r.start("role"), r.end()):
            owned.append((r.start("role"), r.end(), r.group(0), "owned"))
    owned += _owned_roles(text, taken, owned)
    anaphors = [
        _with_field(text, r, taken)
        for r in definite
        if not r.group("noun") and not r.group("document") and not r.group("voiceless")
    ]
    rows: list[_Row] = [(a, b, None, "anaphor") for a, b in anaphors] + owned
    rows += _demonym_nouns(text, taken)
    anaphors = sorted(anaphors + [(a, b) for a, b, *_ in owned])
    rows += _documents(text, definite)
    if "a " in text or "A " in text:
        rows += [  # "A communique issued after the meeting said": no one's
            (r.start(), _document_end(text, r.end()), None, "indefinite")
            for r in linescan.matches(_A_DOCUMENT_RE, text)
            if taken.free(*r.span())
        ]
    rows += [  # "the ministry", not "the Kazakh government" (a source in it is anonymous)
        _government_in_capital(text, r) or (r.start(), r.end(), r.group("noun"), "institution")
        for r in definite
        if r.group("noun")
        and r.group(0)[1:].islower()
        and (r.group("noun") not in _ORGANISATION_ANAPHORS or _speaks_next(text, r.end()))
    ]
    rows += _its_institutions(text, taken)
    return rows, anaphors


def _its_institutions(text: str, taken: _Taken) -> list[_Row]:
    """ "its ministry", "Its Ministry of Foreign Affairs": an institution its owner's."""
    if "ts " not in text:
        return []
    return [
        (r.start(), r.end(), r.group("noun") or "ministry", "institution")
        for r in linescan.matches(_ITS_INSTITUTION_RE, text)
        if taken.free(*r.span())
    ]


#: A speech verb right after an organisation's anaphor, maybe after an adverb: only then
#: is "the bloc", "the alliance", "the organisation" a subject ("The bloc said that" (Reuters),
#: "The organisation also called on" (Thurgauer Zeitung); not "depend on how the alliance
#: responded to Yerevan's concerns, adding that" (Reuters)).
_SPEAKS_GAPS = (re.compile(r"\s+(?:\w+ly|also|has|had|have)\s+"), re.compile(r"\s+"))


def _speaks_next(text: str, pos: int) -> bool:
    """Whether a speech verb follows ``pos``, maybe after an adverb: ``CUE_RE``'s verb (its
    alternation compiled once), not its quoted-as forms."""
    for gap in _SPEAKS_GAPS:
        m = gap.match(text, pos)
        cue = CUE_RE.match(text, m.end()) if m else None
        if cue is not None and cue.group("verb") is not None:
            return True
    return False


#: A capital after "the government" that places it ("the government in Yerevan").
_IN_CAPITAL_AFTER_RE = re.compile(r"\s+in\s+([A-Z][\w-]+)\b")


def _government_in_capital(text: str, r: re.Match[str]) -> _Row | None:
    """ "The government in Yerevan stated that" (Tagesschau, Deutsche Welle, Reuters):
    the state of the capital, as "Yerevan stated"; None for another institution."""
    if r.group("noun") != "government":
        return None
    place = _IN_CAPITAL_AFTER_RE.match(text, r.end())
    if place is None or place.group(1) not in CAPITALS:
        return None
    return (r.start(), place.end(), CAPITALS[place.group(1)], "capital")


#: Where an anonymous source's place begins after its noun.
_SOURCE_TAIL_START_RE = re.compile(r"\s+(?:in|from|at|on|within|close\s+to|familiar\s+with|of)\s")


def _source_free(taken: _Taken, r: re.Match[str]) -> bool:
    """Whether an anonymous source is no gazetteer mention's: its words are free, or its
    noun is and its place names one ("Officials familiar with the Kremlin's thinking say"
    (World Politics Review, Bloomberg): the Kremlin is no subject there)."""
    if taken.free(*r.span()):
        return True
    tail = _SOURCE_TAIL_START_RE.search(r.group(0))
    return tail is not None and taken.free(r.start(), r.start() + tail.start())


#: "Some" as an unnamed group: with its place ("Some in Yerevan fear that" (Inkstick,
#: Eurasianet), "some in Moscow see" (Meduza), "some within the government argue"
#: (Reuters)), or opening its sentence before a verb and "that" ("Some argue that"
#: (Just Security), "Some fear that" (The Economist)); never "some 40,000 people".
_SOME_SOURCE_RE = re.compile(
    r"\b[Ss]ome(?=\s+(?:in|within|among)\s+(?:the\s+[a-z]|(?:the\s+)?[A-Z]))"
    r"(?:\s+(?:in|within|among)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
    # (or a lower-case group: "Some in the community fear that" (Var-Matin), "some in the
    # government argue" (Reuters), "some in the diaspora say" (Asbarez))
    r"|\s+(?:in|within|among)\s+the\s+[a-z][\w’'-]+)"
    r"|(?:(?<=[.!?]\s)|(?<=\A)|(?<=\n))Some(?=\s+[a-z]+\s+that\b)"
)
#: "among" right before a group: no subject ("Pashinyan, among others, said"; "popular
#: among analysts").
_AMONG_BEFORE_RE = re.compile(r"\bamong\s+$")


#: "a source of concern", "a source of tension": a thing, no person ("… was a source of
#: concern and recalled that …" (Shahrvand), "a source of pride" (AP)); "a source of the
#: ministry" and "a source of Kommersant" stay sources.
_SOURCE_OF_THING_RE = re.compile(r"[Ss]ource\s+of\s+(?!the\b|[A-Z])[a-z]")


def _anonymous(text: str, taken: _Taken, anaphors: list[tuple[int, int]]) -> list[_Row]:
    """Anonymous sources ("sources close to the government", "a spokesperson"), from
    their number and adjectives ("two sources", "several diplomatic sources")."""
    anonymous = _anonymous_re("spokes" in text)
    starts = [a for a, _ in anaphors]
    rows: list[_Row] = []
    for r in linescan.matches(anonymous, text):
        if (
            _source_free(taken, r)
            and not _in_spans(r.start(), anaphors, starts)
            and not (_TITLE_BEFORE_NAME_RE.match(text, r.end()) and r.group(0)[-1] != "s")
            and not _APPOSITIVE_NAME_RE.match(text, r.end())
            and not _AMONG_BEFORE_RE.search(text, max(0, r.start() - 7), r.start())
            and not _SOURCE_OF_THING_RE.match(text, r.start())
        ):
            before = _SOURCE_MODIFIERS_RE.search(text, max(0, r.start() - 60), r.start())
            start = (
                before.start() if before and taken.free(before.start(), r.start()) else r.start()
            )
            rows.append((start, r.end(), None, "role"))
    if "hey " in text:
        rows += [
            (*r.span(r.lastgroup or 0), None, "role")
            for r in linescan.matches(_IMPERSONAL_THEY_RE, text)
            if taken.free(*r.span(r.lastgroup or 0))
        ]
    if "ome " in text:
        rows += [
            (*r.span(), None, "role")
            for r in linescan.matches(_SOME_SOURCE_RE, text)
            if taken.free(*r.span())
        ]
    if "authorities" in text:
        rows += [
            (*r.span(), None, "role")
            for r in linescan.matches(_UNNAMED_AUTHORITIES_RE, text)
            if taken.free(*r.span())
        ]
    return rows


#: Authorities named by their field or level and no place (``unnamed_authorities``).
_UNNAMED_AUTHORITIES_RE = re.compile(
    r"(?:\b[Tt]he\s+)?\b(?:"
    + _capital_either(tuple(SPEECH["unnamed_authorities"]))
    + r")\s+(?:(?:"
    + "|".join(SPEECH["unnamed_authorities"])
    + r")\s+)?authorities\b"
)


def _media(text: str, taken: _Taken) -> list[_Row]:
    """Unnamed media ("local media reported")."""
    rows: list[_Row] = []
    if "edia" not in text:
        return rows
    for a, b in linescan.spans(_MEDIA_RE, text):
        adjective = _MEDIA_ADJECTIVE_RE.search(text, max(0, a - 12), a)
        start = adjective.start() if adjective else a
        if taken.free(start, b):
            rows.append((start, b, None, "role"))
    return rows


#: The police as a subject, by the common noun ("The police said that the rally had passed
#: off largely peacefully" (Rhein-Neckar-Zeitung), "The police said that they had
#: detained nobody" (Nowa Trybuna Opolska), "Police said at least 30 people had been
#: detained" (News18)), with a state's adjective if printed ("Armenian police said").
_POLICE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]he\s+)?(?P<demonym>"
    + word_alternation(sorted(DEMONYMS, key=len, reverse=True))
    + r")\s+|[Tt]he\s+)?[Pp]olice(?=\s+[a-z])"
)
#: "Another" or "Both" alone as a sentence's subject, before an appositive or a speech
#: verb: one more unnamed source after "one diplomat …" ("Another, speaking privately,
#: noted that" (Saudi Gazette), "Another said" (Reuters, Politico)), or two speakers at once
#: ("Both said they would jointly propose …" (Wiesbadener Kurier), "Both insisted" (AP)):
#: no one.
_BARE_OTHER_RE = re.compile(
    rf"(?:(?<=[.!?]\s)|(?<=\A)|(?<=\n))(?:Another|Both)(?=,|\s+(?:{_VERB_ALT})\b)"
)


#: A name that "which" qualifies before a speech verb: a body, not a person ("Equinor,
#: which holds a stake in the Shah Deniz gas field and in the pipeline to Turkey, said in an
#: e-mail to DN that" (Dagens Næringsliv), "Gazprom, which supplies Armenia's gas, said"
#: (Reuters), "Rosatom, which runs the Metsamor plant, said" (Interfax)).
_WHICH_BODY_RE = re.compile(
    r"(?<![\w’'.-])(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}),[ \t]+which[ \t]"
    r"[^,;.\n]{3,160},[ \t]+(?=[a-z])"
)


#: A state's or its capital's possessive before a ministry in lower case: "Abu Dhabi's
#: foreign ministry, in a statement, expressed" (The New Times), "The UAE's foreign ministry
#: said" (Reuters), "Moscow's foreign ministry said" (AP).
_POSSESSIVE_MINISTRY_RE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he[ \t]+)?(?P<owner>(?!The\b)[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?)"
    r"[’']s[ \t]+"
    r"(?P<field>foreign|defen[cs]e|interior|economy|finance|justice)[ \t]+ministry\b"
)


def _possessive_ministries(text: str, taken: _Taken) -> list[_Row]:
    """A ministry after its state's or capital's possessive (:data:`_POSSESSIVE_MINISTRY_RE`),
    named as the gazetteer names ministries ("Emirati Foreign Ministry")."""
    if "inistry" not in text:
        return []
    rows: list[_Row] = []
    for r in _POSSESSIVE_MINISTRY_RE.finditer(text):
        owner = r.group("owner")
        state = CAPITALS.get(owner) or _STATE_NAMED.get(owner, owner)
        name = _ministry_name(state, f"{r.group('field')} ministry")
        if name is None or not taken.free(r.start("field"), r.end()):
            continue  # (the owner may be a gazetteer state: "The UAE's", inside the body)
        rows.append((r.start(), r.end(), name, "organisation"))
    return rows


def _which_bodies(text: str, taken: _Taken) -> list[_Row]:
    """Bodies the gazetteer does not know, named before a "which" clause and a speech verb
    (:data:`_WHICH_BODY_RE`), as printed."""
    if "which" not in text:
        return []
    return [
        (r.start("name"), r.end("name"), r.group("name"), "organisation")
        for r in _WHICH_BODY_RE.finditer(text)
        if taken.free(r.start("name"), r.end("name"))
        and CUE_RE.match(text, r.end())
        and r.group("name").split()[0] not in TITLES
        # (a place after a preposition: "The self-declared authorities in Stepanakert,
        # which Armenians call Artsakh, confirmed" (Al Jazeera))
        and not _PREPOSITION_BEFORE_RE.search(text, max(0, r.start() - 10), r.start())
    ]


def _others_and_relatives(text: str, taken: _Taken) -> list[_Row]:
    """Unnamed speakers by "Another"/"Both" alone and by a speaker's relative."""
    rows: list[_Row] = [(a, b, None, "role") for a, b in linescan.spans(_BARE_OTHER_RE, text)]
    return rows + [
        (a, b, None, "role")
        for a, b in linescan.spans(_RELATIVE_SUBJECT_RE, text)
        if taken.free(text.index(" ", a), b)
    ]


#: A speaker's relative, unnamed or named by a first name only: "His wife, Lilit, added
#: that" (Telemadrid), "her son told AFP" (AFP), "his brother said" (AP): no one.
_RELATIVE_SUBJECT_RE = re.compile(
    r"\b[Hh](?:is|er)\s+(?:wife|husband|son|daughter|brother|sister|mother|father|widow|"
    r"grandson|granddaughter|cousin|nephew|niece)\b"
    r"(?=,\s+(?!who\b|which\b)|\s+(?:[a-z]+\s+)?[a-z]+(?:ed|s)\b)"  # (not ", who asked …")
)
#: The lede's capital, where a story without a dateline is set ("Tens of thousands of
#: people filled Republic Square in Yerevan on Thursday" (Nowa Trybuna Opolska)).
_LEDE_CAPITAL_RE = re.compile(r"\bin\s+([A-Z][\w-]+)\b")
#: A capital opening a paragraph ("In Yerevan, several thousand protesters gathered").
_PARAGRAPH_CAPITAL_RE = re.compile(r"\s*In\s+([A-Z][\w-]+),")


def _police(text: str, taken: _Taken) -> list[_Row]:
    """The police as a speaker: "<Demonym> police" of the state its adjective, the capital
    opening its paragraph's first clause ("In Yerevan, …"), the dateline or the lede
    names; else unnamed (the statement kept, no guess)."""
    if "olice" not in text:
        return []
    rows: list[_Row] = []
    for r in linescan.matches(_POLICE_RE, text):
        if not (taken.free(*r.span()) and CUE_RE.match(text, r.end() + 1)):
            continue
        demonym = r.group("demonym")
        state = DEMONYMS.get(demonym) if demonym else _police_state(text, r.start())
        name = f"{DEMONYM_OF[state]} police" if state in DEMONYM_OF else None
        rows.append((r.start(), r.end(), name, "organisation" if name else "role"))
    return rows


def _police_state(text: str, pos: int) -> str | None:
    """The state whose capital opens the paragraph of ``pos`` ("In Yerevan, several
    thousand protesters gathered …"), else the dateline's, else the lede's; None if
    none."""
    para = text.rfind("\n", 0, pos) + 1
    place = _PARAGRAPH_CAPITAL_RE.match(text, para, pos)
    city = place.group(1) if place and place.group(1) in CAPITALS else _dateline_capital(text)
    if city is None:
        lede_end = text.find(". ")
        lede = _LEDE_CAPITAL_RE.search(text, 0, lede_end if lede_end > 0 else 200)
        city = lede.group(1) if lede and lede.group(1) in CAPITALS else None
    return CAPITALS.get(city) if city else None


def _press_offices(text: str, taken: _Taken) -> list[_Row]:
    """A press office or a parliamentary group named by capitalised words outside the
    gazetteer, as printed ("the Akorda press service reported" → "Akorda press service",
    "the opposition Hayastan faction" → "Hayastan faction")."""
    if not _BODY_NOUN_RE.search(text):
        return []
    return [
        (
            r.start("owner"),
            r.end(),
            _office_name(text[r.start("owner") : r.end()]),
            "organisation",
        )  # fmt: skip
        for r in linescan.matches(_PRESS_OFFICE_RE, text)
        if taken.free(r.start("owner"), r.end())
        and not _OF_BEFORE_RE.search(text, max(0, r.start() - 4), r.start())
        and not _state_authorities(r)
    ]


def _state_authorities(r: re.Match[str]) -> bool:
    """ "The Kyrgyz authorities": a state's, read as the state elsewhere, no printed body."""
    owner = r.group("owner").split()
    return (
        r.group(0).endswith("authorities")
        and bool(owner)
        and (owner[-1] in DEMONYMS or owner[-1] in DEMONYM_OF or owner[-1] in _STATE_NAMED)
    )


def _office_name(printed: str) -> str:
    """A press office's name as printed, spaces collapsed; a head of state's presidency is
    a proper name, capitalised as the gazetteer's institutions are ("the Azerbaijani
    presidency said" (Report.az, AFP, Minute Mirror) → "Azerbaijani Presidency", as "the
    Azerbaijani foreign ministry" is the "Azerbaijani Foreign Ministry")."""
    words = printed.split()
    if words[-1] == "presidency":
        words[-1] = "Presidency"
    return " ".join(words)


#: A body's noun anywhere in a text (one search, before the patterns read its lines).
_BODY_NOUN_RE = re.compile(_BODY_NOUN_ALT)
#: "Artsvik Minasyan of the Hayastan faction": a body after "of" is someone's affiliation
_OF_BEFORE_RE = re.compile(r"\bof\s+$")


#: A locative preposition right before a printed run: a place, no person ("The Armenian
#: Embassy in Buenos Aires said" (Página/12), "the nearby village of …", "a rally in
#: Las Vegas").
_IN_PLACE_RE = re.compile(r"\b(?:in|at|near|from)\s+$")


def _printed_names(text: str, taken: _Taken) -> list[_Row]:
    """Proper names outside the gazetteer, as printed ("Josep Borrell"); a person's
    office after a possessive is the office ("Sviatlana Tsikhanouskaya's office said" →
    "Office of Sviatlana Tsikhanouskaya"), and the sources of a name ("According to
    Charkhi Gardun's sources") are anonymous."""
    rows: list[_Row] = []
    for r in linescan.matches(_PROPER_NAME_RE, text):
        words, end = r.group(0), r.end()
        owned = _POSSESSED_RE.match(text, end - 2) if words.endswith(("'s", "’s")) else None
        if owned is not None:
            if owned.group("sources"):  # anonymous, from the name on
                rows.append((r.start(), owned.end(), None, "role"))
                continue
            words, end = words[:-2], end - 2
        name = _printed_name(words)
        start = end - len(name) if name else r.start()
        if not taken.free(start, end):
            # "EU Ambassador to Georgia Paweł Herczyński": the name after the mention
            k = bisect_left(taken.starts, end)
            after = taken.reach[k - 1]
            if not start < after < end:
                continue
            name = _printed_name(text[after:end].strip())
            start = end - len(name) if name else end
        if (
            name is not None
            and taken.free(start, end)
            and not _IN_PLACE_RE.search(text, max(0, start - 6), start)
        ):
            office = owned is not None and owned.group("office")
            rows.append(
                (start, owned.end(), f"Office of {name}", "name")
                if office
                else (start, end, name, "name")
            )
    return rows


#: What a printed name's possessive owns that speaks otherwise than the person: an office
#: ("Sviatlana Tsikhanouskaya's office said" (Hrodna.life, Nasha Niva), "Ekrem
#: İmamoğlu's office said" (Reuters)), or sources ("According to Charkhi Gardun's
#: sources" (Asia-Plus), "Kommersant's sources say" (Meduza)).
_POSSESSED_RE = re.compile(
    r"[’']s\s+(?:(?P<office>office|press\s+office|press\s+service|secretariat)"
    r"|(?P<sources>sources|interlocutors))\b"
)


def _organisations(
    text: str, taken: _Taken, rows: list[_Row]
) -> tuple[list[_Row], list[tuple[int, int]]]:
    """Organisations outside the gazetteer ("the Armenian National Committee of
    America"), replacing the rows inside them; and the spans of institutions named after
    gazetteer actors ("the EU Delegation to Georgia")."""
    covered: list[tuple[int, int]] = []
    orgs: list[_Row] = []
    for r in linescan.matches(_ORG_RUN_RE, text):
        cut = _before_name(r, taken) or _before_printed_name(r.group(0))
        found = (cut and _printed_organisation(cut)) or _printed_organisation(r.group(0))
        if found is None:
            continue
        org, start, end = found[0], r.start() + found[1], r.start() + found[2]
        if org.startswith("Its "):
            continue  # (its owner's: "Its Ministry of Foreign Affairs", see _anaphors)
        if start == r.start() and _PARTICLE_END_RE.search(text, max(0, start - 8), start):
            # "Thomas de Waal of the Carnegie Endowment": the run opens with a surname
            of = _OF_RE.search(text, start, end)
            found = of and _printed_organisation(text[of.end() : r.end()])
            if not found:
                continue
            org, start, end = found[0], of.end() + found[1], of.end() + found[2]
        if not taken.free(start, end):
            # "the EU Delegation to Georgia": an institution named after gazetteer actors
            head = next(t for t in reversed(org.split()) if t in _ORG_HEADS)
            h0 = text.rfind(head, start, end)
            k0, k1 = bisect_left(taken.starts, start - 80), bisect_left(taken.starts, end)
            if not taken.free(h0, h0 + len(head)) or any(
                a < start < b or a < end < b for a, b in taken.spans[k0:k1]
            ):
                continue
            covered.append((start, end))
        orgs.append((start, end, _located(text, start, org), "organisation"))
    spans = [(a, b) for a, b, _, _ in orgs]  # (in text order, not overlapping)
    starts = [a for a, _ in spans]
    kept = [x for x in rows if not _in_spans(x[0], spans, starts)]  # the rows inside an org
    return kept + orgs, covered


def _before_name(run: re.Match[str], taken: _Taken) -> str | None:
    """A run of capitalised words up to the gazetteer mention that ends it, as a title
    runs into its holder's name ("the Spokesperson of the Ministry of Foreign Affairs
    Aykhan Hajizada", "Secretary of the Security Council Armen Grigoryan"); None if no
    mention ends it."""
    k = bisect_left(taken.starts, run.end())
    if k == 0 or taken.reach[k - 1] != run.end():
        return None
    for a, b in reversed(taken.spans[bisect_left(taken.starts, run.start() + 1) : k]):
        if b == run.end():
            return run.group(0)[: a - run.start()].rstrip()
    return None


@lru_cache(maxsize=4096)
def _before_printed_name(words: str) -> str | None:
    """A run of capitalised words up to the person outside the gazetteer that ends it, as
    a title runs into its holder's name after a state or an institution ("State Secretary
    of the Security Council of Belarus Aleksandr Volfovich" (BelTA), "Chairman of the
    Board of Directors of KEGOC Bakytzhan Kazhiyev"… "of the Republic of Kazakhstan Yerlan
    Karin" (Kazinform), "Official representative of the Ministry of Foreign Affairs Aibek
    Smadiyarov"); None unless two or three name words follow a state's name or a run
    holding an organisation's head word."""
    spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(words)]
    tokens = [words[a:b] for a, b in spans]
    for n in (2, 3):
        if len(tokens) <= n + 1 or tokens[-n - 1] in _ORG_JOINERS:
            continue
        if not (tokens[-n - 1] in _COUNTRIES or _ORG_HEADS.intersection(tokens[:-n])):
            continue  # ("of the Ministry of Foreign Affairs| Aibek Smadiyarov": Kazinform)
        if _printed_name(" ".join(tokens[-n:])) and not any(
            t in _COUNTRIES or t in _ORG_JOINERS or t in TITLES for t in tokens[-n:]
        ):
            return words[: spans[-n][0]].rstrip()
    return None


#: A capitalised word long enough for a typing slip to be read as one.
_LONG_CAPITALISED_RE = re.compile(rf"[{_UPPER}](?<!\w.)[a-z]{{{TYPO_MIN_LETTERS - 1},}}\b")


def _surnames(text: str, taken: _Taken, rows: list[_Row]) -> list[_Row]:
    """A bare surname (in any spelling, or one slip away: "Kobakhidez" after "Irakli
    Kobakhidze" (Kviris Palitra, Ambebi.ge)) is the nearest full name before it ("Anush
    Petrosyan ... Ms Petrosyan ... Samvel Petrosyan ... Petrosyan"), else the first one
    after it. ``rows`` are sorted by start."""
    full: dict[str, list[tuple[int, str]]] = {}
    for a, _, actor, method in rows:
        if method == "name" and actor:
            full.setdefault(surname(actor), []).append((a, actor))
    # in_row(pos): some row covers pos (rows sorted by start; the furthest end so far)
    row_starts = [a for a, _, _, _ in rows]
    row_reach = list(accumulate((b for _, b, _, _ in rows), max))
    out: list[_Row] = []
    by_length: dict[int, set[str]] = {}  # (a slip changes a length by one at most)
    for word in _LONG_CAPITALISED_RE.findall(text) if full else ():
        by_length.setdefault(len(word), set()).add(word)
    for bare, names in sorted(full.items()):
        at = [a for a, _ in names]
        near = (w for n in (len(bare) - 1, len(bare), len(bare) + 1) for w in by_length.get(n, ()))
        slips = sorted(w for w in near if slips_to(w, bare))
        spellings = (bare, *spelling_variants(bare), *slips)  # "Khachatrian … Khachatryan"
        if bare[:1].islower():  # "De Waal" opening a sentence or a label
            spellings += (bare[0].upper() + bare[1:],)
        for r in (r for form in spellings for r in _whole_word_re(form).finditer(text)):
            k = bisect_right(row_starts, r.start())
            if taken.free(r.start(), r.end()) and not (k and row_reach[k - 1] > r.start()):
                k = bisect_left(at, r.start())
                out.append((r.start(), r.end(), names[k - 1 if k else 0][1], "name"))
    return out


def _in_spans(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, not overlapping; ``starts`` their
    starts)."""
    k = bisect_right(starts, pos)
    return k > 0 and pos < spans[k - 1][1]


#: A person's trade as a "false title" before the name, capitalised ("Organiser Ani
#: Petrosyan said" (Stuff), "Pensioner Armen Sargsyan, 71, said" (AP), "Shopkeeper Anna
#: Hakobyan told the BBC" (BBC), "Activist Lusine Hakobyan" (Reuters)): the one-word
#: unnamed person nouns of data/speech.yml and the organisers of a rally.
_FALSE_TITLES: frozenset[str] = frozenset(
    [n for n in SPEECH["unnamed_person_nouns"] if " " not in n]
    + ["organiser", "organizer", "coordinator", "campaigner", "spokesperson"]
)


#: A place's name with a lower-case particle between hyphens, which no person's name has:
#: it ends a title before a name ("the senator of the Bouches-du-Rhône Valérie Boyer"
#: (La Marseillaise), "Rostov-on-Don Mayor Alexei Logvinenko" (TASS), "the mayor of
#: Aix-en-Provence Sophie Joissains" (Le Monde)).
_PARTICLE_PLACE_RE = re.compile(r"\w-(?:du|de|des|la|le|les|en|on|upon|sur|am|an|im|na|pod)-\w")


@lru_cache(maxsize=4096)
def _printed_name(words: str) -> str | None:
    """The name in a run of capitalised words ("Armenian Parliament Speaker Alen Simonyan"
    → "Alen Simonyan"): the words after the last title, organisation word, demonym or
    possessive; None if
    fewer than two words remain or one of them is an organisation's or a title word."""
    tokens = words.split()
    for i in range(len(tokens) - 2, -1, -1):  # the last word is the surname ("Hamparian")
        t = tokens[i]
        if (
            t in _TITLE_WORDS
            or t in _ORG_HEADS  # "Speaker of the National Assembly Ruben Rubinyan"
            or name_prefix_word(t)
            or t.endswith(("'s", "’s"))
            or (t in _COUNTRIES and i + 2 < len(tokens))  # "President of Uzbekistan X Y"
            # (or a region's place word: "ADB Director General for Central and West Asia
            # Yevgeniy Zhukov" (BusinessWorld), "EU Special Representative for the South
            # Caucasus Magdalena Grono" (EEAS))
            or (t in _PLACE_WORD_SET and i + 2 < len(tokens))
            or t in _POSSESSIVE_DETERMINERS  # "Her Armenian counterpart" (ELTA): no name
            or t.lower() in _FALSE_TITLES  # "Organiser Ani Petrosyan" (Stuff)
            or _PARTICLE_PLACE_RE.search(t)  # "the senator of the Bouches-du-Rhône X Y"
        ):
            tokens = tokens[i + 1 :]
            break
    if len(tokens) < 2 or any(
        t in _TITLE_WORDS or t in _ORG_HEADS or t in _NO_NAME_WORDS for t in tokens
    ):
        return None
    if tokens[0] == "Official" and tokens[-1] in CAPITALS:
        return None  # "Official Baku has commented" (APA, Bizim Yol, Trend): the state
    if len(tokens) == 2 and tokens[0].lower() in SPEECH["name_particles"]:
        return None  # "De Waal :" is the surname of "Thomas de Waal", no given name
    return " ".join(tokens)


def _after_person_of(
    tokens: list[str], spans: list[tuple[int, int]]
) -> tuple[list[str], list[tuple[int, int]]]:
    """The tokens after "of" when a person's name comes before it ("Thomas de Waal of
    Carnegie Europe", "Olesya Vartanyan of the International Crisis Group": Reuters,
    AFP, Eurasianet name experts so): the person is no part of the organisation."""
    if "of" not in tokens:
        return tokens, spans
    i = tokens.index("of")
    before = tokens[:i]
    if 2 <= len(before) <= 4 and not any(
        t in _ORG_HEADS or t in _TITLE_WORDS or t in TITLES or t in ("The", "the") for t in before
    ):
        return tokens[i + 1 :], spans[i + 1 :]
    if 3 <= len(before) <= 7 and _printed_name(" ".join(before)):
        # the name after a title: "Opposition MP Artsvik Minasyan of the Armenia Alliance"
        # (Hetq), "Researcher Julie Wilhelmsen of the Norwegian Institute …" (Klassekampen)
        return tokens[i + 1 :], spans[i + 1 :]
    return tokens, spans


@lru_cache(maxsize=4096)
def _printed_organisation(words: str) -> tuple[str, int, int] | None:
    """The organisation in a run of capitalised words joined by of/for/and/on/the/to/in
    ("Armenian National Committee of America", "EU Delegation to Georgia") and its span
    in the run, or None unless the last organisation head word ends it or is followed by
    of/for/on/to/in; a leading "The" is dropped, and the run ends at a "to"/"in" that
    follows no head word ("… of America in Washington")."""
    spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(words)]
    tokens = [words[a:b] for a, b in spans]
    # a "to"/"in" after no head word separates two names: keep the last one with a head
    cuts = [
        i for i, t in enumerate(tokens) if t in ("to", "in") and tokens[i - 1] not in _ORG_HEADS
    ]
    bounds = zip([0] + [c + 1 for c in cuts], [*cuts, len(tokens)], strict=True)
    for lo, hi in reversed(list(bounds)):
        if any(t in _ORG_HEADS for t in tokens[lo:hi]):
            tokens, spans = tokens[lo:hi], spans[lo:hi]
            break
    tokens, spans = _after_person_of(tokens, spans)  # "Olesya Vartanyan of the …"
    heads = [i for i, t in enumerate(tokens) if t in _ORG_HEADS]
    if not heads or tokens[heads[-1] + 1 : heads[-1] + 2] not in (
        [],
        ["of"],
        ["for"],
        ["on"],
        ["to"],
        ["in"],
    ):
        return None  # "Armenian Parliament Speaker Alen Simonyan" is a person
    first = 1 if tokens[0] in ("The", "the") else 0
    first = _after_leader(tokens, first, heads[-1])
    if len(tokens) - first < 2 or tokens[-1] in _ORG_JOINERS:
        return None
    title = first + (tokens[first] in DEMONYMS and len(tokens) - first > 2)
    if tokens[title] in TITLES and tokens[title] not in _ORG_HEADS and tokens[title + 1] == "of":
        # "Secretary of Armenia’s Security Council", "The French Minister of the Armed
        # Forces" (Le Monde, Valeurs actuelles, Le Figaro) are a person's title
        return None
    return demonym_form(" ".join(tokens[first:])), spans[first][0], spans[len(tokens) - 1][1]


def _after_leader(tokens: list[str], first: int, head: int) -> int:
    """Where an organisation's name starts after a person's possessive before it: its
    leader is no part of its name ("former President Robert Kotsarjan's Armenia Alliance"
    (Der Standard), "Ruben Vardanyan's party" (Reuters)); a state's or an institution's
    possessive stays ("Armenia's Security Council", "Charles University's Institute")."""
    owner = next((i for i, t in enumerate(tokens[:head]) if t.endswith(("'s", "’s"))), None)
    if owner is None or owner <= first:
        return first
    name = tokens[owner][:-2]
    return first if name in DEMONYM_OF or name in _ORG_HEADS else owner + 1


#: A state's other names ("Republic of Uzbekistan") -> its name (``data/states.yml``).
_STATE_NAMED = STATE_NAMED
_MINISTRY_FIELDS: dict[str, str] = {str(k): str(v) for k, v in SPEECH["ministry_fields"].items()}
#: A ministry as printed: "[Owner] Ministry of|for <Field> [of [the] <State>]".
_MINISTRY_RE = re.compile(
    r"(?:(?P<owner>[A-Z][\w-]*(?:[’']s)?) )?Ministry (?:of|for) (?P<field>[A-Z][\w-]*"
    r"(?: (?:and )?[A-Z][\w-]*)*?)"
    r"(?: of (?:the )?(?P<state>[A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*)*))?"
)


def _demonym_of(words: str | None) -> str | None:
    """The demonym of a state named as printed ("Uzbekistan's", "Republic of
    Uzbekistan", "Uzbek"), or None."""
    if not words:
        return None
    if words in DEMONYMS:
        return words
    state = words.removesuffix("'s").removesuffix("’s")
    return DEMONYM_OF.get(_STATE_NAMED.get(state, state))


def _bare_ministry_field(org: str) -> str | None:
    """The field of a ministry printed without its state ("Ministry of Foreign Affairs",
    "Foreign Ministry", "Defence Ministry" → "Foreign", "Defence"), or None."""
    name = org.removeprefix("the ").removeprefix("The ")
    m = _MINISTRY_RE.fullmatch(name)
    if m is not None:
        return None if m["owner"] or m["state"] else _MINISTRY_FIELDS.get(m["field"], m["field"])
    field, _, head = name.rpartition(" ")
    known = " " not in field or field in _MINISTRY_FIELDS or field in _ONE_STATE_MINISTRIES
    return _MINISTRY_FIELDS.get(field, field) if head == "Ministry" and known else None


def _state_ministry(state: str | None, words: str) -> str | None:
    """A state's ministry outside the gazetteer that "its"/"the country's" + ``words``
    names, as printed names are keyed ("The UAE … Its Ministry of Foreign Affairs declared"
    (Saudi Gazette), "its foreign ministry said" (Reuters) → "Emirati Foreign Ministry");
    None if ``words`` name no ministry or the state has no demonym."""
    name = _ministry_name(state, words)
    return UNKNOWN + name if name else None


def _ministry_name(state: str | None, words: str) -> str | None:
    """The ministry of ``state`` that ``words`` name ("foreign ministry", "Ministry of
    Foreign Affairs"), as the gazetteer names ministries ("Emirati Foreign Ministry"); None
    if ``words`` name no ministry or the state has no demonym."""
    field = _bare_ministry_field(words if words[:1].isupper() else words.title())
    demonym = DEMONYM_OF.get(state or "")
    return f"{demonym} {field} Ministry" if field and demonym else None


def _field_ministry(m: re.Match[str]) -> str:
    """A printed ministry's field as the short form names it: "Foreign Ministry"."""
    return f"{_MINISTRY_FIELDS.get(m['field'], m['field'])} Ministry"


def _ministry_form(org: str) -> str | None:
    """A ministry of a state as the gazetteer names ministries, "<Demonym> <Field>
    Ministry" (``ministry_fields`` in ``speech.yml``), or None if ``org`` names none."""
    m = _MINISTRY_RE.fullmatch(org)
    if m is None or (m["owner"] and m["state"]):
        return None
    demonym = _demonym_of(m["owner"] or m["state"])
    if demonym is None:
        return None
    return f"{demonym} {_field_ministry(m)}"


def demonym_form(org: str) -> str:
    """An organisation named after its country's possessive in the demonym's form, as the
    gazetteer names them ("Ukraine's Foreign Ministry" → "Ukrainian Foreign Ministry"); a
    ministry in any of its printed forms so ("Ministry of Foreign Affairs of the Republic
    of Uzbekistan" → "Uzbek Foreign Ministry")."""
    ministry = _ministry_form(org) if "Ministry" in org else None
    if ministry is not None:
        return ministry
    owner, _, rest = org.partition(" ")
    country = owner.removesuffix("'s").removesuffix("’s")
    if country != owner and rest and country in DEMONYM_OF:
        return f"{DEMONYM_OF[country]} {rest}"
    return org


#: The head words of a state's institutions ("Foreign Ministry", "Presidential Administration");
#: and "Foreign Office", the foreign ministry's name in Pakistan, Britain and Germany
#: ("ISLAMABAD: … the Foreign Office said" (Dawn, Samaa TV, Minute Mirror), "the Federal
#: Foreign Office" (Deutsche Welle)).
_STATE_BODIES = frozenset(
    ["Ministry", "Government", "Cabinet", "Presidency", "Administration", "Department"]
)
#: An institution's voice in apposition: "The Foreign Ministry in Moscow, through its
#: spokeswoman Maria Sacharowa, said" (Grenzecho), "the Kremlin, via its spokesman
#: Dmitry Peskov, said" (AFP), "Baku, through Foreign Ministry spokesman Aykhan Hajizada,
#: stated" (Anadolu): the person speaks.
_THROUGH_ITS_RE = re.compile(r",\s+(?:through|via)\s+(?:its|his|her|their)?\s*\w")
#: The institutions that are their state after "In <capital>,": "In Baku, the government
#: said" (AFP, Reuters) is Azerbaijan's, as "the Azerbaijani government" is.
_STATE_NOUNS = frozenset(["government", "authorities", "leadership"])
#: "In Yerevan, the Foreign Ministry said": the capital that places an institution.
_IN_CAPITAL_RE = re.compile(r"\b[Ii]n\s+([A-Z][\w-]+),\s+(?:the\s+)?$")


#: Ministries only one state names so: ``one_state_ministries`` of data/speech.yml.
_ONE_STATE_MINISTRIES: dict[str, str] = {
    str(k): str(v) for k, v in SPEECH["one_state_ministries"].items()
}


def _located(text: str, start: int, org: str) -> str:
    """An organisation named without its country, placed by the capital that opens its
    clause ("In Yerevan, the Foreign Ministry" → "Armenian Foreign Ministry"; Vzglyad,
    Reuters, AFP) or follows it ("the Foreign Ministry in Moscow" → "Russian Foreign
    Ministry"); else as printed."""
    words = org.split()
    if (
        words[0] in DEMONYMS
        or not (_STATE_BODIES & set(words) or org.endswith("Foreign Office"))
        or _STATE_NAME_RE.search(org)
    ):
        return org  # (and "the Presidential Administration of Azerbaijan" names its state)
    if words[0].endswith(("'s", "’s")):
        # "Indonesia's Foreign Ministry" (Tempo, Reuters), "Argentina's Foreign Ministry"
        # (Clarín): named as "the Indonesian Foreign Ministry" is
        state = words[0][:-2]
        return f"{DEMONYM_OF[state]} {org.split(None, 1)[1]}" if state in DEMONYM_OF else org
    body, _, city = org.rpartition(" in ")
    if body and CAPITALS.get(city) in DEMONYM_OF:
        # "the Foreign Ministry in Moscow said" (Grenzecho, Der Standard, El País)
        return f"{DEMONYM_OF[CAPITALS[city]]} {body}"
    field = _bare_ministry_field(org)
    if field in _ONE_STATE_MINISTRIES:
        # a ministry only one state names so ("The Ministry of External Affairs said"
        # under a Yerevan dateline (NDTV, The Hindu, ThePrint) is India's, not Armenia's)
        return demonym_form(f"{DEMONYM_OF[_ONE_STATE_MINISTRIES[field]]} {org}")
    place = _IN_CAPITAL_RE.search(text, max(0, start - 40), start)
    # (or the capital of the article's dateline: "Bern. … the Federal Department of
    # Foreign Affairs announced" (Solothurner Zeitung), "MOSCOW (Reuters) - The Foreign
    # Ministry said" (Reuters, AP))
    # ("… to UN agencies in Armenia, the Federal Department of Foreign Affairs announced"
    # (Solothurner Zeitung): a place that is no capital leaves it to the dateline)
    city = place.group(1) if place and place.group(1) in CAPITALS else _dateline_capital(text)
    state = CAPITALS.get(city) if city else None
    return demonym_form(f"{DEMONYM_OF[state]} {org}") if state in DEMONYM_OF else org


#: A state's name inside an organisation's.
_STATE_NAME_RE = re.compile(
    rf"\b(?:{word_alternation(sorted(DEMONYM_OF, key=len, reverse=True))})\b"
)
#: A dateline's place opening an article: "Bern. ", "MOSCOW (Reuters) - ", "YEREVAN,
#: November 23. /TASS/.", "Kuala Lumpur — ".
_DATELINE_PLACE_RE = re.compile(
    r"\s*([A-Z][A-Za-z’'-]+(?:[ -][A-Z][A-Za-z’'-]+)?)(?:,[^\n.]{0,40})?"
    r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-–—:]\s|\.\s|\.?\s*/)"
)


def _dateline_capital(text: str) -> str | None:
    """The capital an article's dateline names, as the gazetteer spells it, or None."""
    m = _DATELINE_PLACE_RE.match(text)
    if m is None:
        return None
    place = m.group(1)
    return place if place in CAPITALS else place.title() if place.title() in CAPITALS else None


#: A capital standing for its state ("Baku said"), unless after a preposition ("in Baku").
#: (Speed: written to start with the first letter, then the rest of the names after it.)
_CAPITAL_RE = re.compile(
    "["
    + "".join(sorted({c[0] for c in CAPITALS}))
    + r"](?<![\w’'.-].)(?:"
    + "|".join(
        f"(?<={re.escape(first)})"
        + word_alternation(sorted(c[1:] for c in CAPITALS if c[0] == first))
        for first in sorted({c[0] for c in CAPITALS})
    )
    + r")(?![\w’'-])"
)
#: "the Armenian side", "the Kyrgyz authorities", "the Kazakh government", "the
#: Belarusian leadership": the state of the demonym, in diplomatic reporting, for every
#: state of the gazetteer and data/states.yml alike. (Speed: the nouns are found first,
#: the words before them read backwards from there.)
_SIDE_WORD_RE = re.compile(  # (?<![\w-])(?:side|government|authorities|leadership)\b
    r"(?:s(?<![\w-].)ide|g(?<![\w-].)overnment|a(?<![\w-].)uthorities|l(?<![\w-].)eadership)\b"
)
_SIDE_BEFORE_RE = re.compile(rf"\b[Tt]he\s+({_DEMONYM_PAT})\s+$")


def _sides(text: str) -> list[_Row]:
    """ "the Armenian side stated" (APA, Trend, Armenpress, TASS), "the Kyrgyz
    authorities said" (24.kg, Kaktus Media): the state speaks."""
    rows: list[_Row] = []
    for a, b in linescan.spans(_SIDE_WORD_RE, text):
        m = _SIDE_BEFORE_RE.search(text, max(0, a - 40), a)
        if (
            m is not None
            and m.group(1) in DEMONYMS
            # (not owned: "The head of the Armenian government noted", "a source in the
            # Kazakh government said")
            and (
                text[a:b] == "side"
                or not _PLACE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())
            )
        ):
            rows.append((m.start(), b, DEMONYMS[m.group(1)], "capital"))
    return rows


_PLACE_BEFORE_RE = re.compile(r"\b(?:[Ii]n|at|to|of|for|by|from|with|near|on)\s+$")


#: Letters that do not decompose into an ASCII letter and a diacritic.
_ASCII_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ı": "i",
        "œ": "oe",
    }
)


@lru_cache(maxsize=4096)
def ascii_name(name: str) -> str:
    """A printed name in ASCII letters, like the gazetteer's canonical names.

    >>> ascii_name("Paweł Herczyński"), ascii_name("Sébastien Lecornu")
    ('Pawel Herczynski', 'Sebastien Lecornu')
    """
    if name.isascii():
        return name
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII_LETTERS))
    return "".join(c for c in folded if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _whole_word_re(word: str) -> re.Pattern[str]:
    """The regex ``\\b<word>\\b``, written to start with the word (fast to search for;
    remembered: a bare surname's spellings are searched for in every article naming it)."""
    word_re = re.escape(word)
    if re.match(r"\w", word):
        return re.compile(rf"{word_re}(?<!\w{word_re})\b")
    return re.compile(rf"\b{word_re}\b")


def _columns(table: pd.DataFrame, *names: str) -> list[list[Any]]:
    """The ``names`` columns of ``table`` as plain lists (fast to zip and loop over)."""
    return [table[name].tolist() for name in names]


def extract_statements(
    articles: pd.DataFrame,
    paragraphs: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    actors: pd.DataFrame,
) -> pd.DataFrame:
    """The ``statements`` table (sentiment columns left empty)."""
    return attribute(articles, paragraphs, sentences, mentions, actors)[0]


def attribute(
    articles: pd.DataFrame,
    paragraphs: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    actors: pd.DataFrame,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The ``statements`` table (sentiment columns left empty) and the ``entities`` table:
    per article, the entity model first (:class:`cscaucasus.entities.EntityModel`), then
    the statements, their speakers looked up in it."""
    if articles.empty or paragraphs.empty:
        return empty_table("statements"), empty_table("entities")
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    gender_col = actors["gender"] if "gender" in actors else pd.Series([None] * len(actors))
    gender = {
        a: (g if isinstance(g, str) else None)
        for a, g in zip(actors["actor_id"], gender_col, strict=True)
    }
    types = dict(zip(actors["actor_id"], actors["type"].astype(str), strict=True))
    offices = _offices_of_roles(actors)
    persons = person_index(actors)
    context = _context(actors, types)
    paras_by = _paragraphs_by_article(paragraphs)
    sents_by = _sentences_by_article(sentences)
    mentions_by = _mentions_by_article(mentions)
    rows: list[tuple[Any, ...]] = []
    entity_rows: list[tuple[Any, ...]] = []
    for aid, printed, published, title in _article_meta(articles):
        if aid not in paras_by:
            continue
        text = as_paired(printed)  # (the same length: offsets hold in both)
        found_mentions = mentions_by.get(aid, [])
        pseudo, covered = _unresolved_subjects(text, published, actors, found_mentions)
        covered = _outside_headings(covered, paras_by[aid])  # (Title Case is no name)
        if covered:  # mentions inside a longer institution's name are no subjects
            found_mentions = [m for m in found_mentions if not _within(m, covered)]
        model = EntityModel(
            aid,
            text,
            [(m.start, m.end, m.actor_id, m.method) for m in found_mentions],
            [
                (m.start, m.end, _as_printed(text, m))
                for m in pseudo
                if m.method == "name" and m.actor
            ],
            names,
            gender,
            types,
            persons,
        )
        pseudo = [_through_model(m, model, names) for m in pseudo]
        pseudo = _short_organisations(pseudo, found_mentions, names, types)
        year = (
            published.year if isinstance(published, pd.Timestamp) and pd.notna(published) else None
        )
        pseudo += _offices(text, found_mentions + pseudo, offices, year)
        art = _Article(
            aid,
            text,
            paras_by[aid],
            sents_by.get(aid, {}),
            found_mentions + pseudo,
            gender,
            names,
            model,
            context._replace(published=published),
        )
        _article_statements(art)
        rows += _statement_rows(art, names, printed)
        rows += _headline_rows(art, title, published, actors, names)
        entity_rows += model.rows()
    statements = (
        typed(pd.DataFrame(rows, columns=_ROW_COLUMNS), "statements")
        if rows
        else empty_table("statements")
    )
    return statements, entities_table(entity_rows)


def _context(actors: pd.DataFrame, types: dict[str, str]) -> _Context:
    """The gazetteer's part of every article's :class:`_Context` (the date comes later)."""
    return _Context(
        None,
        matcher_for(actors) if not actors.empty else None,
        {
            str(a): str(r)
            for a, r in zip(actors["actor_id"], actors["role"], strict=True)
            if isinstance(r, str)
        },
        types,
        {
            str(a): str(f)
            for a, f in zip(actors["actor_id"], actors["affiliation"], strict=True)
            if isinstance(f, str) and f
        }
        if "affiliation" in actors
        else {},
    )


def _offices(
    text: str, mentions: list[Mention], offices: dict[str, list[_Office]], year: int | None
) -> list[Mention]:
    """An office after its owner speaks for the owner: "his office said", "Aliyev's
    press service said" (a subject spanning owner and office); the gazetteer's office or
    ministry of the owner's role in the publication year, where it has one ("Pashinyan's
    office" → Office of the Prime Minister of Armenia; "Shoigu's ministry" in 2023 →
    Russian Defence Ministry: Reuters, AP, The Guardian)."""
    out: list[Mention] = []
    for m in mentions:
        end = office_end(text, m.end) if m.actor is not None else None
        if end is None:
            continue
        if m.method == "pronoun" and text[m.start : m.end].lower() == "he":
            continue
        noun = text[m.end : end].lower()
        office = next(
            (
                (oid, name)
                for y0, y1, kind, oid, name in offices.get(str(m.actor_id), [])
                if kind in noun and (year is None or y0 <= year <= y1)
            ),
            None,
        )
        if office is not None:
            out.append(Mention(m.start, end, office[0], office[1], "name"))
        elif "ministry" in noun:  # a person's ministry the gazetteer lacks: no one
            out.append(Mention(m.start, end, None, None, "role"))
        else:
            out.append(Mention(m.start, end, m.actor_id, m.actor, m.method))
    return out


#: (first year, last year, "office" or "ministry", organisation id, its name)
_Office = tuple[int, int, str, str, str]
#: A role of a person's gazetteer entry, with its years if given ("Russian Defence
#: Minister (2012-2024)").
_ROLE_PART_RE = re.compile(r"\s*([^,(]+?)\s*(?:\((\d{4})-(\d{4})?\))?\s*(?:,|$)")
#: A minister's field in a role ("Defence Minister of Russia", "Russian Foreign Minister").
_MINISTER_FIELD_RE = re.compile(r"\b([A-Z][a-z]+) Minister\b")


def _offices_of_roles(actors: pd.DataFrame) -> dict[str, list[_Office]]:
    """Person id → the gazetteer organisations speaking for the person's roles: the
    office named "Office of the <role>", and the ministry of the person's state whose
    role is "<field> ministry" for a role "<Field> Minister" (each with the role's years)."""
    orgs = [
        (str(a), str(n), str(r).lower() if isinstance(r, str) else "", str(f))
        for a, n, t, r, f in zip(
            actors["actor_id"],
            actors["name"],
            actors["type"],
            actors["role"],
            actors["affiliation"] if "affiliation" in actors else [""] * len(actors),
            strict=True,
        )
        if t == "organization"
    ]
    by_role = {
        n[len("Office of the ") :].lower(): (a, n)
        for a, n, _, _ in orgs
        if n.startswith("Office of the ")
    }
    ministries = {(f, r): (a, n) for a, n, r, f in orgs if r.endswith(" ministry")}
    out: dict[str, list[_Office]] = {}
    for a, r, t, f in zip(
        actors["actor_id"],
        actors["role"],
        actors["type"],
        actors["affiliation"] if "affiliation" in actors else [""] * len(actors),
        strict=True,
    ):
        if t != "person" or not isinstance(r, str):
            continue
        for part in _ROLE_PART_RE.finditer(r):
            role, y0, y1 = part.group(1), int(part.group(2) or 0), int(part.group(3) or 9999)
            if role.lower() in by_role:
                out.setdefault(str(a), []).append((y0, y1, "office", *by_role[role.lower()]))
            field = _MINISTER_FIELD_RE.search(role)
            if field and (str(f), f"{field.group(1).lower()} ministry") in ministries:
                found = ministries[(str(f), f"{field.group(1).lower()} ministry")]
                out.setdefault(str(a), []).append((y0, y1, "ministry", *found))
    return out


def _within(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether a mention lies inside one of ``spans`` (sorted, not overlapping)."""
    k = bisect_right(spans, (m.start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= m.start and m.end <= spans[k][1]


def _outside_headings(spans: list[tuple[int, int]], paras: list[Para]) -> list[tuple[int, int]]:
    """The spans that lie in no heading: a headline in Title Case ("Kremlin Says Armenia's
    EU Bid Incompatible With Eurasian Union") is no institution's name."""
    heads = [(int(p.start), int(p.end)) for p in paras if p.kind == "heading"]
    return [(a, b) for a, b in spans if not any(h0 <= a < h1 for h0, h1 in heads)]


def _as_printed(text: str, m: Mention) -> str:
    """A printed name as this mention spells it: a bare surname in another spelling
    than the full name it stands for is that name so spelled ("Khachatryan" after
    "Tigran Khachatrian" → "Tigran Khachatryan")."""
    surface, name = text[m.start : m.end], str(m.actor)
    if " " in surface or name.endswith(surface) or surname(name) != name.split()[-1]:
        return name  # (a family name printed first, "Guo" of "Guo Jiakun", is the name)
    return name.rsplit(" ", 1)[0] + " " + surface


def _through_model(m: Mention, model: EntityModel, names: dict[str, str]) -> Mention:
    """A printed name's pseudo-mention as the entity model resolves it: the gazetteer
    actor it spells ("Nikol Pashiyan"), or the article's first printing of the name."""
    if m.method != "name" or m.actor_id is not None or not m.actor:
        return m
    key = model.key_of_printed(_as_printed(model.text, m))
    if key is None:
        return m
    if not key.startswith(UNKNOWN):
        return Mention(m.start, m.end, key, names.get(key), "name")
    return m if key[len(UNKNOWN) :] == m.actor else m._replace(actor=key[len(UNKNOWN) :])


def _short_organisations(
    pseudo: list[Mention], found: list[Mention], names: dict[str, str], types: dict[str, str]
) -> list[Mention]:
    """An organisation printed without its state ("the Foreign Ministry", "the Air
    Force", "the Ministry of Foreign Affairs") after the article introduced one such
    organisation in full ("The Ministry of Foreign Affairs of the Islamic Republic of
    Iran summoned …. the Foreign Ministry said" (IRNA, Fars, Tehran Times); "Ukraine's Air
    Force … the Air Force said" (Kyiv Independent, Ukrinform, Reuters)): that one; as
    printed when none or several were."""
    if not any(m.method == "organisation" for m in pseudo):
        return pseudo
    full = sorted(
        [
            (m.start, m.actor_id, names.get(str(m.actor_id), ""))
            for m in found
            if types.get(str(m.actor_id)) == "organization"
        ]
        + [(m.start, None, m.actor or "") for m in pseudo if m.method == "organisation"],
        key=itemgetter(0),
    )
    out: list[Mention] = []
    for m in pseudo:
        short = _short_form(m.actor) if m.method == "organisation" and m.actor_id is None else None
        hits = {(a, n) for s, a, n in full if s < m.start and short and n.endswith(" " + short)}
        if len(hits) == 1:
            actor_id, name = hits.pop()
            m = m._replace(actor_id=actor_id, actor=name)
        out.append(m)
    return out


def _short_form(org: str | None) -> str | None:
    """An organisation's name without its state, as the full names end ("Ministry of
    Foreign Affairs" → "Foreign Ministry", "Air Force"), or None if it names a state."""
    if not org or org.split()[0] in DEMONYMS or " of " in org.replace("Ministry of ", "", 1):
        return None
    m = _MINISTRY_RE.fullmatch(org)
    if m is None:
        return org
    return None if m["owner"] else _field_ministry(m)


def _paragraphs_by_article(paragraphs: pd.DataFrame) -> dict[Any, list[Para]]:
    paras_by: dict[Any, list[Para]] = {}
    ordered = paragraphs.sort_values(["article_id", "start"]).dropna(subset=["article_id"])
    kinds = (
        ordered["kind"].fillna("body").tolist() if "kind" in ordered else ["body"] * len(ordered)
    )
    for aid, pid, start, end, kind in zip(
        *_columns(ordered, "article_id", "paragraph_id", "start", "end"), kinds, strict=True
    ):
        paras_by.setdefault(aid, []).append(Para(int(pid), int(start), int(end), kind))
    return paras_by


def _sentences_by_article(sentences: pd.DataFrame) -> dict[str, dict[int, list[tuple[int, int]]]]:
    sents_by: dict[str, dict[int, list[tuple[int, int]]]] = {}
    ordered = sentences.sort_values(["article_id", "start"])
    for aid, pid, start, end in zip(
        *_columns(ordered, "article_id", "paragraph_id", "start", "end"), strict=True
    ):
        sents_by.setdefault(str(aid), {}).setdefault(int(pid), []).append((int(start), int(end)))
    return sents_by


def _mentions_by_article(mentions: pd.DataFrame) -> dict[str, list[Mention]]:
    mentions_by: dict[str, list[Mention]] = {}
    aids, starts, ends, actor_ids, actor_names, methods = _columns(
        mentions, "article_id", "start", "end", "actor_id", "actor", "method"
    )
    found = zip(
        map(int, starts),
        map(int, ends),
        map(str, actor_ids),
        map(str, actor_names),
        map(str, methods),
        strict=True,
    )
    runs = groupby(zip(aids, map(_new_mention, found), strict=True), key=itemgetter(0))
    for aid, run in runs:  # (an article's mentions come in one run or a few)
        mentions_by.setdefault(str(aid), []).extend([mention for _, mention in run])
    return mentions_by


#: Quotes in reversed guillemets, »…« (Falter, Der Standard and Die Presse in Austria,
#: Politiken in Denmark, Lidové noviny in Czechia; German books and magazines), and in
#: guillemets «…» (French, Russian, Armenian typography): each pair on one line.
_OPEN_G, _CLOSE_G = next(iter(GUILLEMET_PAIRS.items()))
_REVERSED_PAIR_RE = re.compile(f"{_CLOSE_G}[^{_OPEN_G}{_CLOSE_G}\n]{{1,800}}{_OPEN_G}")
_GUILLEMET_PAIR_RE = re.compile(f"{_OPEN_G}[^{_OPEN_G}{_CLOSE_G}\n]{{1,800}}{_CLOSE_G}")
_SWAP_GUILLEMETS = str.maketrans(_CLOSE_G + _OPEN_G, _OPEN_G + _CLOSE_G)


def as_guillemets(text: str) -> str:
    """``text`` with its quote marks swapped, » for « and « for », if it prints its quotes
    in reversed guillemets (»…«) more often than in guillemets: the rules read «…» (the
    same length, so every offset holds in both).

    >>> as_guillemets("Sie sagte: »Wir bleiben.« Er: »Nein.«")
    'Sie sagte: «Wir bleiben.» Er: «Nein.»'
    >>> as_guillemets("« Nous restons », a-t-il dit.")
    '« Nous restons », a-t-il dit.'
    """
    if _CLOSE_G not in text or _OPEN_G not in text:
        return text
    reversed_ = len(_REVERSED_PAIR_RE.findall(text))
    if not reversed_ or reversed_ <= len(_GUILLEMET_PAIR_RE.findall(text)):
        return text
    return text.translate(_SWAP_GUILLEMETS)


#: A ” that opens a quote in a text printing ”…” (one mark for both ends): at the start or
#: after a space, bracket or dash, before a letter or digit.
_SAME_MARK_OPEN_RE = re.compile(r"(?:^|(?<=[\s(\[—–-]))”(?=\w)", re.MULTILINE)


def as_paired(text: str) -> str:
    """``text`` as the rules read its quote marks: guillemets the right way round
    (:func:`as_guillemets`), and the Finnish, Swedish and Danish ”…”, one mark for both
    ends (Kansan Uutiset, Länsi-Savo, Hufvudstadsbladet, Jydske Vestkysten), with its
    opening mark read as “ when the text prints no “ or „ of its own (the same length, so
    every offset holds).

    >>> as_paired("”Det är Jerevans val”, sade Putin.")
    '“Det är Jerevans val”, sade Putin.'
    """
    text = as_guillemets(text)
    if "”" not in text or "“" in text or LOW_QUOTE in text:
        return text
    return _SAME_MARK_OPEN_RE.sub("“", text)


def _article_meta(articles: pd.DataFrame) -> list[tuple[str, str, Any, str]]:
    published_col = (
        articles["published"]
        if "published" in articles
        else pd.Series([pd.NaT] * len(articles), index=articles.index)
    )
    titles = (
        articles["title"].fillna("").astype(str)
        if "title" in articles
        else pd.Series([""] * len(articles), index=articles.index)
    )
    return sorted(
        zip(
            articles["article_id"].astype(str),
            articles["text"].astype(str),
            published_col,
            titles,
            strict=True,
        )
    )


def _title_rows(
    aid: str,
    title: str,
    published: Any,
    actors: pd.DataFrame,
    first: int,
    model: EntityModel | None = None,
) -> list[tuple[Any, ...]]:
    """The statement an article's headline (``articles.title``) states with its source
    beside it ("Armenia is not leaving the bloc — Kremlin"): ``in_headline``, paragraph
    -1, ``start``/``end`` into the title. Numbered after the body's ``first`` ids. A
    source the gazetteer does not know is looked up in the body's entity ``model``
    ("Velayati: …" after "Ali Akbar Velayati, adviser to …"; "The Head of State: …"
    after "The Head of State Kassym-Jomart Tokayev")."""
    if not title or actors.empty:
        return []
    shown, title = title, _title_case_lowered(as_paired(title))  # (the same length)
    for c in map(partial(_before_venue, title), _title_candidates(title)):
        source = _title_source(title, c, published, actors)
        if source is None:
            source = (
                _title_source_in_body(title, c, model)
                or _title_capital(title, c, actors)
                or _title_anonymous(title, c)
            )
        if not source:  # (a topic, "Armenia: …", is no source)
            continue
        actor_id, speaker, how, printed = source
        if c.verb.lower() in _HEADLINE_ADDRESSEE_VERBS or c.verb.lower() in WARNING_VERBS:
            c = _after_addressee(title, c, published, matcher_for(actors))
            if c is None:
                continue
        c0, c1 = _trim(title, c.start, c.end)
        quoted = _quoted_content(title, c)
        if quoted:  # 'X: “The CSTO does not …”' is the source's own words
            c0, c1 = c0 + 1, c1 - (title[c1 - 1] in QUOTE_CLOSERS + "“")
            c0, c1 = _trim(title, c0, c1)  # (the French « … » is spaced inside)
        # ('“…”: X on Y' is X's own words too: the content between its marks)
        direct = quoted or _between_marks(title, c0, c1)
        cue = "headline" if c.verb == "headline" else c.verb
        return [
            (
                f"{aid}:{first:03d}",
                aid,
                -1,
                actor_id,
                speaker,
                "direct" if direct else "indirect",
                cue,
                how,
                shown[c0:c1],
                c0,
                c1,
                [],
                printed,
                True,
            )
        ]
    return []


#: A headline that opens with a quote and a colon, its source not in it ("‘This is ethnic
#: cleansing in real time’: Fresno Armenians rally as Karabakh empties" (McClatchy),
#: "‘They left us alone’: Armenia's long goodbye to Moscow" (New European), "«Yerevan has
#: already made its choice»: what stands behind …" (Odnako)).
_QUOTE_COLON_TITLE_RE = re.compile(
    rf"\s*[{QUOTE_OPENERS}{LOW_QUOTE}'](?P<q>[^{QUOTE_MARKS}{LOW_QUOTE}\n]{{8,160}}?)"
    rf"[{QUOTE_CLOSERS}“']\s*:\s+\S"
)


def _headline_rows(
    art: _Article, title: str, published: Any, actors: pd.DataFrame, names: dict[str, str]
) -> list[tuple[Any, ...]]:
    """The headline's statement (:func:`_title_rows`, else :func:`_title_quote_in_body`),
    unless the text keeps the headline (even reworded: it counts once)."""
    if art.text.lstrip().startswith(title.strip()) or any(
        f.in_headline and f.para == art.paras[0].paragraph_id for f in art.found
    ):
        return []
    return _title_rows(
        art.aid, title, published, actors, len(art.found), art.model
    ) or _title_quote_in_body(art, title, names)


def _title_quote_in_body(art: _Article, title: str, names: dict[str, str]) -> list[tuple[Any, ...]]:
    """A headline that opens with a quote and a colon and names no source is the words of
    the one the body quotes saying them (the body's "longer quote", the sealed sets'
    title-only row): a headline row with that statement's speaker; none unless exactly
    one statement of the body holds most of the headline's words."""
    m = _QUOTE_COLON_TITLE_RE.match(title or "")
    want = {w for w in plain_words(m.group("q")).split() if len(w) > 3} if m else set()
    if m is None or len(want) < 5:
        return []  # (a short quote's words are many statements': "Armenia will leave the CSTO")
    # (a headline condenses the quote: "What we are watching is ethnic cleansing, and the
    # world is watching it in real time" under "‘This is ethnic cleansing in real time’")
    shares = [
        len(want & set(plain_words(art.text[f.start : f.end]).split())) / len(want)
        if not f.in_headline
        else 0.0
        for f in art.found
    ]
    best = [k for k, share in enumerate(shares) if share >= 0.75 and share == max(shares)]
    if len(best) != 1:
        return []
    f = art.found[best[0]]
    actor_id, speaker, unknown = _speaker_columns(f.speaker_id or "", names)
    c0, c1 = m.start("q"), m.end("q")
    return [
        (f"{art.aid}:{len(art.found):03d}", art.aid, -1, actor_id, speaker, "direct",
         "headline", f.attribution, title[c0:c1], c0, c1, [], unknown, True)
    ]  # fmt: skip


def _between_marks(title: str, c0: int, c1: int) -> bool:
    """Whether a headline's content stands between a pair of quote marks ("«We are not
    going to be anyone's outpost»: Pashinyan on the CSTO" (Kommersant))."""
    return (
        c0 > 0
        and c1 < len(title)
        and title[c0 - 1] in QUOTE_OPENERS + LOW_QUOTE
        and title[c1] in QUOTE_CLOSERS + "“"
    )


#: Where a headline's kicker ends: a topic before a colon, a question, a clause before a
#: semicolon or a full stop ("Azerbaijan launches offensive in Karabakh; Armenia says it
#: will not intervene" (Veja), "Armenia freezes its part in the CSTO. Kremlin sources:
#: «…»" (Rai News)), or a phrase before a spaced dash ("Nagorno-Karabakh: Yerevan accuses
#: …" (La Dépêche du Midi), "Peace in sight? Putin: ”…”" (Pohjalainen), "CSTO summit
#: without Armenia – Putin says …" (Kansan Uutiset), "US soldiers train in Armenia – Moscow
#: „concerned“" (Rheinpfalz)).
_KICKER_END_RE = re.compile(r"(?:[:?!;]|(?<=\w\w)\.|\s[–—])\s+(?=\S)")


def _title_candidates(title: str) -> Iterator[Candidate]:
    """The headline candidates of a whole title, then of what follows each kicker in it
    (a headline after a topic, a question or a phrase and a dash), in that order."""
    yield from headline_candidates(title, 0)
    for kicker in _KICKER_END_RE.finditer(title):
        if len(title) - kicker.end() >= 8:
            yield from headline_candidates(title[kicker.end() :], kicker.end())
        if kicker.group(0)[0] in ";.":  # (and the clause before it: "TRIPP no threat to
            # INSTC, say experts; Iran remains key …" (Moneycontrol))
            yield from headline_candidates(title[: kicker.start()], 0)


_HEADLINE_ADDRESSEE_VERBS = frozenset(verbs("headline_addressee"))
#: An addressee of a headline's "tells" that no gazetteer name is ("parliament",
#: "reporters"): ``headline_addressees`` in data/speech.yml.
_HEADLINE_ADDRESSEE_RE = re.compile(
    r"(?:" + word_alternation(SPEECH["headline_addressees"], space=r"\s+") + r")\b"
)
#: After a headline's addressee: an appeal ("tells Armenia| to change …") or a warning
#: ("warns Armenia| against …", "| not to …") keeps it.
_APPEAL_AFTER_RE = re.compile(r"\s+(?:to|against|not\s+to)\s")
#: What opens a "tells"/"warns" headline's content after its addressee: a space and
#: "that", or a colon ('Moscow warns Yerevan: "You cannot be in two unions …"' (Jornal de
#: Negócios), "Lavrov tells Pashinyan: …").
_THAT_AFTER_RE = re.compile(r"\s*:\s*|\s+(?:that\s+)?")


def _shifted(c: Candidate, by: int) -> Candidate:
    """A candidate with its offsets moved by ``by``."""
    return Candidate(c.verb_start + by, c.verb_end + by, c.start + by, c.end + by, c.verb)


def _after_addressee(title: str, c: Candidate, published: Any, matcher: Any) -> Candidate | None:
    """A "tells" headline's content after its addressee, a gazetteer name, a capital or
    an addressee noun ("Putin tells Aliyev| Russian air defence was …"); the whole
    content for an appeal ("Aliyev tells Armenia to change its constitution") or a
    warning ("warns Armenia against …", "warns of …"); None if no addressee opens a
    "tells" content (where it starts is unknown) or a warning's addressee has no clause
    after it ("Moscow warns Baku after Yekaterinburg raids" (RT): no statement)."""
    warning = c.verb.lower() in WARNING_VERBS
    end = _addressee_end(title, c.start, published, matcher)
    if end is None:
        return c if warning else None
    if _APPEAL_AFTER_RE.match(title, end):
        return c
    that = _THAT_AFTER_RE.match(title, end)
    if that is None or (warning and not that.group(0).strip()):
        return None  # ("Moscow warns Baku after …": no clause after the addressee)
    start = that.end()
    if len(title[start : c.end].split()) < MIN_CONTENT_WORDS:
        return None
    return c._replace(start=start)


def _addressee_end(title: str, at: int, published: Any, matcher: Any) -> int | None:
    """The end of the addressee that opens a headline's content at ``at``: a gazetteer
    name (by the gazetteer's ``matcher``), a capital or an addressee noun; None if none
    does."""
    found = matcher.match(title, published) if matcher is not None else []
    end = next((b for a, b, *_ in found if a == at), None)
    if end is not None:
        return end
    noun = _HEADLINE_ADDRESSEE_RE.match(title, at) or _CAPITAL_RE.match(title, at)
    return noun.end() if noun is not None else None


#: A venue after a headline's source ("Azerbaijani minister| at UN| accuses …" (Trend,
#: Reuters), "Lavrov| in Minsk|: …" (TASS), "Pashinyan| at the summit| says" (AFP)): the
#: source is before it.
_SOURCE_PLACE_RE = re.compile(
    r"\s+(?:at|in)\s+(?:the\s+)?(?:[a-z]+|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})$"
    # (or an occasion after it: "…, says S Jaishankar in first visit to Armenia" (NDTV),
    # "…, says Lavrov after talks with Bayramov" (TASS's English service))
    r"|\s+(?:at|in|on|after|during)\s+[^\s,;:]+(?:\s+[^\s,;:]+){1,6}$"
)


#: The words a headline in Title Case capitalises that its rules read in lower case: the
#: speech verbs and the small words ("Connectivity Must Respect Sovereignty, Says S
#: Jaishankar In First Visit To Armenia" (NDTV), "Armenia Will Not Rejoin CSTO, Says
#: Pashinyan" (Hindustan Times, Newsweek, The Print)).
_TITLE_CASE_LOWER_RE = re.compile(
    r"(?<=\s)(?:"
    + word_alternation(sorted({v.title() for v in verbs("headline") if " " not in v}))
    + r"|In|At|To|For|On|Of|After|With|During|Amid|Over|From|As|And|The|A|An)(?=\s)"
)
#: A word of four letters or more, for the share capitalised.
_LONG_WORD_RE = re.compile(r"\b[^\W\d_]{4,}\b")


def _title_case_lowered(title: str) -> str:
    """A headline in Title Case (four fifths of its words of four letters or more
    capitalised, at least four of them) with its speech verbs and small words in lower
    case, the same length; any other headline as it is."""
    words = _LONG_WORD_RE.findall(title)
    if len(words) < 4 or 5 * sum(w[0].isupper() for w in words) < 4 * len(words):
        return title
    return _TITLE_CASE_LOWER_RE.sub(lambda m: m.group(0).lower(), title)


def _before_venue(text: str, c: Candidate) -> Candidate:
    """A headline candidate whose source ends before a venue after it (the source of
    "Azerbaijani minister at UN accuses …" is the minister, not the UN)."""
    place = _SOURCE_PLACE_RE.search(text, c.verb_start, c.verb_end)
    return c if place is None else c._replace(verb_end=place.start())


#: A content wholly in one pair of quote marks ('“The CSTO does not hold anyone by
#: force”', not '"Trump's route" will not pass').
_WHOLLY_QUOTED_RE = re.compile(  # („…“ closes with “: Tportal, Südkurier, Kronen Zeitung)
    rf"[{QUOTE_OPENERS}{LOW_QUOTE}][^{DOUBLE_QUOTES}{LOW_QUOTE}]+[{QUOTE_CLOSERS}“]?"
)


def _quoted_content(title: str, c: Candidate) -> bool:
    """Whether a headline candidate's content, trimmed, is wholly in quote marks ('X:
    “The CSTO does not …”'): the source's own words."""
    return _WHOLLY_QUOTED_RE.fullmatch(title, *_trim(title, c.start, c.end)) is not None


def _title_source(
    title: str, c: Candidate, published: Any, actors: pd.DataFrame
) -> tuple[str | None, str, str, str | None] | tuple[()] | None:
    """(actor id, speaker, attribution, printed) of a headline's source the gazetteer
    names; ``()`` if it names the headline's topic there, None if it names none."""
    matcher = matcher_for(actors)
    found = [m for m in matcher.match(title[: c.verb_end], published) if m[4] != "role" or m[2]]
    opening = bool(found) and bool(title[found[-1][1] : c.verb_end].strip())
    if opening:
        found = _opening_person(title, c, found, actors)
    if not found:  # (none, or a name inside the source that opens no quoted headline)
        return None
    if matcher.other_given_name(title, found[-1][0], found[-1][3]):
        return None  # "Alen Simonyan: …" is not the gazetteer's Margarita Simonyan
    before = title[c.verb_start : found[-1][0]]
    if len(before.split()) > MAX_TITLE_WORDS and not before.rstrip().endswith(","):
        return None  # (but "Armenian parliament adopts EU law, Kremlin: „…“" (Tportal))
    if _TOPIC_PREPOSITION_RE.search(before) and not before.rstrip().endswith(","):
        return None  # "Armenia's Drift from the CSTO: Scenarios for …" (PISM) is a topic
    actor_id, surface = found[-1][2], found[-1][3]
    actor = actors.loc[actors["actor_id"] == actor_id].iloc[0]
    if not opening and _topic_label(
        surface, str(actor["type"]), c, title[c.verb_start : c.verb_end]
    ):
        return ()  # (a state opening an act is no topic: "Iran opens consulate …: “…”")
    how = "role" if found[-1][4] == "role" else "name"
    return actor_id, str(actor["name"]), how, (surface if how == "name" else None)


#: A preposition of a topic phrase before a headline's name: the name is in the topic
#: ("Armenia's Drift from the CSTO: …" (PISM), "Life without the CSTO: …", "Armenia and
#: the EU after Washington: …"), no source; titles take "of" ("Minister of Foreign Affairs").
_TOPIC_PREPOSITION_RE = re.compile(
    r"\b(?:from|without|with|against|after|before|over|between|beyond|amid|versus|vs)\b"
)


#: The kinds of actor whose act opening a headline makes a wholly quoted content after the
#: colon theirs: people, and states as "Moscow says" is its state's ("Iran opens consulate
#: in Armenia's south: "…"" (Rudaw), "Russia recalls its ambassador: «…»" (RBC), "Armenia
#: freezes CSTO participation: „…“" (Die Presse)).
_OPENING_SOURCES = frozenset(["person", "state"])


#: A sentence's end or a spaced dash inside a headline's source: a headline of two parts
#: ("Armenia freezes its part in the CSTO. Kremlin sources: «…»" (Rai News), "Armenia
#: wants to join the EU – Kremlin: „…“" (Westdeutsche Zeitung)).
_CLAUSE_BREAK_RE = re.compile(r"[.;!?]\s|\s[–—-]\s")


def _opening_person(title: str, c: Candidate, found: list[Any], actors: pd.DataFrame) -> list[Any]:
    """The person who opens a headline's source, alone, when the words after the colon
    are wholly quoted: the quote is theirs ("Pashinyan opens election campaign: ”…”" (Uusi
    Suomi), "Araghchi's reaction to the Moscow talks: «…»" (Rouydad24), "Lavrov meets
    Mirzoyan: «…»"); [] otherwise (the source must end with the name)."""
    first = found[0]
    if (
        c.verb != "headline"
        or first[0] != c.verb_start
        or not _quoted_content(title, c)
        or _CLAUSE_BREAK_RE.search(title, c.verb_start, c.start)
    ):
        return []  # (nor across a break: "Armenia freezes … . Kremlin sources: «…»")
    kind = actors.loc[actors["actor_id"] == first[2], "type"]
    return [first] if len(kind) and kind.iloc[0] in _OPENING_SOURCES else []


#: A headline's words that claim rather than report: a modal or a copula within its first
#: seven words, the copula not before a participle ("Baku: Armenia must first change its
#: constitution" (Ostfriesen-Zeitung), "Riyadh: the Washington declaration is a step
#: towards lasting peace" (Okaz), "Baku: French guns for Armenia are a step towards a new
#: war" (Trend), "Baku: Armenia's games with the CSTO are Yerevan's own business"
#: (Haqqin.az)); not "Yerevan: protesters are detained", "Bishkek: leaders meet".
_CLAIM_RE = re.compile(
    r"(?:[\w’'-]+,?\s+){0,6}?(?:(?:must|should|will|would|cannot|can|could|may|might|"
    r"won[’']t|need\s+to)\s|(?:is|are)\s+(?!\w+(?:ed|en)\b))"
)


def _title_capital(
    title: str, c: Candidate, actors: pd.DataFrame
) -> tuple[str | None, str, str, str | None] | None:
    """A capital as a headline's source with a speech verb or after a dash is its state,
    as "Baku said" is in the body: "Tehran warns against changing borders" (Iran
    International), "Moscow says …" (Reuters), "… — Moscow" (TASS, RIA Novosti); None
    if the source is no capital or the gazetteer lacks its state, and before a colon,
    where a capital is as often the place of a report ("Yerevan: thousands rally …",
    "Bishkek: CSTO leaders meet again without Armenia" (Kaktus Media)) as a source, unless
    the words after the colon are wholly quoted ("Ankara: “The peace text is an opportunity
    …”" (Yeni Asır), "Moscow: «…»" (RIA Novosti), "Baku: "…"" (Report.az)) or a claim
    (:data:`_CLAIM_RE`): words of the state."""
    if (
        c.verb == "headline"
        and c.verb_end <= c.start
        and not _quoted_content(title, c)
        and not _CLAIM_RE.match(title, *_trim(title, c.start, c.end))
    ):
        return None  # ("Ankara: “The peace text is an opportunity …”" (Yeni Asır) is a source)
    printed = title[c.verb_start : c.verb_end].strip()
    state = CAPITALS.get(printed)
    ids = actors.loc[actors["name"] == state, "actor_id"] if state else ()
    return (str(ids.iloc[0]), str(state), "name", printed) if len(ids) else None


#: An anonymous source as a whole headline source, with up to two words before its noun
#: and its place after it ("Kremlin sources: «…»" (Rai News, RBC), "… — source" (Tejarat
#: News, TASS, Interfax), "Sources: …" (Temirov Live, Kommersant), "Diplomatic sources:
#: …" (Trend)).
def _title_anonymous_re(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?:[\w’'-]+\s+){0,2}?(?:"
        + _capital_either(nouns)
        + r")(?:\s+(?:in|close\s+to|familiar\s+with)\s+[^:]{2,40})?"
    )


_TITLE_ANONYMOUS_RE = _title_anonymous_re(
    tuple(sorted(SPEECH["anonymous_sources"], key=len, reverse=True))
)
#: ... and unnamed groups with a speech verb ("…, say experts" (Moneycontrol), "…,
#: experts believe" (Natsionalnaya Oborona), "Indian tour operators say ‘…’" (Pioneer));
#: not before a colon ('"Blackmail, pure and simple": experts on …' (Komsomolskaya Pravda)
#: is a topic's label).
_TITLE_GROUP_RE = _title_anonymous_re(_SOURCE_NOUNS)


def _title_anonymous(title: str, c: Candidate) -> tuple[None, None, None, None] | None:
    """An anonymous source as a headline's source: speaker None (as "sources in Baku
    say" in the body); None if the source is none."""
    printed = title[c.verb_start : c.verb_end].strip()
    if _TITLE_ANONYMOUS_RE.fullmatch(printed) or (
        c.verb != "headline" and _TITLE_GROUP_RE.fullmatch(printed)
    ):
        return None, None, None, None
    return None


#: A person's full name as a headline's source: two or three capitalised words.
_HEADLINE_NAME_RE = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}")


#: An initial and a surname ("G. Landsbergis", "N. Pashinyan").
_INITIAL_NAME_RE = re.compile(r"([A-Z])\.\s*([A-Z][\w’'-]+)")


def _title_source_in_body(
    title: str, c: Candidate, model: EntityModel | None
) -> tuple[str | None, str, str, str | None] | None:
    """A headline's source as the body introduces it: a surname or name the body prints
    in full, or a role noun one entity of the body was titled with; None if none or
    several fit."""
    if model is None:
        return None
    words = title[c.verb_start : c.verb_end].split(", ")[-1].strip()  # "Caucasus, Tajani"
    if not words or len(words.split()) > MAX_TITLE_WORDS:
        return None
    named = _named_in_body(words, model) if words[:1].isupper() else set()
    if not named and (opening := _opening_name(title, c)) is not None:
        named = {k for k in _named_in_body(opening, model) if model.is_person(k)}
    if len(named) == 1:
        key, how = named.pop(), "name"
    elif not named and _role_head(words) is not None:
        # (in any form of the office: "Uzbek FM: …" after "Minister of Foreign Affairs of
        # Uzbekistan Bakhtiyor Saidov" (UzDaily))
        # (or a synonym: "…, says PM" after "Prime Minister Nikol Pashinyan" (Ceylon Today))
        synonyms = _ROLE_SYNONYMS.get(words.lower(), ())
        titled = (model.titled(form) for form in (words, *role_forms(words), *synonyms))
        key, how = next((k for k in titled if k is not None), None), "role"
    elif not named and _HEADLINE_NAME_RE.fullmatch(words) and _printed_name(words) == words:
        return None, ascii_name(words), "name", words  # a full name the body does not print
    else:
        return None
    entity = model.entity(key) if key is not None else None
    if entity is None:
        return None
    if entity.actor_id is not None:
        return entity.actor_id, entity.canonical, how, (words if how == "name" else None)
    return None, ascii_name(entity.canonical), how, entity.name


#: The capitalised words that open a headline's source, and a possessive after them.
_OPENING_NAME_RE = re.compile(r"((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,2}?)(?:[’']s)?\s+[a-z]")


def _opening_name(title: str, c: Candidate) -> str | None:
    """The name that opens a headline's source when the words after its colon are wholly
    quoted ("Pašinjan opens election campaign: ”…”" (Uusi Suomi)): see
    :func:`_opening_person`; None otherwise."""
    if c.verb != "headline" or not _quoted_content(title, c):
        return None
    m = _OPENING_NAME_RE.match(title, c.verb_start, c.verb_end)
    return m.group(1) if m else None


def _named_in_body(words: str, model: EntityModel) -> set[str]:
    """The keys of the body's entities a headline's source ``words`` names: as the body
    prints the name, by its surname or initial ("G. Landsbergis: …" (Lietuvos rytas,
    TASS)), or, for a gazetteer person, in the title's own spelling."""
    initial = _INITIAL_NAME_RE.fullmatch(words)
    named = {
        e.key
        for e in model.entities
        if e.name
        and (
            e.name == words
            or e.name.endswith(" " + words)
            or (
                initial is not None
                and e.name.startswith(initial.group(1))
                and e.name.endswith(" " + initial.group(2))
            )
        )
    }
    return named or {
        e.key
        for e in model.entities
        if e.actor_id is not None and e.type == "person" and _spelled_as(words, e.canonical)
    }


def _spelled_as(words: str, canonical: str) -> bool:
    """Whether a headline's source ``words`` spells the gazetteer person ``canonical``'s
    surname or full name another way ("Paşinyan: …" (BirGün, Evrensel), "Paszynian w
    Brukseli: …" (Interia) after "Nikol Pashinyan" in the body)."""
    printed, known = words.split(), canonical.split()
    known = known[-1:] if len(printed) == 1 else known
    if len(printed) != len(known):
        return False
    a, b = [transliteration_key(w) for w in printed], [transliteration_key(w) for w in known]
    bare = transliteration_key(without_foreign_ending(printed[-1]))  # "Pašinianas" (LRT)
    return a[:-1] == b[:-1] and (
        b[-1] in (a[-1], bare)
        or (len(a[-1]) >= TYPO_MIN_LETTERS and slipped_surname(a[-1], {b[-1]: b[-1]}) is not None)
    )


def _statement_rows(art: _Article, names: dict[str, str], text: str) -> list[tuple[Any, ...]]:
    """The rows of an article's statements, in text order; their words as ``text`` (the
    article as printed) has them."""
    rows = []
    aid = art.aid
    art.found.sort(key=attrgetter("start", "end"))
    for n, f in enumerate(art.found):
        inside = art.mentions_in(f.start, f.end)
        key = f.speaker_id or ""
        actor_id, speaker, unknown = _speaker_columns(key, names)
        targets = sorted(
            {
                str(m.actor)
                for m in inside
                if m.actor_id is not None and names.get(f.speaker_id) != m.actor
            }
        )
        printed = art.model.printed_name(key) if art.model and key else None
        if art.model and key:
            art.model.spoke(key)
        rows.append(
            (
                f"{aid}:{n:03d}",
                aid,
                f.para,
                actor_id,
                speaker,
                f.kind,
                f.cue,
                f.attribution,
                text[f.start : f.end],
                f.start,
                f.end,
                targets,
                printed if printed else (unknown or None),
                f.in_headline,
            )
        )
    return rows


def _speaker_columns(key: str, names: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    """(actor_id, speaker, printed name outside the gazetteer) of a speaker key: a gazetteer
    id, "?" + a printed name, or "" for no one."""
    unknown = key[len(UNKNOWN) :] if key.startswith(UNKNOWN) else None
    if unknown:
        return None, ascii_name(unknown), unknown
    return (key or None), (names.get(key) if key else None), None


#: The columns :func:`extract_statements` fills (the sentiment columns come later).
_ROW_COLUMNS = [
    "statement_id",
    "article_id",
    "paragraph_id",
    "speaker_id",
    "speaker",
    "kind",
    "cue",
    "attribution",
    "text",
    "start",
    "end",
    "targets",
    "speaker_printed",
    "in_headline",
]
