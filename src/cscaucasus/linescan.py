"""A regex's matches in a whole text, found line by line and remembered per line (speed).

Syndicated copy repeats paragraphs, so a pattern that the attribution or the dates run
over every article's whole text meets the same lines again and again. :func:`spans` and
:func:`matches` give exactly what ``pattern.finditer(text)`` gives, for any text, but
search each *block* of the text once per process: the text cut at every line break
that no match (nor any lookaround of the pattern) can read across.

Which breaks those are follows from the pattern alone (:func:`break_test`). A match
reads across a line break only by consuming the ``\\n``, with some item that can
consume it (``\\s``, ``[^,]``, …); walking back from that item through the items that
can consume white space, the first one that cannot (or the start of the match, or of
a lookbehind) consumes the last character before the white space. A break is therefore
safe when that character is none such an item can consume ("." after a sentence, for a
pattern whose white space only ever follows a word) and unsafe, the two lines staying
one block, otherwise. At a safe break the cut changes nothing else: a ``\\b`` or a
lookaround sees the edge of a block as it sees a ``\\n`` (neither is a word character
and nothing consumes either). Patterns with ``^``, ``$``, ``\\A``, ``\\Z`` (outside
MULTILINE), backreferences or anything the analysis does not know are searched whole.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable
from typing import Any

try:  # the parser of the re module (private, stable in CPython 3.11-3.13)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: every pattern is searched whole
    _p = _c = None

#: Blocks of text remembered per pattern (then it starts afresh).
MEMO = 1 << 14
#: The characters ``\s`` matches (Python's white space).
_SPACES = "".join(chr(i) for i in range(0x3001) if chr(i).isspace())
#: A break every match may read across: the text is searched whole.
ALL = "all"

Find = Callable[[str], Iterable[re.Match[str]]]


class _Unknown(Exception):
    """A construct the analysis does not handle."""


#: The categories of a character class, by the letter of their escape.
_CATEGORIES = {
    "CATEGORY_DIGIT": "d",
    "CATEGORY_NOT_DIGIT": "D",
    "CATEGORY_SPACE": "s",
    "CATEGORY_NOT_SPACE": "S",
    "CATEGORY_WORD": "w",
    "CATEGORY_NOT_WORD": "W",
}
_CATEGORY_RES = {
    (letter, ascii_only): re.compile("\\" + letter, re.ASCII if ascii_only else 0)
    for letter in _CATEGORIES.values()
    for ascii_only in (False, True)
}

#: What one item of a pattern may consume, as plain data (no object the garbage
#: collector must visit): negated, case-insensitive, names a non-ASCII character, its
#: characters, its ranges (code points), its categories (escape letters), ASCII only.
Spec = tuple[bool, bool, bool, str, tuple[tuple[int, int], ...], str, bool]


#: The flags as plain numbers (a flag of the ``re`` module is an enum, whose ``&`` is
#: a Python call: a pattern has thousands of items).
_IGNORECASE, _ASCII, _DOTALL = int(re.IGNORECASE), int(re.ASCII), int(re.DOTALL)
#: The :data:`Spec` of each (op, argument, flags) of a one-character item.
_SPECS: dict[tuple[Any, Any, int], Spec] = {}


def _spec(op: Any, av: Any, flags: int) -> Spec:
    """The :data:`Spec` of a consuming item (LITERAL, NOT_LITERAL, ANY or IN)."""
    if op is _c.IN:
        return _class_spec(av, flags)
    try:
        return _SPECS[op, av, flags]
    except KeyError:
        pass
    ascii_only = bool(flags & _ASCII)
    if op in (_c.LITERAL, _c.NOT_LITERAL):
        fold = bool(flags & _IGNORECASE)
        found = (op is _c.NOT_LITERAL, fold, av > 127, chr(av), (), "", ascii_only)
    elif op is _c.ANY:  # everything but "\n" (DOTALL: everything)
        found = (True, False, False, "" if flags & _DOTALL else "\n", (), "", ascii_only)
    else:
        raise _Unknown(op)
    _SPECS[op, av, flags] = found
    return found


def _class_spec(av: Any, flags: int) -> Spec:
    """The :data:`Spec` of a character class (IN)."""
    fold = bool(flags & _IGNORECASE)
    ascii_only = bool(flags & _ASCII)
    chars, ranges, cats, negate = [], [], [], False
    for kind, value in av:
        if kind is _c.NEGATE:
            negate = True
        elif kind is _c.LITERAL:
            chars.append(chr(value))
        elif kind is _c.RANGE:
            ranges.append(tuple(value))
        elif kind is _c.CATEGORY and str(value) in _CATEGORIES:
            cats.append(_CATEGORIES[str(value)])
        else:
            raise _Unknown(kind)
    wide = any(ord(c) > 127 for c in chars) or any(hi > 127 for _, hi in ranges)
    return (negate, fold, wide, "".join(chars), tuple(ranges), "".join(cats), ascii_only)


def _named(spec: Spec, ch: str) -> bool:
    """Whether the item names ``ch`` (before negation and case folding)."""
    _, _, _, chars, ranges, cats, ascii_only = spec
    return (
        ch in chars
        or any(lo <= ord(ch) <= hi for lo, hi in ranges)
        or any(_CATEGORY_RES[c, ascii_only].fullmatch(ch) is not None for c in cats)
    )


def accepts(spec: Spec, ch: str) -> bool:
    """Whether the item may consume ``ch``: exact without IGNORECASE; with it, exact for
    characters without case (white space, punctuation) and generous for the others (any
    non-ASCII letter; any letter for a negated item or one that names a non-ASCII
    character, as "\u212a" matches "k")."""
    negated, fold = spec[0], spec[1]
    if fold and not (ch.isspace() or ch.lower() == ch.upper() == ch.casefold() == ch):
        if negated or spec[2] or not ch.isascii():
            return True
        return _named(spec, ch) or _named(spec, ch.lower()) or _named(spec, ch.upper())
    return _named(spec, ch) != negated


class _Graph:
    """The consuming items of a pattern, each with the items that may come right before
    it in a match (or in a lookaround's match); -1 stands for any character."""

    def __init__(self) -> None:
        self.tests: list[Spec] = []
        self.before: list[set[int]] = []

    def item(self, test: Spec) -> int:
        self.tests.append(test)
        self.before.append(set())
        return len(self.tests) - 1

    def link(self, lasts: set[int], firsts: set[int]) -> None:
        for k in firsts:
            self.before[k] |= lasts

    def sequence(self, items: Any, flags: int) -> tuple[set[int], set[int], bool]:
        """(first items, last items, may match empty) of a sequence of nodes."""
        first: set[int] = set()
        last: set[int] = set()
        empty = True
        for op, av in items:
            f, lst, e = self.node(op, av, flags)
            self.link(last, f)
            if empty:
                first |= f
            last = lst | last if e else lst
            empty = empty and e
        return first, last, empty

    def node(self, op: Any, av: Any, flags: int) -> tuple[set[int], set[int], bool]:
        c = _c
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            k = self.item(_spec(op, av, flags))
            return {k}, {k}, False
        if op is c.AT:
            if av not in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY, c.AT_BEGINNING_LINE, c.AT_END_LINE):
                raise _Unknown(av)  # ^ $ \A \Z: a block's edge is no text's edge
            return set(), set(), True
        if op is c.BRANCH:
            parts = [self.sequence(alt, flags) for alt in av[1]]
            return (
                set().union(*(p[0] for p in parts)),
                set().union(*(p[1] for p in parts)),
                any(p[2] for p in parts),
            )
        if op is c.SUBPATTERN:
            _, add, drop, sub = av
            return self.sequence(sub, (flags | add) & ~drop)
        if op is c.ATOMIC_GROUP:
            return self.sequence(av, flags)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            f, lst, e = self.sequence(sub, flags)
            if high > 1:  # a second round follows the first
                self.link(lst, f)
            return f, lst, e or low == 0
        if op is c.GROUPREF_EXISTS:  # (?(1)yes|no): either
            _, yes, no = av
            parts = [self.sequence(yes, flags), self.sequence(no or [], flags)]
            return (
                parts[0][0] | parts[1][0],
                parts[0][1] | parts[1][1],
                parts[0][2] or parts[1][2],
            )
        if op in (c.ASSERT, c.ASSERT_NOT):
            direction, sub = av
            if op is c.ASSERT_NOT and not len(sub):  # (?!): no match goes on from here
                return set(), set(), False
            f, _, _ = self.sequence(sub, flags)
            if direction < 0:  # a lookbehind's window may start after anything
                self.link({-1}, f)
                return set(), set(), True
            return f, set(), True  # a lookahead's items follow what came before it
        raise _Unknown(op)


