"""Benchmark story linking against datasketch's MinHashLSH on the same signatures.

    python benchmarks/bench_stories.py --n 1000      (also run by: make bench N=... SCALE=...)

The corpus is the synthetic one of ``bench_pipeline.py`` (cached under
``benchmarks/out/``) plus syndicated copies of a share of its articles, made as the
test corpus of :mod:`cscaucasus.syndication` makes them (a paragraph cut, another
site's boilerplate, a sentence reworded). Both methods get the same MinHash signatures
(computed once, timed apart) and the same threshold, and run in this one process, in
turn, ``--repeat`` times; each is timed in CPU seconds of this process (other processes
on a shared machine do not count) and its fastest run is kept:

* ``cscaucasus``: :func:`cscaucasus.stories.group_stories` (LSH buckets grouped for the
  whole corpus with numpy, candidate pairs verified, connected components, originals);
* the reference: ``datasketch.MinHashLSH`` with the same bands and rows, every
  signature inserted then queried (``LeanMinHash``), candidate pairs verified the same
  way, connected components by ``scipy.sparse.csgraph``.

The scale corpus (``--scale``; default 1,000 and 10,000 articles, the 100,000 figure
with ``--scale 10000,30000,100000`` or ``make bench SCALE=10000,30000,100000``) also
times the statement linking, the clustering of events by period (by story) and
following stories in the events (:mod:`cscaucasus.happenings`), on one made-up dated
event per statement.

It prints whether both find the same stories, the seconds of each, and the order of
cost: the time per article at ``n`` against ``n / 4`` (1.0: linear). The last lines are
``ratio_to_datasketch=<reference seconds / cscaucasus seconds>`` and
``cost_per_article_ratio=<...>``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from datasketch import LeanMinHash, MinHashLSH
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cscaucasus import chronology, happenings, stories  # noqa: E402
from cscaucasus.runtime import batch_gc  # noqa: E402
from cscaucasus.syndication import BOILERPLATE, REWORDINGS  # noqa: E402
from cscaucasus.synthetic import make_corpus  # noqa: E402

_REWORD = re.compile(r"\b(" + "|".join(REWORDINGS) + r")\b")


def corpus_texts(out: Path, n: int, seed: int) -> list[str]:
    """The texts of the synthetic corpus of ``n`` articles (written once, then read)."""
    folder = out / f"corpus_n{n}_s{seed}"
    if not (folder / "metadata.csv").exists():
        make_corpus(folder, n, seed=seed, source=ROOT / "data/raw")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def syndicated(texts: list[str], share: float, seed: int) -> list[str]:
    """``texts`` and, for a ``share`` of them, a copy: a paragraph cut, one sentence
    reworded, another site's boilerplate around it."""
    rng = random.Random(seed)
    out = list(texts)
    for text in rng.sample(texts, int(share * len(texts))):
        paragraphs = text.split("\n\n")
        if len(paragraphs) > 3:
            del paragraphs[rng.randrange(1, len(paragraphs))]
        at = rng.randrange(len(paragraphs))
        paragraphs[at] = _REWORD.sub(lambda m: REWORDINGS[m.group(1)], paragraphs[at], count=1)
        lines = rng.sample(BOILERPLATE, 2)
        out.append("\n\n".join([lines[0], *paragraphs, lines[1]]))
    rng.shuffle(out)  # copies among the rest: a first quarter has its share of them
    return out


def articles_of(texts: list[str]) -> pd.DataFrame:
    """An articles table of ``texts`` (one day, one outlet) with their signatures."""
    return pd.DataFrame(
        {
            "article_id": [f"a{i:07d}" for i in range(len(texts))],
            "text": texts,
            "published": pd.Timestamp("2022-11-23"),
            "outlet": "X",
        }
    )


