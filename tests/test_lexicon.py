"""The shared lexical facts (data/lexicon.yml and data/verbs.yml, read by
cscaucasus.lexicon) are defined once: no other module or data file spells out the
weekdays, the months, a set of quote marks or a list of speech verbs of its own."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from cscaucasus import actors, chronology, frames, lexicon
from cscaucasus.lexicon import expand
from cscaucasus.yamlfile import parse_yaml

PACKAGE = Path(lexicon.__file__).parent
SOURCES = sorted(PACKAGE.rglob("*.py")) + sorted((PACKAGE / "data").glob("*.yml"))

_WEEKDAY_RUN = re.compile(r"(?i)monday\W+tuesday\W+wednesday")
_MONTH_RUN = re.compile(r"(?i)january\W+(?:jan\W+)?february\W+(?:feb\W+)?march")
#: A run of quote marks with three different ones: a quote-mark set of its own (a
#: character class, a string of openers), not a string literal holding one mark ('"“"').
_QUOTE_RUN = re.compile(r'(?:\\?["“”«»„‘’]){3,}')


def _quote_sets(text: str) -> list[str]:
    runs = (m.group() for m in _QUOTE_RUN.finditer(text))
    return [run for run in runs if len(set(run) - {"\\"}) >= 3 and '"""' not in run]


def _code(path: Path) -> str:
    """The file without its comments (the examples there may quote anything)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line.split("#", 1)[0] if path.suffix == ".yml" else line for line in lines)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_module_or_data_file_spells_out_shared_names(path: Path) -> None:
    if path.name in ("lexicon.yml", "lexicon.py"):
        return
    text = _code(path)
    assert not _WEEKDAY_RUN.search(text), f"{path.name}: weekdays; use lexicon / $weekdays"
    assert not _MONTH_RUN.search(text), f"{path.name}: months; use lexicon / $Months"
    if path.suffix == ".py":
        sets = _quote_sets(text)
        assert not sets, f"{path.name}: quote marks {sets}; use lexicon's quote sets"


def test_the_checks_catch_a_copy() -> None:
    assert _WEEKDAY_RUN.search("on\\s+(?:Monday|Tuesday|Wednesday|Thursday)")
    assert _MONTH_RUN.search("[[january, jan], [february, feb], [march, mar]]")
    assert _quote_sets(r"[^,;“”\"«»]") and _quote_sets('_[”"»’]')
    assert not _quote_sets('mark = "“" if opens else "”"')


def test_named_lists_expand_in_place() -> None:
    assert expand(["on", "$weekdays", "today"]) == ["on", *lexicon.WEEKDAYS, "today"]
    assert expand(["$Months"])[:2] == ["January", "February"]
    assert expand(["$Weekdays", 3]) == [d.capitalize() for d in lexicon.WEEKDAYS] + [3]


def test_the_data_files_word_lists_read_the_shared_names() -> None:
    assert {"monday", "sunday"} <= frames.ADVERBIAL_START
    assert {"Monday", "December", "May"} <= actors.TITLES
    assert "$Weekdays" not in actors.TITLES


def test_quote_sets_agree() -> None:
    assert lexicon.QUOTE_PAIRS == {"“": "”", "«": "»", '"': '"', "‘": "’"}
    assert set(lexicon.DOUBLE_QUOTES) == set(lexicon.DOUBLE_OPENERS + lexicon.DOUBLE_CLOSERS)
    assert set(lexicon.QUOTE_MARKS) == set(lexicon.QUOTE_OPENERS + lexicon.QUOTE_CLOSERS)
    assert lexicon.OPENING_SPEECH_QUOTES == "“«" and lexicon.CLOSING_SPEECH_QUOTES == "”»"
    assert {"jan", "sept", "dec"} <= lexicon.ABBREVIATIONS


# --- speech verbs: data/verbs.yml, each form with its roles, read through lexicon ---

_FORMS = frozenset(form for forms in lexicon.VERB_FORMS.values() for form in forms)
_ONE_WORD = sorted((f for f in _FORMS if " " not in f), key=len, reverse=True)
#: Three speech verbs in a row, apart from separators only ("said|stated|noted", "said
#: says told", "[Ss]ays|[Ww]arns"): a verb list of its own in a string of the code.
_VERB_RUN = re.compile(
    r"(?i)\b(?:(?:{0})\b[\s|,'\"()?:\\]{{1,6}}){{2,}}(?:{0})\b".format("|".join(_ONE_WORD))
)
#: Lists of data files that hold speech verbs' spellings in no speech role: irregular
#: past and present tenses of any verb ("said", "told", "wrote" tell the tense there), and
#: nouns ("reports", "claims").
_NOT_SPEECH_LISTS = {
    ("temporal.yml", "past_cues"),
    ("temporal.yml", "past_or_future"),
    ("happenings.yml", "irregular"),
    ("speech.yml", "speaking_nouns"),
    ("speech.yml", "speech_nouns"),  # nouns ("the claim that", "a warning that")
}


def _lists(data: object, key: str = "") -> list[tuple[str, list]]:
    """Every list of a parsed YAML document, with the key it stands under."""
    if isinstance(data, dict):
        return [found for k, v in data.items() for found in _lists(v, str(k))]
    if isinstance(data, list):
        return [(key, data), *(found for item in data for found in _lists(item, key))]
    return []


def _string_literals(path: Path) -> list[str]:
    """The string literals of a module, a character class of one letter's two cases
    ("[Ss]ays") read as the letter."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    strings = [t.string for t in tokens if t.type == tokenize.STRING]
    return [re.sub(r"\[([A-Z])([a-z])\]", r"\2", s) for s in strings]


