"""Names as the world spells them: transliteration variants and typing slips.

The rewrites are data (``data/spelling.yml``): word endings such as -yan/-ian and
-yev/-ev, letter groups such as sh/sch, and whole words such as Defence/Defense.
:func:`spelling_variants` lists the forms a gazetteer name may be printed in;
:func:`spelling_key` maps every such form to one key; :func:`same_name` says whether
two printed names are one person's (the same key, or one slip in a long surname).

>>> spelling_variants("Nikol Pashinyan")[:5]
['Nikol Pachinian', 'Nikol Pachinjan', 'Nikol Pachinyan', 'Nikol Paschinian', 'Nikol Paschinjan']
>>> spelling_key("Ilham Aliev") == spelling_key("Ilham Aliyev")
True
>>> same_name("Nikol Pashiyan", "Nikol Pashinyan"), same_name("Anna Petrosyan", "Anna Petrosova")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from itertools import product

from .yamlfile import parse_yaml

__all__ = [
    "PersonIndex",
    "without_foreign_ending",
    "preferred_spelling",
    "same_name",
    "spelling_key",
    "spelling_variants",
    "surname",
    "transliteration_key",
]

_RULES = parse_yaml(resources.files("cscaucasus").joinpath("data", "spelling.yml").read_text())
#: Each class of endings, longest first within the class.
ENDINGS: tuple[tuple[str, ...], ...] = tuple(
    tuple(sorted(map(str, group), key=len, reverse=True)) for group in _RULES["endings"]
)
#: Family names printed first ("Guo Jiakun", "Kim Jong Un"): a bare later mention is the
#: first word.
FAMILY_NAME_FIRST: frozenset[str] = frozenset(map(str, _RULES.get("family_name_first", [])))
#: Letter groups that stand for one another inside a person's name (English form first).
LETTERS: tuple[tuple[str, ...], ...] = tuple(tuple(map(str, g)) for g in _RULES.get("letters", []))
#: Whole words that stand for one another, by word.
WORDS: dict[str, tuple[str, ...]] = {
    str(w): tuple(map(str, group)) for group in _RULES["words"] for w in group
}
TYPO_MIN_LETTERS: int = int(_RULES["typo_min_letters"])
#: Words whose ending is no transliteration.
KEEP: frozenset[str] = frozenset(map(str, _RULES["keep"]))
#: The first-listed (preferred) spelling of each ending.
PREFERRED: dict[str, str] = {str(e): str(group[0]) for group in _RULES["endings"] for e in group}
#: At most this many variants of one name (a name of many variable words).
MAX_VARIANTS = 16
#: Letter groups rewritten, in order, in a transliteration key.
FOLDS: tuple[tuple[str, str], ...] = tuple((str(a), str(b)) for a, b in _RULES.get("folds", []))
#: Whole words one transliteration key stands for (the class's first form), beyond WORDS.
KEY_WORDS: dict[str, str] = {
    str(w): str(group[0]) for group in _RULES.get("key_words", []) for w in group
}
#: Letter groups of one language's transliteration (Spanish "j" for "kh"), read the
#: other way when a printed name matches no person as printed.
READINGS: tuple[tuple[str, str], ...] = tuple(
    (str(a), str(b)) for a, b in _RULES.get("readings", [])
)
#: Letters with a diacritic read as a digraph in a transliteration key ("ç" as "ch").
DIACRITIC_LETTERS: dict[int, str] = str.maketrans(
    {str(k): str(v) for k, v in (_RULES.get("diacritic_letters") or {}).items()}
)
#: Endings that are only another language's transliteration, never an English spelling
#: ("Karapetjan", "Tokajew"): a printed name is written with its class's first ending.
TRANSLITERATED_ENDINGS: tuple[str, ...] = tuple(map(str, _RULES.get("transliterated_endings", [])))
#: Endings some languages add to foreign names ("Pasinianas"), tried off when needed.
FOREIGN_ENDINGS: tuple[str, ...] = tuple(map(str, _RULES.get("foreign_endings", [])))
_DOUBLED_RE = re.compile(r"(.)\1+")
#: A gazetteer surname's key may be one slip from a printed one of at least this many
#: letters when the given names agree ("Poutine" for "Putin": Le Monde, La Croix, RFI).
_INDEX_SLIP_MIN = 5


def _word_forms(word: str, person: bool) -> tuple[str, ...]:
    """The spellings of one word: itself first, then its variants (the endings only in a
    person's name)."""
    if word in WORDS:
        return (word, *(w for w in WORDS[word] if w != word))
    if not person or not word[:1].isupper() or len(word) < 4 or word in KEEP:
        return (word,)
    forms = [word]
    for group in ENDINGS:
        ending = next((e for e in group if word.endswith(e) and len(word) > len(e) + 1), None)
        if ending is not None:  # the longest ending of the class that the word has
            forms += [word[: -len(ending)] + e for e in group if e != ending]
            break
    for english, *others in LETTERS:  # "Pashinyan" → "Paschinyan", "Schoigu" → "Shoigu"
        for form in list(forms):
            if any(o in form.lower() for o in others):
                forms.append(_replace_letters(form, others, english))
            elif english in form.lower():
                forms += [_replace_letters(form, [english], o) for o in others]
    # a rewrite that makes a letter group of another reading ("Asshyan" → "Aschyan", read
    # back as "Ashyan") is no spelling of the word: only forms of the word's key are kept
    key = _word_key(word)
    return tuple(f for f in dict.fromkeys(forms) if f == word or _word_key(f) == key)


def _replace_letters(word: str, old: list[str], new: str) -> str:
    """``word`` with each letter group of ``old`` written ``new``, a capital kept."""
    low = word.lower()
    for o in old:
        low = low.replace(o, new)
    return low[0].upper() + low[1:] if word[:1].isupper() else low


@lru_cache(maxsize=8192)
def spelling_variants(name: str, person: bool = True) -> list[str]:
    """Other spellings of ``name`` under the rewrites (not ``name`` itself), sorted; the
    endings are rewritten only in a ``person``'s name."""
    options = [_word_forms(w, person) for w in name.split(" ")]
    out = {" ".join(combo) for combo in product(*options)} - {name}
    return sorted(out)[:MAX_VARIANTS]


@lru_cache(maxsize=8192)
def spelling_key(name: str) -> str:
    """One key for every spelling of ``name``: each word rewritten to the last form of
    its class until no rewrite applies ("Aliyev", "Aliev" and "Alijew" have one key)."""
    return " ".join(_word_key(w) for w in name.split()).lower()


def _word_key(word: str) -> str:
    if word in WORDS:
        return WORDS[word][0]
    if word in KEEP:
        return word
    if word[:1].isupper():
        for english, *others in LETTERS:
            word = _replace_letters(word, others, english)
    for _ in range(len(ENDINGS)):  # endings can chain ("-yyev" → "-yev" → "-ev")
        before = word
        for group in ENDINGS:
            ending = next((e for e in group if word.endswith(e) and len(word) > len(e) + 1), None)
            if ending is not None and word[:1].isupper():
                word = word[: -len(ending)] + group[-1]
                break
        if word == before:
            break
    return word


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter left out, added, changed or two
    neighbours swapped (Damerau–Levenshtein distance 1)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]