#: How far back from a line break :class:`Breaks` reads a possible match before it
#: calls the break unsafe.
DEPTH = 12


class Breaks:
    """Which line breaks of a text matches of one pattern may read across."""

    def __init__(self, graph: _Graph, ends: set[int]) -> None:
        # (tuples of plain data only: nothing the garbage collector must keep visiting)
        self.tests = tuple(graph.tests)
        self.before = tuple(tuple(sorted(b)) if len(b) > 1 else tuple(b) for b in graph.before)
        #: the items that may consume the last non-space character before a break
        #: that a match reads across
        self.ends = tuple(sorted(ends))
        self.memo: dict[str, bool] = {}
        self._accepts: dict[str, tuple[int, ...]] = {}
        self._took: dict[int, bool] = {}  # (an item's accepts of a character, by number)

    def crosses(self, tail: str) -> bool:
        """Whether a match may read across a line break after ``tail``, the text before
        it up to its last non-space character (at most :data:`DEPTH` characters of it,
        "" if there is none): whether some run of items that may end a match's text
        before the break consumes ``tail``'s characters up to there, read backwards (-1:
        a match, or a lookbehind's window, may start there)."""
        if not self.ends:
            return False
        try:
            return self.memo[tail]
        except KeyError:
            pass
        if len(self.memo) >= MEMO:
            self.memo.clear()
        found = self.memo[tail] = self._crosses(tail, len(tail) == DEPTH)
        return found

    def _crosses(self, tail: str, cut: bool) -> bool:
        before = self.before
        if not tail:
            return True
        alive: Iterable[int] = self._ending(tail[-1])
        for ch in reversed(tail[:-1]):
            if not alive:
                return False
            states = set().union(*(before[k] for k in alive))
            if -1 in states:  # a match may start at the character after ch
                return True
            alive = [k for k in states if self._takes(k, ch)]
        if not alive:
            return False
        # DEPTH characters read (no more is looked at), or the text's first one reached
        return cut or -1 in set().union(*(before[k] for k in alive))

    def _takes(self, k: int, ch: str) -> bool:
        """``accepts(self.tests[k], ch)``, remembered (tails share most characters)."""
        key = k * 0x110000 + ord(ch)
        try:
            return self._took[key]
        except KeyError:
            found = self._took[key] = accepts(self.tests[k], ch)
            return found

    def _ending(self, ch: str) -> tuple[int, ...]:
        """The items of :attr:`ends` that may consume ``ch`` (remembered)."""
        try:
            return self._accepts[ch]
        except KeyError:
            tests = self.tests
            found = self._accepts[ch] = tuple(k for k in self.ends if accepts(tests[k], ch))
            return found


