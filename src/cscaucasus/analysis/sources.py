"""Where a corpus came from: articles and problems per archive export, list of links
or folder.

A pure function of the ``articles`` and ``problems`` tables, for the corpus overview:
how many articles each export (``articles.source_file``) gave, and how many of its
articles could not be read or were duplicates; how many pages each list of links
given to ``cscaucasus fetch`` gave; other files are counted by folder.
"""

from __future__ import annotations

import pandas as pd

from ..archives import ARCHIVE_SUFFIXES

__all__ = ["articles_by_source"]

COLUMNS = ("source", "kind", "format", "articles", "errors", "warnings")


def _folder(path: str) -> str:
    """The folder of a path below the corpus root (``.`` for the root)."""
    return path.rpartition("/")[0] or "."


def _problem_source(path: str, message: str, exports: set[str]) -> tuple[str, str]:
    """The export (or folder) a problem row belongs to, and which of the two it is."""
    file = path.split("#", 1)[0]
    is_export = (
        file in exports
        or "#" in path
        or file.lower().endswith(ARCHIVE_SUFFIXES)
        or message.startswith(("article ", "archive export", "export "))
    )
    return (file, "export") if is_export else (_folder(path), "folder")


def articles_by_source(articles: pd.DataFrame, problems: pd.DataFrame) -> pd.DataFrame:
    """``[source, kind, format, articles, errors, warnings]``, one row per export
    (``kind`` ``export``), list of links (``links``: the pages fetched from it) or
    folder of other files (``folder``).

    ``errors`` and ``warnings`` count the ``problems`` rows of the source: for an
    export, those naming the export or one of its articles (``export.docx#…``),
    e.g. an article not read or a duplicate; for a list of links, its links that
    ``cscaucasus fetch`` could not store (stage ``fetch``) and its pages' problems;
    for a folder, those of its files. A source that gave no article still has a row.
    Sorted by source.

    >>> articles = pd.DataFrame({"path": ["a.docx#1", "a.docx#2", "x.txt"],
    ...     "source_file": ["a.docx", "a.docx", None], "format": ["nexis-uni-docx"] * 2 + ["txt"]})
    >>> problems = pd.DataFrame({"path": ["a.docx", "b.rtf"], "severity": ["error"] * 2,
    ...     "message": ["article 3 ('…'): no article text", "archive export of unknown layout"]})
    >>> articles_by_source(articles, problems).to_dict("records")[0]
    {'source': '.', 'kind': 'folder', 'format': 'txt', 'articles': 1, 'errors': 0, 'warnings': 0}
    >>> articles_by_source(articles, problems)[["source", "articles", "errors"]].values.tolist()
    [['.', 1, 0], ['a.docx', 2, 1], ['b.rtf', 0, 1]]
    """
    listed = articles["source_file"].notna()
    source = articles["source_file"].where(listed, articles["path"].map(_folder))
    kind = [
        "folder" if pd.isna(s) else ("export" if p.startswith(f"{s}#") else "links")
        for p, s in zip(articles["path"], articles["source_file"], strict=True)
    ]
    table = pd.DataFrame(
        {
            "source": source.astype("string"),
            "kind": pd.Series(kind, index=articles.index, dtype="string"),
            "format": articles["format"].astype("string"),
        }
    )
    grouped = table.groupby(["source", "kind"], sort=True, dropna=False)
    out = grouped.agg(
        format=("format", lambda f: ", ".join(sorted(set(f.dropna())))),
        articles=("format", "size"),
    ).reset_index()
    exports = set(out.source[out.kind == "export"])
    of_article = dict(
        zip(articles["path"], zip(table["source"], table["kind"], strict=True), strict=True)
    )
    stages = problems["stage"] if "stage" in problems else pd.Series(None, index=problems.index)
    origin = [
        (p, "links") if stage == "fetch" else of_article.get(p) or _problem_source(p, m, exports)
        for p, m, stage in zip(problems["path"], problems["message"], stages, strict=True)
    ]
    found = pd.DataFrame(origin, columns=["source", "kind"], dtype="string")
    found["severity"] = problems["severity"].to_numpy()
    missing = found[~found.source.isin(out.source)].drop_duplicates(["source"])
    extra = missing[["source", "kind"]].assign(format="", articles=0)  # nothing read
    out = pd.concat([out, extra], ignore_index=True).sort_values("source", kind="stable")
    for severity, column in (("error", "errors"), ("warning", "warnings")):
        counts = found.source[found.severity == severity].value_counts()
        out[column] = out.source.map(counts).fillna(0).astype("int64")
    out["articles"] = out["articles"].astype("int64")
    return out[list(COLUMNS)].reset_index(drop=True)
