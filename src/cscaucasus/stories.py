"""Stories and statement clusters: the same text, and the same statement, across articles.

A wire story reposted by ten outlets, with a new headline, a paragraph cut or another
site's boilerplate, is one *story*: its articles share ``articles.story_id``, the id of
the copy that appeared first (on the same day, a wire's copy; then document order),
which is marked ``story_original``. Articles are compared by MinHash signatures
(datasketch) of their word 5-gram shingles; two articles whose estimated Jaccard
similarity reaches ``THRESHOLD``, published at most ``WINDOW_DAYS`` apart, are copies,
and copies of copies share the story.

A statement reported by several articles (the same speaker saying the same thing,
quoted verbatim or paraphrased) is one *statement cluster*: ``statements.
statement_cluster`` is the id of its first report. Two statements are compared when
their articles are copies of one story, or when the same speaker is reported on the
same publication day; they are the same statement when most of the shorter one's
content words are in the other. Reports with the same content words are compared once,
and only reports whose rarest words meet (prefix filtering: exact, the links of
comparing every pair), so a day with many statements by one speaker costs what its
similar statements cost, not the square of its statements. A report in a copy of a
story that reported the statement already is marked ``statement_copy``;
``statement_reports`` counts the independent reports (distinct stories) of the cluster,
so 2 or more is corroboration.

Both steps are pure functions of a few columns of the whole corpus (signatures, dates,
outlets, speakers, statement texts), so an incremental build computes them again from
the stored columns and gets what a full build gets. See ``docs/stories.md``.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .arrays import objects
from .engines import beside
from .lexicon import verbs
from .parameters import COUNTS  # what the figures count: statements or reports

__all__ = [
    "COUNTS",
    "STATEMENT_THRESHOLD",
    "THRESHOLD",
    "WINDOW_DAYS",
    "check_threshold",
    "cluster_statements",
    "corroborated",
    "group_stories",
    "link",
    "moved_stories",
    "one_per_cluster",
    "signature",
    "to_relink",
    "update_statement_clusters",
    "with_signatures",
]

#: Estimated Jaccard similarity of two articles' 5-word shingles from which they are
#: copies of one story. Syndicated copies (new headline, a paragraph cut, a sentence
#: reworded, other boilerplate) score 0.6-1.0; independent articles on the same
#: topic and speaker score below 0.1 (see docs/stories.md for the measurements).
THRESHOLD = 0.5
#: Share of the shorter statement's content words found in the other, from which two
#: reports are the same statement.
STATEMENT_THRESHOLD = 0.6
#: ... and from which the shared words are also this share of the longer one's: a long
#: quote that merely contains a short one's words is not the same statement.
LONGER_SHARE = 0.4
#: Days between the publication of two articles beyond which they are not copies of one
#: story however alike their texts: syndication and reposts follow a story within days
#: (a weekly's repost within its week); text found again later is reuse (a background
#: paragraph, an old article recycled), not the story travelling. As in the field's
#: news-flow tools, which compare only documents within a time window (RNewsflow's
#: ``hour_window``). Undated articles are compared with every article.
WINDOW_DAYS = 7
NUM_PERM = 64  # MinHash permutations: 256 bytes a signature; error of J about 0.06
SHINGLE_WORDS = 5
SEED = 1
SCHEME = "affine32"
#: Outlets whose copy is the original when several appear on the same day.
WIRES = frozenset(
    {"Reuters", "AP", "Associated Press", "AFP", "TASS", "Interfax", "RIA Novosti", "Xinhua"}
)
MAX_BUCKET_PAIRS = 64  # a bigger LSH bucket is linked as a star, not every pair
MIN_SHARED_WORDS = 3  # two statements share at least this many content words

_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"\w{3,}")  # content words have 3 characters or more
_NOT_WORD = re.compile(r"\W+")
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: the rolling shingle hash mixes words
_STOPWORD_TEXT = """the and that this with from have has had was were are for not but its his her
    their our your they them she him who whom which what when where will would shall
    should can could may might must been being also than then there here about into
    over after before according very more most
    such only other some any all each both just even because while during against"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split()).union(verbs("story_stopword"))


def check_threshold(value: object) -> float:
    """``value`` if it can be a story threshold (a number above 0, at most 1), else a
    ValueError saying so.

    >>> check_threshold(1.5)
    Traceback (most recent call last):
    ...
    ValueError: story_threshold = 1.5: expected a number above 0 and at most 1 (see docs/stories.md)
    """
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if number is None or not 0 < number <= 1:
        raise ValueError(
            f"story_threshold = {value!r}: expected a number above 0 and at most 1 "
            "(see docs/stories.md)"
        )
    return float(number)


# --- signatures (per article) ----------------------------------------------------------