def by_datasketch(signatures: pd.Series, threshold: float) -> np.ndarray:
    """Each article's component label (the smallest row of its story), the reference way."""
    values = signatures.tolist()
    n = len(values)
    lsh = MinHashLSH(threshold=threshold, num_perm=stories.NUM_PERM)
    hashes = {}
    for i, raw in enumerate(values):
        if raw is None or raw is pd.NA:
            continue
        hashes[i] = np.frombuffer(raw, dtype="<u4").astype(np.uint64)
        lsh.insert(i, LeanMinHash(seed=stories.SEED, hashvalues=hashes[i], scheme=stories.SCHEME))
    rows, cols = [], []
    for i, h in hashes.items():
        for j in lsh.query(LeanMinHash(seed=stories.SEED, hashvalues=h, scheme=stories.SCHEME)):
            if j > i and (hashes[j] == h).mean() >= threshold:
                rows.append(i)
                cols.append(j)
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    smallest = pd.Series(np.arange(n)).groupby(labels).transform("min")
    return smallest.to_numpy()


def by_cscaucasus(articles: pd.DataFrame, threshold: float) -> np.ndarray:
    """Each article's component label (the smallest row of its story), by group_stories."""
    story = stories.group_stories(articles, threshold)["story_id"].to_numpy(dtype=object)
    rows = pd.Series(np.arange(len(story)))
    return rows.groupby(story).transform("min").to_numpy()


def cpu_seconds(fn, *args) -> tuple[object, float]:
    """The result of ``fn(*args)`` and the CPU seconds this process spent on it."""
    started = time.process_time()
    result = fn(*args)
    return result, time.process_time() - started


def measure(texts: list[str], threshold: float, repeat: int) -> dict[str, float]:
    """Signature time, both methods' times (the fastest of ``repeat`` runs, the two run
    in turn so that a change in the machine's load reaches both) and their agreement."""
    articles, signing = cpu_seconds(stories.with_signatures, articles_of(texts))
    ours_s = theirs_s = float("inf")
    for _ in range(repeat):
        ours, seconds = cpu_seconds(by_cscaucasus, articles, threshold)
        ours_s = min(ours_s, seconds)
        theirs, seconds = cpu_seconds(by_datasketch, articles["minhash"], threshold)
        theirs_s = min(theirs_s, seconds)
    return {
        "articles": len(texts),
        "signatures": signing,
        "cscaucasus": ours_s,
        "datasketch": theirs_s,
        "stories": len(set(ours.tolist())),
        "same": float((ours == theirs).mean()),
    }


# --- the scale corpus: distinct articles, their copies and their statements -------------

#: Syllables of the scale corpus's made-up words (a vocabulary of 20 ** 3 + 20 ** 4).
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ner",
    "sut",
    "va",
    "dro",
    "pel",
    "ti",
    "gan",
    "ru",
    "bos",
    "ze",
    "hal",
    "fi",
    "mun",
    "tor",
    "ye",
    "sha",
    "dek",
]
VOCABULARY = 20_000
DAYS = 4 * 365  # the scale corpus spans four years whatever its size: denser when bigger
SPEAKERS = 300


def _vocabulary() -> np.ndarray:
    three = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]
    four = [w + d for w in three for d in SYLLABLES]
    return np.array((three + four)[:VOCABULARY], dtype=object)


def _zipf(size: int, exponent: float = 1.0) -> np.ndarray:
    """Word probabilities by rank (Zipf-Mandelbrot), as word frequencies in news fall."""
    weights = 1 / (np.arange(size) + 2.7) ** exponent
    return weights / weights.sum()


