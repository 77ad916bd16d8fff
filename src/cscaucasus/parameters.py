"""Report parameters, declared once and checked once, before any notebook runs.

A wrong value never reaches a notebook: :func:`check_parameters` returns the values
normalised, or raises :class:`ParameterError` with one line that names the parameter,
the value and what was expected. Unknown names are errors too, with the closest known
name suggested (a misspelt ``actor`` would otherwise run a full, unfiltered report).

The actor focus resolves through the gazetteer and the corpus (:func:`resolve_actors`):
canonical names, aliases and spelling variants, a surname alone, in any case and with
or without diacritics.

>>> check_parameters({"min_n": "five"})
Traceback (most recent call last):
...
cscaucasus.parameters.ParameterError: min_n = 'five': expected a whole number of at least 1
>>> check_parameters({"actor": ["CSTO"]})
Traceback (most recent call last):
...
cscaucasus.parameters.ParameterError: actor: no such parameter; did you mean actors?
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # tables come in as DataFrames; pandas itself is not needed here
    import pandas as pd

GROUPINGS = ("speaker", "affiliation", "type", "outlet")
#: What the frequency and sentiment figures count: each statement once (one per
#: statement cluster) or every report (see :mod:`cscaucasus.stories`).
COUNTS = ("statements", "reports")
#: The tone the sentiment report shows: the validated diplomatic tone's expected value
#: (``statements.tone_score``, P(+1) - P(-1), whose actor means agree best with coders),
#: its -1/0/+1 labels (``statements.tone``) or VADER's ``compound`` (the reference).
SCORES = ("tone_score", "tone", "compound")


class ParameterError(ValueError):
    """A report parameter that cannot be used: the message is one line saying why."""


@dataclass(frozen=True)
class Parameter:
    """A report parameter: what it must be, and how a value is checked and normalised."""

    name: str
    expected: str
    check: Callable[[Any], Any]  # the normalised value, or raises ValueError
    choices: tuple[str, ...] = ()  # the values allowed, if a list (a slip gets a hint)

    def hint(self, value: Any) -> str:
        """ "; did you mean …?" for a misspelt choice, else nothing."""
        if not self.choices or not isinstance(value, str):
            return ""
        close = difflib.get_close_matches(value.strip().lower(), self.choices, n=1, cutoff=0.6)
        return f"; did you mean {close[0]}?" if close else ""


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError
    return value


def _names(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValueError
    return [_text(v).strip() for v in value]


def _date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError
    return dt.date.fromisoformat(value.strip()).isoformat()  # ValueError: no such day


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError
    return value


def _grouping(value: Any) -> str:
    if value not in GROUPINGS:
        raise ValueError
    return value


def _counting(value: Any) -> str:
    if value not in COUNTS:
        raise ValueError
    return value


def _scoring(value: Any) -> str:
    if value not in SCORES:
        raise ValueError
    return value


PARAMETERS: dict[str, Parameter] = {
    p.name: p
    for p in (
        Parameter("corpus_path", "a folder path (the built tables)", _text),
        Parameter("actors", 'a list of names, e.g. ["Nikol Pashinyan", "CSTO"]', _names),
        Parameter("date_from", 'an ISO date "YYYY-MM-DD" or null', _date),
        Parameter("date_to", 'an ISO date "YYYY-MM-DD" or null', _date),
        Parameter("domain_lexicon", "true or false", _bool),
        Parameter("min_n", "a whole number of at least 1", _count),
        Parameter("by", f"one of {', '.join(GROUPINGS)}", _grouping, GROUPINGS),
        Parameter("count", f"one of {', '.join(COUNTS)}", _counting, COUNTS),
        Parameter("score", f"one of {', '.join(SCORES)}", _scoring, SCORES),
    )
}


def check_parameters(
    values: Mapping[str, Any], known: Iterable[str] | None = None
) -> dict[str, Any]:
    """``values`` checked and normalised (dates as ISO strings); raises :class:`ParameterError`.

    ``known`` is every name a notebook declares (default: :data:`PARAMETERS`); names
    declared by a notebook but not described here pass unchecked.

    >>> check_parameters({"date_from": "2022-03-01", "date_to": "2022-01-01"})
    Traceback (most recent call last):
    ...
    cscaucasus.parameters.ParameterError: date_to = '2022-01-01': expected a date on or after ...
    """
    names = set(PARAMETERS if known is None else known)
    checked: dict[str, Any] = {}
    for name, value in values.items():
        if name not in names:
            close = difflib.get_close_matches(name, sorted(names), n=1, cutoff=0.6)
            hint = (
                f"; did you mean {close[0]}?" if close else f"; known: {', '.join(sorted(names))}"
            )
            raise ParameterError(f"{name}: no such parameter{hint}")
        spec = PARAMETERS.get(name)
        if spec is None:
            checked[name] = value
            continue
        try:
            checked[name] = spec.check(value)
        except ValueError:
            shown = (
                f"the string {value!r}"
                if name == "actors" and isinstance(value, str)
                else repr(value)
            )
            hint = spec.hint(value)
            if isinstance(value, str) and value.lstrip().startswith("["):  # a list as text
                hint = f"; papermill's -p passes text: give a list with -y '{name}: [...]'"
            raise ParameterError(f"{name} = {shown}: expected {spec.expected}{hint}") from None
    start, end = checked.get("date_from"), checked.get("date_to")
    if start and end and end < start:
        raise ParameterError(f"date_to = {end!r}: expected a date on or after date_from ({start})")
    return checked


# --------------------------------------------------------------------------- actors


def _key(name: str) -> str:
    """Case, diacritics, punctuation and spacing folded: ``Pashinyan`` = ``PASHINYAN``."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", plain.casefold()).split())


