"""Benchmark the whole pipeline against bare NLTK VADER on the same sentences.

    python benchmarks/bench_pipeline.py --n 5000      (or: make bench N=5000)

Generates (once, cached under benchmarks/out/) a deterministic synthetic corpus of N
articles recombined from the seeds, then reports, all in this one process unless said:

* the whole ``load_corpus`` at its default settings (all cores): MB/s, articles/s,
  started as ``cscaucasus build`` starts it, in a process that has read no text yet
  (the corpus is generated, and the stage table below run, in forked processes of
  their own: what they remember of the lines, sentences and statements they read
  would spare the workers forked from this process part of their work);
* the cost of stories and statement clusters (:mod:`cscaucasus.stories`): the
  signatures (part of the per-article stages) and the cross-article linking, timed
  again on the whole corpus, against the whole pipeline;
* peak memory (RSS) of this process and of its largest worker, and the growth over
  the baseline before loading, against the corpus text size;
* per-stage throughput (MB/s) on a sample of the corpus, run stage by stage (in a
  forked process, after the whole run);
* an incremental ``cscaucasus build`` (:func:`cscaucasus.build.build`) after adding
  one dated article, against the full build (``load_corpus`` plus writing the tables),
  with the full corpus freed first, as in a fresh ``cscaucasus build`` process;
* the reference: NLTK's SentimentIntensityAnalyzer alone, one process, over every
  sentence of the corpus; ``ratio_to_vader`` = pipeline speed / VADER-alone speed
  (> 1 means the whole pipeline is faster than VADER alone); and, for a busy machine,
  ``cpu_ratio_to_vader``: VADER's CPU time over the pipeline's estimated idle-machine
  time (this process's CPU during ``load_corpus`` plus the workers' CPU shared among
  them), both measured in this run.

The last line is ``ratio_to_vader=<number>``.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import sys
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import cscaucasus as cs  # noqa: E402
from cscaucasus import actors as actors_stage  # noqa: E402
from cscaucasus import chronology, schema, sentiment, stance, statements, stories, tone  # noqa: E402
from cscaucasus.build import build, write_corpus  # noqa: E402
from cscaucasus.clean import clean  # noqa: E402
from cscaucasus.engines import beside, get_engine, job_count  # noqa: E402
from cscaucasus.ingest import read_documents  # noqa: E402
from cscaucasus.runtime import batch_gc  # noqa: E402
from cscaucasus.segment import segment  # noqa: E402
from cscaucasus.synthetic import make_corpus  # noqa: E402


def rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss * 1024 / 1e6  # Linux: kibibytes; MB like text


def current_rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def stage_table(corpus_dir: Path, sample: int) -> list[tuple[str, float, float]]:
    """(stage, seconds, MB/s) for each stage on the first ``sample`` articles."""
    documents, _ = read_documents(corpus_dir)
    documents = documents[:sample]
    mb = sum(len(d.text.encode()) for d in documents) / 1e6
    rows = []
    (_, t) = timed(read_documents, corpus_dir)
    rows.append(("ingest (all files)", t, None))
    (articles, _, _), t = timed(clean, documents)
    rows.append(("clean", t, mb / t))
    (paragraphs, sentences), t = timed(segment, articles)
    rows.append(("segment", t, mb / t))
    actors = actors_stage.load_actors(None, corpus_path=corpus_dir)
    mentions, t = timed(actors_stage.find_mentions, articles, sentences, actors)
    rows.append(("mentions", t, mb / t))
    found, t = timed(
        statements.extract_statements, articles, paragraphs, sentences, mentions, actors
    )
    rows.append(("statements", t, mb / t))
    _, t = timed(sentiment.score_statements, found, domain=True)
    rows.append(("sentiment: statements", t, mb / t))
    tone._memo_tone.cache_clear()  # each distinct statement scored afresh, as in a worker
    toned, t = timed(sentiment.tone_statements, found)
    rows.append(("tone (statements.tone)", t, mb / t))
    stance._decide.cache_clear()  # each distinct case decided afresh, as in a worker
    no_entities = schema.empty_table("entities")  # (they only name unknown speakers' sides)
    _, t = timed(stance.stance_statements, toned, mentions, no_entities, actors, articles)
    rows.append(("stance (statements.target)", t, mb / t))
    _, t = timed(sentiment.score_sentences, sentences, domain=True)
    rows.append(("sentiment: sentences", t, mb / t))
    (events, _), t = timed(chronology.extract_events, articles, sentences, mentions)
    rows.append(("events", t, mb / t))
    _, t = timed(chronology.cluster_events, events)
    rows.append(("cluster events", t, mb / t))
    articles, t = timed(stories.with_signatures, articles)
    rows.append(("story signatures", t, mb / t))
    _, t = timed(stories.link, articles, found)
    rows.append(("stories + statements", t, mb / t))
    return rows


def vader_alone(texts: list[str]) -> tuple[float, float]:
    """Seconds (wall, CPU) for NLTK's VADER, loaded with the original lexicon, over
    ``texts``."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    analyzer = sentiment_reference_analyzer(SentimentIntensityAnalyzer)
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        analyzer.polarity_scores(text)
    return time.perf_counter() - start, time.process_time() - cpu


