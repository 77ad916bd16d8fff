"""``make accuracy``'s tone part follows the shipped model: its training sheets are
cross-validated together as the model is trained and never scored on their own; the
development sheets are the ones it was never trained on (docs/tone.md, "Ninth round")."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import cscaucasus as cs
from cscaucasus import train_tone

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_the_cross_validated_table_is_what_the_shipped_model_is_trained_on(
    accuracy: ModuleType,
) -> None:
    recorded = cs.tone.validation()
    recorded = recorded[recorded.measured.eq("cross-validated")].iloc[0]
    table = accuracy.tone_training_table()
    assert len(table) == recorded.n == 5928
    sheets = " + ".join(f"tests/data/{name}.csv" for name in accuracy.TRAINING_TONE)
    assert recorded.coded_set == sheets
    assert accuracy.TRAINING_TONE == (
        "tone_train", "tone_dev2", "tone_dev3", "tone_train_g", "tone_train_h", "tone_train_i",
        "tone_train_j",
    )  # fmt: skip


def test_every_tone_dev_sheet_is_training_or_development_never_both(
    accuracy: ModuleType,
) -> None:
    dev = {p.stem for p in DATA.glob("tone_dev*.csv") if p.stem.count("_") == 1}
    training, development = set(accuracy.TRAINING_TONE), set(accuracy.DEVELOPMENT_TONE)
    assert not training & development
    batches = {"tone_train", "tone_train_g", "tone_train_h", "tone_train_i", "tone_train_j"}
    assert dev == (training | development) - batches
    assert {"tone_dev4", "tone_dev5", "tone_dev6"} == development
    trained = {Path(p).stem for p in train_tone.TRAIN_FILES}
    assert not trained & development


def test_training_sheets_are_cross_validated_once_and_never_scored_alone(
    accuracy: ModuleType, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def figures(table: object) -> dict:
        seen.append(len(table))  # type: ignore[arg-type]
        return {"n": len(table), "methods": {"tone (default)": {"alpha": 0.5, "accuracy": 0.5}}}  # type: ignore[arg-type]

    monkeypatch.setattr(accuracy, "validation_figures", figures)
    # tone_dev2, tone_dev3, tone_train, tone_train_g, tone_train_h, tone_train_i, tone_train_j
    accuracy.print_tone_sets("tone_[dt][er][va]*[23nghij].csv")
    out = capsys.readouterr().out
    assert seen == [5928]
    sheets = "tone_train + tone_dev2 + tone_dev3 + tone_train_g + tone_train_h + tone_train_i"
    sheets += " + tone_train_j"
    assert f"{sheets}; 5928 statements, 104 outlets" in out
    assert "differs from the shipped model's record" in out  # the fake figures
    for name in accuracy.TRAINING_TONE:
        assert f"tone: {name}: training data of the shipped model" in out
        assert f"tone: {name} (" not in out  # no figures of its own
    assert "development" not in out


def test_the_record_check_tells_the_shipped_figures_from_others(accuracy: ModuleType) -> None:
    shipped = cs.tone.validation()
    shipped = shipped[shipped.measured.eq("cross-validated")]
    figures = {
        "n": int(shipped.n.iloc[0]),
        "methods": {
            r.method: {"alpha": r.alpha, "accuracy": r.accuracy} for r in shipped.itertuples()
        },
    }
    assert accuracy.record_check(figures).startswith("= the shipped model's record")
    figures["n"] = 3924  # tone_train.csv alone, as before the ninth round
    assert accuracy.record_check(figures).startswith("differs")


def test_a_development_sheet_is_scored_as_one(
    accuracy: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    accuracy.print_tone_sets("tone_dev4.csv")
    out = capsys.readouterr().out
    assert "tone: tone_dev4: a development sheet (never trained on)" in out
    assert "tone: tone_dev4 (194 statements" in out
    assert "training" not in out and "cross-validation" not in out
