"""Reporting frames as data (cscaucasus.frames) and the statements they give."""

from __future__ import annotations

import pytest

from cscaucasus.evaluate import statements_for_texts
from cscaucasus.frames import object_candidates


def rows(text: str, published: str = "2024-03-01") -> list[tuple]:
    st = statements_for_texts({"a": text}, {"a": published})
    return [(r.speaker, r.kind, r.cue, r.text) for r in st.itertuples()]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # TASS: a title, a name, a speech act with a noun phrase
        (
            "Russian Deputy Foreign Minister Andrei Rudenko stressed the need for a "
            "settlement based on the trilateral statements.",
            "Andrei Rudenko",
            "stressed",
            "the need for a settlement based on the trilateral statements",
        ),
        # Azatutyun: "denounced X as Y"
        (
            "Pashinyan denounced the alliance as ineffective during a session on Wednesday.",
            "Nikol Pashinyan",
            "denounced",
            "the alliance as ineffective during a session on Wednesday",
        ),
        # Armenpress: an institution reaffirms
        (
            "The Armenian Foreign Ministry reaffirmed its commitment to the peace agenda.",
            "Armenian Foreign Ministry",
            "reaffirmed",
            "its commitment to the peace agenda",
        ),
        # APA: expressed + a feeling
        (
            "Zakharova expressed concern over the growing Western presence in the region.",
            "Maria Zakharova",
            "expressed",
            "concern over the growing Western presence in the region",
        ),
        # RIA Novosti / OC Media: capitals and states speak for their governments
        (
            "Moscow rejects the idea that the CSTO failed Armenia.",
            "Russia",
            "rejects",
            "the idea that the CSTO failed Armenia",
        ),
        (
            "Yerevan has called for an international mission in the region.",
            "Armenia",
            "called for",
            "an international mission in the region",
        ),
        (
            "Armenia formally requested that the CSTO send a fact-finding mission.",
            "Armenia",
            "requested",
            "the CSTO send a fact-finding mission",
        ),
    ],
)
def test_object_frames(text, speaker, cue, content):
    assert rows(text) == [(speaker, "indirect", cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev welcomed the delegation at the airport on Monday.",  # a person object
        "Lavrov welcomed Pashinyan to the talks in Moscow.",
        "Zakharova expressed goods to the region by rail.",  # no feeling after "expressed"
        "Peskov dismissed the reports saying Putin had fallen ill.",  # the reports' words
        "Pashinyan denied saying that the bloc was dead.",
        "The Charter stresses the need for collective defence of all members.",  # a document
        "Putin noted, pointing out their undoubtedly acute nature.",  # no object
    ],
)
def test_no_statement_without_the_frame(text):
    assert rows(text) == []


def test_candidates_are_records_without_a_speaker():
    c = object_candidates("Lavrov welcomed the decision to resume talks.", 0, [(0, 45)])
    assert [(x.verb, x.start, x.end) for x in c] == [("welcomed", 16, 45)]
