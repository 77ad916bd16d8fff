"""What a notebook (or a researcher at the prompt) calls around the analysis functions.

:func:`open_corpus` reads the built tables (or says to build them first),
:func:`report_setup` checks a notebook's parameters and resolves its actor focus once,
:func:`select_period` and :func:`focus` narrow the tables, and :func:`evidence` shows
any table as escaped HTML with its texts in full.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .output import MANIFEST
from .parameters import ParameterError, check_parameters, resolve_actors
from .tables import Corpus, read_corpus, read_manifest, read_table

__all__ = [
    "ParameterError",
    "built_actor_names",
    "corpus_names",
    "evidence",
    "focus",
    "open_corpus",
    "report_setup",
    "select_period",
]


def _spelling_key():
    """Transliteration rules for actor names (:func:`cscaucasus.names.spelling_key`),
    imported when an actor focus is given."""
    from .names import spelling_key

    return spelling_key


def open_corpus(path: str | os.PathLike[str]) -> Corpus:
    """Built tables (a folder with ``manifest.json``) are reloaded, raw articles are loaded.

    A folder with neither (``data/processed`` before the first build) raises
    ``FileNotFoundError`` saying to run ``make build`` first.
    """
    path = Path(path)
    if (path / MANIFEST).exists():
        return read_corpus(path)
    articles = path.is_dir() and any(
        p.is_file() and not p.name.startswith(".") for p in path.rglob("*")
    )
    if not articles:
        raise FileNotFoundError(
            f"no built tables in {path} (no {MANIFEST}): run `make build` first"
        )
    from .corpus import load_corpus  # the pipeline: imported only for raw articles

    return load_corpus(path)


def corpus_names(corpus: Corpus) -> set[str]:
    """Every actor name the tables use: speakers, mentioned actors, targets, event actors."""
    names = set(corpus.statements["speaker"].dropna()) | set(corpus.mentions["actor"].dropna())
    for column in (corpus.statements["targets"], corpus.events["actors"]):
        names.update(n for row in column for n in row)
    return {str(n) for n in names}


def built_actor_names(processed: str | os.PathLike[str]) -> tuple[pd.DataFrame, set[str]]:
    """The gazetteer and every actor name of built tables, reading only those columns."""
    path = Path(processed)
    info = read_manifest(path)

    def column(table: str, name: str) -> pd.Series:
        files = ((info.get("tables") or {}).get(table) or {}).get("parts")
        parts = None if files is None else [e["file"] for e in files]
        return read_table(path / f"{table}.parquet", parts, [name])[name]

    actors = read_table(path / "actors.parquet", columns=["name", "type", "aliases"])
    names = set(column("statements", "speaker").dropna()) | set(
        column("mentions", "actor").dropna()
    )
    for lists in (column("statements", "targets"), column("events", "actors")):
        names.update(n for row in lists for n in row)
    return actors, {str(n) for n in names}


def report_setup(corpus: Corpus, **values: Any) -> dict[str, Any]:
    """A notebook's parameters checked, with ``actors`` resolved to canonical names.

    Raises :class:`ParameterError` (one line: parameter, value, what was expected).
    """
    known = values.keys()
    checked = check_parameters(values, known=known)
    if checked.get("actors"):
        checked["actors"] = resolve_actors(
            checked["actors"], corpus.actors, corpus_names(corpus), spelling=_spelling_key()
        )
    return checked


def select_period(
    corpus: Corpus, date_from: str | None = None, date_to: str | None = None
) -> Corpus:
    """The corpus restricted to articles published in ``[date_from, date_to]`` (inclusive).

    ``None`` leaves that side open. With either bound set, undated articles are left out
    (their date is unknown, so they cannot be said to fall in the period). Every table
    keyed by ``article_id`` is filtered alike; ``actors`` and ``problems`` are kept.
    """
    if date_from is None and date_to is None:
        return corpus
    published = corpus.articles["published"]
    keep = published.notna()
    if date_from is not None:
        keep &= published >= pd.Timestamp(date_from)
    if date_to is not None:
        keep &= published < pd.Timestamp(date_to) + pd.Timedelta(days=1)
    ids = set(corpus.articles.loc[keep, "article_id"])
    tables = {
        name: (
            df[df["article_id"].isin(ids)].reset_index(drop=True)
            if "article_id" in df and name != "problems"
            else df
        )
        for name, df in corpus.tables().items()
    }
    return Corpus(**tables, settings=dict(corpus.settings))


def focus(
    table: pd.DataFrame,
    actors: Sequence[str] = (),
    columns: Sequence[str] = ("speaker", "targets"),
    *,
    known: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Rows whose ``columns`` name one of ``actors`` (all rows when ``actors`` is empty).

    A column may hold one name per row (``speaker``) or a list of names (``targets``,
    ``actors``): statements spoken by or aimed at an actor, events involving one. Names
    resolve as the report parameter does (aliases, surname, any case) against the
    names in ``columns`` and the gazetteer ``known`` (e.g. ``corpus.actors``); a name
    that matches nothing raises :class:`ParameterError` listing the closest.
    """
    if not isinstance(table, pd.DataFrame):
        raise TypeError(
            f"focus: table must be a DataFrame (e.g. corpus.statements), got {type(table).__name__}"
        )
    if not actors:
        return table
    present = _names_in(table, columns)
    gazetteer = known if known is not None else pd.DataFrame(columns=["name", "type", "aliases"])
    wanted = set(resolve_actors(list(actors), gazetteer, present, spelling=_spelling_key()))
    keep = pd.Series(False, index=table.index)
    for column in columns:
        values = table[column]
        keep |= values.map(
            lambda v: any(x in wanted for x in v) if isinstance(v, list | tuple) else v in wanted
        ).astype(bool)
    return table[keep].reset_index(drop=True)


