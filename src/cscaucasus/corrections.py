"""Corrections: coders' overrides of the machine's codes, kept in ``data/raw/corrections.csv``.

One line per override, with a header::

    unit,field,value,coder,note
    000_5322f2f6b2ef493f:004,speaker,Nikol Pashinyan,AK,"the pronoun refers to Pashinyan"
    001_d700c5d6bfb5e40a:e003,date,2022-09-13,AK,

``unit`` is a ``statement_id`` or an ``event_id`` (``…:e003``); ``field`` one of
:data:`FIELDS`; ``value`` the corrected value (empty: no value, e.g. no speaker).

A build applies them after every other stage (so an event's corrected date does not
move it to another cluster), marks each corrected row in the column ``corrected`` (the
fields corrected, e.g. ``speaker``), and records every override in the manifest
(``settings.corrections``: ``applied`` with the machine's original value, ``stale``
with the reason). An override that matches no row (e.g. after a rule change renumbered
the statements of an article) or that is invalid stays in the file and becomes a
``problems`` row (stage ``corrections``), never silently dropped.

Tables built earlier are a cache: :func:`reverted` gives them back their machine values
(from the recorded originals), so full and incremental builds give the same files.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from .ingest import Problem, problems_table

CORRECTIONS_FILE = "corrections.csv"
COLUMNS = ("unit", "field", "value", "coder", "note")
#: The fields a correction may change, per table, with the values allowed (None: any).
FIELDS: dict[str, dict[str, tuple[str, ...] | None]] = {
    "statements": {
        "speaker": None,
        "speaker_id": None,
        "kind": ("direct", "indirect"),
        "attribution": None,
        "cue": None,
        "tone": ("-1", "0", "1"),
    },
    "events": {"date": None, "precision": ("day", "month", "year"), "description": None},
}
ID_COLUMN = {"statements": "statement_id", "events": "event_id"}
MARK_COLUMN = "corrected"
_EVENT_ID_RE = re.compile(r":e\d+$")
_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Correction:
    """One line of ``corrections.csv`` (``line``: its line number, header = 1)."""

    line: int
    unit: str
    field: str
    value: str
    coder: str = ""
    note: str = ""

    @property
    def table(self) -> str:
        return "events" if _EVENT_ID_RE.search(self.unit) else "statements"

    @property
    def article(self) -> str:
        return self.unit.rsplit(":", 1)[0]

    def content(self) -> tuple[str, ...]:
        """What the override says, without where in the file it stands."""
        return (self.unit, self.field, self.value, self.coder, self.note)


def read_corrections(raw: str | Path) -> list[Correction] | None:
    """The overrides of ``raw/corrections.csv`` in file order (None: there is no file)."""
    path = Path(raw) / CORRECTIONS_FILE
    if not path.is_file():
        return None
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return [
            Correction(line, *((row.get(c) or "").strip() for c in COLUMNS))
            for line, row in enumerate(reader, start=2)
        ]


def salted(
    keys: dict[str, str | None], parts: Iterable[Any], fixes: list[Correction] | None
) -> dict[str, str | None]:
    """Part keys that also depend on the overrides of the part's articles, so a build
    writes again exactly the parts whose corrections changed (and, when the file comes
    or goes, every part: each then gains or loses the ``corrected`` column)."""
    if fixes is None:
        return keys
    by_article: dict[str, list[tuple[str, ...]]] = {}
    for fix in fixes:
        by_article.setdefault(fix.article, []).append(fix.content())
    out = {}
    for part in parts:
        key = keys.get(part.file)
        lines = sorted(c for a in part.ids for c in by_article.get(a, []))
        text = f"{key}\ncorrections\n{json.dumps(lines)}"
        out[part.file] = None if key is None else hashlib.sha256(text.encode()).hexdigest()
    return out


def _invalid(fix: Correction, columns: Iterable[str]) -> str | None:
    """Why an override cannot be applied whatever the rows (None: it can)."""
    allowed = FIELDS[fix.table]
    if not fix.unit or not fix.field:
        return "unit and field are required"
    if fix.field not in allowed:
        return f"{fix.field!r} cannot be corrected in {fix.table} (allowed: {', '.join(allowed)})"
    if fix.field not in columns:
        return f"{fix.table} has no column {fix.field!r}"
    values = allowed[fix.field]
    if values is not None and fix.value not in values:
        return f"{fix.value!r} is not one of {', '.join(values)}"
    if fix.field == "date" and not (_DATE_RE.match(fix.value) and _is_date(fix.value)):
        return f"{fix.value!r} is no date (YYYY-MM-DD, YYYY-MM or YYYY)"
    return None


def _is_date(text: str) -> bool:
    try:
        pd.Timestamp(text + "-01" * (2 - text.count("-")))
    except ValueError:
        return False
    return True


def _typed(value: Any, dtype: Any) -> Any:
    """``value`` (text from the file, or a recorded original) as a cell of ``dtype``."""
    if value is None or value == "":
        return None
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return pd.Timestamp(value + "-01" * (2 - value.count("-")) if len(value) < 10 else value)
    if pd.api.types.is_integer_dtype(dtype):
        return int(value)
    return value


def _plain(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    return value.item() if hasattr(value, "item") else value


def _set(df: pd.DataFrame, changes: dict[str, dict[int, Any]]) -> pd.DataFrame:
    """``df`` with ``changes`` (column -> row position -> value) made, dtypes kept."""
    columns = {}
    for column, cells in changes.items():
        values = df[column].copy()
        for position, value in cells.items():
            values.iloc[position] = value
        columns[column] = values
    return df.assign(**columns) if columns else df


def apply_table(df: pd.DataFrame, name: str, fixes: list[Correction] | None) -> pd.DataFrame:
    """``df`` (statements or events, machine values) with the valid overrides of its rows
    applied and the column ``corrected`` naming the fields changed (None: no file)."""
    if fixes is None:
        return df.drop(columns=[MARK_COLUMN], errors="ignore")
    positions = {unit: i for i, unit in enumerate(df[ID_COLUMN[name]].tolist())}
    changes: dict[str, dict[int, Any]] = {}
    marks: dict[int, list[str]] = {}
    for fix in fixes:
        if fix.table != name or fix.unit not in positions or _invalid(fix, df.columns):
            continue
        at = positions[fix.unit]
        changes.setdefault(fix.field, {})[at] = _typed(fix.value, df[fix.field].dtype)
        if fix.field not in marks.setdefault(at, []):
            marks[at].append(fix.field)
    out = _set(df, changes)
    mark = [",".join(sorted(marks[i])) if i in marks else None for i in range(len(df))]
    return out.assign(**{MARK_COLUMN: pd.array(mark, dtype="string")})


def status(
    fixes: list[Correction] | None,
    tables: dict[str, pd.DataFrame],
    only: set[str] | None = None,
    old: dict[str, Any] | None = None,
) -> dict[str, list[dict[str, Any]]] | None:
    """Which overrides apply (with the machine's original value) and which are stale.

    ``tables`` hold machine values; with ``only``, they hold just those articles' rows,
    and overrides of other articles keep their status from ``old`` (the manifest's
    record of the build that wrote those unchanged rows).
    """
    if fixes is None:
        return None
    earlier = {
        tuple(r["content"]): r for kind in ("applied", "stale") for r in (old or {}).get(kind, [])
    }
    positions = {
        name: {u: i for i, u in enumerate(tables[name][column].tolist())}
        for name, column in ID_COLUMN.items()
    }
    applied, stale = [], []
    for fix in fixes:
        record = {"line": fix.line, "content": list(fix.content())}
        reason = _invalid(fix, tables[fix.table].columns)
        if reason is None and only is not None and fix.article not in only:
            kept = earlier.get(fix.content())
            if kept is not None and "original" in kept:
                applied.append({**record, "original": kept["original"]})
                continue
            reason = kept["reason"] if kept is not None else "matches no row"
        elif reason is None and fix.unit not in positions[fix.table]:
            reason = "matches no row"
        if reason is None:
            value = tables[fix.table][fix.field].iloc[positions[fix.table][fix.unit]]
            applied.append({**record, "original": _plain(value)})
        else:
            stale.append({**record, "reason": reason})
    return {"applied": applied, "stale": stale}


def problems(record: dict[str, list[dict[str, Any]]] | None) -> pd.DataFrame:
    """A ``problems`` row for every override that was not applied."""
    rows = []
    for r in (record or {}).get("stale", []):
        unit, field, value = r["content"][:3]
        message = (
            f"line {r['line']}: override of {field!r} of {unit!r} to {value!r} not applied: "
            f"{r['reason']} (kept in the file; fix or remove the line)"
        )
        rows.append(Problem(CORRECTIONS_FILE, "warning", message))
    return problems_table(rows, "corrections")


def revert_table(df: pd.DataFrame, name: str, record: dict[str, Any] | None) -> pd.DataFrame:
    """``df`` with the machine's values back where ``record`` says they were corrected,
    without the ``corrected`` column."""
    if not record or ID_COLUMN[name] not in df:
        return df.drop(columns=[MARK_COLUMN], errors="ignore")
    positions = {unit: i for i, unit in enumerate(df[ID_COLUMN[name]].tolist())}
    changes: dict[str, dict[int, Any]] = {}
    for r in record.get("applied", []):
        unit, field = r["content"][:2]
        if unit in positions and field in df.columns:
            fix = Correction(0, unit, field, "")
            if fix.table == name:
                changes.setdefault(field, {})[positions[unit]] = _typed(
                    r["original"], df[field].dtype
                )
    return _set(df, changes).drop(columns=[MARK_COLUMN], errors="ignore")


def reverted(corpus: Any) -> Any:
    """A corpus read from an earlier build with its machine values back (a cache must
    not carry overrides that may since have been removed). None stays None."""
    if corpus is None:
        return None
    record = (corpus.settings or {}).get("corrections")
    tables = {name: getattr(corpus, name) for name in ID_COLUMN}
    if not record and not any(MARK_COLUMN in df for df in tables.values()):
        return corpus
    fixed = {name: revert_table(df, name, record) for name, df in tables.items()}
    return replace(corpus, **fixed)


def apply_corpus(corpus: Any, raw: str | Path) -> Any:
    """The corpus with ``raw/corrections.csv`` applied: corrected rows marked, the
    record in ``settings['corrections']``, stale overrides as ``problems`` rows."""
    fixes = read_corrections(raw)
    if fixes is None:
        return corpus
    tables = {name: getattr(corpus, name) for name in ID_COLUMN}
    record = status(fixes, tables)
    fixed = {name: apply_table(df, name, fixes) for name, df in tables.items()}
    found = pd.concat([corpus.problems, problems(record)], ignore_index=True)
    settings = {**corpus.settings, "corrections": record}
    return replace(corpus, **fixed, problems=found, settings=settings)
