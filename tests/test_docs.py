"""The documentation is true: README examples run, shell lines parse, the contract is current."""

from __future__ import annotations

import os
import re
import shlex
import tempfile
from pathlib import Path

import pytest

import cscaucasus as cs
from cscaucasus import cli, schema
from cscaucasus.build import write_corpus

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = sorted((ROOT / "docs").glob("*.md"))
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)


def blocks(text: str, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(text) if lang == language]


def shell_lines(text: str) -> list[str]:
    lines = []
    for body in blocks(text, "") + blocks(text, "sh"):
        for line in body.splitlines():
            line = line.split("  #")[0].strip()
            if (
                line
                and not line.startswith("#")
                and line.split()[0] in {"make", ".venv/bin/cscaucasus"}
            ):
                lines.append(line)
    return lines


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path, seed_corpus) -> Path:
    """A folder laid out as after ``make build``: data/raw and data/processed."""
    base = tmp_path_factory.mktemp("project")
    (base / "data").mkdir()
    (base / "data" / "raw").symlink_to(raw_dir)
    write_corpus(seed_corpus, base / "data" / "processed", raw_dir)
    return base


def test_readme_python_examples_run(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    examples = blocks(README, "python")
    assert examples, "the README shows how to use the library from Python"
    monkeypatch.chdir(project)
    namespace: dict = {}
    for source in examples:
        exec(compile(source, "README.md", "exec"), namespace)  # noqa: S102
    assert len(namespace["corpus"].statements) > 0
    assert {"speaker", "n", "mean", "ci_low", "ci_high"} <= set(namespace["tone"].columns)
    focus = namespace["pashinyan"]
    named = [s == "Nikol Pashinyan" or "Nikol Pashinyan" in list(t) for s, t in
             zip(focus["speaker"], focus["targets"], strict=True)]  # fmt: skip
    assert len(focus) > 0 and all(named)


@pytest.mark.parametrize("path", [ROOT / "README.md", *DOCS], ids=lambda p: p.name)
def test_shell_examples_name_real_targets_and_options(path: Path) -> None:
    targets = set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(), re.M))
    for line in shell_lines(path.read_text(encoding="utf-8")):
        argv = shlex.split(line)
        if argv[0] == "make":
            assert set(argv[1:]) <= targets, f"{path.name}: no Makefile target for {line!r}"
        else:
            cli.parser().parse_args(argv[1:])  # exits (SystemExit) on an unknown option


def test_readme_params_file_example_is_valid() -> None:
    from cscaucasus.parameters import check_parameters
    from cscaucasus.reports_cli import parse_parameters

    (example,) = blocks(README, "yaml")
    assert "--params-file my_params.yml" in README
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "my_params.yml"
        path.write_text(example, encoding="utf-8")
        checked = check_parameters(parse_parameters([], str(path)))
    assert checked["date_from"] == "2022-01-01" and checked["by"] == "affiliation"


def test_readme_uses_the_command_as_installed() -> None:
    lines = shell_lines(README)
    assert "make reports" in lines and "make build" in lines
    bare = re.findall(r"^cscaucasus ", "\n".join(b for b in blocks(README, "")), re.M)
    assert not bare, "after set-up the command is .venv/bin/cscaucasus, not on the PATH"


def test_links_stay_inside_the_repository() -> None:
    for path in [ROOT / "README.md", *DOCS]:
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text, path.name
        for target in re.findall(r"\]\(([^)#]+)\)", text):
            if not target.startswith("http"):
                assert (path.parent / target).exists(), f"{path.name} links to {target}"


def test_design_names_every_column_of_the_schema() -> None:
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    rows = {m[0]: m[1] for m in re.findall(r"^\| `(\w+)` \| [^|]+ \| (.+) \|$", design, re.M)}
    assert set(rows) == set(schema.SCHEMAS), "docs/design.md: one contract row per table"
    for table, columns in schema.SCHEMAS.items():
        named = set(re.findall(r"`(\w+)`", rows[table]))
        missing = [c for c in columns if c not in named]
        assert not missing, f"docs/design.md: add {missing} to the `{table}` row"


def test_package_exposes_what_the_readme_uses() -> None:
    assert isinstance(cs.__version__, str) and cs.__version__
    for name in ("build", "analysis", "reports", "explore", "stories", "tone", "validation"):
        assert getattr(cs, name).__name__ == f"cscaucasus.{name}"
    with pytest.raises(AttributeError, match="no attribute 'nonesuch'"):
        cs.nonesuch  # noqa: B018


def test_readme_keeps_the_set_up_commands_and_points_to_the_docs() -> None:
    assert re.search(r"^make reports$", README, re.M) and re.search(r"^make test$", README, re.M)
    for page in ("design", "internals", "accuracy"):
        assert f"docs/{page}.md" in README
    assert os.path.getsize(ROOT / "docs" / "internals.md") > 2000  # internals moved, not cut