def _names_in(table: pd.DataFrame, columns: Iterable[str]) -> set[str]:
    names: set[str] = set()
    for column in columns:
        for value in table[column].dropna():
            names.update(value if isinstance(value, list | tuple) else [value])
    return {str(n) for n in names}


def evidence(
    table: pd.DataFrame,
    *,
    max_rows: int | None = 50,
    digits: int = 3,
    empty: str = "No rows.",
    details: Mapping[str, str] | None = None,
):
    """``table`` as escaped HTML with every text in full: the sentences behind a number.

    Article text is untrusted, so every cell is HTML-escaped (``escape=True``); long
    texts wrap instead of being cut at pandas' display width, line breaks inside a text
    show as ``¶``, floats are rounded to ``digits`` decimals and missing values show as
    "—". An empty table shows ``empty``: say why nothing matched. ``details`` maps a
    column to another whose text it unfolds to on a click (``<details>``), e.g.
    ``{"what": "sentence"}``: the label, and the sentence it was read from one click away.
    """
    from IPython.display import HTML

    shown = table if max_rows is None else table.head(max_rows)
    shown, folded = _folded(shown, details or {})
    texts = [c for c in shown.columns if pd.api.types.is_string_dtype(shown[c])]
    shown = shown.assign(**{c: shown[c].str.replace(r"\s*\n\s*", " ¶ ", regex=True) for c in texts})
    dates = [c for c in shown.columns if pd.api.types.is_datetime64_any_dtype(shown[c])]
    shown = shown.assign(**{c: _day_or_time(shown[c]) for c in dates})
    # pandas writes a string or integer column's NA as "<NA>" (None as "None") whatever
    # na_rep says; na_rep serves the float columns, whose formatting it keeps
    missing = [c for c in shown.columns if not pd.api.types.is_float_dtype(shown[c])]
    missing = [c for c in missing if shown[c].isna().any()]
    shown = shown.assign(
        **{c: shown[c].astype(object).where(shown[c].notna(), "—") for c in missing}
    )
    with pd.option_context("display.max_colwidth", None):
        body = shown.to_html(
            index=False,
            escape=True,
            na_rep="—",
            border=0,
            classes="evidence",
            float_format=lambda x: f"{x:.{digits}f}",
        )
    body = _DATE_CELL.sub(r'<td class="nowrap">\1</td>', body)  # a date never wraps,
    for token, markup in folded.items():
        body = body.replace(f"<td>{token}</td>", f"<td>{markup}</td>", 1)
    body = _TOKEN_CELL.sub(r'<td class="nowrap">\1</td>', body)  # nor an id at its hyphens
    note = f'<p class="empty"><em>{html.escape(empty)}</em></p>' if table.empty else ""
    if max_rows is not None and len(table) > max_rows:
        note = f"<p><small>first {max_rows} of {len(table)} rows</small></p>"
    return HTML(body + note)


def _folded(shown: pd.DataFrame, details: Mapping[str, str]) -> tuple[pd.DataFrame, dict]:
    """Each ``details`` column's cells as tokens, and the escaped ``<details>`` they stand
    for (the inner column is then left out of the table)."""
    folded: dict[str, str] = {}
    for column, inner in details.items():
        cells = []
        for label, text in zip(shown[column], shown[inner], strict=True):
            token = f"cs-details-{len(folded)}-{id(folded)}"
            summary = "—" if pd.isna(label) else html.escape(str(label))
            body = "" if pd.isna(text) else html.escape(str(text))
            folded[token] = f"<details><summary>{summary}</summary>{body}</details>"
            cells.append(token)
        shown = shown.assign(**{column: cells}).drop(columns=[inner])
    return shown, folded


#: A cell holding one hyphenated token (an id such as "c20220913-31111e").
_TOKEN_CELL = re.compile(r"<td>(\w[\w.]*(?:-[\w.]+)+)</td>")
_DATE_CELL = re.compile(
    r"<td>(\d{4}-\d{2}-\d{2}(?:[ T][\d:]+)?|\d{1,2} \w{3} \d{4}|\w{3} \d{4})</td>"
)


def _day_or_time(values: pd.Series) -> pd.Series:
    """Dates as ``YYYY-MM-DD`` (with the time only where one is not midnight)."""
    has_time = (values.dropna() != values.dropna().dt.normalize()).any()
    return values.dt.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d").astype("string")
