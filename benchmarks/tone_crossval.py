"""Cross-validated agreement of every tone method with the hand coding of its training sheets.

    python benchmarks/tone_crossval.py [EXTRA_SHEET.csv ...]

The training sheets are the shipped model's (``train_tone.TRAIN_FILES``: tone_train.csv,
since the ninth round tone_dev2.csv and tone_dev3.csv, whose figures below are therefore
in-sample, since the tenth round tone_train_g.csv and tone_train_h.csv, training
batches g and h, since the eleventh tone_train_i.csv, batch i, and since the twelfth
tone_train_j.csv, batch j; tone_dev4,
tone_dev5 and tone_dev6 are the development sheets).

Three figures, from the most to the least optimistic:

* 5-fold cross-validation grouped by outlet (the figure for outlets the classifier has
  not seen; all printings of a base statement go to one outlet);
* grouped by base statement (the figure for statements never seen);
* trained on the first batches and scored on later ones: batches d and e were written
  later, away from the phrase lexicon's wording (tone_batches_d.py, tone_batches_e.py),
  so these are the figures for wording the lexicon was not written from (its own
  figure there is out-of-sample too). Trained on a-c, scored on d+e; trained on a-d,
  scored on e (e was written after the choices that d informed); trained on a-e,
  scored on f (the statements as the pipeline hands them over, tone_batches_f.py);

and, for the form the pipeline hands over, the development twins of the sealed sets:
trained on every training statement, scored on tests/data/tone_dev2.csv (150
statements of a ``cscaucasus sample sentiment`` run, coded once),
tests/data/tone_dev3.csv (227, made the same way in 22 further outlets),
tests/data/tone_dev4.csv (194, in 18 further outlets), tests/data/tone_dev5.csv (197,
in 18 more) and tests/data/tone_dev6.csv (185, in 16 more; made in the tenth session,
its errors unread), overall and by
kind (direct quote, reported speech, headline), and as the tables hold them (the
statement found again in tables built from the sheet's articles and read the way the
pipeline reads it, ``tone.read_texts``: reported speech cut after the speaker's own
attitude verb is read with that verb).

Under each block, the default classifier's confusion by coded class (is it too neutral,
too negative?): the counts, each class's recall, and the mean of the coded tones beside
the mean of its labels and of its expected tone (the drift an actor's mean inherits).
The cross-validation by outlet is also shown on batch f's rows alone: statements in the
pipeline's form from outlets the model has not met, the training data's nearest
stand-in for a sealed set.

For each classifier the actors are also judged on the mean of its expected tone,
P(+1) - P(-1) (docs/tone.md, "An actor's mean"); every actor figure comes with the mean
absolute difference between the method's and the coders' actor means.

Extra sheets (e.g. written by ``cscaucasus validate --tone-sheet``) join the training
table for the first two. Never pass a sealed sheet: it must not steer development.
The default of cscaucasus.tone is the method with the highest alpha.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cscaucasus import tone, train_tone  # noqa: E402
from cscaucasus.evaluate_tone import MIN_ACTOR, mean_call  # noqa: E402


def show(title: str, predicted: pd.DataFrame) -> None:
    """Alpha, sign accuracy and, per country and per speaker with at least ten
    statements, how many get the coded sign of mean tone (strict / neutral band)."""
    print(f"\n{title}")
    print(
        f"  {'method':32s} {'alpha':>6s} {'sign acc':>8s}  countries  speakers "
        "(strict, band, mean |difference|)"
    )
    for method in predicted.columns.drop(["tone", "actor", "speaker"], errors="ignore"):
        right = [rights(predicted, key, method) for key in ("actor", "speaker")]
        if method.endswith(train_tone.EXPECTED):  # a mean, not a code: actors only
            print(f"  {'  actor means of ' + train_tone.EXPECTED:48s}  {right[0]}  {right[1]}")
            continue
        r = train_tone.agreement(predicted["tone"], predicted[method])
        print(f"  {method:32s} {r['alpha']:6.3f} {r['accuracy']:8.3f}  {right[0]}  {right[1]}")
    if DEFAULT in predicted:
        print(by_class(predicted))


DEFAULT = "classifier (words + lexicon)"


def by_class(predicted: pd.DataFrame, method: str = DEFAULT) -> str:
    """The confusion of ``method`` by coded class: counts (rows coded -1/0/+1, columns
    the method's), each class's recall, and the coded mean beside the mean of the
    method's labels and, where the table has it, of its expected tone."""
    confusion = train_tone.agreement(predicted["tone"], predicted[method])["confusion"]
    counts = confusion.to_numpy()
    rows = "; ".join("/".join(str(int(c)) for c in row) for row in counts)
    recall = " / ".join(f"{r:.2f}" for r in counts.diagonal() / counts.sum(axis=1).clip(1))
    means = f"coded {predicted['tone'].mean():+.3f}, labels {predicted[method].mean():+.3f}"
    expected = f"{method}, {train_tone.EXPECTED}"
    if expected in predicted:
        means += f", expected tone {predicted[expected].mean():+.3f}"
    return f"    by coded class -1/0/+1: {rows}; recall {recall}; means: {means}"


def rights(predicted: pd.DataFrame, key: str, method: str) -> str:
    if key not in predicted:
        return "-"
    grouped = predicted.groupby(key)
    means = grouped[["tone", method]].mean()[grouped.size() >= MIN_ACTOR]
    strict = int((np.sign(means.tone) == np.sign(means[method])).sum())
    band = int((mean_call(means.tone) == mean_call(means[method])).sum())
    off = (means[method] - means.tone).abs().mean()
    return f"{strict}/{len(means)} {band}/{len(means)} |{off:.3f}|"


def later_batches(table: pd.DataFrame, first: str, later: str) -> pd.DataFrame:
    """Every method trained on the batches ``first`` (where it learns) and scored on the
    batches ``later``, one printing per base statement."""
    train, test = table[table.batch.isin(list(first))], table[table.batch.isin(list(later))]
    test = test[test.base.ne(test.base.shift())]
    out = pd.DataFrame(
        {
            "tone": test.tone.to_numpy(),
            "actor": test.actor.to_numpy(),
            "speaker": test.speaker.to_numpy(),
        }
    )
    for name, method in train_tone.fixed_methods().items():
        out[name] = [method(t) for t in test.text]
    for name, lexicon in train_tone.trained_methods().items():
        weights = train_tone.base_weights(train)
        model = train_tone.fit(list(train.text), list(train.tone), lexicon, weights)
        dicts = train_tone.feature_dicts(list(test.text), lexicon)
        classified = [tone.classify(d, model) for d in dicts]
        out[name] = [c[0] for c in classified]
        out[f"{name}, {train_tone.EXPECTED}"] = [c[1] for c in classified]
    return out


def main(extra: list[str]) -> None:
    table = train_tone.read_training([*train_tone.TRAIN_FILES, *extra])
    print(
        f"training sheets: {len(table)} statements, {table.outlet.nunique()} outlets, "
        f"{table.base.nunique()} base statements"
    )
    actors = actor_of()
    for group in ("outlet", "base"):
        predicted = train_tone.cross_validate(table, group=group, expected=True)
        predicted["actor"] = [actors.get(s, s) for s in table.speaker]
        predicted["speaker"] = table.speaker
        show(f"5-fold cross-validation grouped by {group}", predicted)
        if group == "outlet" and "batch" in table:
            rows = predicted[table.batch.eq("f").to_numpy()]
            show(f"  ... batch f rows (the pipeline's form): {len(rows)} statements", rows)
    coded = train_tone.read_coded(train_tone.TRAIN_FILE)
    coded = coded.assign(actor=coded.speaker.map(actors))
    for first, later in (("abc", "de"), ("abcd", "e"), ("abcde", "f")):
        title = f"trained on batches {first}, scored on batches {later} (one printing each)"
        show(title, later_batches(coded, first, later))
    for sheet in DEVS:
        development_twin(table, sheet)


def development_twin(table: pd.DataFrame, sheet: Path) -> None:
    """Every method, the classifiers trained on ``table``, on a development sheet by kind."""
    dev = train_tone.read_coded(sheet)
    paragraphs = dev_paragraphs(sheet)
    kinds = [statement_kind(s, *paragraphs[i]) for s, i in zip(dev.text, dev.id, strict=True)]
    models = {
        name: train_tone.fit(
            list(table.text), list(table.tone), lexicon, train_tone.base_weights(table)
        )
        for name, lexicon in train_tone.trained_methods().items()
    }
    out = scored(dev, list(dev.text), models)
    show(f"trained on the training sheets, scored on {sheet.name} (development)", out)
    for kind in ("quote", "reported", "headline"):
        part = out[[k == kind for k in kinds]].drop(columns="speaker")
        show(f"  ... {kind}: {len(part)} statements", part)
    read = pipeline_texts(dev, sheet.with_suffix("") / "articles")
    changed = sum(r != t for r, t in zip(read, dev.text, strict=True))
    title = f"  ... as the tables hold them ({changed} read otherwise than their text)"
    show(title, scored(dev, read, models))


def scored(dev: pd.DataFrame, texts: list[str], models: dict) -> pd.DataFrame:
    """Every method's tone of ``texts`` (the statements of ``dev``), the classifiers by
    ``models``, beside the coded tone and the speaker."""
    out = pd.DataFrame({"tone": dev.tone.to_numpy(), "speaker": dev.speaker.to_numpy()})
    for name, method in train_tone.fixed_methods().items():
        out[name] = [method(t) for t in texts]
    for name, model in models.items():
        dicts = train_tone.feature_dicts(texts, train_tone.trained_methods()[name])
        classified = [tone.classify(d, model) for d in dicts]
        out[name] = [c[0] for c in classified]
        out[f"{name}, {train_tone.EXPECTED}"] = [c[1] for c in classified]
    return out


def pipeline_texts(dev: pd.DataFrame, articles: Path) -> list[str]:
    """The text the pipeline reads for each statement of a development sheet
    (``tone.read_texts`` over tables built from the sheet's articles), found again by its
    id or by its text within its article; the sheet's text where it is no longer found."""
    import cscaucasus as cs

    statements = cs.load_corpus(articles, jobs=1).statements
    ids = statements["statement_id"].astype(str).tolist()
    pairs = zip(statements["text"], tone.read_texts(statements), strict=True)
    read = dict(zip(ids, pairs, strict=True))
    by_text = {(i.rsplit(":", 1)[0], t): r for i, (t, r) in read.items()}
    out = []
    for sid, text in zip(dev.statement_id, dev.text, strict=True):
        found = read.get(sid)
        again = found[1] if found is not None and found[0] == text else None
        again = again or by_text.get((sid.rsplit(":", 1)[0], text))
        out.append(again if isinstance(again, str) else text)
    return out


DEVS = [ROOT / "tests" / "data" / f"tone_dev{n}.csv" for n in (2, 3, 4, 5, 6)]
_MARKED = re.compile(r"\[\[(.*?)\]\]")


def dev_paragraphs(sheet: Path) -> dict[str, tuple[str, str]]:
    """The paragraph and title of each statement of a development sheet (by its id),
    from its coder's sheet (one coder each: coder_d.csv, coder_e.csv, coder_f.csv of
    tone_dev4 and of tone_dev5, coder_g.csv of tone_dev6)."""
    (coded,) = sheet.with_suffix("").glob("coder_*.csv")
    table = pd.read_csv(coded, dtype=str, encoding="utf-8-sig")
    return dict(zip(table.unit_id, zip(table.paragraph, table.title, strict=True), strict=True))


def statement_kind(statement: str, paragraph: str, title: str = "") -> str:
    """``quote``, ``reported`` or ``headline``: a statement whose marked span in its
    paragraph is not the statement (tone_dev2's sheet marks a title's span at the body's
    offsets), or whose paragraph is the article's title, is a headline's; a marked span
    right after a quote mark (", “, „ or « ) is a direct quote."""
    found = _MARKED.search(paragraph)
    if found is None or found.group(1) != statement or _MARKED.sub(r"\1", paragraph) == title:
        return "headline"
    before = paragraph[max(0, found.start() - 2) : found.start()]
    return "quote" if before.rstrip()[-1:] in ('"', "“", "„", "«") else "reported"


def actor_of() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from write_tone_train import SPEAKERS

    return {name: actor for actor, names in SPEAKERS.items() for name in names}


if __name__ == "__main__":
    main(sys.argv[1:])