#: Whether an item may consume white space, and "\n", by its :data:`Spec` (a pattern
#: has thousands of items, of a few hundred kinds, and the patterns share most kinds).
_SPACEY: dict[Spec, bool] = {}
_NEWLINE: dict[Spec, bool] = {}


def _spacey(spec: Spec) -> bool:
    try:
        return _SPACEY[spec]
    except KeyError:
        found = _SPACEY[spec] = any(accepts(spec, s) for s in _SPACES)
        return found


def _newline(spec: Spec) -> bool:
    try:
        return _NEWLINE[spec]
    except KeyError:
        found = _NEWLINE[spec] = accepts(spec, "\n")
        return found


def break_test(pattern: re.Pattern[str]) -> Breaks | str:
    """The line breaks a match of ``pattern`` may read across (:class:`Breaks`), or
    :data:`ALL`."""
    if _p is None or not isinstance(pattern.pattern, str):
        return ALL
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        graph = _Graph()
        first, _, _ = graph.sequence(parsed, parsed.state.flags)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return ALL
    graph.link({-1}, first)  # a match may start anywhere
    spacey = [_spacey(t) for t in graph.tests]
    ends: set[int] = set()
    todo = [k for k, t in enumerate(graph.tests) if _newline(t)]
    seen = set(todo)
    while todo:  # back from each item that can consume "\n", through white space
        for k in graph.before[todo.pop()]:
            if k < 0:
                return ALL
            ends.add(k)
            if spacey[k] and k not in seen:
                seen.add(k)
                todo.append(k)
    return Breaks(graph, ends)


