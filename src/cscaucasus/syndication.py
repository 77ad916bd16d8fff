"""A syndication test corpus with known ground truth, and the scores of stories on it.

From the seed articles (``data/raw``), :func:`make_syndication_corpus` writes, for each
seed, *copies* made the way syndication makes them (a new headline, a paragraph cut,
another site's boilerplate, a sentence reworded, the date shifted a day for a late
repost), *independent reports* (another outlet's article, written anew, that quotes a
paragraph of the seed on the seed's day) and *hard negatives* (articles on the same
topic, the same day, with the seed's main speaker saying other things). It records
which article belongs to which story and where every paragraph comes from, so that
:func:`score` can say how well ``story_id`` and ``statement_cluster`` find them.

Deterministic: the same ``seed`` writes the same files.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pandas as pd

from .corpus import Corpus, load_corpus
from .synthetic import PEOPLE

OUTLETS = ["Asbarez", "news.am", "Armenpress", "JAMnews", "OC Media", "Eurasianet", "CivilNet"]
OUTLETS += ["Azatutyun", "Hetq", "Mirror-Spectator", "EVN Report", "Panorama.am", "Arka"]
#: Other sites' boilerplate, as syndicated copies carry it.
BOILERPLATE = [
    "Follow us on Telegram for the latest news.",
    "Share this article: Facebook Twitter WhatsApp",
    "Subscribe to our newsletter",
    "Read more: Armenia news in brief",
    "All rights reserved. Reproduction without permission is prohibited.",
    "Photo: press service",
]
#: Word swaps that reword a sentence without changing what it reports.
REWORDINGS = {
    "said": "stated",
    "stated": "said",
    "important": "significant",
    "meeting": "session",
    "session": "meeting",
    "also": "further",
    "announced": "declared",
    "country": "nation",
    "noted": "remarked",
    "decision": "ruling",
    "assistance": "aid",
    "organization": "bloc",
}
_REWORD = re.compile(r"\b(" + "|".join(REWORDINGS) + r")\b")
LEADS = [
    "{outlet} looks at what the day's CSTO talks mean for Armenia.",
    "Reactions in Yerevan and Moscow to the CSTO's latest moves, compiled by {outlet}.",
    "The Collective Security Treaty Organization was again under scrutiny, {outlet} reports.",
]


@dataclass(frozen=True)
class Truth:
    """What the generator knows: each article's story and each paragraph's origin."""

    articles: pd.DataFrame  # file, story, role (seed / copy / report / negative)
    paragraphs: pd.DataFrame  # file, text, origin (same origin: the same statements)
    #: origin (a seed paragraph's origin and the event's place in it), and the seed
    #: corpus's own cluster, date and precision of the event: the happenings of the seeds
    events: pd.DataFrame | None = None


def make_syndication_corpus(
    out: str | Path,
    *,
    seed: int = 0,
    source: str | Path = "data/raw",
    copies: tuple[int, int] = (4, 8),
    reports: int = 2,
    negatives: int = 4,
) -> Truth:
    """Write the corpus into ``out/corpus`` and its truth into ``out/truth_*.csv``."""
    out = Path(out)
    folder = out / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    corpus = load_corpus(source)
    seeds = _seeds(corpus)
    rng = random.Random(seed)
    articles, rows = [], []
    for k, s in enumerate(seeds):
        made = [_as_seed(s)]
        made += [_copy(s, rng, i) for i in range(rng.randint(*copies))]
        # other seeds' paragraphs, each used once on this seed's day
        pool = [p for t in _others(s, seeds) for p in t["paragraphs"]]
        rng.shuffle(pool)
        made += [_report(s, pool, rng, i) for i in range(reports)]
        made += [_negative(s, pool, rng, i) for i in range(negatives)]
        for j, article in enumerate(made):
            article["file"] = f"{rng.randrange(16**6):06x}_{k}_{j:02d}.txt"
            articles.append(article)
    for article in articles:
        body = "\n\n".join(text for text, _ in article["paragraphs"])
        (folder / article["file"]).write_text(f"{article['title']}\n\n{body}\n", encoding="utf-8")
    with (folder / "metadata.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "url", "published", "title", "author"])
        for a in articles:
            url = f"https://example.org/{a['file']}"
            writer.writerow([a["file"], a["outlet"], url, a["published"], a["title"], ""])
    for a in articles:
        rows += [(a["file"], text, origin) for text, origin in a["paragraphs"]]
    truth = Truth(
        pd.DataFrame([(a["file"], a["story"], a["role"]) for a in articles],
                     columns=["file", "story", "role"]),
        pd.DataFrame(rows, columns=["file", "text", "origin"]),
        _seed_events(corpus),
    )  # fmt: skip
    truth.articles.to_csv(out / "truth_articles.csv", index=False)
    truth.paragraphs.to_csv(out / "truth_paragraphs.csv", index=False)
    truth.events.to_csv(out / "truth_events.csv", index=False)
    return truth


def _seeds(corpus: Corpus) -> list[dict]:
    """Each seed article: id, date, outlet, title, body paragraphs, main speaker."""
    seeds = []
    for a in corpus.articles.itertuples():
        paragraphs = corpus.paragraphs[
            (corpus.paragraphs.article_id == a.article_id) & (corpus.paragraphs.kind == "body")
        ].text.tolist()
        speakers = corpus.statements[corpus.statements.article_id == a.article_id].speaker
        seeds.append(
            {
                "id": a.article_id,
                "published": a.published.date(),
                "outlet": a.outlet,
                "title": a.title,
                "paragraphs": [(p, f"{a.article_id}:{i}") for i, p in enumerate(paragraphs)],
                "speaker": speakers.dropna().mode().iloc[0] if speakers.notna().any() else None,
            }
        )
    return seeds


def _seed_events(corpus: Corpus) -> pd.DataFrame:
    """The seeds' dated events by origin (``<article>:<body paragraph>#<place>``, as
    :func:`_event_keys` finds them), with their cluster in the seed corpus."""
    body = corpus.paragraphs[corpus.paragraphs.kind == "body"]
    index = body.groupby("article_id").cumcount()
    origin = {
        (a, p): f"{a}:{i}"
        for a, p, i in zip(body.article_id, body.paragraph_id, index, strict=True)
    }
    keys = _places(corpus.events, corpus.sentences, lambda a, p: origin.get((a, p)))
    events = corpus.events.assign(origin=keys.reindex(corpus.events.event_id).to_numpy())
    events = events[events.origin.notna() & events.date.notna()]
    return events[["origin", "cluster_id", "date", "precision"]].reset_index(drop=True)


def _places(events: pd.DataFrame, sentences: pd.DataFrame, origin_of) -> pd.Series:
    """Each event's ``<origin of its paragraph>#<place among the paragraph's events>``
    (by event id; None where ``origin_of(article, paragraph)`` gives none)."""
    columns = ["article_id", "sentence_id", "paragraph_id"]
    e = events.merge(sentences[columns], on=["article_id", "sentence_id"], how="left")
    e = e.sort_values(["article_id", "paragraph_id", "start", "event_id"], kind="stable")
    place = e.groupby(["article_id", "paragraph_id"], dropna=False).cumcount()
    keys = []
    for a, p, n in zip(e.article_id, e.paragraph_id, place, strict=True):
        found = origin_of(a, p)
        keys.append(f"{found}#{n}" if found else None)
    return pd.Series(keys, index=e.event_id.to_numpy(), dtype=object)


def _as_seed(s: dict) -> dict:
    return {
        **_meta(s, s["outlet"], s["published"], s["title"], "seed"),
        "paragraphs": s["paragraphs"],
    }


def _meta(s: dict, outlet: str, published: dt.date, title: str, role: str) -> dict:
    story = s["id"] if role in ("seed", "copy") else None
    return {"outlet": outlet, "published": published.isoformat(), "title": title,
            "role": role, "story": story}  # fmt: skip


def _copy(s: dict, rng: random.Random, i: int) -> dict:
    """A syndicated copy: another outlet, a new headline, one paragraph cut, one
    sentence reworded, another site's boilerplate, maybe a day late."""
    paragraphs = list(s["paragraphs"])
    if len(paragraphs) > 3:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    at = rng.randrange(len(paragraphs))
    text, origin = paragraphs[at]
    paragraphs[at] = (_reword(text, rng), origin)
    lines = rng.sample(BOILERPLATE, 2)
    paragraphs = [(lines[0], "boilerplate"), *paragraphs, (lines[1], "boilerplate")]
    outlet = rng.choice([o for o in OUTLETS if o != s["outlet"]])
    published = s["published"] + dt.timedelta(days=rng.choice([0, 0, 1]))
    title = rng.choice([f"{outlet}: {s['title']}", f"{s['title']} (update {i + 1})",
                        _reword(s["title"], rng) + f" — {outlet}"])  # fmt: skip
    return {**_meta(s, outlet, published, title, "copy"), "paragraphs": paragraphs}


