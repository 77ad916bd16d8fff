"""A user's gazetteer (``actors.yml`` / ``actors.csv``), checked entry by entry.

A file that cannot be read as a whole (a YAML syntax error, a list where a mapping is
expected, a CSV without a ``name`` column) raises :class:`ConfigError`, one line naming
the file, the line and what was expected: the build stops (exit status 2), since tables
built without the gazetteer the user wrote would silently differ. A bad entry in a
readable file is skipped, with a ``problems`` row of stage ``config`` naming the file,
its line, the field and what was expected; the rest is built.

>>> _, _, found = read_user_gazetteer_text("actors:\\n  - {name: X, aliases: 5}\\n", "a.yml")
>>> found[0].message
"line 2: actor 'X': field 'aliases' must be a list of names, not 5; entry skipped"
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from .ingest import MAX_BYTES, ConfigError, Problem, read_regular

TYPES = ("person", "organization", "state")
GENDERS = ("m", "f")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_user_gazetteer(
    path: Path,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Problem]]:
    """The valid actor and role entries of a user's gazetteer file, and a problem for
    each entry skipped; :class:`ConfigError` if the file as a whole is unusable."""
    raw, _, why = read_regular(path, MAX_BYTES)
    if raw is None:
        raise ConfigError(f"{path}: {why}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: byte {exc.start}: not UTF-8 ({exc.reason})") from None
    if path.suffix.lower() == ".csv":
        rows, problems = _csv_rows(text, path)
        return [entry for _, entry in rows], [], problems
    return read_user_gazetteer_text(text, str(path))


def read_user_gazetteer_text(
    text: str, name: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Problem]]:
    """:func:`read_user_gazetteer` for the YAML ``text`` of the file ``name``."""
    try:
        root = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{name}: {where}not valid YAML ({problem})") from None
    if data is None:
        return [], [], []
    if not isinstance(data, dict):
        raise ConfigError(
            f"{name}: line 1: expected a mapping with 'actors:' and 'roles:' lists, "
            f"not a {_kind(data)}"
        )
    out: dict[str, list[dict[str, Any]]] = {}
    problems: list[Problem] = []
    for key, check in (("actors", check_actor), ("roles", check_role)):
        entries = data.get(key) or []
        node = _value_node(root, key)
        if not isinstance(entries, list):
            line = node.start_mark.line + 1 if node is not None else 1
            raise ConfigError(
                f"{name}: line {line}: '{key}' must be a list, not a {_kind(entries)}"
            )
        lines = [n.start_mark.line + 1 for n in node.value] if node is not None else []
        out[key] = []
        for entry, line in zip(entries, lines, strict=False):
            why = check(entry)
            if why is None:
                out[key].append(entry)
            else:
                problems.append(_problem(name, f"line {line}: {why}; entry skipped"))
    return out["actors"], out["roles"], problems


def check_actor(entry: Any) -> str | None:
    """What is wrong with an actor entry (None: nothing)."""
    if not isinstance(entry, dict):
        return f"an actor must be a mapping with a name, not a {_kind(entry)}"
    name = entry.get("name")
    label = f"actor {str(name)!r}" if _scalar(name) and str(name).strip() else "actor"
    if not _scalar(name) or not str(name).strip():
        return f"{label}: field 'name' is missing or empty (expected the canonical name)"
    aliases = entry.get("aliases")
    if aliases is not None and not (
        isinstance(aliases, list) and all(_scalar(a) and str(a).strip() for a in aliases)
    ):
        return f"{label}: field 'aliases' must be a list of names, not {aliases!r}"
    kind = entry.get("type")
    if kind is not None and kind not in TYPES:
        return f"{label}: field 'type' must be one of {', '.join(TYPES)}, not {kind!r}"
    gender = entry.get("gender")
    if gender is not None and gender not in GENDERS:
        return f"{label}: field 'gender' must be m or f, not {gender!r}"
    for field in ("id", "actor_id", "role", "affiliation"):
        if entry.get(field) is not None and not _scalar(entry[field]):
            return f"{label}: field {field!r} must be a text, not {entry[field]!r}"
    return None


def check_role(entry: Any) -> str | None:
    """What is wrong with a role entry (None: nothing)."""
    if not isinstance(entry, dict):
        return f"a role must be a mapping with actor and nouns, not a {_kind(entry)}"
    if not _scalar(entry.get("actor")) or not str(entry.get("actor")).strip():
        return "role: field 'actor' is missing (expected an actor's id)"
    label = f"role of {str(entry['actor'])!r}"
    nouns = entry.get("nouns")
    if not isinstance(nouns, list) or not all(_scalar(n) for n in nouns):
        return f"{label}: field 'nouns' must be a list of role nouns, not {nouns!r}"
    for field in ("from", "to"):
        value = entry.get(field)
        if value is not None and _date(value) is None:
            return f"{label}: field {field!r} must be an ISO date (YYYY-MM-DD), not {value!r}"
    return None


def _date(value: Any) -> pd.Timestamp | None:
    try:
        stamp = pd.Timestamp(value) if not isinstance(value, bool | int | float) else None
    except (ValueError, TypeError):
        return None
    return None if stamp is None or pd.isna(stamp) else stamp


def _csv_rows(text: str, path: Path) -> tuple[list[tuple[int, dict[str, Any]]], list[Problem]]:
    """The valid rows of an ``actors.csv`` (aliases separated by ``;``) with their line."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip() for c in reader.fieldnames or []]
    if "name" not in columns:
        raise ConfigError(
            f"{path}: line 1: no 'name' column (expected the columns name, type, role, "
            f"affiliation, aliases; found: {', '.join(columns) or 'none'})"
        )
    reader.fieldnames = columns
    rows, problems = [], []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_problem(str(path), f"line {reader.line_num}: {exc}; row skipped"))
            continue
        line = reader.line_num
        if None in row:
            why = f"{len(columns) + len(row[None])} cells, the header has {len(columns)}"
            problems.append(_problem(str(path), f"line {line}: {why}; row skipped"))
            continue
        entry = {k: v for k, v in row.items() if v not in (None, "")}
        aliases = entry.get("aliases", "")
        entry["aliases"] = [a.strip() for a in aliases.split(";") if a.strip()]
        why = check_actor(entry)
        if why is not None:
            problems.append(_problem(str(path), f"line {line}: {why}; row skipped"))
            continue
        rows.append((line, entry))
    return rows, problems


def _problem(path: str, message: str) -> Problem:
    return Problem(path, "warning", message, stage="config")


def _value_node(root: Any, key: str) -> Any:
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((v for k, v in root.value if getattr(k, "value", None) == key), None)


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    return {list: "list", dict: "mapping", str: "text"}.get(type(value), type(value).__name__)
