"""Stance toward a target (cscaucasus.stance): the target a statement's text names and
evaluates, never the speaker or what it speaks for, and the stance toward it; scored
against the hand-coded development sheets (tests/data/tone_dev4.csv and
tests/data/tone_dev5.csv, recorded; tests/data/tone_dev2_stance.csv and
tests/data/tone_dev3.csv, read while building the target rules) and carried by the
validation workflow."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus import analysis, evaluate_tone, stance, train_tone
from cscaucasus import validation as v

DATA = Path(__file__).parent / "data"
DEV2 = DATA / "tone_dev2"


@pytest.fixture(scope="module")
def dev2() -> cs.Corpus:
    return cs.load_corpus(DEV2 / "articles", jobs=1)


@pytest.fixture(scope="module")
def dev3() -> cs.Corpus:
    return cs.load_corpus(DATA / "tone_dev3" / "articles", jobs=1)


@pytest.fixture(scope="module")
def sheet() -> pd.DataFrame:
    return pd.read_csv(DATA / "tone_dev2_stance.csv", dtype=str, keep_default_na=False)


def row(corpus: cs.Corpus, text: str) -> pd.Series:
    found = corpus.statements[corpus.statements.text == text]
    assert len(found) >= 1, text
    return found.iloc[0]


@pytest.mark.parametrize(
    ("text", "target", "why"),
    [
        # a capital is its state; the speaker's own state (Russia) is never the target
        (
            "We hear statements from Yerevan that are difficult to call friendly",
            "Armenia",
            "capital",
        ),
        # a demonym before a noun of those acting for the state
        (
            'the Armenian leadership was making "unfriendly" statements about Russia',
            "Armenia",
            "demonym + leadership",
        ),
        # a standing noun resolved to the organisation the article named
        (
            "The organisation proved that it works. Nobody should doubt it",
            "CSTO",
            "the organisation",
        ),
        # a state named as a place is no target: Armenia speaks, NATO is evaluated
        ("Armenia would take part in a NATO exercise in Georgia as an observer", "NATO", "place"),
        # the CSTO's own officials never target the CSTO
        (
            "Armenia contributed a lot to the organisation, and we remember that",
            "Armenia",
            "own body",
        ),
        # a headline, read in its own text
        ("unfriendly statements from Yerevan", "Armenia", "headline"),
    ],
)
def test_the_target_is_the_actor_the_text_names_not_the_speaker(dev2, text, target, why) -> None:
    assert row(dev2, text)["target"] == target, why


@pytest.mark.parametrize(
    "text",
    [
        "the Kremlin did not see any threat to the Russian military base in Gyumri",  # own
        "Russia would attend the ceremony in Yerevan marking the anniversary of the Genocide",
        "There are forces in Armenia that do not want peace, and they are doing everything "
        "to stop it",
    ],
)
def test_no_target_when_the_text_names_only_the_speakers_side_or_places(dev2, text) -> None:
    found = row(dev2, text)
    assert pd.isna(found["target"]) and pd.isna(found["stance"])


def test_the_stance_is_the_tone_of_the_side_of_a_turn_that_names_the_target() -> None:
    rules = stance.load_rules()
    text = "We are grateful to Russia for its help, but the CSTO did not react to our requests"
    named = [(text.index("Russia"), text.index("Russia") + 6, "Russia"),
             (text.index("CSTO"), text.index("CSTO") + 4, "CSTO")]  # fmt: skip
    towards = {t: stance.stance_of(text, t, named, 0, rules) for t in ("Russia", "CSTO")}
    assert towards["Russia"] == cs.tone.tone("We are grateful to Russia for its help").tone
    assert towards["CSTO"] == cs.tone.tone("the CSTO did not react to our requests").tone
    assert towards["CSTO"] == -1 and towards["Russia"] == 1
    # no turn: the statement's tone
    assert stance.stance_of("Russia is our ally", "Russia", named[:1], 1, rules) == 1


def test_the_main_target_is_the_most_named_then_the_first() -> None:
    named = [(0, 4, "CSTO"), (10, 17, "Armenia"), (30, 37, "Armenia"), (40, 46, "Russia")]
    assert stance.main_target(named, frozenset()) == "Armenia"
    assert stance.main_target(named, frozenset({"Armenia"})) == "CSTO"
    assert stance.main_target(named, frozenset({"Armenia", "CSTO", "Russia"})) is None


def test_the_targets_of_the_sheets_the_stance_was_tuned_on(dev2, sheet, dev3) -> None:
    """tone_dev2 and tone_dev3, read while building the target rules: their figures are
    no longer recorded (the tone is trained on them since the ninth round, so their stance
    is in-sample), but the target, which the tone does not give, must stay found."""
    fresh = evaluate_tone.stance_sheet_figures(sheet, dev2.statements)
    assert fresh["target_recall"] >= 0.9 and fresh["target_precision"] >= 0.9
    sheet3 = pd.read_csv(DATA / "tone_dev3.csv", dtype=str, keep_default_na=False)
    fresh = evaluate_tone.stance_sheet_figures(sheet3, dev3.statements)
    # (target found 0.826 since 2026-12-07: a verb of reaction with only its object, e.g.
    # "welcomed the agreement", is no statement any more (docs/accuracy.md), and the
    # sheet's few such rows find no statement to hold their target)
    assert fresh["target_accuracy"] >= 0.85 and fresh["target_recall"] >= 0.82


@pytest.mark.parametrize("name", ["tone_dev4", "tone_dev5", "tone_dev6"])
def test_the_recorded_development_figures_are_the_code_s(name) -> None:
    """data/stance_dev4.json, data/stance_dev5.json and data/stance_dev6.json
    (benchmarks/stance_dev.py --set NAME --record: what cs.stance.validation() and notebook
    03 show) are what the shipped code gives now on tone_dev4, tone_dev5 (target and stance
    coded by coder F) and tone_dev6 (coder H), made like the sealed sets, which the tone is
    not trained on."""
    path = Path(stance.__file__).parent / "data" / f"stance_{name.removeprefix('tone_')}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    coded = pd.read_csv(DATA / f"{name}.csv", dtype=str, keep_default_na=False)
    statements = cs.load_corpus(DATA / name / "articles", jobs=1).statements
    fresh = evaluate_tone.stance_sheet_figures(coded, statements)
    assert record["sheet"] == f"tests/data/{name}.csv"
    assert {k: record[k] for k in fresh} == fresh
    assert fresh["target_accuracy"] >= 0.85 and fresh["target_recall"] >= 0.78


def test_the_third_fresh_development_sheet_keeps_its_first_run() -> None:
    """tone_dev6 (its README): target and stance coded by coder H before any stance output
    on it was read; its first run (target right 0.859, coder's targets found 0.786,
    stance alpha 0.778 where both name the same target) is kept here as a floor beside the
    record cs.stance.validation() shows (benchmarks/stance_dev.py --set tone_dev6)."""
    coded = pd.read_csv(DATA / "tone_dev6.csv", dtype=str, keep_default_na=False)
    statements = cs.load_corpus(DATA / "tone_dev6" / "articles", jobs=1).statements
    fresh = evaluate_tone.stance_sheet_figures(coded, statements)
    assert fresh["statements"] == 185 and fresh["coded_targets"] == 103
    assert fresh["target_accuracy"] >= 0.85 and fresh["target_recall"] >= 0.78
    assert fresh["target_precision"] >= 0.84 and fresh["stance_alpha"] >= 0.75


def test_the_stance_validation_shows_the_sealed_set_then_the_fresh_sheets() -> None:
    shown = stance.validation()
    assert list(shown.columns) == ["measured", "figure", "value", "n", "coded_set"]
    assert list(shown.measured.unique()) == ["sealed", "development"] and len(shown) == 20
    assert list(shown[shown.measured == "development"].coded_set.unique()) == [
        "tests/data/tone_dev4.csv",
        "tests/data/tone_dev5.csv",
        "tests/data/tone_dev6.csv",
    ]
    # the stance takes the tone as its value: a sheet the tone is trained on is in-sample
    trained = {p.name for p in train_tone.TRAIN_FILES}
    assert not trained & {Path(s).name for s in shown.coded_set}
    record = json.loads((Path(stance.__file__).parent / "data" / "stance_dev5.json").read_text())
    dev5 = shown[shown.coded_set == "tests/data/tone_dev5.csv"].set_index("figure")
    assert dev5.loc["stance accuracy, same target", "value"] == record["stance_accuracy"]
    assert dev5.loc["stance accuracy, same target", "n"] == record["matched"]


@pytest.mark.parametrize(
    ("text", "target", "why"),
    [
        # a demonym before more nouns of those acting for a state, a sentence's first
        # word before it no owner
        ("Our Armenian friends know that the door is not closed", "Armenia", "friends"),
        (
            "The Russian peacekeepers failed to protect the people of Nagorno-Karabakh",
            "Russia",
            "peacekeepers",
        ),  # fmt: skip
        (
            "Azerbaijani forces had attacked Armenian positions in the east of the country with "
            "artillery and armoured vehicles",
            "Azerbaijan",
            "forces",
        ),  # fmt: skip
        # a demonym whose state the gazetteer names otherwise
        (
            "Armenian and American troops began the Eagle Partner exercise near Yerevan on Monday",
            "United States",
            "American",
        ),  # fmt: skip
        # "the organisation" after an official of it ("CSTO Secretary General …")
        ("the organisation was stronger than ever", "CSTO", "organisation via its official"),
        # an actor beyond the gazetteer, by the words of stance.yml
        ("the West was trying to turn Armenia into a new front of confrontation", "West", "West"),
        # "the authorities" in an opposition politician's mouth: his state
        ("the authorities were leading Armenia into isolation", "Armenia", "opposition"),
        # a standing noun after "a"/"an" too
        (
            "Armenia had no reason to take part in the work of a bloc that had not fulfilled "
            "its obligations to it",
            "CSTO",
            "a bloc",
        ),  # fmt: skip
    ],
)
def test_the_target_of_the_third_development_sheet_s_classes(dev3, text, target, why) -> None:
    assert row(dev3, text)["target"] == target, why


@pytest.mark.parametrize(
    "text",
    [
        # two actors named as a pair: the statement is about both
        "Russia is doing everything to lower tensions, and we are in contact with Baku and Yerevan",
        "Armenia and Azerbaijan to refrain from further escalation after the heaviest "
        "fighting between the two neighbours since 2020",
        # a speaker outside the gazetteer speaks for the state of its printed title's
        # demonym ("Iranian Foreign Ministry spokesman Nasser Kanaani")
        "Tehran opposed any change in the geopolitics of the region",
    ],
)
def test_no_target_when_two_actors_are_named_as_a_pair_or_only_the_own_side(dev3, text) -> None:
    found = row(dev3, text)
    assert pd.isna(found["target"]) and pd.isna(found["stance"])


def test_the_sealed_stance_record_is_a_summary_of_two_coders_sheet() -> None:
    """data/stance_sealed.json (benchmarks/stance_sealed.py --record, once per shipped
    stance stage): figures only, on tone_sealed14 (two coders; tone_sealed13 before the
    eighteenth tone round, tone_sealed12 before the
    seventeenth tone round, tone_sealed11 before the
    sixteenth tone round, tone_sealed10 before the fifteenth session); no floor on them."""
    path = Path(stance.__file__).parent / "data" / "stance_sealed.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["sheet"] == "tests/data/tone_sealed14.csv" and record["statements"] >= 300
    assert 0 <= record["target_accuracy"] <= 1 and record["matched"] <= record["coded_targets"]
    assert set(record) >= {"stance_alpha", "stance_accuracy", "not_found_now"}


def test_the_sheet_was_coded_by_the_codebook(sheet) -> None:
    assert len(sheet) == 150
    targets = sheet[sheet.target != ""]
    assert (
        set(targets.stance) <= {"-1", "0", "1"} and (sheet[sheet.target == ""].stance == "").all()
    )
    assert set(targets.target) <= set(cs.actors.load_actors().name)


def test_stance_by_speaker_and_target_counts_each_side(dev2) -> None:
    table = analysis.stance_by_actor_target(dev2.statements, min_n=1)
    assert list(table.columns[:6]) == ["speaker", "target", "n", "against", "neither", "for"]
    assert (table["against"] + table["neither"] + table["for"] == table["n"]).all()
    body = dev2.statements[~dev2.statements.in_headline & dev2.statements.target.notna()]
    assert table["n"].sum() == len(body)
    putin = table[(table.speaker == "Vladimir Putin") & (table.target == "Armenia")].iloc[0]
    assert putin["mean"] == pytest.approx((putin["for"] - putin["against"]) / putin["n"])


def test_the_validation_workflow_carries_and_scores_stance(dev2, sheet, tmp_path) -> None:
    sample = v.make_sample(dev2, "sentiment", 400, seed=2717)
    assert {"target", "stance"} <= set(sample.coding.columns)
    assert {"machine_target", "machine_stance"} <= set(sample.machine.columns)
    out = tmp_path / "sample.csv"
    v.write_sheet(sample, out)
    codes = sheet.set_index("id")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        c = codes.loc[r["unit_id"]]
        r.update(tone=c.tone, target=c.target, stance=c.stance, coder="S")
    coded = tmp_path / "coded_s.csv"
    with coded.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    checked = v.check_sheets([coded])
    result = v.measure(checked.codings, checked.machine, checked.names, None)
    agreement = result["agreement"]
    figures = evaluate_tone.stance_figures(sheet, dev2.statements)
    assert agreement["target_accuracy"]["value"] == pytest.approx(
        figures["target_accuracy"], abs=1e-3
    )
    assert agreement["stance_accuracy"]["n"] == figures["matched"]
    table = v.tone_sheet(checked)
    assert list(table.columns[-3:]) == ["tone", "target", "stance"]
    assert (table.set_index("id").target == codes.target.reindex(table.id).to_numpy()).all()
    # a sheet without the columns is scored on tone alone, as before
    plain = v.check_sheets([DEV2 / "coder_d.csv"])
    assert "target" not in plain.codings[0].codes.columns


def test_a_headline_statement_is_shown_marked_in_its_title(dev2) -> None:
    """The sample's context of a headline statement (offsets into articles.title) is the
    title with the statement marked, not the paragraph at the same offsets
    (tone_sealed2/sample.csv T8890-0002 showed "Armenian D[[efence Minister ...]]n")."""
    population = v.sentiment_population(dev2)
    head = dev2.statements.reset_index(drop=True).in_headline.to_numpy() & (
        dev2.statements.reset_index(drop=True).paragraph_id.to_numpy() == -1
    )
    assert head.sum() >= 10
    titles = dict(zip(dev2.articles.article_id, dev2.articles.title, strict=True))
    for (_, unit), article in zip(
        population[head].iterrows(), population[head].article_id, strict=True
    ):
        assert f"[[{unit.statement}]]" in unit.paragraph
        assert unit.paragraph.replace("[[", "").replace("]]", "") == titles[article]


def test_two_coders_stance_reliability_comes_first(dev2, sheet, tmp_path) -> None:
    """Coders who both code stance get their alpha for target (nominal) and stance
    (ordinal) beside the tone's; one who changes three targets to none lowers it."""
    sample = v.make_sample(dev2, "sentiment", 400, seed=2717)
    out = tmp_path / "sample.csv"
    v.write_sheet(sample, out)
    codes = sheet.set_index("id")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    named = [r["unit_id"] for r in rows if codes.loc[r["unit_id"]].target][:3]
    sheets = []
    for coder in ("A", "B"):
        for r in rows:
            c = codes.loc[r["unit_id"]]
            dropped = coder == "B" and r["unit_id"] in named
            target, stance_code = ("", "") if dropped else (c.target, c.stance)
            r.update(tone=c.tone, target=target, stance=stance_code, coder=coder)
        path = tmp_path / f"coded_{coder}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        sheets.append(path)
    checked = v.check_sheets(sheets)
    found = {r["code"]: r for r in v.reliability(checked.codings)}
    assert set(found) == {"tone", "target", "stance"}
    assert found["tone"]["value"] == pytest.approx(1.0)
    assert found["target"]["agreement"] == pytest.approx(147 / 150, abs=1e-4)
    assert found["target"]["value"] < 1 and found["stance"]["value"] == pytest.approx(1.0)
    # the tone sheet keeps a stance only toward the coders' agreed target: where B named
    # none, A's own stance is no reference (it was kept before)
    table = v.tone_sheet(checked).set_index("id")
    assert (table.loc[named, "target"] == "").all() and (table.loc[named, "stance"] == "").all()
    assert ((table.target == "") <= (table.stance == "")).all()
