"""Stories and statement clusters: the same text, and the same statement, across articles.

A wire story reposted by ten outlets, with a new headline, a paragraph cut or another
site's boilerplate, is one *story*: its articles share ``articles.story_id``, the id of
the copy that appeared first (on the same day, a wire's copy; then document order),
which is marked ``story_original``. Articles are compared by MinHash signatures
(datasketch) of their word 5-gram shingles; two articles whose estimated Jaccard
similarity reaches ``THRESHOLD`` are copies, and copies of copies share the story.

A statement reported by several articles (the same speaker saying the same thing,
quoted verbatim or paraphrased) is one *statement cluster*: ``statements.
statement_cluster`` is the id of its first report. Two statements are compared when
their articles are copies of one story, or when the same speaker is reported on the
same publication day; they are the same statement when most of the shorter one's
content words are in the other. A report in a copy of a story that reported the
statement already is marked ``statement_copy``; ``statement_reports`` counts the
independent reports (distinct stories) of the cluster, so 2 or more is corroboration.

Both steps are pure functions of a few columns of the whole corpus (signatures, dates,
outlets, speakers, statement texts), so an incremental build computes them again from
the stored columns and gets what a full build gets. See ``docs/stories.md``.
"""

from __future__ import annotations

import re
import zlib
from functools import cache, lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from datasketch import MinHash, MinHashLSH

from .parameters import COUNTS  # what the figures count: statements or reports