@lru_cache(maxsize=65536)
def same_name(printed: str, known: str) -> bool:
    """Whether the printed name ``printed`` is a spelling of ``known``: the same spelling
    key, or the same other words and a surname of at least ``TYPO_MIN_LETTERS`` letters
    one slip away."""
    if spelling_key(printed) == spelling_key(known):
        return True
    p, k = printed.split(), known.split()
    if len(p) != len(k) or len(p) < 2 or p[:-1] != k[:-1]:
        return False
    return min(len(p[-1]), len(k[-1])) >= TYPO_MIN_LETTERS and _one_slip(p[-1], k[-1])


def initials_of(printed: str, known: str) -> bool:
    """Whether ``printed`` is ``known`` with its given names as initials: "L. Kalashnikov"
    of "Leonid Kalashnikov" (an interview's speaker labels: Daily Storm, Argumenty
    Nedeli, Kommersant), "K. Zatulin", "A. G. Lukashenko" (the surname in any spelling).

    >>> initials_of("L. Kalashnikov", "Leonid Kalashnikov")
    True
    >>> initials_of("L. Kalashnikov", "Konstantin Kalashnikov")
    False
    >>> initials_of("L. B.", "Laurence Broers"), initials_of("L. B.", "Laurence Kerr Broers")
    (True, False)
    """
    p, k = printed.split(), known.split()
    if len(p) == len(k) >= 2 and all(_INITIAL_RE.fullmatch(w) for w in p):
        # every name as its initial ("L. B.:" after "Laurence Broers:" (Internazionale),
        # "A. M.:" after "Ararat Mirzoyan:" (France-Arménie))
        return all(w[0] == n[0] for w, n in zip(p, k, strict=True))
    initials = p[:-1]
    if not initials or len(k) < 2 or not all(_INITIAL_RE.fullmatch(w) for w in initials):
        return False
    given = k[:-1]
    return (
        len(initials) <= len(given)
        and all(w[0] == g[0] for w, g in zip(initials, given, strict=False))
        and spelling_key(p[-1]) == spelling_key(k[-1])
    )