#: MinHashLSH's (bands, rows per band) for ``NUM_PERM`` permutations at the default
#: ``THRESHOLD``, as datasketch chooses them (a test compares): a build at the default
#: threshold imports neither datasketch nor SciPy (0.2-0.4 s of a core).
DEFAULT_BANDS = (14, 4)

#: The LSH (bands, rows) of each threshold: the default's, and those made here or
#: received from the process :func:`preload` starts.
_BANDS: dict[float, tuple[int, int]] = {THRESHOLD: DEFAULT_BANDS}


def _sketch(threshold: float) -> tuple[int, int]:
    """The (bands, rows per band) datasketch's MinHashLSH chooses for ``threshold``.
    Importing datasketch imports SciPy (0.2-0.4 s), which nothing else needs."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """The (a, b) rows of datasketch's MinHash permutations (scheme ``SCHEME``, seed
    ``SEED``), drawn as datasketch's ``MinHash._init_permutations`` draws them (a test
    compares): from numpy's ``RandomState(SEED)``, an odd 32-bit ``a`` and any 32-bit
    ``b`` for each of the ``NUM_PERM`` hash functions. Read-only."""
    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    made = np.array([a, b])
    made.flags.writeable = False
    return made


#: What :func:`preload` started and has not kept yet: (the process that started it, the
#: threshold, the function that waits for the result).
_PENDING: list[tuple[int, float, Callable[[], Any]]] = []


def preload(threshold: float = THRESHOLD) -> None:
    """Start making the LSH bands of a ``threshold`` other than the default in a forked
    process (:func:`~cscaucasus.engines.beside`); :func:`ready` keeps them here. A build
    calls it first and reads its folder meanwhile, so that its process never imports
    datasketch and SciPy (about 0.35 s of one core, spent on the other)."""
    if _PENDING or threshold in _BANDS:
        return
    _PENDING.append((os.getpid(), threshold, beside(partial(_sketch, threshold))))


def ready() -> None:
    """Wait for what :func:`preload` started, if anything, and keep it in this process."""
    while _PENDING:
        pid, threshold, made = _PENDING.pop()
        if pid == os.getpid():  # (a forked process leaves its parent's pipe alone)
            _BANDS.setdefault(threshold, made())


def _shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the text's word ``SHINGLE_WORDS``-grams (lower case)."""
    lines = [
        _word_hashes(line) if len(line) <= MEMO_LINE else _line_hashes(line)
        for line in text.split("\n")
        if line
    ]
    hashes = np.concatenate(lines) if lines else np.array([], dtype=np.uint64)
    if not len(hashes):
        return hashes
    k = min(SHINGLE_WORDS, len(hashes))
    rolled = np.zeros(len(hashes) - k + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):  # a polynomial of the k word hashes, modulo 2**64
            rolled = rolled * _MULTIPLIER + hashes[j : len(hashes) - k + 1 + j]
    return (rolled ^ (rolled >> np.uint64(32))) & np.uint64(0xFFFFFFFF)


#: Lines up to this long have their word hashes remembered (syndicated copy repeats
#: paragraphs).
MEMO_LINE = 2_000


@lru_cache(maxsize=1 << 13)
def _word_hashes(line: str) -> np.ndarray:
    """:func:`_line_hashes`, remembered."""
    return _line_hashes(line)


def _line_hashes(line: str) -> np.ndarray:
    """The CRC-32 of each word of ``line`` (lower case), read-only. No word spans a
    line break, and lower-casing a line is lower-casing it within the text (a word's
    case context ends at a line break), so a text's words are its lines' words."""
    words = _WORD.findall(line.lower())
    hashes = np.array(list(map(zlib.crc32, map(str.encode, words))), dtype=np.uint64)
    hashes.flags.writeable = False
    return hashes


def signature(text: str | None) -> bytes | None:
    """The MinHash signature of a text's shingles (``NUM_PERM`` uint32, little-endian);
    None for a text without words.

    >>> len(signature("The CSTO will not intervene, the secretary general said."))
    256
    """
    shingles = _shingle_hashes(text or "")
    if not len(shingles):
        return None
    a, b = _permutations()
    # datasketch's MinHash.update_batch over every shingle at once, for scheme "affine32":
    # each 32-bit value pre-mixed by the MurmurHash3 finalizer, then a * h + b modulo
    # 2**32, the minimum per hash function (tests compare it with datasketch's own).
    with np.errstate(over="ignore"):
        mixed = _fmix32(shingles.astype(np.uint32)).reshape(-1, 1)
        return (mixed * a + b).min(axis=0).astype("<u4").tobytes()


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (wrapping uint32 arithmetic), as datasketch's
    ``_fmix``."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def with_signatures(articles: pd.DataFrame) -> pd.DataFrame:
    """``articles`` with the ``minhash`` column: each text's :func:`signature`."""
    values = [signature(text) for text in articles["text"].tolist()]
    return articles.assign(minhash=pd.array(values, dtype="binary[pyarrow]"))


