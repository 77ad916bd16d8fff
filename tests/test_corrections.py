"""Corrections: overrides in data/raw/corrections.csv applied at build, marked, recorded,
stale ones reported as problems; full and incremental builds stay byte-identical."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus import corrections
from cscaucasus.build import build, read_corpus, read_manifest

STATEMENT = "000_5322f2f6b2ef493f:000"
EVENT = "000_5322f2f6b2ef493f:e002"


def write(raw: Path, lines: list[str]) -> None:
    body = "unit,field,value,coder,note\n" + "".join(line + "\n" for line in lines)
    (raw / corrections.CORRECTIONS_FILE).write_text(body, encoding="utf-8")


@pytest.fixture
def raw(tmp_path: Path, raw_dir: Path) -> Path:
    copy = tmp_path / "raw"
    shutil.copytree(raw_dir, copy)
    return copy


LINES = [
    f"{STATEMENT},speaker,Nikol Pashinyan,AK,the pronoun refers back to Pashinyan",
    f"{STATEMENT},speaker_id,pashinyan,AK,",
    f"{EVENT},date,2022-12-18,AK,the Monday before",
    "000_5322f2f6b2ef493f:999,kind,direct,AK,renumbered by a rule change",
    f"{STATEMENT},mood,grim,AK,",
    f"{EVENT},precision,week,AK,",
]


def test_overrides_are_applied_marked_and_recorded(raw: Path, seed_corpus: cs.Corpus):
    write(raw, LINES)
    corpus = cs.load_corpus(raw)
    statements = corpus.statements.set_index("statement_id")
    before = seed_corpus.statements.set_index("statement_id")
    assert before.speaker[STATEMENT] != "Nikol Pashinyan"  # the override changes something
    assert statements.speaker[STATEMENT] == "Nikol Pashinyan"
    assert statements.speaker_id[STATEMENT] == "pashinyan"
    assert statements.corrected[STATEMENT] == "speaker,speaker_id"
    assert statements.corrected.notna().sum() == 1
    others = statements.drop(index=STATEMENT).drop(columns="corrected")
    pd.testing.assert_frame_equal(others, before.drop(index=STATEMENT))
    events = corpus.events.set_index("event_id")
    assert events.date[EVENT] == pd.Timestamp("2022-12-18") and events.corrected[EVENT] == "date"
    # the cluster is the machine's (corrections come after clustering)
    assert events.cluster_id[EVENT] == seed_corpus.events.set_index("event_id").cluster_id[EVENT]
    record = corpus.settings["corrections"]
    assert [r["line"] for r in record["applied"]] == [2, 3, 4]
    assert record["applied"][0]["original"] == before.speaker[STATEMENT]
    assert record["applied"][2]["original"].startswith("2022-12-19")
    assert [(r["line"], r["reason"]) for r in record["stale"]] == [
        (5, "matches no row"),
        (6, "'mood' cannot be corrected in statements (allowed: speaker, speaker_id, kind, "
            "attribution, cue, tone)"),
        (7, "'week' is not one of day, month, year"),
    ]  # fmt: skip
    found = corpus.problems[corpus.problems.stage == "corrections"]
    assert len(found) == 3 and set(found.path) == {"corrections.csv"}
    assert found.message.iloc[0].startswith(
        "line 5: override of 'kind' of '000_5322f2f6b2ef493f:999' to 'direct' not applied: "
        "matches no row"
    )


def test_no_file_changes_nothing(raw_dir: Path, seed_corpus: cs.Corpus):
    assert "corrected" not in seed_corpus.statements and "corrections" not in seed_corpus.settings
    assert corrections.read_corrections(raw_dir) is None


def test_build_records_overrides_in_the_manifest(raw: Path, tmp_path: Path):
    write(raw, LINES)
    build(raw, tmp_path / "out", use_cache=False)
    recorded = read_manifest(tmp_path / "out")["settings"]["corrections"]
    assert len(recorded["applied"]) == 3 and len(recorded["stale"]) == 3
    again = read_corpus(tmp_path / "out")
    assert again.statements.set_index("statement_id").corrected[STATEMENT] == "speaker,speaker_id"


def same_files(built: Path, full: Path) -> None:
    files = sorted(p.relative_to(full) for p in full.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file())
    for path in files:
        if path.parts[0] != ".cache":
            assert (built / path).read_bytes() == (full / path).read_bytes(), path


def full_build(raw: Path, out: Path) -> Path:
    shutil.rmtree(out, ignore_errors=True)
    build(raw, out, use_cache=False, articles_per_part=2)
    return out


def test_full_and_incremental_builds_are_byte_identical(raw: Path, tmp_path: Path):
    from test_scale import build_incrementally

    out = tmp_path / "out"
    build(raw, out, articles_per_part=2)  # no corrections yet
    steps = [
        lambda: write(raw, LINES),  # the file appears
        lambda: write(raw, [*LINES[:2], f"{EVENT},precision,month,AK,"]),  # lines change
        lambda: (raw / "003_73cf8918bbe49edb.txt").write_text(  # an article changes
            (raw / "003_73cf8918bbe49edb.txt").read_text(encoding="utf-8") + "\nMore text.\n",
            encoding="utf-8",
        ),
        lambda: (raw / corrections.CORRECTIONS_FILE).unlink(),  # the file goes
    ]
    for step in steps:
        step()
        build_incrementally(raw, out, articles_per_part=2)
        same_files(out, full_build(raw, tmp_path / "full"))
    assert "corrected" not in read_corpus(out).statements
    assert read_corpus(out).statements.equals(read_corpus(tmp_path / "full").statements)


def test_a_cached_corpus_does_not_keep_a_removed_override(raw: Path, tmp_path: Path):
    write(raw, LINES[:1])
    corrected = cs.load_corpus(raw)
    (raw / corrections.CORRECTIONS_FILE).unlink()
    again = cs.load_corpus(raw, previous=corrected)
    fresh = cs.load_corpus(raw)
    pd.testing.assert_frame_equal(again.statements, fresh.statements)
    assert json.dumps(again.settings.get("corrections")) == "null"


def test_tone_override_keeps_the_column_type(raw: Path, seed_corpus: cs.Corpus):
    before = seed_corpus.statements.set_index("statement_id").tone[STATEMENT]
    value = 1 if before != 1 else -1
    write(raw, [f"{STATEMENT},tone,{value},AK,a veiled warning"])
    statements = cs.load_corpus(raw).statements
    assert statements.tone.dtype == seed_corpus.statements.tone.dtype
    row = statements.set_index("statement_id").loc[STATEMENT]
    assert row.tone == value and row.corrected == "tone"