_INITIAL_RE = re.compile(r"[^\W\d_]\.")


def slipped_surname(word: str, surnames: dict[str, str]) -> str | None:
    """The person whose surname ``word`` misprints by one slip (``surnames``: surname ->
    the person; both at least ``TYPO_MIN_LETTERS`` letters), if exactly one: "Pashinayn"
    after "Nikol Pashinyan" in the same article (ISNA, Golos Armenii).

    >>> slipped_surname("Pashinayn", {"Pashinyan": "pashinyan"})
    'pashinyan'
    """
    if len(word) < TYPO_MIN_LETTERS or word in surnames:
        return None
    hits = {who for known, who in surnames.items() if _one_slip(word, known)}
    return hits.pop() if len(hits) == 1 else None


def slips_to(word: str, known: str) -> bool:
    """Whether ``slipped_surname(word, {known: known})`` finds ``known`` (one slip away,
    ``word`` long enough), without making the one-entry dict (speed: an article compares
    each of its capitalised words of a near length with each surname it prints)."""
    return len(word) >= TYPO_MIN_LETTERS and _one_slip(word, known)


class SlipIndex:
    """The words of a fixed set (``known``) one slip from a word, found through their
    one-letter deletions instead of by comparing the word with each (two words one slip
    apart share the shorter word, or the word left when one letter is taken from each:
    the letter changed, or one of the two swapped), and remembered per word.

    >>> index = SlipIndex(["Pashinyan", "Aliyev", "Lavrov"])
    >>> index.near("Pashinayn"), index.near("Alieyv"), index.near("Lavrova"), index.near("Putin")
    (('Pashinyan',), ('Aliyev',), ('Lavrov',), ())
    """

    #: Words remembered (then it starts afresh).
    MEMO = 1 << 16

    def __init__(self, known: Iterable[str]) -> None:
        self.known = frozenset(known)
        self._by_deletion: dict[str, list[str]] = {}
        for word in sorted(self.known):
            for variant in _deletions(word):
                self._by_deletion.setdefault(variant, []).append(word)
        self._near: dict[str, tuple[str, ...]] = {}

    def near(self, word: str) -> tuple[str, ...]:
        """The words of ``known`` one slip from ``word`` (:func:`_one_slip`), in order."""
        try:
            return self._near[word]
        except KeyError:
            pass
        if len(self._near) >= self.MEMO:
            self._near.clear()
        by_deletion = self._by_deletion
        found = {k for v in _deletions(word) for k in by_deletion.get(v, ())}
        near = self._near[word] = tuple(sorted(k for k in found if _one_slip(word, k)))
        return near

    def slipped_surname(self, word: str, surnames: dict[str, str]) -> str | None:
        """:func:`slipped_surname` for ``surnames`` whose every surname is ``known``."""
        if len(word) < TYPO_MIN_LETTERS or word in surnames:
            return None
        hits = {surnames[k] for k in self.near(word) if k in surnames}
        return hits.pop() if len(hits) == 1 else None


def _deletions(word: str) -> set[str]:
    """``word`` and every word made by taking one letter out of it."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def surname(name: str) -> str:
    """The word of a printed name that a bare later mention uses: the last ("Nikol
    Pashinyan" → "Pashinyan"), or a family name printed first ("Guo Jiakun" → "Guo").

    >>> surname("Guo Jiakun"), surname("Nikol Pashinyan")
    ('Guo', 'Pashinyan')
    """
    words = name.split()
    return words[0] if len(words) > 1 and words[0] in FAMILY_NAME_FIRST else words[-1]


def preferred_spelling(spellings: list[str]) -> str:
    """Of several printings of one person's name, the one whose surname has the
    first-listed ending of its class, so that a person printed both ways counts once
    under one name ("Artur Khachatrian" and "Artur Khachatryan" → "Artur Khachatryan");
    the first printing if none has. A name printed one way only stays as printed
    (Hamparian and Pezeshkian are spelled so by their bearers).

    >>> preferred_spelling(["Artur Khachatrian", "Artur Khachatryan"])
    'Artur Khachatryan'
    >>> preferred_spelling(["Aram Hamparian"])
    'Aram Hamparian'

    An ending that is only another language's transliteration (``transliterated_endings``
    of spelling.yml) is written with its class's first ending even when printed one way:

    >>> preferred_spelling(["Narek Karapetjan"])
    'Narek Karapetyan'
    """
    for name in spellings:
        surname = name.split(" ")[-1]
        for group in ENDINGS:
            ending = next((e for e in group if surname.endswith(e)), None)
            if ending is not None:
                if PREFERRED[ending] == ending and surname not in KEEP and len(spellings) > 1:
                    return name
                break
    return _english_ending(spellings[0])


def _english_ending(name: str) -> str:
    """``name`` with a surname ending that is only a transliteration into another
    language ("Karapetjan", "Tokajew") written with its class's first ending."""
    surname = name.split(" ")[-1]
    if len(surname) < 6 or surname in KEEP:
        return name
    ending = next((e for e in TRANSLITERATED_ENDINGS if surname.endswith(e)), None)
    return name if ending is None else name[: -len(ending)] + PREFERRED[ending]


