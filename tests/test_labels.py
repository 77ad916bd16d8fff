"""Timeline labels: who did what, read from the sentence; an excerpt in quotes otherwise."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cscaucasus import analysis, explore
from cscaucasus.analysis.labels import Mention, label_sentence


def mentions(text: str, *names: tuple[str, str]) -> list[Mention]:
    """Mentions of ``surface`` in ``text``, labelled ``name``, in order."""
    found = [Mention(text.index(s), text.index(s) + len(s), n) for s, n in names]
    return sorted(found, key=lambda m: m.start)


def date(text: str, expression: str) -> tuple[int, int]:
    return text.index(expression), text.index(expression) + len(expression)


def test_actor_verb_and_object_with_the_setting() -> None:
    text = (
        "At the CSTO summit in Yerevan on Wednesday, Prime Minister Nikol Pashinyan "
        "declined to sign the declaration."
    )
    found = mentions(text, ("Nikol Pashinyan", "Pashinyan"), ("CSTO", "CSTO"))
    assert (
        label_sentence(text, found, date(text, "on Wednesday"))
        == "CSTO summit in Yerevan; Pashinyan declined to sign declaration"
    )


def test_a_speech_verb_is_followed_into_its_clause() -> None:
    text = "Zas claimed during a press conference on Monday that the CSTO was swift to act."
    found = mentions(text, ("Zas", "Zas"), ("CSTO", "CSTO"))
    assert label_sentence(text, found, date(text, "on Monday")) == "Zas: CSTO was swift to act"
    text = "The CSTO said in a statement Thursday that the session would discuss the attack."
    found = mentions(text, ("CSTO", "CSTO"))
    assert (
        label_sentence(text, found, date(text, "Thursday")) == "CSTO: session would discuss attack"
    )


def test_possessive_apposition_modal_and_a_leading_date() -> None:
    text = "However, Armenia’s territory was attacked in July, when Azerbaijan attacked."
    found = mentions(text, ("Armenia", "Armenia"), ("Azerbaijan", "Azerbaijan"))
    assert label_sentence(text, found, date(text, "July")) == "Armenia’s territory was attacked"
    text = "The CSTO, a Russian-led military alliance, will convene a session Friday."
    found = mentions(text, ("CSTO", "CSTO"))
    assert label_sentence(text, found, date(text, "Friday")) == "CSTO will convene session"
    text = "On November 23, at the CSTO meeting in Yerevan, Pashinyan refused to sign."
    found = mentions(text, ("CSTO", "CSTO"), ("Pashinyan", "Pashinyan"))
    assert (
        label_sentence(text, found, date(text, "November 23"))
        == "CSTO meeting in Yerevan; Pashinyan refused to sign"
    )


def test_a_mention_that_is_not_the_subject_is_not_taken_for_it() -> None:
    text = "Membership in the CSTO did not deter Azerbaijan, which Armenia is a member of."
    found = mentions(text, ("CSTO", "CSTO"), ("Azerbaijan", "Azerbaijan"), ("Armenia", "Armenia"))
    label = label_sentence(text, found)
    assert label.startswith("“") and label.endswith("”")  # no actor did it: an excerpt


def test_no_actor_or_no_verb_gives_the_words_in_quotation_marks() -> None:
    text = "Three sessions of the Council in May were devoted to threats."
    expected = "“Three sessions of the Council were devoted to threats”"  # the date left out
    assert label_sentence(text, [], date(text, "May")) == expected
    text = "Imangali Tasmagambetov, the new head from January 1, 2023."
    found = mentions(text, ("Imangali Tasmagambetov", "Tasmagambetov"))
    assert label_sentence(text, found, date(text, "January 1, 2023")).startswith("“")


@given(st.text(max_size=200), st.data())
def test_any_text_gives_a_label_or_an_excerpt(text: str, data) -> None:
    spans = data.draw(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 20)), max_size=4))
    found = sorted(
        (Mention(min(a, len(text)), min(a + n, len(text)), "X") for a, n in spans),
        key=lambda m: m.start,
    )
    label = label_sentence(text, found, None)
    assert isinstance(label, str)
    assert label.startswith("“") or re.match(r"(?:[^;]+; )?(?:“|X)", label)


def test_seed_timeline_labels_say_who_did_what(seed_corpus) -> None:
    chron = analysis.chronology(seed_corpus)
    labels = analysis.happening_labels(seed_corpus, chron)
    assert labels.index.equals(chron.index) and list(labels.columns) == ["what", "sentence"]
    by_day = dict(zip(chron.date.dt.strftime("%Y-%m-%d"), labels.what, strict=False))
    assert by_day["2022-12-19"] == "Zas: CSTO was swift to act immediately"
    assert by_day["2023-01-01"] == "Tasmagambetov will take up post of administrative head"
    assert by_day["2020-07-01"] == "Armenia’s territory was attacked"
    assert by_day["2022-11-23"].startswith(
        "Collective Security Council meeting of CSTO in Yerevan;"
    )
    # every label names an actor of the happening or is an excerpt in quotation marks
    for what, actors in zip(labels.what, chron.actors, strict=True):
        names = {a.split()[-1] for a in actors} | set(actors) | {"CSTO", "Collective Security"}
        assert what.startswith("“") or "; “" in what or any(n in what for n in names), what
    for sentence, description in zip(labels.sentence, chron.description, strict=True):
        assert description.rstrip(".")[:30].lower() in sentence.lower() or sentence


def test_timeline_table_folds_the_sentence_under_the_label() -> None:
    import pandas as pd

    table = pd.DataFrame({"what": ["Zas said <b>"], "sentence": ["Zas said <b> it."]})
    page = explore.evidence(table, details={"what": "sentence"}).data
    assert "<td><details><summary>Zas said &lt;b&gt;</summary>Zas said &lt;b&gt; it.</details>" in (
        page
    )
    assert "<th>sentence</th>" not in page