def _reword(text: str, rng: random.Random) -> str:
    """One sentence of ``text`` with its reporting words swapped for synonyms."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    candidates = [k for k, x in enumerate(sentences) if _REWORD.search(x)]
    if not candidates:
        return text
    k = rng.choice(candidates)
    sentences[k] = _REWORD.sub(lambda m: REWORDINGS[m.group(1)], sentences[k])
    return " ".join(sentences)


def _others(s: dict, seeds: list[dict]) -> list[dict]:
    """The seeds far enough from ``s`` in time that none of their statements is one
    of its day's."""
    return [t for t in seeds if abs((t["published"] - s["published"]).days) > 2]


def _report(s: dict, pool: list, rng: random.Random, i: int) -> dict:
    """An independent report of the seed's day: a new lead, one paragraph of the seed
    quoted as it is (the same statements), and other matter (from ``pool``)."""
    outlet = rng.choice([o for o in OUTLETS if o != s["outlet"]])
    quoted = [p for p in s["paragraphs"] if "\u201c" in p[0] or '"' in p[0]] or s["paragraphs"]
    filler = [(text, f"{origin}@{s['id']}:r{i}") for text, origin in _take(pool, 2)]
    lead = (rng.choice(LEADS).format(outlet=outlet), f"lead:{s['id']}:r{i}")
    title = f"What was said on {s['published']:%B %d}: {outlet} round-up"
    meta = _meta(s, outlet, s["published"], title, "report")
    return {**meta, "paragraphs": [lead, rng.choice(quoted), *filler]}


