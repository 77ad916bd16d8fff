"""Accuracy of statement extraction against hand-labelled statements.

A gold table has one row per act of speech: ``article_id, speaker, kind, first_words,
last_words`` (``first_words``/``last_words``: the first and last few words of the
statement's content, without quote marks). A predicted statement matches a gold row
when it is in the same article and its text contains the gold row's first words or its
last words (after normalising case, quote marks, punctuation and spaces) — so a
statement whose boundaries differ a little from the labeller's still counts. Matching
is one-to-one, gold rows in order, each taking the first unused prediction that contains
both ends, else one that contains either.

Statements of headlines (``in_headline``) are scored only against a gold table with a
``frame`` column: the sets labelled before headline statements were read do not hold
them.

Two labellings of the same texts are compared the same way (``statement_agreement``):
the second labeller's rows, each read as its span of the text from its first to its
last words, are the predictions and the first labeller's rows the gold.

Scores: ``precision`` = matched / predicted, ``recall`` = matched / gold, ``f1``;
``attribution_accuracy`` = share of matched statements with the gold speaker (in any
case: "Armenian embassy in Brasilia" labelled = "Armenian Embassy in Brasilia"; an
unresolved speaker matches an empty gold speaker); ``kind_accuracy`` likewise for kind.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from . import pipeline
from .actors import load_actors
from .schema import typed
from .statements import ascii_name, demonym_form

__all__ = [
    "evaluate_snippet_set",
    "evaluate_statements",
    "normalise",
    "recall_by",
    "statement_agreement",
    "statements_for_texts",
]


def normalise(text: Any) -> str:
    """Lower case, quote marks and punctuation dropped, spaces collapsed.

    >>> normalise('“Ready,” he SAID — twice.')
    'ready he said twice'
    """
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return ""
    s = str(text).lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s\b", "s", s)
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _speaker(value: Any) -> str:
    """A speaker as compared: the canonical form, in ASCII letters as the statements
    table writes printed names ("Sébastien Lecornu" labelled = "Sebastien Lecornu"), a
    state's ministry in the gazetteer's form as the statements table writes it ("Saudi
    Ministry of Foreign Affairs" labelled as printed = "Saudi Foreign Ministry")."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    return ascii_name(demonym_form(str(value).strip()))


def _best_prediction(
    g: Any,
    pred: pd.DataFrame,
    pred_norm: list[str],
    used: set[int],
    in_headline: list[bool] | None = None,
) -> int | None:
    """The first unused prediction of the gold row's article that contains both its
    first and last words, else the first that contains either; None if none does.

    With ``in_headline`` (one flag per prediction) only a prediction on the gold row's
    side that contains both counts: a headline's for a gold row of frame ``headline``,
    a body's for any other.
    """
    first, last = normalise(g.first_words), normalise(g.last_words)
    want = getattr(g, "frame", None) == "headline"
    either: int | None = None
    for pi in range(len(pred)):
        if pi in used or str(pred.at[pi, "article_id"]) != str(g.article_id):
            continue
        if in_headline is not None and in_headline[pi] != want:
            continue
        has_first = bool(first) and first in pred_norm[pi]
        has_last = bool(last) and last in pred_norm[pi]
        if has_first and has_last:
            return pi
        if (has_first or has_last) and either is None:
            either = pi
    return either if in_headline is None else None


def _pairs(gold: pd.DataFrame, pred: pd.DataFrame) -> tuple[list[tuple[int, int]], list[int]]:
    """Gold rows paired with predictions, and the gold rows left unmatched.

    When the predictions say which come from a headline (``in_headline``) and the gold
    says which rows are headlines (``frame``), a first pass pairs each row with a
    prediction on its own side that holds its words: a headline often repeats a quote of
    the body ('"We will leave": Pashinyan …' above '"We will leave. We will decide …"'),
    and the first gold row must not take the other's prediction. The rows left are then
    paired as before: the first unused prediction with both ends, else with either.
    """
    pred_norm = [normalise(t) for t in pred["text"]] if len(pred) else []
    sides = (
        [bool(v) for v in pred["in_headline"].fillna(False)]
        if "in_headline" in pred and "frame" in gold
        else None
    )
    used: set[int] = set()
    hits: dict[int, int] = {}
    rows = list(gold.itertuples(index=False))
    for by_side in ([sides] if sides is not None else []) + [None]:
        for gi, g in enumerate(rows):
            if gi not in hits:
                hit = _best_prediction(g, pred, pred_norm, used, by_side)
                if hit is not None:
                    used.add(hit)
                    hits[gi] = hit
    return sorted(hits.items()), [gi for gi in range(len(rows)) if gi not in hits]


def evaluate_statements(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, Any]:
    """Precision, recall, F1 and attribution accuracy of ``predicted`` against ``gold``.

    Returns a dict with the scores, the counts and three tables: ``matched`` (gold and
    predicted side by side), ``unmatched_gold`` (missed) and ``unmatched_predicted``
    (spurious).
    """
    if "in_headline" in predicted and "frame" not in gold:
        # a set labelled before headline statements were read holds none: leave them out
        predicted = predicted[~predicted["in_headline"].fillna(False).astype(bool)]
    pred = predicted.reset_index(drop=True)
    pairs, missed = _pairs(gold.reset_index(drop=True), pred)
    used = {pi for _, pi in pairs}
    gold_r = gold.reset_index(drop=True)
    matched = pd.DataFrame(
        [
            {
                "article_id": str(gold_r.at[gi, "article_id"]),
                "gold_speaker": _speaker(gold_r.at[gi, "speaker"]),
                "speaker": _speaker(pred.at[pi, "speaker"]),
                "gold_kind": str(gold_r.at[gi, "kind"]),
                "kind": str(pred.at[pi, "kind"]),
                "first_words": str(gold_r.at[gi, "first_words"]),
                "text": str(pred.at[pi, "text"]),
            }
            for gi, pi in pairs
        ],
        columns=[
            "article_id",
            "gold_speaker",
            "speaker",
            "gold_kind",
            "kind",
            "first_words",
            "text",
        ],
    )
    n_match, n_pred, n_gold = len(pairs), len(pred), len(gold_r)
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    right = (
        (matched["gold_speaker"].str.casefold() == matched["speaker"].str.casefold())
        if n_match
        else pd.Series([])
    )  # (in any case: "Armenian embassy in Brasilia" labelled = "Armenian Embassy in …")
    kind_right = (matched["gold_kind"] == matched["kind"]) if n_match else pd.Series([])
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "attribution_accuracy": float(right.mean()) if n_match else 0.0,
        "kind_accuracy": float(kind_right.mean()) if n_match else 0.0,
        "n_predicted": n_pred,
        "n_gold": n_gold,
        "n_matched": n_match,
        "matched": matched,
        "unmatched_gold": gold_r.iloc[missed].reset_index(drop=True),
        "unmatched_predicted": pred.drop(index=sorted(used)).reset_index(drop=True),
    }