def scale_tables(n: int, seed: int, copies: float = 0.3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``articles`` (article_id, text, published, outlet) and ``statements``
    (statement_id, article_id, speaker, text) of ``n`` distinct articles plus copies of
    a ``copies`` share of them, made without the NLP pipeline.

    Unlike the synthetic corpus (a pool of about 100 seed paragraphs, so any two of its
    articles share a paragraph a third of the time), the articles here are written anew
    from a Zipf vocabulary, so articles that are not copies share almost no shingle, as
    in real news. Every paragraph carries one statement (a stretch of its words) with a
    Zipf-chosen speaker (15% unresolved); copies cut a paragraph, reword a few words of
    another and add boilerplate, a fifth of them a day late; 5% of the statements are
    reported again, independently (a third of their words replaced), by another article
    of the same day. All articles fall within four years, so a bigger corpus has more
    articles, statements and speakers per day: the harder case for same-day keys.
    """
    rng = np.random.default_rng(seed)
    words, speakers = _vocabulary(), np.array([f"Speaker {i}" for i in range(SPEAKERS)])
    cdf_word, cdf_speaker = np.cumsum(_zipf(VOCABULARY)), np.cumsum(_zipf(SPEAKERS))

    def draw(cdf: np.ndarray, size: int) -> np.ndarray:
        return np.minimum(np.searchsorted(cdf, rng.random(size)), len(cdf) - 1)

    days = np.sort(rng.integers(0, DAYS, n))
    base: list[list[list[str]]] = []
    quotes: list[list[tuple[int, int, str | None]]] = []  # (start, length, speaker)
    for _ in range(n):
        sizes = rng.integers(25, 70, rng.integers(4, 13))
        drawn = words[draw(cdf_word, int(sizes.sum()))].tolist()
        cuts = np.cumsum(sizes)[:-1].tolist()
        paragraphs = [drawn[a:b] for a, b in zip([0, *cuts], [*cuts, len(drawn)], strict=True)]
        base.append(paragraphs)
        spoken = draw(cdf_speaker, len(paragraphs))
        resolved = rng.random(len(paragraphs)) >= 0.15
        lengths = rng.integers(10, 25, len(paragraphs))
        quotes.append(
            [
                (int(rng.integers(0, max(len(p) - k, 1))), int(k), speakers[s] if r else None)
                for p, k, s, r in zip(paragraphs, lengths, spoken, resolved, strict=True)
            ]
        )
    articles, statements = [], []

    def add(paragraphs, said, day, outlet, lead=None) -> str:
        article_id = f"a{len(articles):07d}"
        body = [" ".join(p) for p in paragraphs]
        text = "\n\n".join([*(lead or []), *body])
        articles.append((article_id, text, day, outlet))
        for k, (p, (start, length, speaker)) in enumerate(zip(paragraphs, said, strict=True)):
            quote = " ".join(p[start : start + length])
            statements.append((f"{article_id}:s{k:03d}", article_id, speaker, quote))
        return article_id

    outlets = rng.integers(0, 10, n)
    for i in range(n):
        add(base[i], quotes[i], days[i], f"Outlet {outlets[i]}")
    for i in np.sort(rng.choice(n, int(copies * n), replace=False)).tolist():
        paragraphs, said = list(base[i]), list(quotes[i])
        if len(paragraphs) > 3:
            cut = int(rng.integers(1, len(paragraphs)))
            del paragraphs[cut], said[cut]
        at = int(rng.integers(0, len(paragraphs)))
        reworded = list(paragraphs[at])
        for k in rng.choice(len(reworded), 2, replace=False).tolist():
            reworded[k] = words[rng.integers(0, VOCABULARY)]
        paragraphs[at] = reworded
        lead = rng.choice(BOILERPLATE, 2, replace=False).tolist()
        late = int(rng.random() < 0.2)
        add(paragraphs, said, days[i] + late, f"Outlet {(outlets[i] + 1) % 10}", lead)
    _independent_reports(statements, articles, rng, words)
    return _frames(articles, statements)


def _independent_reports(statements: list, articles: list, rng, words: np.ndarray) -> None:
    """Add, for 5% of the statements, a report in its own words (a third of the words
    replaced) by another article of the same day."""
    by_day: dict[int, list[str]] = {}
    for article_id, _, day, _ in articles:
        by_day.setdefault(day, []).append(article_id)
    day_of = {a: d for a, _, d, _ in articles}
    count: dict[str, int] = {}
    for k in rng.choice(len(statements), len(statements) // 20, replace=False).tolist():
        _, article_id, speaker, quote = statements[k]
        others = [a for a in by_day[day_of[article_id]] if a != article_id]
        if not others:
            continue
        other = others[int(rng.integers(0, len(others)))]
        said = quote.split()
        for j in rng.choice(len(said), len(said) // 3, replace=False).tolist():
            said[j] = words[rng.integers(0, VOCABULARY)]
        count[other] = count.get(other, 0) + 1
        statements.append((f"{other}:r{count[other]:03d}", other, speaker, " ".join(said)))


def _frames(articles: list, statements: list) -> tuple[pd.DataFrame, pd.DataFrame]:
    ids, texts, days, outlets = zip(*articles, strict=True)
    published = pd.Timestamp("2020-01-01") + pd.to_timedelta(np.array(days), unit="D")
    table = pd.DataFrame(
        {
            "article_id": list(ids),
            "text": list(texts),
            "published": published,
            "outlet": list(outlets),
        }
    )
    said = pd.DataFrame(statements, columns=["statement_id", "article_id", "speaker", "text"])
    said = said.astype(
        {"statement_id": "string", "article_id": "string", "speaker": "string", "text": "string"}
    )
    return table, said


def measure_scale(n: int, seed: int, threshold: float) -> dict[str, float]:
    """CPU seconds of the signatures, the story grouping and the statement linking on
    the scale corpus of ``n`` distinct articles (plus copies), run as the pipeline runs
    its cross-article stages (:func:`cscaucasus.runtime.batch_gc`), and the pairs each
    compares: LSH candidate pairs of articles; pairs of statement classes, against the
    pairs of statements in one group (story, speaker and day, words and day) that
    comparing every pair would take."""
    articles, said = scale_tables(n, seed)
    with batch_gc():
        articles, signing = cpu_seconds(stories.with_signatures, articles)
        found, grouping = cpu_seconds(stories.group_stories, articles, threshold)
        articles = articles.assign(**{c: found[c].array for c in found.columns})
        clusters, linking = cpu_seconds(stories.cluster_statements, said, articles)
        events = scale_events(said, articles)
        story = chronology.event_stories(events, articles)
        events, clustering = cpu_seconds(_period_clusters, events, story)
        followed, following = cpu_seconds(happenings.follow_stories, events, articles)
    matrix, have = stories._matrix(articles["minhash"])
    rows = stories._statement_rows(said, articles)
    _, compared = stories._statement_links(rows, stories.STATEMENT_THRESHOLD)
    return {
        "articles": len(articles),
        "statements": len(said),
        "signatures": signing,
        "grouping": grouping,
        "linking": linking,
        "clustering": clustering,
        "happenings": following,
        "events": len(events),
        "event_clusters": events["period_cluster"].nunique(),
        "followed": int(
            (followed.to_numpy(object) != events["period_cluster"].to_numpy(object)).sum()
        ),
        "story_pairs": len(stories.candidate_pairs(matrix[have], threshold)),
        "class_pairs": compared,
        "block_pairs": _block_pairs(rows),
        "stories": articles["story_id"].nunique(),
        "corroborated": int((clusters["statement_reports"] > 1).sum()),
    }


#: Date expressions of the scale corpus's events, and how many days before publication
#: each dates its happening ("November 23": a fixed date, the same in a late copy).
DATE_TEXTS = {"yesterday": 1, "on Monday": 3, "today": 0, "November 23": None}


def _period_clusters(events: pd.DataFrame, story: pd.Series) -> pd.DataFrame:
    """The events with the period clustering of the pipeline (by story)."""
    return chronology.cluster_events(events, stories=story)


def scale_events(said: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One dated event per statement of the scale corpus (its words the description, its
    speaker the actor), made without the NLP pipeline; ``period_cluster`` (to be made
    by :func:`chronology.cluster_events`) is missing."""
    published = said["article_id"].map(articles.set_index("article_id")["published"])
    codes = said["statement_id"].str.extract(r":[sr](\d+)$")[0].astype(int).to_numpy()
    texts = np.array(list(DATE_TEXTS))[codes % len(DATE_TEXTS)]
    back = pd.Series(texts).map(DATE_TEXTS)
    fixed = pd.Timestamp("2021-11-23")
    date = (published.dt.floor("D") - pd.to_timedelta(back.fillna(0).to_numpy(), unit="D")).where(
        back.notna().to_numpy(), fixed
    )
    text = said["text"].fillna("").astype(str)
    speaker = said["speaker"].astype(object)
    return pd.DataFrame(
        {
            "event_id": (said["statement_id"] + ":e").astype("string"),
            "article_id": said["article_id"],
            "date": date.to_numpy(),
            "precision": "day",
            "date_text": texts,
            "description": text.to_numpy(),
            "actors": [[] if pd.isna(a) else [a] for a in speaker],
            "period_cluster": pd.array([None] * len(said), dtype="string"),
        }
    )


def _block_pairs(rows: pd.DataFrame) -> int:
    """Pairs of statements of one story (a copy's and the original's), of one speaker
    and day, or of the same words and day: what comparing every pair compares."""
    original = (rows["article_id"] == rows["story_id"]).fillna(False)
    copies = rows[~original].groupby("story_id").size()
    originals = rows[original].groupby("story_id").size()
    total = int((copies * originals.reindex(copies.index, fill_value=0)).sum())
    words = stories._words_key(rows["text"])
    for keys in ([rows["speaker"], rows["day"]], [words, rows["day"]]):
        sizes = pd.DataFrame({"a": keys[0].array, "b": keys[1].array}).dropna().value_counts()
        total += int((sizes * (sizes - 1) // 2).sum())
    return total


def print_scale(sizes: list[int], seed: int, threshold: float) -> None:
    """The scale table, and how the cost per 1,000 articles and the pairs per article
    grow from the smallest to the largest size (1.0: linear)."""
    print(
        "\nscale corpus (distinct articles + 30% copies; CPU s per 1,000 articles; pairs)\n"
        "articles statements  signatures grouping linking clustering happenings  story_pairs "
        "class_pairs block_pairs stories corroborated  events clusters followed"
    )
    results = []
    for n in sizes:
        r = measure_scale(n, seed, threshold)
        results.append(r)
        per = 1000 / r["articles"]
        print(
            f"{r['articles']:8d} {r['statements']:10d} {r['signatures'] * per:10.3f} "
            f"{r['grouping'] * per:8.3f} {r['linking'] * per:7.3f} "
            f"{r['clustering'] * per:10.3f} {r['happenings'] * per:10.3f} "
            f"{r['story_pairs']:12d} {r['class_pairs']:11d} {r['block_pairs']:11d} "
            f"{r['stories']:7d} {r['corroborated']:12d} {r['events']:7d} "
            f"{r['event_clusters']:8d} {r['followed']:8d}",
            flush=True,
        )
        cross = r["grouping"] + r["linking"] + r["clustering"] + r["happenings"]
        print(f"scale_cross_article_seconds_{r['articles']}={cross:.2f}", flush=True)
    if len(results) > 1:
        small, large = results[0], results[-1]
        names = ("grouping", "linking", "clustering", "happenings", "story_pairs",
                 "class_pairs", "block_pairs")  # fmt: skip
        for name in names:
            growth = (large[name] / large["articles"]) / max(small[name] / small["articles"], 1e-12)
            print(f"scale_{name}_per_article_ratio={growth:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="synthetic articles (default 1000)")
    parser.add_argument("--copies", type=float, default=0.3, help="share copied (default 0.3)")
    parser.add_argument("--threshold", type=float, default=stories.THRESHOLD)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    parser.add_argument(
        "--scale",
        default="1000,10000",
        help="sizes of the scale corpus, comma-separated ('' for none; default 1k,10k; "
        "the 100k figure: --scale 10000,30000,100000, or make bench SCALE=...)",
    )
    args = parser.parse_args()
    texts = syndicated(corpus_texts(Path(args.out), args.n, args.seed), args.copies, args.seed)
    results = [measure(texts[: len(texts) // 4], args.threshold, args.repeat)]
    results.append(measure(texts, args.threshold, args.repeat))
    print(f"threshold {args.threshold}, {stories.bands(args.threshold)} (bands, rows)")
    print("articles  stories  same   signatures  cscaucasus  datasketch  ratio")
    for r in results:
        print(
            f"{r['articles']:8d} {r['stories']:8d} {r['same']:5.3f} {r['signatures']:10.3f}s "
            f"{r['cscaucasus']:10.3f}s {r['datasketch']:10.3f}s "
            f"{r['datasketch'] / r['cscaucasus']:6.2f}"
        )
    small, full = results
    per_article = (full["cscaucasus"] / full["articles"]) / (
        small["cscaucasus"] / small["articles"]
    )
    print(f"same_stories={full['same'] == 1.0}")
    print(f"ratio_to_datasketch={full['datasketch'] / full['cscaucasus']:.2f}")
    print(f"cost_per_article_ratio={per_article:.2f}")
    sizes = [int(size) for size in args.scale.split(",") if size.strip()]
    if sizes:
        print_scale(sizes, args.seed, args.threshold)


if __name__ == "__main__":
    main()