def actor_index(
    actors: pd.DataFrame,
    names: Iterable[str] = (),
    spelling: Callable[[str], str] | None = None,
) -> dict[str, dict[str, set]]:
    """Lookup keys of every actor: ``full`` (names, aliases, variants) and ``surname``.

    ``actors`` is the gazetteer table (``name``, ``type``, ``aliases``); ``names`` adds
    the names found in the corpus (e.g. speakers not in the gazetteer). With
    ``spelling`` (a name's key under transliteration rules, e.g.
    :func:`cscaucasus.names.spelling_key`) the keys are those of the spelling, so that
    "Paschinjan" finds Pashinyan and "Sarkisian" both Sarkissian and Sargsyan.
    """
    key = _key if spelling is None else (lambda name: _spelled(name, spelling))
    full: dict[str, set[str]] = {}
    surname: dict[str, set[str]] = {}
    rows = [(str(r.name), str(r.type), list(r.aliases)) for r in actors.itertuples()]
    rows += [(str(n), "person", []) for n in names if isinstance(n, str) and n]
    for canonical, kind, aliases in rows:
        for variant in (canonical, *aliases):
            full.setdefault(key(variant), set()).add(canonical)
            # a person's surname in every spelling their aliases give
            if kind == "person" and len(variant.split()) > 1:
                surname.setdefault(key(variant.split()[-1]), set()).add(canonical)
    return {"full": full, "surname": surname}


def _spelled(name: str, spelling: Callable[[str], str]) -> str:
    return spelling(" ".join(w[:1].upper() + w[1:] for w in _key(name).split()))


def resolve_actors(
    names: Sequence[str],
    actors: pd.DataFrame,
    corpus_names: Iterable[str] = (),
    spelling: Callable[[str], str] | None = None,
) -> list[str]:
    """Canonical names for ``names``; an unknown or ambiguous name raises ParameterError.

    A name is looked up as written (case, accents and punctuation aside), then, with
    ``spelling`` (see :func:`actor_index`), in any of its spellings; a surname alone
    must name one person.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"name": ["Nikol Pashinyan", "CSTO"],
    ...     "type": ["person", "organization"], "aliases": [["Nikol Pashinian"], []]})
    >>> resolve_actors(["pashinyan", "Nikol Pashinian", "csto"], table)
    ['Nikol Pashinyan', 'Nikol Pashinyan', 'CSTO']
    """
    index = actor_index(actors, corpus_names)
    spelled = actor_index(actors, corpus_names, spelling) if spelling else None
    out = []
    for name in names:
        key = _key(name)
        found = index["full"].get(key)
        if not found and spelled is not None:
            other = _spelled(name, spelling)  # type: ignore[arg-type]
            found = spelled["full"].get(other) or spelled["surname"].get(other)
        found = found or index["surname"].get(key) or set()
        if len(found) == 1:
            out.append(next(iter(found)))
            continue
        if found:
            raise ParameterError(
                f"actors: {name!r} matches several actors ({', '.join(sorted(found))}); "
                "give the full name"
            )
        raise ParameterError(
            f"actors: {name!r} matches no actor in the corpus; {_closest(key, index)}"
        )
    return out


def _closest(key: str, index: dict[str, dict[str, set]]) -> str:
    keys = [*index["full"], *index["surname"]]
    close = difflib.get_close_matches(key, keys, n=8, cutoff=0.5)  # closest first
    names = [n for k in close for n in sorted(index["full"].get(k) or index["surname"][k])]
    names = list(dict.fromkeys(names))[:5]
    return f"closest: {', '.join(names)}" if names else "no actor has a similar name"