class _Scan:
    """A pattern, its :class:`Breaks`, and its matches per block.

    A block's matches are remembered as one array of numbers (which the garbage
    collector never visits, as it must every match object and, until it has looked at
    them, every tuple), each match as: its last group's number (-1: none), the number of
    groups that took part, then (group, start, end) for each of them, group 0 first."""

    __slots__ = ("pattern", "breaks", "memo", "find", "last_names", "index", "groups")

    def __init__(self, pattern: re.Pattern[str], find: Find | None) -> None:
        self.pattern = pattern
        self.breaks = break_test(pattern)
        self.memo: dict[str, array[int]] = {}
        self.find = find or pattern.finditer
        self.last_names = {k: name for name, k in pattern.groupindex.items()}
        self.index = dict(pattern.groupindex)  # (the pattern's makes a new proxy a call)
        self.groups = pattern.groups

    def found(self, block: str) -> array[int]:
        try:
            return self.memo[block]
        except KeyError:
            pass
        if len(self.memo) >= MEMO:
            self.memo.clear()
        found = self.memo[block] = array("q")
        for m in self.find(block):
            took = [(g, a, b) for g, (a, b) in enumerate(m.regs) if a >= 0]
            found.extend((-1 if m.lastindex is None else m.lastindex, len(took)))
            found.extend(x for one in took for x in one)
        return found


#: By the pattern's id (a pattern hashes its whole compiled code each time).
_SCANS: dict[int, _Scan] = {}


def _scan(pattern: re.Pattern[str], find: Find | None = None) -> _Scan:
    try:
        return _SCANS[id(pattern)]
    except KeyError:
        pass
    if len(_SCANS) >= 256:
        _SCANS.clear()
    scan = _SCANS[id(pattern)] = _Scan(pattern, find)  # (it holds the pattern: its id)
    return scan


class _Lines:
    """A text's lines, with their offsets, and the text before each line break up to its
    last non-space character (:meth:`Breaks.crosses`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[tuple[int, str]] = []
        self.tails: list[str] = []
        at, last = 0, -1
        for line in text.split("\n"):
            self.lines.append((at, line))
            kept = len(line.rstrip())
            if kept:
                last = at + kept - 1
            self.tails.append(text[max(0, last - DEPTH + 1) : last + 1] if last >= 0 else "")
            at += len(line) + 1
        self.tails.pop()  # (no break after the last line)

    def blocks(self, breaks: Breaks) -> list[tuple[int, str]]:
        if not breaks.ends:
            return self.lines
        known = breaks.memo.get  # (crosses' memory, read here: a call less a break)
        cuts = [
            not (crossed if (crossed := known(tail)) is not None else breaks.crosses(tail))
            for tail in self.tails
        ]
        if all(cuts):
            return self.lines
        out = []
        start = 0
        for (at, line), cut in zip(self.lines[:-1], cuts, strict=True):
            if cut:
                end = at + len(line)
                out.append((start, self.text[start:end]))
                start = end + 1
        out.append((start, self.text[start:]))
        return out


#: The lines of the text searched last (each pattern of a stage searches it in turn).
_LAST: list[_Lines] = []


def blocks(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    """``text`` cut at the line breaks no match of ``pattern`` reads across: (offset,
    block) pairs, in order, the breaks themselves left out."""
    return _blocks(_scan(pattern).breaks, text)


def _blocks(breaks: Breaks | str, text: str) -> list[tuple[int, str]]:
    if not isinstance(breaks, Breaks) or "\n" not in text:
        return [(0, text)]
    if not _LAST or _LAST[0].text is not text:
        _LAST[:] = [_Lines(text)]
    return _LAST[0].blocks(breaks)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]``, remembered per block."""
    scan = _scan(pattern)
    known = scan.memo.get  # (found's memory, read here: most blocks are in it)
    out = []
    for at, block in _blocks(scan.breaks, text):
        found = known(block)
        if found is None:
            found = scan.found(block)
        k, n = 0, len(found)
        while k < n:  # (group 0 is the first of a match's groups)
            out.append((found[k + 3] + at, found[k + 4] + at))
            k += 2 + 3 * found[k + 1]
    return out