__all__ = [
    "COUNTS",
    "STATEMENT_THRESHOLD",
    "THRESHOLD",
    "check_threshold",
    "cluster_statements",
    "corroborated",
    "group_stories",
    "link",
    "one_per_cluster",
    "signature",
    "to_relink",
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
_LONG_WORD = re.compile(r"\w{3,}")  # content words have 3 letters or more
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd: the rolling shingle hash mixes words
_STOPWORD_TEXT = """the and that this with from have has had was were are for not but its his her
    their our your they them she him who whom which what when where will would shall
    should can could may might must been being also than then there here about into
    over after before said says say told added noted stated according very more most
    such only other some any all each both just even because while during against"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


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


@cache
def _permutations() -> np.ndarray:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


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


def _as_given(value: np.ndarray) -> np.ndarray:
    return value


def signature(text: str | None) -> bytes | None:
    """The MinHash signature of a text's shingles (``NUM_PERM`` uint32, little-endian);
    None for a text without words.

    >>> len(signature("The CSTO will not intervene, the secretary general said."))
    256
    """
    shingles = _shingle_hashes(text or "")
    if not len(shingles):
        return None
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=_as_given,
        permutations=_permutations(),
        scheme=SCHEME,
    )
    # One "value" whose hash is the vector of every shingle's: datasketch permutes and
    # takes the minimum over it as over the shingles one by one (the same hash values,
    # tested), without a Python call and conversion per shingle.
    minhash.update_batch([shingles.astype(np.uint32)])
    return minhash.hashvalues.astype("<u4").tobytes()


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


@cache
def bands(threshold: float) -> tuple[int, int]:
    """The (bands, rows per band) that datasketch's MinHashLSH chooses for ``threshold``."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


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
    the smallest node of its component."""
    parent = np.arange(n)

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs.tolist():
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return np.array([root(x) for x in range(n)], dtype=np.int64)


def _first(labels: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """For every node, the node of its component with the smallest ``rank``."""
    order = np.lexsort((rank, labels))
    first = {}
    for node in order.tolist():
        first.setdefault(labels[node], node)
    return np.array([first[label] for label in labels.tolist()], dtype=np.int64)


def _article_rank(articles: pd.DataFrame) -> np.ndarray:
    """Articles in the order in which they count as first: publication date (undated
    last), then a wire's copy, then document order."""
    published = articles["published"].to_numpy("datetime64[ns]")
    undated = np.isnat(published)
    day = np.where(
        undated, np.iinfo(np.int64).max, published.astype("datetime64[D]").astype(np.int64)
    )
    wire = ~articles["outlet"].isin(WIRES).to_numpy(dtype=bool, na_value=False)
    order = np.lexsort((np.arange(len(articles)), wire, day))
    rank = np.empty(len(articles), dtype=np.int64)
    rank[order] = np.arange(len(articles))
    return rank


def group_stories(articles: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """``[story_id, story_original]`` aligned with ``articles`` (which need
    ``article_id``, ``published``, ``outlet`` and ``minhash``).

    Articles whose signatures agree on at least ``threshold`` of their values (the
    estimated Jaccard similarity of their shingles) are copies; a story is a set of
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
    first = _first(_components(n, pairs), _article_rank(articles))
    ids = articles["article_id"].to_numpy(dtype=object)
    return pd.DataFrame(
        {
            "story_id": pd.array(ids[first], dtype="string"),
            "story_original": pd.array(first == np.arange(n), dtype="bool"),
        }
    )


# --- statements ------------------------------------------------------------------------


def _content_words(text: str) -> set[str]:
    return set(_LONG_WORD.findall(text.lower())) - _STOPWORDS


def _statement_pairs(rows: pd.DataFrame) -> np.ndarray:
    """Pairs of statement rows (i < j, different articles) worth comparing: a copy's
    and its story's original's, by the same speaker on the same publication day, or
    worded alike (speaker resolved or not) on the same day."""
    rows = rows.assign(row=np.arange(len(rows)), words=_words_key(rows["text"]).array)
    dated = rows["day"].notna()
    in_story = rows["story_id"].notna().to_numpy(dtype=bool)
    original = in_story & (rows["article_id"] == rows["story_id"]).to_numpy(
        dtype=bool, na_value=False
    )
    found = [
        _pairs_sharing(rows[in_story & ~original], rows[original], ["story_id"]),
        _pairs_sharing(*[rows[rows["speaker"].notna() & dated]] * 2, ["speaker", "day"]),
        _pairs_sharing(*[rows[dated & rows["words"].notna()]] * 2, ["words", "day"]),
    ]
    pairs = np.sort(np.concatenate(found), axis=1)
    code = np.unique(pairs[:, 0] * max(len(rows), 1) + pairs[:, 1])  # (sorted, distinct)
    return np.column_stack([code // max(len(rows), 1), code % max(len(rows), 1)])


def _pairs_sharing(left: pd.DataFrame, right: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """Pairs of rows of ``left`` and ``right`` with equal ``keys``, in different articles."""
    columns = [*keys, "row", "article_id"]
    merged = left[columns].merge(right[columns], on=keys, suffixes=("_a", "_b"))
    keep = (merged["row_a"] != merged["row_b"]) & (merged["article_id_a"] != merged["article_id_b"])
    return merged.loc[keep, ["row_a", "row_b"]].to_numpy(dtype=np.int64).reshape(-1, 2)


def _same_statement(pairs: np.ndarray, texts: list[str], threshold: float) -> np.ndarray:
    """Which ``pairs`` are the same statement (shared content words, see module doc)."""
    involved = np.unique(pairs.ravel()).tolist()
    of_text: dict[str, set[str]] = {}  # (syndicated copy repeats statements)
    words = {}
    for i in involved:
        text = texts[i] or ""
        words[i] = of_text.get(text) or of_text.setdefault(text, _content_words(text))
    shared = np.fromiter(
        (len(words[i] & words[j]) for i, j in pairs.tolist()), dtype=np.int64, count=len(pairs)
    )
    size = np.zeros(len(texts), dtype=np.int64)
    size[involved] = [len(words[i]) for i in involved]
    a, b = size[pairs[:, 0]], size[pairs[:, 1]]
    return (
        (shared >= MIN_SHARED_WORDS)
        & (shared >= threshold * np.minimum(a, b))
        & (shared >= LONGER_SHARE * np.maximum(a, b))
    )


def cluster_statements(
    statements: pd.DataFrame, articles: pd.DataFrame, threshold: float = STATEMENT_THRESHOLD
) -> pd.DataFrame:
    """``[statement_cluster, statement_copy, statement_reports]`` aligned with
    ``statements``; ``articles`` needs ``article_id``, ``published``, ``outlet`` and
    ``story_id`` (see :func:`group_stories`)."""
    meta = articles[["article_id", "published", "story_id"]].assign(
        article_rank=_article_rank(articles)
    )
    rows = statements[["statement_id", "article_id", "speaker", "text"]].merge(
        meta, on="article_id", how="left", sort=False
    )
    rows["day"] = rows["published"].dt.floor("D")
    pairs = _statement_pairs(rows)
    texts = rows["text"].astype(object).where(rows["text"].notna(), "").tolist()
    pairs = pairs[_same_statement(pairs, texts, threshold)] if len(pairs) else pairs
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
    keys = [" ".join(_WORD.findall(t.lower())) or None for t in values.dictionary.to_pylist()]
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
