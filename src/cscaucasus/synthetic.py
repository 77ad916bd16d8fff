"""A synthetic corpus for benchmarks and scale tests, made from the seed articles.

Articles are recombined from the cleaned paragraphs of a source corpus (by default
the seeds in ``data/raw``) with varied names, dates and outlets, deterministically
from a seed: the same ``(n, seed)`` always writes the same files. Many sentences
repeat across articles, as wire copy does across outlets.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from pathlib import Path

from . import lexicon
from .corpus import load_corpus
from .lexicon import MONTH_NAMES

# Names swapped in for the seeds' people (surname, full name), and outlets.
PEOPLE = [
    ("Zas", "Stanislav Zas"),
    ("Pashinyan", "Nikol Pashinyan"),
    ("Putin", "Vladimir Putin"),
    ("Lavrov", "Sergey Lavrov"),
    ("Mirzoyan", "Ararat Mirzoyan"),
    ("Zakharova", "Maria Zakharova"),
    ("Grigoryan", "Armen Grigoryan"),
    ("Aliyev", "Ilham Aliyev"),
    ("Tokayev", "Kassym-Jomart Tokayev"),
    ("Lukashenko", "Aleksandr Lukashenko"),
    ("Tasmagambetov", "Imangali Tasmagambetov"),
    ("Peskov", "Dmitry Peskov"),
    ("Bayramov", "Jeyhun Bayramov"),
]
OUTLETS = [
    "Asbarez",
    "CivilNet",
    "Caucasus Watch",
    "Horizon Weekly",
    "Eurasianet",
    "OC Media",
    "Armenpress",
    "JAMnews",
    "news.am",
    "Azatutyun",
]
MONTHS = [names[0].capitalize() for names in MONTH_NAMES]
WEEKDAYS = [day.capitalize() for day in lexicon.WEEKDAYS[:5]]  # working days

_SURNAME = re.compile(r"\b(" + "|".join(s for s, _ in PEOPLE) + r")\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


def _vary(paragraph: str, rng: random.Random) -> str:
    swap = dict(
        zip([s for s, _ in PEOPLE], rng.sample([s for s, _ in PEOPLE], len(PEOPLE)), strict=True)
    )
    text = _SURNAME.sub(lambda m: swap[m.group(1)], paragraph)
    text = _MONTH_DAY.sub(lambda m: f"{rng.choice(MONTHS)} {rng.randint(1, 28)}", text)
    return _WEEKDAY.sub(lambda m: rng.choice(WEEKDAYS), text)


def make_corpus(
    out: str | Path,
    n: int = 5000,
    *,
    seed: int = 0,
    source: str | Path = "data/raw",
    vary: float = 0.5,
) -> Path:
    """Write ``n`` synthetic articles and their ``metadata.csv`` into ``out``.

    Each article has 4-14 paragraphs drawn from the source; a share ``vary`` of them get
    new names and dates, the rest repeat verbatim (as syndicated copy does).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    corpus = load_corpus(source)
    pool = [p for p in corpus.paragraphs.itertuples() if p.kind == "body"]
    texts = [p.text for p in pool]
    rows = []
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        k = rng.randint(4, min(14, len(texts)))
        paragraphs = [_vary(t, rng) if rng.random() < vary else t for t in rng.sample(texts, k)]
        surname, full = rng.choice(PEOPLE)
        title = f"{full} on the CSTO and Armenia ({i})"
        name = f"synthetic_{i:06d}.txt"
        (out / name).write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        published = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 4 * 365))
        rows.append(
            [
                name,
                rng.choice(OUTLETS),
                f"https://example.org/{i}",
                published.isoformat(),
                title,
                "",
            ]
        )
    with (out / "metadata.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "url", "published", "title", "author"])
        writer.writerows(rows)
    return out