@pytest.mark.parametrize(
    "path", [p for p in (PACKAGE / "data").glob("*.yml") if p.name != "verbs.yml"], ids=str
)
def test_no_data_file_lists_speech_verbs_of_its_own(path: Path) -> None:
    for key, words in _lists(parse_yaml(path.read_text(encoding="utf-8"))):
        verbs = [w for w in words if isinstance(w, str) and w.lower() in _FORMS]
        if (path.name, key) not in _NOT_SPEECH_LISTS:
            assert len(verbs) < 3, f"{path.name} {key}: {verbs}; use $verbs.<role> (verbs.yml)"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_spells_out_speech_verbs(path: Path) -> None:
    runs = [m.group() for s in _string_literals(path) for m in _VERB_RUN.finditer(s)]
    assert not runs, f"{path.name}: {runs}; use lexicon.verbs(<role>) (data/verbs.yml)"


def test_the_verb_checks_catch_a_copy(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('A = r"(?:said|stated|noted) that"\nB = r"[Ss]ays|[Ww]arns|[Cc]laims"\n')
    assert [m.group() for s in _string_literals(module) for m in _VERB_RUN.finditer(s)] == [
        "said|stated|noted",
        "says|warns|claims",
    ]
    assert _VERB_RUN.search("over after said says told added")
    assert not _VERB_RUN.search("said A, adding that B, noting")
    listed = _lists(parse_yaml("rules:\n  cues: [was, said, told, wrote]\n  other: [a, b]"))
    assert [k for k, words in listed if len(_FORMS.intersection(words)) >= 3] == ["cues"]


def test_each_data_list_is_its_roles_verbs() -> None:
    assert tuple(frames.SPEECH["verbs"]) == lexicon.verbs("reporting")
    assert lexicon.verbs("np_object") == frames.OBJECT_VERBS
    assert set(frames.OBJECT_HEADS) <= set(lexicon.verbs("np_object"))
    assert {"said", "told"} <= chronology.STOPWORDS
    assert chronology.PATTERNS["attribution_verbs"] == list(lexicon.verbs("attribution"))
    assert "say" in lexicon.VERB_FORMS and "said" in lexicon.VERB_FORMS["say"]
    with pytest.raises(KeyError, match="no role"):
        lexicon.verbs("reportin")
    with pytest.raises(KeyError, match="no shared list"):
        expand(["$verbs.reportin"])
