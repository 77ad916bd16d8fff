"""One tone codebook (issue 17): docs/tone_codebook.md names the version every coded sheet
was coded by, keeps the first sealed set's codebook word for word, and the old file
points to it."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
CODEBOOK = (ROOT / "docs" / "tone_codebook.md").read_text(encoding="utf-8")
# sha256 of the appendix's text, version S as tests/data/tone_sealed_codebook.md held it
# at 1e9858b (its title left out, its headings one level down): sealed codes are never
# recoded, so the rules they were coded by are never edited.
VERSION_S = "2b1986b811558b5e38da136e61b2d9966f0c7628631e60bbde5f30cf3255e352"


def section(title: str) -> str:
    return CODEBOOK.split(f"\n## {title}", 1)[1].split("\n## ", 1)[0]


def test_every_coded_tone_sheet_names_the_version_it_was_coded_by() -> None:
    versions = section("Versions: which sheet was coded by which")
    sheets = [p for p in DATA.glob("tone_*") if p.is_dir() or p.suffix == ".csv"]
    assert len(sheets) >= 20
    for sheet in sheets:
        assert f"`{sheet.stem}" in versions or f"`{sheet.name}`" in versions, sheet.name


def test_version_s_is_kept_word_for_word() -> None:
    appendix = CODEBOOK.split("## Appendix: version S", 1)[1].split("\n", 1)[1]
    assert hashlib.sha256(appendix.encode("utf-8")).hexdigest() == VERSION_S
    assert "11. **Conditional offers**" in appendix and "→ +1." in appendix


def test_the_differences_name_both_deciding_points() -> None:
    differences = section("Where version S differs")
    assert "a denial that reassures about a relationship" in differences
    assert "**by the condition's weight**" in differences
    assert "`rule2-denial`" in differences and "`rule11-condition`" in differences


def test_the_sealed_sets_codebook_file_points_to_the_one_codebook() -> None:
    pointer = (DATA / "tone_sealed_codebook.md").read_text(encoding="utf-8")
    assert "(../../docs/tone_codebook.md)" in pointer
    assert "Rules for hard cases" not in pointer  # the rules live in one place only