def statements_for_texts(
    texts: dict[str, str],
    published: dict[str, Any] | None = None,
    actors: pd.DataFrame | None = None,
    titles: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Run segment → mentions → statements on literal article texts (for tests and checks).

    ``texts`` maps article ids to cleaned texts (paragraphs separated by newlines);
    ``published`` optionally gives publication dates (missing: NaT), ``titles`` the
    headlines (``articles.title``).
    """
    published = published or {}
    titles = titles or {}
    ids = sorted(texts)
    articles = typed(
        pd.DataFrame(
            {
                "article_id": ids,
                "text": [texts[i] for i in ids],
                "published": [
                    pd.Timestamp(published[i]) if i in published else pd.NaT for i in ids
                ],
                "outlet": ["test"] * len(ids),
                "title": [titles.get(i) for i in ids],
            }
        ),
        "articles",
    )
    actors = load_actors() if actors is None else actors
    stages = ("segment", "mentions", "statements")  # the recipe's, without sentiment
    return pipeline.run(stages, {"articles": articles, "actors": actors}, {})["statements"]


def evaluate_snippet_set(cases: pd.DataFrame) -> dict[str, Any]:
    """Scores on a gold table of stand-alone texts: one row per expected statement
    (``text, article_id, speaker, kind, first_words, last_words``); a row of kind
    ``none`` marks a text that holds no statement (it counts through precision only).
    Optional ``published`` and ``title`` columns date the texts and give their
    headlines; with a ``frame`` column (how the
    speaker is named: name, pronoun, role, …) the result has ``recall_by_frame``.
    """
    texts = dict(cases.groupby("article_id")["text"].first())
    published = (
        {a: d for a, d in cases.groupby("article_id")["published"].first().items() if d}
        if "published" in cases
        else None
    )
    titles = (
        {a: t for a, t in cases.groupby("article_id")["title"].first().items() if t}
        if "title" in cases
        else None
    )
    gold = cases[cases["kind"] != "none"]
    result = evaluate_statements(statements_for_texts(texts, published, titles=titles), gold)
    if "frame" in gold:
        result["recall_by_frame"] = recall_by(gold, result["unmatched_gold"], "frame")
    return result


def recall_by(
    gold: pd.DataFrame, missed: pd.DataFrame, column: str
) -> dict[str, tuple[int, float]]:
    """Recall per value of a gold column (e.g. the attribution frame): (n, recall)."""
    counts = gold[column].value_counts()
    lost = missed[column].value_counts() if len(missed) else pd.Series(dtype=int)
    return {
        str(k): (int(n), (int(n) - int(lost.get(k, 0))) / int(n)) for k, n in sorted(counts.items())
    }


def _labelled_span(row: Any, text: str, title: str) -> str:
    """The words a labelled row covers: its text (its title first for a headline row)
    from the first occurrence of ``first_words`` to the end of ``last_words`` after it;
    both sets of words when they are not found in that order."""
    first, last = str(row.first_words), str(row.last_words)
    places = (title, text) if row.frame == "headline" else (text, title)
    for place in places:
        start = place.find(first)
        end = place.find(last, start) if start >= 0 else -1
        if end >= 0:
            return place[start : end + len(last)]
    return f"{first} {last}"


def _as_predictions(labels: pd.DataFrame) -> pd.DataFrame:
    """A labelled table's statement rows as predictions: ``text`` the row's span,
    ``in_headline`` from its frame."""
    rows = labels[labels["kind"] != "none"].reset_index(drop=True)
    spans = [
        _labelled_span(r, str(r.text), "" if pd.isna(r.title) else str(r.title))
        for r in rows.itertuples(index=False)
    ]
    return rows.assign(text=spans, in_headline=rows["frame"] == "headline")


def _kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two aligned codings (scikit-learn); NaN when undefined."""
    from sklearn.metrics import cohen_kappa_score

    if not a or len(set(a) | set(b)) < 2:
        return float("nan")
    return float(cohen_kappa_score(a, b))


def statement_agreement(a: pd.DataFrame, b: pd.DataFrame) -> dict[str, Any]:
    """Agreement of labelling ``b`` with labelling ``a`` of the same texts (two
    labellers' statement tables: ``text, title, article_id, speaker, kind, frame,
    first_words, last_words``; rows of kind ``none`` are left out).

    ``b``'s rows become predictions whose text is the span they label and are paired
    one-to-one with ``a``'s rows by the evaluator's matching (same article, the span
    holds ``a``'s first or last words; headline rows with headline rows first). Returns
    ``precision`` (of ``b``'s rows, the share matched), ``recall`` (of ``a``'s),
    ``f1``, and among the matched pairs ``speaker_agreement``, ``kind_agreement``,
    ``frame_agreement`` with Cohen's ``kind_kappa`` / ``frame_kappa``,
    ``boundary_agreement`` (``b``'s span holds both of ``a``'s ends); the counts, and
    ``by_frame``: for each frame, rows in ``a``, rows in ``b``, ``a``'s rows matched and
    matched pairs given that frame by both.
    """
    gold = a[a["kind"] != "none"].reset_index(drop=True)
    pred = _as_predictions(b)
    pairs, _ = _pairs(gold, pred)
    n_match, n_a, n_b = len(pairs), len(gold), len(pred)
    precision = n_match / n_b if n_b else 0.0
    recall = n_match / n_a if n_a else 0.0

    def column(table: pd.DataFrame, name: str, side: int) -> list[str]:
        # a value as the evaluator compares speakers: stripped, ASCII, "" when missing
        return [_speaker(table.at[pair[side], name]) for pair in pairs]

    def share(name: str) -> float:
        same = [
            x.casefold() == y.casefold()
            for x, y in zip(column(gold, name, 0), column(pred, name, 1), strict=True)
        ]
        return sum(same) / n_match if n_match else 0.0

    spans = [normalise(pred.at[pi, "text"]) for _, pi in pairs]
    both_ends = [
        normalise(gold.at[gi, "first_words"]) in span
        and normalise(gold.at[gi, "last_words"]) in span
        for (gi, _), span in zip(pairs, spans, strict=True)
    ]
    frames = sorted({str(f) for f in gold["frame"]} | {str(f) for f in pred["frame"]})
    gold_frames, pred_frames = column(gold, "frame", 0), column(pred, "frame", 1)
    by_frame = {
        f: {
            "a": int((gold["frame"] == f).sum()),
            "b": int((pred["frame"] == f).sum()),
            "a_matched": sum(g == f for g in gold_frames),
            "same_frame": sum(g == p == f for g, p in zip(gold_frames, pred_frames, strict=True)),
        }
        for f in frames
    }
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "speaker_agreement": share("speaker"),
        "kind_agreement": share("kind"),
        "frame_agreement": share("frame"),
        "boundary_agreement": sum(both_ends) / n_match if n_match else 0.0,
        "kind_kappa": _kappa(column(gold, "kind", 0), column(pred, "kind", 1)),
        "frame_kappa": _kappa(gold_frames, pred_frames),
        "n_a": n_a,
        "n_b": n_b,
        "n_matched": n_match,
        "by_frame": by_frame,
    }