def children_cpu() -> float:
    """CPU seconds of this process's finished children (the workers, once joined)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def sentiment_reference_analyzer(cls):
    """NLTK's analyzer with the VADER lexicon that vaderSentiment ships."""
    from importlib import resources

    lexicon = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text("utf-8")
    analyzer = cls.__new__(cls)
    analyzer.lexicon_file = lexicon
    analyzer.lexicon = analyzer.make_lex_dict()
    from nltk.sentiment.vader import VaderConstants

    analyzer.constants = VaderConstants()
    return analyzer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=5000, help="articles (default 5000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="default: the pipeline's own")
    parser.add_argument("--sample", type=int, default=500, help="articles for stage timings")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    args = parser.parse_args()
    jobs = None if not args.jobs else args.jobs

    out = Path(args.out)
    corpus_dir = out / f"corpus_n{args.n}_s{args.seed}"
    if not (corpus_dir / "metadata.csv").exists():
        shutil.rmtree(corpus_dir, ignore_errors=True)
        make = partial(make_corpus, corpus_dir, args.n, seed=args.seed, source=ROOT / "data/raw")
        _, t = timed(lambda: beside(make)())  # (it reads the seeds: a process of its own)
        print(f"generated {args.n} articles in {t:.1f}s -> {corpus_dir}")
    text_mb = sum(p.stat().st_size for p in corpus_dir.glob("*.txt")) / 1e6
    print(f"corpus: {args.n} articles, {text_mb:.1f} MB of text, {os.cpu_count()} cores")

    baseline = current_rss_mb()
    own_cpu, workers_cpu = time.process_time(), children_cpu()
    corpus, pipeline_s = timed(cs.load_corpus, corpus_dir, jobs=jobs)
    own_cpu, workers_cpu = time.process_time() - own_cpu, children_cpu() - workers_cpu
    peak_self, peak_child = rss_mb(), rss_mb(resource.RUSAGE_CHILDREN)
    clean_mb = corpus.articles.text.str.len().sum() / 1e6
    print(
        f"\nwhole load_corpus (jobs={jobs or 'default'}): {pipeline_s:.2f}s, "
        f"{text_mb / pipeline_s:.2f} MB/s, {args.n / pipeline_s:.0f} articles/s"
    )
    print(f"  tables: {corpus}")
    with batch_gc():  # as the pipeline runs its cross-article stages
        started = time.process_time()
        _, link_s = timed(stories.link, corpus.articles, corpus.statements)
        link_cpu = time.process_time() - started
    stories_n = corpus.articles.story_id.nunique()
    linked = int((corpus.statements.statement_reports > 1).sum())
    print(
        f"stories and statement clusters (cross-article, 1 process): {link_s:.2f}s "
        f"({link_cpu:.2f}s CPU) = {100 * link_s / pipeline_s:.1f}% of the pipeline; "
        f"{stories_n} stories, "
        f"{linked} statements reported independently more than once"
    )
    print(
        f"peak RSS: this process {peak_self:.0f} MB (baseline before loading "
        f"{baseline:.0f} MB, growth {peak_self - baseline:.0f} MB = "
        f"{(peak_self - baseline) / text_mb:.1f}x the text), largest worker "
        f"{peak_child:.0f} MB"
    )

    print("\nstage                      seconds     MB/s   (sample of", args.sample, "articles)")
    sys.stdout.flush()
    for stage, seconds, speed in beside(lambda: stage_table(corpus_dir, args.sample))():
        speed_text = f"{speed:8.2f}" if speed else "       -"
        print(f"  {stage:24s} {seconds:8.2f} {speed_text}")

    build_dir = out / f"processed_n{args.n}_s{args.seed}"
    shutil.rmtree(build_dir, ignore_errors=True)
    _, write_s = timed(write_corpus, corpus, build_dir, corpus_dir)
    texts = corpus.sentences.text.tolist()
    del corpus
    gc.collect()
    gc.freeze()  # as `cscaucasus build` does once its modules are imported
    extra = corpus_dir / "zz_incremental_probe.txt"
    extra.write_text(
        "Probe article\n\nYEREVAN, November 24, 2022. Armenian Prime Minister Nikol "
        "Pashinyan said on Wednesday that the CSTO had failed Armenia in September, "
        "according to his office. The leaders met in Yerevan on November 23.\n",
        encoding="utf-8",
    )
    try:
        updated, incremental_s = timed(build, corpus_dir, build_dir, jobs=jobs)
    finally:
        extra.unlink()
        gc.unfreeze()
    full_s = pipeline_s + write_s
    print(
        f"incremental build (+1 article): {incremental_s:.2f}s = "
        f"{100 * incremental_s / full_s:.1f}% of the full build ({full_s:.2f}s); "
        f"reused {updated.reused} articles, wrote {updated.rewritten} files"
    )

    vader_s, vader_cpu = vader_alone(texts)
    print(
        f"reference: NLTK VADER alone, 1 process, {len(texts):,} sentences: {vader_s:.2f}s "
        f"({len(texts) / vader_s:,.0f} sentences/s, {clean_mb / vader_s:.2f} MB/s)"
    )
    # On a busy machine the wall times measure the other processes as much as this code:
    # the CPU each side used, in this one run, estimates the idle machine's ratio.
    workers = job_count(jobs, args.n, get_engine("pandas"))
    idle_s = own_cpu + workers_cpu / workers  # (workers balanced; this process mostly waits)
    print(
        f"CPU: load_corpus {own_cpu:.2f}s in this process, {workers_cpu:.2f}s in {workers} "
        f"worker(s); VADER alone {vader_cpu:.2f}s; estimated on an idle machine "
        f"(this process's CPU + the workers' / {workers}): {idle_s:.2f}s, "
        f"cpu_ratio_to_vader={vader_cpu / idle_s:.2f} (load {os.getloadavg()[0]:.1f})"
    )
    print(f"ratio_to_vader={vader_s / pipeline_s:.2f}")


if __name__ == "__main__":
    main()