def _take(pool: list, n: int) -> list:
    taken = pool[-n:] if n else []
    del pool[len(pool) - len(taken) :]
    return taken


def _negative(s: dict, pool: list, rng: random.Random, i: int) -> dict:
    """A hard negative: the same day, topic and main speaker, but other statements
    (other seeds' paragraphs from ``pool``, their people renamed to the speaker)."""
    chosen = _take(pool, rng.randint(3, 6))
    paragraphs = [
        (_rename(text, s["speaker"]), f"{origin}@{s['id']}:n{i}") for text, origin in chosen
    ]
    outlet = rng.choice(OUTLETS)
    title = f"{s['speaker'] or 'CSTO'} on the CSTO and Armenia ({outlet}, {i + 1})"
    return {**_meta(s, outlet, s["published"], title, "negative"), "paragraphs": paragraphs}


def _rename(text: str, speaker: str | None) -> str:
    """``text`` with every person of :data:`PEOPLE` renamed to ``speaker``."""
    full = {name: name for _, name in PEOPLE}
    if speaker not in full:
        return text
    for surname, name in PEOPLE:
        text = text.replace(name, speaker).replace(surname, speaker.split()[-1])
    return text


# --- scoring ---------------------------------------------------------------------------


def _pairs(groups: pd.Series) -> set[tuple[str, str]]:
    """Every unordered pair of index labels that share a (non-missing) group."""
    out = set()
    for _, members in groups.dropna().groupby(groups.dropna()):
        out |= {tuple(sorted(p)) for p in combinations(members.index.tolist(), 2)}
    return out


def _precision_recall(predicted: set, true: set) -> dict[str, float]:
    hit = len(predicted & true)
    return {
        "pairs": len(true),
        "predicted": len(predicted),
        "precision": hit / len(predicted) if predicted else 1.0,
        "recall": hit / len(true) if true else 1.0,
    }


def score(corpus: Corpus, truth: Truth) -> dict[str, dict[str, float]]:
    """Pairwise precision and recall of ``story_id`` (pairs of articles in one story)
    and of ``statement_cluster`` (pairs of statements, in different articles, that
    report the same statement: they come from paragraphs of one origin, in the same
    place in it)."""
    articles = corpus.articles.set_index(corpus.articles.path)
    stories_true = truth.articles.set_index("file").story.reindex(articles.index)
    stories_true = stories_true.fillna(pd.Series(articles.index, index=articles.index))
    result = {"stories": _precision_recall(_pairs(articles.story_id), _pairs(stories_true))}

    key = _statement_keys(corpus, truth)
    statements = corpus.statements.set_index("statement_id")
    if "in_headline" in statements:  # the generator's truth is about the body
        statements = statements[~statements["in_headline"].fillna(False).astype(bool)]
    article = statements.article_id
    cross = {p for p in _pairs(statements.statement_cluster) if article[p[0]] != article[p[1]]}
    key = key[key.index.isin(statements.index)]
    true = {p for p in _pairs(key) if article[p[0]] != article[p[1]]}
    result["statements"] = _precision_recall(cross, true)
    result |= _score_events(corpus, truth)
    return result