class Found:
    """A match remembered from a block, with the positions of the whole text: ``start``,
    ``end``, ``span``, ``group``, ``groups``, ``lastgroup`` and ``[]`` as
    :class:`re.Match` has them."""

    __slots__ = ("kept", "k", "string", "at", "scan")

    def __init__(self, kept: array[int], k: int, string: str, at: int, scan: _Scan) -> None:
        self.kept, self.k = kept, k  # the block's matches, where this one starts in them
        self.string = string  # the block
        self.at = at  # where it starts in the text
        self.scan = scan

    def _span(self, group: int | str) -> tuple[int, int]:
        kept, k = self.kept, self.k
        if group == 0 and isinstance(group, int):  # the whole match: its first group
            return kept[k + 3], kept[k + 4]
        g = group if isinstance(group, int) else self.scan.index[group]
        if not 0 <= g <= self.scan.groups:
            raise IndexError("no such group")
        for i in range(k + 2, k + 2 + 3 * kept[k + 1], 3):
            if kept[i] == g:
                return kept[i + 1], kept[i + 2]
        return -1, -1

    @property
    def lastgroup(self) -> str | None:
        return self.scan.last_names.get(self.kept[self.k])

    # (the whole match, what most calls ask for, read straight from the numbers)
    def start(self, group: int | str = 0) -> int:
        if group == 0 and isinstance(group, int):
            return self.kept[self.k + 3] + self.at
        k = self._span(group)[0]
        return k + self.at if k >= 0 else k

    def end(self, group: int | str = 0) -> int:
        if group == 0 and isinstance(group, int):
            return self.kept[self.k + 4] + self.at
        k = self._span(group)[1]
        return k + self.at if k >= 0 else k

    def span(self, group: int | str = 0) -> tuple[int, int]:
        if group == 0 and isinstance(group, int):
            at, kept, k = self.at, self.kept, self.k
            return kept[k + 3] + at, kept[k + 4] + at
        return self.start(group), self.end(group)

    def group(self, *groups: int | str) -> Any:
        if not groups:
            kept, k = self.kept, self.k
            return self.string[kept[k + 3] : kept[k + 4]]
        if len(groups) > 1:
            return tuple(self.group(g) for g in groups)
        a, b = self._span(groups[0])
        return self.string[a:b] if a >= 0 else None

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        found = (self._span(g) for g in range(1, self.scan.pattern.groups + 1))
        return tuple(self.string[a:b] if a >= 0 else default for a, b in found)

    def __getitem__(self, group: int | str) -> Any:
        return self.group(group)


def matches(pattern: re.Pattern[str], text: str, find: Find | None = None) -> list[Found]:
    """``list(pattern.finditer(text))`` as :class:`Found` matches, remembered per block.
    ``find`` (the first call's for a pattern) finds a block's matches if not
    ``pattern.finditer(block)`` (a faster way to the same matches)."""
    scan = _scan(pattern, find)
    known = scan.memo.get  # (found's memory, read here: most blocks are in it)
    out = []
    for at, block in _blocks(scan.breaks, text):
        kept = known(block)
        if kept is None:
            kept = scan.found(block)
        k, n = 0, len(kept)
        while k < n:
            out.append(Found(kept, k, block, at, scan))
            k += 2 + 3 * kept[k + 1]
    return out