@lru_cache(maxsize=16384)
def transliteration_key(word: str) -> str:
    """A key one word of a person's name shares with its transliterations: the word in
    ASCII letters, lower case, with the ``folds`` of ``spelling.yml`` applied in order
    and doubled letters written once (a whole-word variant, "Aliaksandr", first becomes
    its class's first form: ``key_words`` and ``words``).

    >>> [transliteration_key(w) for w in ("Pashinyan", "Pasjinjan", "Pashynian")]
    ['pashinian', 'pashinian', 'pashinian']
    >>> transliteration_key("Overtschuk") == transliteration_key("Overchuk")
    True
    """
    word = KEY_WORDS.get(word) or (WORDS[word][0] if word in WORDS else word)
    word = _DOUBLED_RE.sub(r"\1", word.lower()).translate(DIACRITIC_LETTERS)  # "ç": "ch"
    text = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    text = _DOUBLED_RE.sub(r"\1", text)  # (before the folds too: "Cchaka" reads as "Chaka")
    for old, new in FOLDS:
        text = text.replace(old, new)
    return _DOUBLED_RE.sub(r"\1", text)


class PersonIndex:
    """The gazetteer's persons by the transliteration keys of their full names, for a
    printed full name the article names no gazetteer person by: "Nikol Pasjinjan" (NRC)
    is Nikol Pashinyan, "Vladimir Poutine" (Le Monde) Vladimir Putin. The given name must
    have the same key, the surname too or one slip away when long, and the person must be
    the only one so found.

    >>> index = PersonIndex([("putin", "Vladimir Putin"), ("lukashenko", "Aleksandr Lukashenko")])
    >>> index.find("Vladimir Poutine"), index.find("Aliaksandr Lukashenka")
    ('putin', 'lukashenko')
    >>> index.find("Alexander Lukashevich") is None
    True
    """

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        """``people``: (actor id, full name) for every name and alias of a person."""
        self._by_given: dict[str, list[tuple[str, str]]] = {}
        for actor_id, name in people:
            words = name.split()
            if len(words) >= 2:
                key = transliteration_key(words[0])
                entry = (transliteration_key(words[-1]), actor_id)
                if entry not in self._by_given.setdefault(key, []):
                    self._by_given[key].append(entry)

    def find(self, printed: str) -> str | None:
        """The one gazetteer person ``printed`` (a full name) spells, or None."""
        words = printed.split()
        if len(words) < 2:
            return None
        found = self._find(words[0], words[-1])
        if found is None:  # "Nikolas Pasinianas", "Vladimiras Putinas"
            given, last = (without_foreign_ending(w) for w in (words[0], words[-1]))
            if (given, last) != (words[0], words[-1]):
                found = self._find(given, last)
        for old, new in READINGS if found is None else ():  # "Maria Zajarova"
            given, last = (_replace_letters(w, [old], new) for w in (words[0], words[-1]))
            if (given, last) != (words[0], words[-1]):
                found = found or self._find(given, last)
        return found

    def _find(self, given: str, last: str) -> str | None:
        key = transliteration_key(last)
        hits = {
            actor_id
            for known, actor_id in self._by_given.get(transliteration_key(given), [])
            if known == key
            or (min(len(known), len(key)) >= _INDEX_SLIP_MIN and _one_slip(known, key))
        }
        return hits.pop() if len(hits) == 1 else None


def without_foreign_ending(word: str) -> str:
    """``word`` without an ending of ``foreign_endings`` (at least four letters left)."""
    for ending in FOREIGN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word
