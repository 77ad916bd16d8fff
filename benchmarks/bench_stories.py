"""Benchmark story linking against datasketch's MinHashLSH on the same signatures.

    python benchmarks/bench_stories.py --n 1000      (also run by: make bench N=...)

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

from cscaucasus import stories  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="synthetic articles (default 1000)")
    parser.add_argument("--copies", type=float, default=0.3, help="share copied (default 0.3)")
    parser.add_argument("--threshold", type=float, default=stories.THRESHOLD)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
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


if __name__ == "__main__":
    main()