def _score_events(corpus: Corpus, truth: Truth) -> dict[str, dict[str, float]]:
    """Pairwise precision and recall of the dated events' ``cluster_id`` (and, for
    comparison, of ``period_cluster``: the clustering before stories are followed)
    over pairs of events in different articles.

    The truth is the seeds' own happenings: an event whose paragraph comes from a seed
    (copied, quoted by a report, or borrowed by a hard negative) is the seed's event at
    the same place, and two events are the same happening when their seed events are
    in one cluster of the seed corpus built alone. Scored are the events that keep
    their seed event's date (a late repost's "yesterday" too: its article is a copy of
    the seed); a borrowed paragraph whose relative date moved with its new article tells
    another happening, unknown to the truth, and is left out."""
    if truth.events is None:
        return {}
    seed = truth.events.set_index("origin")
    keys = _event_keys(corpus, truth)
    events = corpus.events[corpus.events.date.notna()].set_index("event_id")
    origin = keys.reindex(events.index)
    known = origin.isin(seed.index).to_numpy()
    events, origin = events[known], origin[known]
    path = corpus.articles.set_index("article_id").path
    story = events.article_id.map(path).map(truth.articles.set_index("file").story)
    of_seed = origin.str.split(":").str[0].to_numpy()  # the seed article it comes from
    same_date = (events.date.to_numpy() == seed.date.reindex(origin).to_numpy()) & (
        events.precision.to_numpy() == seed.precision.reindex(origin).to_numpy()
    )
    scored = same_date | (story.to_numpy(dtype=object) == of_seed)
    events = events[scored]
    truth_cluster = seed.cluster_id.reindex(origin[scored]).set_axis(events.index)
    article = events.article_id
    true = {p for p in _pairs(truth_cluster) if article[p[0]] != article[p[1]]}
    result = {}
    for name, column in (("events", "cluster_id"), ("events by period", "period_cluster")):
        found = {p for p in _pairs(events[column]) if article[p[0]] != article[p[1]]}
        result[name] = _precision_recall(found, true)
    return result


def _event_keys(corpus: Corpus, truth: Truth) -> pd.Series:
    """Each event's origin (by event id): the seed paragraph its paragraph comes from
    (a report's or negative's borrowed paragraph included) and its place among that
    paragraph's events; None for a paragraph the generator did not take from a seed."""
    origin = _origins(corpus, truth)

    def seed_paragraph(article: str, paragraph: int) -> str | None:
        found = (origin.get((article, paragraph)) or "").split("@")[0]
        return found if ":" in found and not found.startswith("lead:") else None

    return _places(corpus.events, corpus.sentences, seed_paragraph)


def _origins(corpus: Corpus, truth: Truth) -> dict[tuple[str, int], str | None]:
    """Each paragraph's origin in the generator's truth (None: not its writing)."""
    path = dict(zip(corpus.articles.article_id, corpus.articles.path, strict=True))
    origins = {(f, _norm(t)): o for f, t, o in truth.paragraphs.itertuples(index=False)}
    paragraphs = corpus.paragraphs.assign(path=corpus.paragraphs.article_id.map(path))
    return {
        (p.article_id, p.paragraph_id): origins.get((p.path, _norm(p.text)))
        for p in paragraphs.itertuples()
    }


def _event_keys(corpus: Corpus, truth: Truth) -> pd.Series:
    """Each event's origin: the seed paragraph its paragraph comes from (a report's or
    negative's borrowed paragraph included) and its place among that paragraph's
    events (None: a paragraph the generator did not take from a seed)."""
    origin = _origins(corpus, truth)
    sentences = corpus.sentences[["article_id", "sentence_id", "paragraph_id"]]
    e = corpus.events.merge(sentences, on=["article_id", "sentence_id"], how="left")
    e = e.sort_values(["article_id", "paragraph_id", "start", "event_id"], kind="stable")
    place = e.groupby(["article_id", "paragraph_id"], dropna=False).cumcount()
    keys = []
    for a, p, n in zip(e.article_id, e.paragraph_id, place, strict=True):
        found = origin.get((a, p))
        base = found.split("@")[0] if found else None
        keys.append(f"{base}#{n}" if base and ":" in base and not base.startswith("lead") else None)
    return pd.Series(keys, index=e.event_id.to_numpy(), dtype=object)


def _statement_keys(corpus: Corpus, truth: Truth) -> pd.Series:
    """Each statement's origin: its paragraph's origin and its place among the
    statements of that paragraph (None: a paragraph the generator did not write)."""
    origin = _origins(corpus, truth)
    s = corpus.statements.sort_values(["article_id", "paragraph_id", "start"], kind="stable")
    place = s.groupby(["article_id", "paragraph_id"]).cumcount()
    keys = [
        None if origin.get((a, p)) is None else f"{origin[(a, p)]}#{n}"
        for a, p, n in zip(s.article_id, s.paragraph_id, place, strict=True)
    ]
    return pd.Series(keys, index=s.statement_id.to_numpy(), dtype=object)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", str(text).lower()))
