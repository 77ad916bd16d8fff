"""Names as the world spells them: spelling variants, keys and slips (cscaucasus.names)."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from cscaucasus.actors import load_actors, person_index
from cscaucasus.evaluate import statements_for_texts
from cscaucasus.names import (
    SlipIndex,
    _one_slip,
    initials_of,
    same_name,
    slipped_surname,
    spelling_key,
    spelling_variants,
    transliteration_key,
)


def test_variants_of_a_person_and_of_an_institution():
    assert spelling_variants("Nikol Pashinyan") == [
        "Nikol Pachinian",  # French transliteration (Le Monde, Les Echos)
        "Nikol Pachinjan",
        "Nikol Pachinyan",
        "Nikol Paschinian",
        "Nikol Paschinjan",  # German transliteration (Die Welt, FAZ)
        "Nikol Paschinyan",
        "Nikol Pashinian",
        "Nikol Pashinjan",
    ]
    assert same_name("Wladimir Putin", "Vladimir Putin")  # Die Presse, Rzeczpospolita
    assert same_name("Kassym-Schomart Tokajew", "Kassym-Jomart Tokayev")
    assert same_name("Sergej Schoigu", "Sergei Shoigu")
    assert spelling_variants("Ilham Aliyev") == ["Ilham Aliev", "Ilham Alijew"]
    # German transliteration, kept in translated articles (Die Welt, FAZ)
    assert "Dmitry Peskow" in spelling_variants("Dmitry Peskov")
    assert same_name("Kassym-Jomart Tokajew", "Kassym-Jomart Tokayev")
    assert same_name("Ararat Mirzojan", "Ararat Mirzoyan")
    assert "Alyaksandr Lukashenka" in spelling_variants("Aleksandr Lukashenko")
    assert spelling_variants("Armenian Defence Ministry", person=False) == [
        "Armenian Defense Ministry"
    ]
    # a demonym is no person's surname: "Armenian" keeps its spelling
    assert spelling_variants("Armenian Foreign Ministry", person=False) == []


def test_same_name_by_key_and_by_one_slip():
    assert same_name("Tigran Khachatrian", "Tigran Khachatryan")
    assert same_name("Nikol Pashiyan", "Nikol Pashinyan")  # one letter left out
    assert same_name("Nikol Pashinayn", "Nikol Pashinyan")  # two letters swapped
    assert not same_name("Anna Petrosyan", "Anna Petrosova")  # two letters differ
    assert not same_name("Tigran Grigoryan", "Armen Grigoryan")  # another given name
    assert not same_name("Ara Zas", "Ara Zaz")  # a short surname: no slip allowed


@given(st.from_regex(r"[A-Z][a-z]{2,8} [A-Z][a-z]{3,10}(yan|ian|jan|yev|ev)", fullmatch=True))
@example("Aaa Asshyan")  # "sh" -> "ch" once made "Aschyan", whose key reads "sch" as "sh"
def test_every_variant_has_the_same_key(name):
    for variant in spelling_variants(name):
        assert spelling_key(variant) == spelling_key(name)
        assert same_name(variant, name)


def test_variants_are_one_speaker_in_the_statements():
    texts = {
        "a": "Nikol Pashinian said Armenia would skip the summit.",
        "b": "Ilham Aliev said Baku had no claims on Armenian land.",
        "c": "Nikol Pashinyan spoke in parliament. Later Nikol Pashiyan said the bloc had failed.",
        "d": "Analyst Tigran Khachatrian said the freeze was symbolic. "
        "Khachatryan added that Moscow would respond.",
    }
    st_ = statements_for_texts(texts, {k: "2024-03-01" for k in texts})
    got = list(zip(st_["article_id"], st_["speaker"], st_["speaker_printed"], strict=True))
    assert got == [
        ("a", "Nikol Pashinyan", "Nikol Pashinian"),
        ("b", "Ilham Aliyev", "Ilham Aliev"),
        ("c", "Nikol Pashinyan", "Nikol Pashinyan"),
        # printed both ways: one person, under the preferred spelling
        ("d", "Tigran Khachatryan", "Tigran Khachatrian"),
        ("d", "Tigran Khachatryan", "Tigran Khachatrian"),
    ]


def test_a_name_printed_one_way_stays_as_printed():
    texts = {"a": "ANCA executive director Aram Hamparian said the waiver was a mistake."}
    st_ = statements_for_texts(texts, {"a": "2024-03-01"})
    assert st_["speaker"].tolist() == ["Aram Hamparian"]  # no -yan forced on a diaspora name


@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzšžčé"), min_size=1, max_size=12))
def test_a_doubled_letter_never_changes_a_transliteration_key(word):
    key = transliteration_key(word.capitalize())
    assert key == key.lower() and key.isascii()
    assert re.search(r"(.)\1", key) is None  # doubled letters are written once
    for i in range(len(word)):
        doubled = word[: i + 1] + word[i] + word[i + 1 :]
        assert transliteration_key(doubled.capitalize()) == key


def test_every_gazetteer_name_finds_its_person_or_no_one():
    actors = load_actors()
    index = person_index(actors)
    people = actors[actors["type"] == "person"]
    found = wrong = 0
    columns = people["actor_id"], people["name"], people["aliases"]
    for actor_id, name, aliases in zip(*columns, strict=True):
        for printed in [name, *list(aliases)]:
            hit = index.find(str(printed))
            found += hit == actor_id
            wrong += hit not in (None, actor_id)
    assert wrong == 0  # never another person
    assert found >= 0.9 * len(people)


@given(st.from_regex(r"[A-Z][a-z]{2,8} (?:[A-Z][a-z]{2,8} )?[A-Z][a-z]{3,10}", fullmatch=True))
def test_a_name_with_its_given_names_as_initials_is_that_name_and_no_other(name):
    """ "L. Kalashnikov" is "Leonid Kalashnikov" (an interview's labels); another initial,
    or another surname, is not."""
    *given, last = name.split()
    assert initials_of(f"{given[0][0]}. {last}", name)
    assert initials_of(" ".join(g[0] + "." for g in given) + " " + last, name)
    other = "Q" if given[0][0] != "Q" else "Z"
    assert not initials_of(f"{other}. {last}", name)
    assert not initials_of(f"{given[0][0]}. Xx{last.lower()}", name)
    assert not initials_of(name, name)  # a full name is no initials


def test_an_interview_label_with_an_initial_is_the_person_the_lead_names():
    text = (
        "We asked State Duma deputy Leonid Kalashnikov about Armenia.\n"
        "Question: Will Armenia leave?\n"
        "L. Kalashnikov: I would not dramatise it. There is no written notification."
    )
    st_ = statements_for_texts({"t": text}, {"t": "2024-06-01"})
    assert list(st_.speaker) == ["Leonid Kalashnikov"]


_SURNAMES = ["Pashinyan", "Pashinian", "Aliyev", "Aliev", "Lavrov", "Putin", "Erdogan", "Abc"]
_LETTERS = st.sampled_from("PashinyaAlievLvrotEdgbcx")


@given(
    st.text(_LETTERS, min_size=0, max_size=11),
    st.lists(st.sampled_from(_SURNAMES), unique=True),
    st.lists(st.text(_LETTERS, min_size=1, max_size=10), max_size=4),
)
@example("Pashinayn", ["Pashinyan"], [])
@example("Alieyv", ["Aliyev", "Aliev"], [])
def test_the_slip_index_finds_what_comparing_with_each_surname_finds(word, chosen, more):
    # the deletions index gives a misprint's person exactly as the word-by-word comparison
    known = [*_SURNAMES, *more]
    surnames = {s: f"person_{i % 3}" for i, s in enumerate([*chosen, *more])}
    index = SlipIndex(known)
    assert index.slipped_surname(word, surnames) == slipped_surname(word, surnames)
    assert index.near(word) == tuple(sorted(k for k in set(known) if _one_slip(word, k)))


def test_persian_gh_and_q_are_one_letter_in_the_key():
    # Persian ق/غ: "Abbas Araghchi" (Reuters, AP), "Abbas Araqchi" (IRNA, Tehran Times),
    # "Abás Araqchí" (EFE); "Ghalibaf" / "Qalibaf" (Press TV, Al Jazeera)
    assert transliteration_key("Araqchí") == transliteration_key("Araghchi")
    assert transliteration_key("Qalibaf") == transliteration_key("Ghalibaf")
    index = person_index(load_actors())
    assert index.find("Abás Araqchí") == index.find("Abbas Araghchi") == "araghchi"