def _matrix(signatures: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The signatures as rows of a uint32 matrix, and which rows have one."""
    values = signatures.tolist()
    have = np.array([v is not None and v is not pd.NA for v in values], dtype=bool)
    matrix = np.zeros((len(values), NUM_PERM), dtype=np.uint32)
    if have.any():
        raw = b"".join(v for v, h in zip(values, have, strict=True) if h)
        matrix[have] = np.frombuffer(raw, dtype="<u4").reshape(-1, NUM_PERM)
    return matrix, have


# --- stories ---------------------------------------------------------------------------


def bands(threshold: float) -> tuple[int, int]:
    """The (bands, rows per band) that datasketch's MinHashLSH chooses for ``threshold``:
    kept already, brought by :func:`preload`'s process, or made here on first use."""
    if threshold not in _BANDS:
        ready()
    if threshold not in _BANDS:
        _BANDS[threshold] = _sketch(threshold)
    return _BANDS[threshold]


def candidate_pairs(matrix: np.ndarray, threshold: float) -> np.ndarray:
    """Pairs of rows ``(i, j)``, i < j, that share an LSH band bucket.

    The buckets are MinHashLSH's (same bands and rows), grouped for every row at once
    by pandas instead of inserting and querying one signature at a time.
    """
    b, r = bands(threshold)
    found = [np.empty((0, 2), dtype=np.int64)]
    for band in range(b):
        _, codes = np.unique(_fold(matrix[:, band * r : (band + 1) * r]), return_inverse=True)
        found.append(_bucket_pairs(codes))
    pairs = np.concatenate(found)
    return np.unique(pairs, axis=0) if len(pairs) else pairs


def _fold(columns: np.ndarray) -> np.ndarray:
    """Each row of uint32 values as one 64-bit hash (a band's bucket key)."""
    out = np.zeros(len(columns), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in columns.T.astype(np.uint64):
            out = out * _MULTIPLIER + column
    return out


def _bucket_pairs(codes: np.ndarray) -> np.ndarray:
    """Every pair of rows with the same code (a star from the first row in big buckets)."""
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
    ends = np.r_[starts[1:], len(codes)]
    pairs = []
    for lo, hi in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
        rows = order[lo:hi]
        if hi - lo > MAX_BUCKET_PAIRS:
            pairs.append(np.column_stack([np.full(hi - lo - 1, rows[0]), rows[1:]]))
        else:
            i, j = np.triu_indices(hi - lo, k=1)
            pairs.append(np.column_stack([rows[i], rows[j]]))
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    out = np.concatenate(pairs).astype(np.int64)
    return np.sort(out, axis=1)


def _components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components of ``n`` nodes linked by ``pairs``: each node's label is
    the smallest node of its component.

    Vectorised hooking and shortcutting: every root points to the smallest root it is
    linked to, then every node to its root, until no link joins two roots. Roots only
    ever point to smaller nodes, so the last root of a component is its smallest node.

    >>> _components(5, np.array([[3, 4], [1, 4], [0, 2]])).tolist()
    [0, 1, 0, 1, 1]
    """
    parent = np.arange(n)
    left, right = pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)
    while len(left):
        a, b = parent[left], parent[right]
        apart = a != b
        if not apart.any():
            break
        left, right, a, b = left[apart], right[apart], a[apart], b[apart]
        np.minimum.at(parent, np.maximum(a, b), np.minimum(a, b))
        while True:  # every node to its root
            up = parent[parent]
            if (up == parent).all():
                break
            parent = up
    return parent


def _first(labels: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """For every node, the node of its component with the smallest ``rank``."""
    order = np.lexsort((rank, labels))
    sorted_labels = labels[order]
    starts = np.r_[True, sorted_labels[1:] != sorted_labels[:-1]][: len(labels)]
    first = np.empty(len(labels), dtype=np.int64)
    first[sorted_labels[starts]] = order[starts]
    return first[labels]


UNDATED_DAY = np.iinfo(np.int64).max


def _days(articles: pd.DataFrame) -> np.ndarray:
    """Each article's publication day as a number (undated: the largest int64)."""
    published = articles["published"].to_numpy("datetime64[ns]")
    days = published.astype("datetime64[D]").astype(np.int64)
    return np.where(np.isnat(published), UNDATED_DAY, days)


def _within_window(days: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Which ``pairs`` of rows were published at most :data:`WINDOW_DAYS` apart (a pair
    with an undated article always is)."""
    left, right = days[pairs[:, 0]], days[pairs[:, 1]]
    undated = (left == UNDATED_DAY) | (right == UNDATED_DAY)
    return undated | (np.abs(left - right) <= WINDOW_DAYS)


def _article_rank(articles: pd.DataFrame) -> np.ndarray:
    """Articles in the order in which they count as first: publication date (undated
    last), then a wire's copy, then document order."""
    day = _days(articles)
    wire = ~articles["outlet"].isin(WIRES).to_numpy(dtype=bool, na_value=False)
    order = np.lexsort((np.arange(len(articles)), wire, day))
    rank = np.empty(len(articles), dtype=np.int64)
    rank[order] = np.arange(len(articles))
    return rank


def group_stories(articles: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """``[story_id, story_original]`` aligned with ``articles`` (which need
    ``article_id``, ``published``, ``outlet`` and ``minhash``).

    Articles whose signatures agree on at least ``threshold`` of their values (the
    estimated Jaccard similarity of their shingles) and that were published at most
    :data:`WINDOW_DAYS` apart are copies; a story is a set of
    articles linked by copies, and its id is the article id of its first copy.
    """
    n = len(articles)
    matrix, have = _matrix(articles["minhash"])
    rows = np.flatnonzero(have)
    pairs = rows[candidate_pairs(matrix[have], threshold)] if len(rows) > 1 else np.empty((0, 2))
    pairs = pairs.astype(np.int64).reshape(-1, 2)
    if len(pairs):
        agree = (matrix[pairs[:, 0]] == matrix[pairs[:, 1]]).mean(axis=1)
        pairs = pairs[agree >= threshold]
    pairs = pairs[_within_window(_days(articles), pairs)]
    first = _first(_components(n, pairs), _article_rank(articles))
    ids = articles["article_id"].to_numpy(dtype=object)
    return pd.DataFrame(
        {
            "story_id": pd.array(ids[first], dtype="string"),
            "story_original": pd.array(first == np.arange(n), dtype="bool"),
        }
    )


# --- statements ------------------------------------------------------------------------


@dataclass
class _Classes:
    """Statements grouped by their content words (see :func:`_classes`)."""

    of_row: np.ndarray  # each statement's class; -1: fewer than MIN_SHARED_WORDS words
    words: list[frozenset[str]]  # each class's content words
    codes: np.ndarray  # the classes' words as numbers, class after class
    sizes: np.ndarray  # how many words each class has
    keys: list[str | None]  # each statement's _words_key


def _classes(texts: list[str]) -> _Classes:
    """Texts with the same content words (words of 3+ characters, not ``_STOPWORDS``)
    share a class, compared once; texts with fewer than ``MIN_SHARED_WORDS`` never
    link and have none."""
    of_text: dict[str, tuple[int, str | None]] = {}  # (syndicated copy repeats statements)
    of_words: dict[frozenset[str], int] = {}
    words: list[frozenset[str]] = []
    of_row = np.empty(len(texts), dtype=np.int64)
    keys: list[str | None] = []
    for at, text in enumerate(texts):
        found = of_text.get(text)
        if found is None:
            lower = text.lower()
            own = frozenset(_LONG_WORD.findall(lower)).difference(_STOPWORDS)
            cls = -1 if len(own) < MIN_SHARED_WORDS else of_words.setdefault(own, len(words))
            if cls == len(words):
                words.append(own)
            found = of_text[text] = (cls, _NOT_WORD.sub(" ", lower).strip() or None)
        of_row[at] = found[0]
        keys.append(found[1])
    sizes = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    flat = pa.array(list(chain.from_iterable(words)), type=pa.string())
    codes = pc.dictionary_encode(flat).indices.to_numpy(zero_copy_only=False).astype(np.int64)
    return _Classes(of_row, words, codes, sizes, keys)


def _prefixes(classes: _Classes, threshold: float) -> pd.DataFrame:
    """``[cls, token]``: each class's prefix, its rarest content words (in fewest
    classes first), as many as must hold one of any two linked classes' shared words.

    Two classes that link share ``o >= max(MIN_SHARED_WORDS, share * |X|)`` words for
    each of them X, with ``share = min(threshold, LONGER_SHARE)`` (X the shorter or the
    longer); so the first ``|X| - o + 1`` words of X and of the other, in any one order,
    meet (prefix filtering, Bayardo et al. 2007). Only classes whose prefixes meet are
    compared: the same links as comparing every pair, without the pairs of statements
    that share only common words.
    """
    sizes, codes = classes.sizes, classes.codes
    cls = np.repeat(np.arange(len(sizes)), sizes)
    frequency = np.bincount(codes) if len(codes) else np.zeros(0, dtype=np.int64)
    rank = np.empty(len(frequency), dtype=np.int64)
    rank[np.argsort(frequency, kind="stable")] = np.arange(len(frequency))
    token = np.sort(cls * len(frequency) + rank[codes]) % max(len(frequency), 1)  # by class
    share = min(threshold, LONGER_SHARE)
    need = np.maximum(MIN_SHARED_WORDS, np.floor(share * sizes).astype(np.int64))
    place = np.arange(len(cls)) - (np.cumsum(sizes) - sizes)[cls]  # place in its class
    keep = place < (sizes - need + 1)[cls]
    return pd.DataFrame({"cls": cls[keep], "token": token[keep]})


def _blocks(rows: pd.DataFrame) -> list[tuple[pd.DataFrame, pd.DataFrame]]:
    """The groups of statements compared, as (left, right) tables ``[group, cls, row,
    article, right]``: a story's copies (left) against its original (right); statements
    of one speaker and day; statements worded alike on one day (a group against itself:
    left is right). Only groups with statements in two articles or more are kept."""
    rows = rows[rows["cls"] >= 0]
    dated = rows["day"].notna()
    in_story = rows["story_id"].notna()
    original = in_story & (rows["article_id"] == rows["story_id"]).fillna(False)
    out = []
    for chosen, keys in (
        (in_story, ["story_id"]),
        (rows["speaker"].notna() & dated, ["speaker", "day"]),
        (rows["words"].notna() & dated, ["words", "day"]),
    ):
        table = rows[chosen][["cls", "row", "article"]].assign(
            group=rows[chosen].groupby(keys, sort=False).ngroup().to_numpy(),
            right=original[chosen].to_numpy(dtype=bool),
        )
        table = table[table.groupby("group")["article"].transform("nunique").to_numpy() > 1]
        if keys == ["story_id"]:
            out.append((table[~table["right"]], table[table["right"]]))
        else:
            out.append((table, table))
    return out


def _same_code(code: np.ndarray) -> np.ndarray:
    """Every pair ``(i, j)`` of positions with equal ``code``, ``i`` before ``j`` in a
    stable sort (runs of one length at a time, without a Python step per run)."""
    order = np.argsort(code, kind="stable")
    ordered = code[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(code) else order
    lengths = np.diff(np.r_[starts, len(code)])
    found = [np.empty((0, 2), dtype=np.int64)]
    for length in np.unique(lengths[lengths > 1]).tolist():
        i, j = np.triu_indices(length, k=1)
        first = starts[lengths == length][:, None]
        found.append(np.column_stack([order[(first + i).ravel()], order[(first + j).ravel()]]))
    return np.concatenate(found)


def _candidates(left: pd.DataFrame, right: pd.DataFrame, prefixes: pd.DataFrame) -> pd.DataFrame:
    """``[group, cls_a, cls_b]``: the classes of the left and of the right of one group
    whose prefixes meet; for a group compared with itself (``left is right``), every
    class with itself and the pairs ``cls_a < cls_b``."""
    sides = [left] if left is right else [left, right]
    ends = [side[["group", "cls"]].drop_duplicates() for side in sides]
    if left is right:  # (a class with itself: where it is in two articles or more)
        spread = left.groupby(["group", "cls"], sort=False)["article"].nunique()
        twice = spread[spread > 1].index.to_frame(index=False)
    table = pd.concat(
        [e.merge(prefixes, on="cls").assign(side=k) for k, e in enumerate(ends)],
        ignore_index=True,
    )
    group, cls, side = (table[c].to_numpy() for c in ("group", "cls", "side"))
    tokens = int(prefixes["token"].max()) + 1 if len(prefixes) else 1
    at = _same_code(group * tokens + table["token"].to_numpy())
    a, b = cls[at[:, 0]], cls[at[:, 1]]
    if left is right:
        keep = a != b
        pairs = [group[at[keep, 0]], np.minimum(a, b)[keep], np.maximum(a, b)[keep]]
        pairs = [
            np.r_[p, twice[c].to_numpy()]
            for p, c in zip(pairs, ["group", "cls", "cls"], strict=True)
        ]
    else:  # a copy's class (left) against its original's (right)
        keep = side[at[:, 0]] != side[at[:, 1]]
        flip = side[at[keep, 0]] == 1
        pairs = [
            group[at[keep, 0]],
            np.where(flip, b[keep], a[keep]),
            np.where(flip, a[keep], b[keep]),
        ]
    table = pd.DataFrame(dict(zip(["group", "cls_a", "cls_b"], pairs, strict=True)))
    return table.drop_duplicates(ignore_index=True)


def _same_statement(
    pairs: pd.DataFrame, words: list[frozenset[str]], threshold: float
) -> np.ndarray:
    """Which class ``pairs`` are the same statement (shared content words, see the
    module doc); each distinct pair of classes is compared once."""
    distinct = pairs[["cls_a", "cls_b"]].drop_duplicates()
    a, b = distinct["cls_a"].tolist(), distinct["cls_b"].tolist()
    shared = np.fromiter((len(words[i] & words[j]) for i, j in zip(a, b, strict=True)),
                         dtype=np.int64, count=len(a))  # fmt: skip
    size = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    small = np.minimum(size[a], size[b]) if len(a) else np.empty(0, dtype=np.int64)
    large = np.maximum(size[a], size[b]) if len(a) else np.empty(0, dtype=np.int64)
    ok = (
        (shared >= MIN_SHARED_WORDS)
        & (shared >= threshold * small)
        & (shared >= LONGER_SHARE * large)
    )
    linked = distinct[ok].assign(ok=True)
    return pairs.merge(linked, on=["cls_a", "cls_b"], how="left")["ok"].notna().to_numpy()


def _representatives(side: pd.DataFrame) -> pd.DataFrame:
    """``[group, cls, first, first_article, second]`` for each class of each group: its
    first statement, that one's article, and its first statement in another article
    (-1: none)."""
    ordered = side.sort_values(["group", "cls", "row"], kind="stable")
    first = ordered.drop_duplicates(["group", "cls"])[["group", "cls", "row", "article"]]
    first = first.rename(columns={"row": "first", "article": "first_article"})
    other = ordered.merge(first, on=["group", "cls"])
    other = other[other["article"] != other["first_article"]].drop_duplicates(["group", "cls"])
    second = other[["group", "cls", "row"]].rename(columns={"row": "second"})
    found = first.merge(second, on=["group", "cls"], how="left")
    return found.assign(second=found["second"].fillna(-1).astype(np.int64))


def _edges(members: pd.DataFrame, others: pd.DataFrame, pairs: pd.DataFrame) -> np.ndarray:
    """For each linked pair of classes (``cls_a`` of ``members``, ``cls_b`` of
    ``others``), every member statement of ``cls_a`` tied to the first statement of
    ``cls_b`` in another article: the first, or the second if the first is in its own.

    Every pair of linked classes links all their statements in different articles, and
    a class that links at all links with itself where it is in two articles or more
    (``MIN_SHARED_WORDS``); so these ties, taken both ways, join the same statements as
    every pair would: a member joins the other class whenever that has a statement in
    another article, and a class's statements are joined to each other through their
    second, or (all in one article) through the other class. Tested against comparing
    every pair.
    """
    reps = _representatives(others).rename(columns={"cls": "cls_b"})
    ties = pairs.merge(members.rename(columns={"cls": "cls_a"}), on=["group", "cls_a"])
    ties = ties.merge(reps, on=["group", "cls_b"])
    target = np.where(
        ties["article"].to_numpy() != ties["first_article"].to_numpy(),
        ties["first"].to_numpy(),
        ties["second"].to_numpy(),
    )
    keep = target >= 0
    return np.column_stack([ties["row"].to_numpy()[keep], target[keep]]).astype(np.int64)


def _statement_links(rows: pd.DataFrame, threshold: float) -> tuple[np.ndarray, int]:
    """Pairs of statement rows whose connected components are the statement clusters,
    and how many pairs of classes were compared.

    Statements are compared when their articles are a copy and its story's original, or
    they have the same speaker and publication day, or the same words and day; they are
    the same statement when their content words agree (:func:`_same_statement`).
    Statements with the same content words are compared once, as a class, and only
    classes whose rarest words meet (:func:`_prefixes`).
    """
    texts = rows["text"].astype(object).where(rows["text"].notna(), "").tolist()
    classes = _classes(texts)
    rows = rows.assign(
        row=np.arange(len(rows)),
        cls=classes.of_row,
        article=pd.factorize(rows["article_id"])[0],
        words=pd.array(classes.keys, dtype="string"),
    )
    prefixes = _prefixes(classes, threshold)
    words = classes.words
    found, compared = [np.empty((0, 2), dtype=np.int64)], 0
    for left, right in _blocks(rows):
        pairs = _candidates(left, right, prefixes)
        compared += len(pairs)
        pairs = pairs[_same_statement(pairs, words, threshold)]
        flipped = pairs.rename(columns={"cls_a": "cls_b", "cls_b": "cls_a"})
        found += [_edges(left, right, pairs), _edges(right, left, flipped)]
    return np.concatenate(found), compared


def _statement_rows(statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The statements with their articles' story, rank (:func:`_article_rank`) and day."""
    meta = articles[["article_id", "published", "story_id"]].assign(
        article_rank=_article_rank(articles)
    )
    rows = statements[["statement_id", "article_id", "speaker", "text"]].merge(
        meta, on="article_id", how="left", sort=False
    )
    return rows.assign(day=rows["published"].dt.floor("D"))


def cluster_statements(
    statements: pd.DataFrame, articles: pd.DataFrame, threshold: float = STATEMENT_THRESHOLD
) -> pd.DataFrame:
    """``[statement_cluster, statement_copy, statement_reports]`` aligned with
    ``statements``; ``articles`` needs ``article_id``, ``published``, ``outlet`` and
    ``story_id`` (see :func:`group_stories`)."""
    rows = _statement_rows(statements, articles)
    pairs, _ = _statement_links(rows, threshold)
    n = len(rows)
    rank = np.lexsort((np.arange(n), rows["article_rank"].to_numpy(np.int64)))
    order = np.empty(n, dtype=np.int64)
    order[rank] = np.arange(n)
    first = _first(_components(n, pairs), order)
    ids = rows["statement_id"].to_numpy(dtype=object)
    clusters = pd.Series(ids[first])
    stories = rows["story_id"].astype(object)
    # a report is the first of its story in the cluster; later ones are copies
    by_rank = pd.DataFrame({"cluster": clusters, "story": stories, "order": order})
    by_rank = by_rank.sort_values("order", kind="stable")
    copy = by_rank.duplicated(["cluster", "story"]).reindex(range(n)).to_numpy(dtype=bool)
    reports = (~pd.Series(copy)).groupby(clusters).transform("sum")
    return pd.DataFrame(
        {
            "statement_cluster": pd.array(clusters.to_numpy(), dtype="string"),
            "statement_copy": pd.array(copy, dtype="bool"),
            "statement_reports": pd.array(reports.to_numpy(), dtype="Int32"),
        }
    )


def _words_key(text: pd.Series) -> pd.Series:
    """Each text's words (Unicode word characters, as :data:`_WORD` finds them: Latin,
    Cyrillic, Armenian alike), lower case, one space apart: a key for verbatim reports.
    A text without a word has no key (missing), so such texts are never paired by it.

    >>> keys = _words_key(pd.Series(["“Мы НЕ подпишем”, — сказал он.", "…", None]))
    >>> keys.tolist()
    ['мы не подпишем сказал он', <NA>, <NA>]
    """
    values = pa.array(text.array, type=pa.string())
    if isinstance(values, pa.ChunkedArray):  # (tables concatenated from parts)
        values = values.combine_chunks()
    values = pc.dictionary_encode(values)
    # (syndicated copy repeats statements: each distinct text is keyed once)
    keys = [_NOT_WORD.sub(" ", t.lower()).strip() or None for t in values.dictionary.to_pylist()]
    words = pc.take(pa.array(keys, type=pa.string()), values.indices)
    return pd.Series(pd.array(words, dtype="string"), index=text.index)


def _sharing(key: pd.Series, day: pd.Series, fresh: np.ndarray) -> np.ndarray:
    """Rows whose (key, day) is that of a fresh row."""
    keys = pd.DataFrame({"key": key.to_numpy(dtype=object), "day": day.to_numpy()})
    valid = keys.notna().all(axis=1).to_numpy()
    wanted = keys[fresh & valid].drop_duplicates().assign(hit=True)
    hit = keys.merge(wanted, on=["key", "day"], how="left", sort=False)["hit"]
    return hit.notna().to_numpy() & valid


def to_relink(
    statements: pd.DataFrame,
    articles: pd.DataFrame,
    fresh: np.ndarray,
    stories_moved: set[str],
    clusters_gone: set[str],
) -> np.ndarray:
    """Which statements a change can move to another cluster (a boolean mask).

    ``statements`` hold every statement with its earlier ``statement_cluster`` (none for
    the ``fresh`` rows, of new or changed articles), ``articles`` every article with its
    current ``story_id``; ``stories_moved`` are the stories (earlier or current ids)
    whose articles or original changed, ``clusters_gone`` the earlier clusters of
    statements that are gone. Statements are compared only when they share a story, a
    speaker and day, or their words and day (see :func:`cluster_statements`), and a pair
    that was compared before links as it did; so the clusters of the statements that
    share a key with a fresh one, sit in a moved story or lost a member are the only
    ones that can change, and clustering them (with the fresh rows) again gives what
    clustering every statement gives.
    """
    meta = articles[["article_id", "published", "story_id"]]
    rows = statements[["article_id", "speaker", "text", "statement_cluster"]].merge(
        meta, on="article_id", how="left", sort=False
    )
    day = rows["published"].dt.floor("D")
    stories = stories_moved | set(rows["story_id"][fresh].dropna())
    touching = rows["story_id"].isin(stories).to_numpy(dtype=bool).copy()
    touching |= _sharing(rows["speaker"], day, fresh)
    near = day.isin(set(day[fresh].dropna())).to_numpy(dtype=bool)
    if near.any():  # (the words of the statements of the fresh rows' days only)
        words = pd.Series(pd.NA, index=rows.index, dtype="string")
        words[near] = _words_key(rows["text"][near])
        touching |= _sharing(words, day, fresh)
    clusters = set(rows["statement_cluster"][touching].dropna()) | clusters_gone
    return fresh | rows["statement_cluster"].isin(clusters).to_numpy(dtype=bool)


# --- the cross-article step ------------------------------------------------------------


def link(
    articles: pd.DataFrame,
    statements: pd.DataFrame,
    threshold: float = THRESHOLD,
    statement_threshold: float = STATEMENT_THRESHOLD,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``articles`` with their stories and ``statements`` with their clusters (the
    columns of :func:`group_stories` and :func:`cluster_statements`, replaced if there)."""
    stories = group_stories(articles, threshold)
    articles = articles.assign(**{c: stories[c].array for c in stories.columns})
    clusters = cluster_statements(statements, articles, statement_threshold)
    statements = statements.assign(**{c: clusters[c].array for c in clusters.columns})
    return articles, statements


def moved_stories(
    before: pd.DataFrame, now: pd.DataFrame, fresh: np.ndarray, gone: Mapping[str, pd.DataFrame]
) -> set[str]:
    """The stories (earlier and current ids) whose articles or original changed: those of
    the unchanged articles whose ``story_id`` differs between ``before`` and ``now``
    (every article, aligned; ``fresh`` marks the articles processed again), and those of
    the articles processed again or removed (``gone["articles"]``)."""
    previous, current = before["story_id"], now["story_id"]
    shifted = ~fresh & (objects(previous) != objects(current))
    moved = set(previous[shifted]) | set(current[shifted])
    return moved | set(gone["articles"]["story_id"].dropna())


def update_statement_clusters(
    statements: pd.DataFrame,
    articles: pd.DataFrame,
    before: pd.DataFrame,
    fresh: Mapping[str, np.ndarray],
    gone: Mapping[str, pd.DataFrame],
) -> pd.DataFrame:
    """The statement clusters that :func:`cluster_statements` gives, in an incremental
    build.

    ``statements`` and ``articles`` hold every row now, in document order: the stored
    rows of the articles that stay as they were, with their clusters, and the ``fresh``
    rows (a mask by table) of the articles processed again; ``articles`` with the stories
    of this build (:func:`group_stories` over the whole corpus), ``before`` the same rows
    with the stories stored by the earlier build; ``gone`` (by table) the stored rows of
    the articles processed again or removed. Statements are clustered again only where a
    change can move them (:func:`to_relink`). Returned are the columns of
    :func:`cluster_statements`, aligned with ``statements``.
    """
    moved = moved_stories(before, articles, fresh["articles"], gone)
    lost = set(gone["statements"]["statement_cluster"].dropna())
    again = to_relink(statements, articles, fresh["statements"], moved, lost)
    clusters = cluster_statements(statements[again], articles)
    rows, columns = np.flatnonzero(again), {}
    for c in clusters.columns:
        columns[c] = statements[c].array.copy()
        columns[c][rows] = clusters[c].array
    return pd.DataFrame(columns, index=statements.index)


# --- counting --------------------------------------------------------------------------


def one_per_cluster(statements: pd.DataFrame, count: str = "statements") -> pd.DataFrame:
    """The statements to count: with ``count="statements"`` one row per statement
    cluster (its first report if among the rows, else its first row), with
    ``count="reports"`` every row. Rows keep their order.

    >>> table = pd.DataFrame({"statement_id": ["a:1", "b:1"], "statement_cluster": ["a:1"] * 2})
    >>> len(one_per_cluster(table)), len(one_per_cluster(table, count="reports"))
    (1, 2)
    """
    if count not in COUNTS:
        raise ValueError(f"count must be one of {COUNTS}, not {count!r}")
    if count == "reports" or "statement_cluster" not in statements or statements.empty:
        return statements
    cluster = statements["statement_cluster"].astype(object)
    alone = cluster.isna().to_numpy()  # not clustered (yet): a statement of its own
    is_first = (cluster == statements["statement_id"].astype(object)).to_numpy(dtype=bool)
    order = np.lexsort((np.arange(len(statements)), ~is_first))
    keep = alone.copy()
    keep[order[~cluster.iloc[order].duplicated().to_numpy()]] = True
    return statements[keep]


def corroborated(
    statements: pd.DataFrame, articles: pd.DataFrame, top: int | None = 10
) -> pd.DataFrame:
    """The statements reported most independently: ``[statement_cluster, speaker,
    text, reports, articles, outlets]`` (``outlets``: the outlets of every report and
    copy, sorted), most independent reports first, then most articles."""
    columns = ["statement_cluster", "speaker", "text", "reports", "articles", "outlets"]
    if "statement_cluster" not in statements or statements.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    rows = statements.merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    firsts = one_per_cluster(rows).set_index("statement_cluster")
    grouped = rows.groupby("statement_cluster", sort=True)
    table = pd.DataFrame(
        {
            "reports": grouped["statement_copy"].agg(lambda c: int((~c.astype(bool)).sum())),
            "articles": grouped["article_id"].nunique(),
            "outlets": grouped["outlet"].agg(lambda o: sorted(set(o.dropna().astype(str)))),
        }
    )
    table = table.join(firsts[["speaker", "text"]]).reset_index()
    table = table.sort_values(
        ["reports", "articles", "statement_cluster"], ascending=[False, False, True], kind="stable"
    )
    table = table[columns].reset_index(drop=True)
    return table if top is None else table.head(top)
