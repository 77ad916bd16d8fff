"""Actors gazetteer and mentions: names, aliases, possessives, patronymics, dated roles."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cscaucasus.actors import (
    _WORD,
    PATRONYMIC,
    Matcher,
    find_mentions,
    load_actors,
    word_alternation,
)
from cscaucasus.schema import SCHEMAS, typed
from cscaucasus.segment import segment

REQUIRED = [
    "Nikol Pashinyan",
    "Stanislav Zas",
    "Vladimir Putin",
    "Aleksandr Lukashenko",
    "Kassym-Jomart Tokayev",
    "Sadyr Japarov",
    "Emomali Rahmon",
    "Sergey Lavrov",
    "Ararat Mirzoyan",
    "Maria Zakharova",
    "Armen Grigoryan",
    "Ilham Aliyev",
    "Imangali Tasmagambetov",
    "Konstantin Zatulin",
    "Margarita Simonyan",
    "CSTO",
    "CSTO Collective Security Council",
    "Russia",
    "Armenia",
    "Azerbaijan",
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
    "Belarus",
]


@pytest.fixture(scope="module")
def actors() -> pd.DataFrame:
    return load_actors()


def mentions_of(text: str, actors: pd.DataFrame, published: str | None = "2022-11-24"):
    articles = typed(
        pd.DataFrame(
            {
                "article_id": ["t"],
                "text": [text],
                "published": [pd.Timestamp(published) if published else pd.NaT],
            }
        ),
        "articles",
    )
    _, sentences = segment(articles)
    return find_mentions(articles, sentences, actors)


def pairs(m: pd.DataFrame) -> list[tuple[str, str, str]]:
    return list(zip(m["surface"], m["actor"], m["method"], strict=True))


def test_gazetteer_has_every_seed_actor_with_contract_columns(actors):
    assert set(REQUIRED) <= set(actors["name"])
    assert list(actors.columns[: len(SCHEMAS["actors"])]) == list(SCHEMAS["actors"])
    persons = actors[actors["type"] == "person"]
    assert persons["gender"].isin(["m", "f"]).all()
    assert actors.loc[actors["name"] == "Maria Zakharova", "gender"].item() == "f"
    assert set(actors["type"]) == {"person", "organization", "state"}


def test_spelling_variants_are_aliases(actors):
    text = (
        "Pashinian met Sergei Lavrov and Alexander Lukashenko. Grigorian spoke. "
        "The Collective Security Treaty Organization and the CSTO agreed."
    )
    got = pairs(mentions_of(text, actors))
    assert got == [
        ("Pashinian", "Nikol Pashinyan", "alias"),
        ("Sergei Lavrov", "Sergey Lavrov", "alias"),
        ("Alexander Lukashenko", "Aleksandr Lukashenko", "alias"),
        ("Grigorian", "Armen Grigoryan", "alias"),
        ("Collective Security Treaty Organization", "CSTO", "alias"),
        ("CSTO", "CSTO", "name"),
    ]


def test_possessives_and_patronymics(actors):
    text = (
        "Zas’ statement followed Pashinyan's urging and Azerbaijan’s attack. "
        "Stanislav Vasilyevich Zas and Stanislav Vasilievich Zas are one man."
    )
    m = mentions_of(text, actors)
    assert pairs(m) == [
        ("Zas", "Stanislav Zas", "name"),
        ("Pashinyan", "Nikol Pashinyan", "name"),
        ("Azerbaijan", "Azerbaijan", "name"),
        ("Stanislav Vasilyevich Zas", "Stanislav Zas", "name"),
        ("Stanislav Vasilievich Zas", "Stanislav Zas", "name"),
    ]
    row = m.iloc[0]
    assert text[row["start"] : row["end"]] == "Zas"


def test_roles_resolve_by_publication_date(actors):
    text = "The CSTO Secretary General arrived. The head of the Russian state spoke."
    before = mentions_of(text, actors, "2022-12-31")
    after = mentions_of(text, actors, "2023-01-01")
    undated = mentions_of(text, actors, None)
    assert pairs(before) == [
        ("CSTO Secretary General", "Stanislav Zas", "role"),
        ("head of the Russian state", "Vladimir Putin", "role"),
    ]
    assert pairs(after)[0] == ("CSTO Secretary General", "Imangali Tasmagambetov", "role")
    assert pairs(undated) == []  # dated roles stay unresolved without a date


def test_armenian_prime_minister_role_is_dated(actors):
    text = "The Armenian prime minister said nothing."
    assert pairs(mentions_of(text, actors, "2017-01-01")) == []
    assert pairs(mentions_of(text, actors, "2019-01-01")) == [
        ("Armenian prime minister", "Nikol Pashinyan", "role")
    ]


def test_pronouns_resolve_to_recent_compatible_person(actors):
    text = (
        "Maria Zakharova met Lavrov. She said he was late.\n"
        "His answer came later.\n"
        "Nobody knows.\nHe left."
    )
    got = pairs(mentions_of(text, actors))
    assert got == [
        ("Maria Zakharova", "Maria Zakharova", "name"),
        ("Lavrov", "Sergey Lavrov", "name"),
        ("She", "Maria Zakharova", "pronoun"),
        ("he", "Sergey Lavrov", "pronoun"),
        ("His", "Sergey Lavrov", "pronoun"),
    ]  # the last "He" has no person in its paragraph or the previous one: not emitted


def test_pronoun_antecedent_ignores_names_inside_quotes(actors):
    text = 'Pashinyan spoke. "I thank Zas for his work," he added.'
    got = pairs(mentions_of(text, actors))
    assert got[-1] == ("he", "Nikol Pashinyan", "pronoun")


def test_demonym_alone_is_not_a_state_but_the_side_is(actors):
    text = "The Armenian-Azerbaijani border is calm, the Armenian side said."
    assert pairs(mentions_of(text, actors)) == [("the Armenian side", "Armenia", "alias")]


def test_user_file_extends_and_overrides(tmp_path: Path):
    (tmp_path / "actors.yml").write_text(
        "actors:\n"
        "  - {id: pashinyan, name: Nikol Pashinyan, type: person, gender: m,"
        " role: PM, affiliation: Armenia, aliases: [Nikol Pachinian]}\n"
        "  - {id: kobakhidze, name: Irakli Kobakhidze, type: person, gender: m,"
        " role: PM, affiliation: Georgia, aliases: []}\n",
        encoding="utf-8",
    )
    actors = load_actors(corpus_path=tmp_path)
    assert "Irakli Kobakhidze" in set(actors["name"])
    row = actors[actors["actor_id"] == "pashinyan"].iloc[0]
    assert row["aliases"] == ["Nikol Pachinian"]
    assert pairs(mentions_of("Nikol Pachinian and Kobakhidze met.", actors)) == [
        ("Nikol Pachinian", "Nikol Pashinyan", "alias"),
        ("Kobakhidze", "Irakli Kobakhidze", "name"),
    ]


def test_seed_corpus_mentions(seed_corpus):
    m = seed_corpus.mentions
    assert not m.empty and not seed_corpus.actors.empty
    text = dict(zip(seed_corpus.articles["article_id"], seed_corpus.articles["text"], strict=True))
    assert all(text[r.article_id][r.start : r.end] == r.surface for r in m.itertuples())
    assert set(m["method"]) == {"name", "alias", "role", "pronoun"}


def test_odd_case_characters_are_all_non_ascii_matches_of_ascii():
    """The role-noun shortcut relies on these being the only non-ASCII characters that
    match an ASCII one under ``re.IGNORECASE``."""
    import re

    from cscaucasus.actors import _ODD_CASE_RE

    ascii_class = "[" + re.escape("".join(map(chr, range(0x80)))) + "]"
    others = "".join(map(chr, range(0x80, 0x110000)))
    found = set(re.findall(ascii_class, others, re.IGNORECASE))
    assert found == {c for c in others[:0x2200] if _ODD_CASE_RE.match(c)}


def test_role_noun_in_odd_case_is_still_found_unresolved(actors):
    """A role noun spelt with a long s ("ſ") does not read back as the noun: it stays
    unresolved, as without the shortcut."""
    from cscaucasus.actors import matcher_for

    m = matcher_for(actors)
    assert m.may_leave_unresolved("the Ruſsian leader said", pd.Timestamp("2023-05-01"))
    assert m.resolve_role("Ruſsian leader", pd.Timestamp("2023-05-01")) is None
    assert m.resolve_role("Russian  Leader", pd.Timestamp("2023-05-01")) == "putin"


def test_the_matcher_is_compiled_once_per_gazetteer_content(actors):
    """A worker gets the gazetteer unpickled, as a new object, with every chunk: the
    same content reuses the compiled matcher; another content gets its own."""
    import pickle

    from cscaucasus.actors import matcher_for

    m = matcher_for(actors)
    assert matcher_for(pickle.loads(pickle.dumps(actors))) is m
    other = actors.copy()
    other.loc[0, "aliases"] = [*other.loc[0, "aliases"], "Someone Else"]
    assert matcher_for(other) is not m
    assert "Someone Else" in matcher_for(other).forms
    assert matcher_for(actors) is not matcher_for(other)


def test_surname_after_another_given_name_is_another_person(actors):
    text = (
        "Hovik Pashinyan, a farmer from Ararat, said the road was closed. "
        "Pashinyan added that the harvest was lost."
    )
    assert pairs(mentions_of(text, actors)) == []
    # titles, ranks, sentence-initial words and a spelling of the given name are no clash
    text = (
        "Premier Pashinyan spoke first. When Pashinyan left, Ayatollah Khamenei met "
        "Dmitriy Peskov and Mr Lavrov."
    )
    assert [a for _, a, _ in pairs(mentions_of(text, actors))] == [
        "Nikol Pashinyan",
        "Nikol Pashinyan",
        "Dmitry Peskov",
        "Sergey Lavrov",
    ]


def test_undated_role_resolves_to_the_one_candidate_the_article_names(actors):
    text = "Vladimir Putin hosted the talks. The Russian leader spoke first."
    assert pairs(mentions_of(text, actors, None))[-1] == (
        "Russian leader",
        "Vladimir Putin",
        "role",
    )
    # no candidate named in the article: the undated role stays unresolved
    assert pairs(mentions_of("The Russian leader spoke first.", actors, None)) == []


def test_possessive_role_nouns_resolve_like_the_demonym_form(actors):
    text = (
        "Armenia's prime minister flew to Paris. Russia’s foreign minister stayed home. "
        "Kazakhstan's leader and Azerbaijan's President met. The Kremlin's spokesman declined."
    )
    got = [(s, a) for s, a, method in pairs(mentions_of(text, actors)) if method == "role"]
    assert got == [
        ("Armenia's prime minister", "Nikol Pashinyan"),
        ("Russia’s foreign minister", "Sergey Lavrov"),
        ("Kazakhstan's leader", "Kassym-Jomart Tokayev"),
        ("Azerbaijan's President", "Ilham Aliyev"),
        ("Kremlin's spokesman", "Dmitry Peskov"),
    ]


def test_possessive_role_nouns_undated_and_not_before_other_nouns(actors):
    # undated: only the one candidate the article names; a state's other possessions stay
    # mentions of the state
    text = "Georgia's prime minister met Putin. Russia's president and Armenia's army chief spoke."
    got = pairs(mentions_of(text, actors, published=None))
    assert ("Russia's president", "Vladimir Putin", "role") in got
    assert ("Armenia", "Armenia", "name") in got
    assert ("Georgia", "Georgia", "name") in got  # the state, not a prime minister
    assert not any(s.startswith("Georgia's") for s, _, _ in got)


def test_organisation_names_in_lower_case_and_possessive(actors):
    text = (
        "Iran's foreign ministry issued a note. The Armenian foreign ministry replied, and "
        "Azerbaijan’s Ministry of Defense denied it. The State Department and the Council of "
        "the EU were silent; the Russian embassy in Yerevan was not."
    )
    got = [(s, a) for s, a, method in pairs(mentions_of(text, actors)) if method != "pronoun"]
    assert got == [
        ("Iran's foreign ministry", "Iranian Foreign Ministry"),
        ("Armenian foreign ministry", "Armenian Foreign Ministry"),
        ("Azerbaijan’s Ministry of Defense", "Azerbaijani Defence Ministry"),
        ("State Department", "US State Department"),
        ("Council of the EU", "Council of the European Union"),
        ("Russian embassy in Yerevan", "Russian Embassy in Armenia"),
    ]
    # a state's lower-case possessions are not its institutions
    got = pairs(mentions_of("Armenia's foreign policy and Iran's ministers met.", actors))
    assert [a for _, a, _ in got] == ["Armenia", "Iran"]


# -- the field's other voices, and offices held in turn (issue 11) -----------------------


def roles_of(text: str, actors: pd.DataFrame, published: str | None) -> list[tuple[str, str]]:
    return [
        (s, a) for s, a, method in pairs(mentions_of(text, actors, published)) if method == "role"
    ]


def test_one_actor_holds_role_nouns_in_several_periods(actors):
    # Shoigu: defence minister until 12 May 2024, then Security Council secretary;
    # Belousov defence minister from 14 May 2024; Patrushev secretary until 12 May 2024
    text = "The Russian Defence Minister met the Secretary of the Russian Security Council."
    assert roles_of(text, actors, "2023-06-01") == [
        ("Russian Defence Minister", "Sergei Shoigu"),
        ("Secretary of the Russian Security Council", "Nikolai Patrushev"),
    ]
    assert roles_of(text, actors, "2024-06-01") == [
        ("Russian Defence Minister", "Andrei Belousov"),
        ("Secretary of the Russian Security Council", "Sergei Shoigu"),
    ]
    # the day of the change has two secretaries and the day between two ministers none
    assert roles_of(text, actors, "2024-05-12") == [("Russian Defence Minister", "Sergei Shoigu")]
    assert roles_of(text, actors, "2024-05-13") == [
        ("Secretary of the Russian Security Council", "Sergei Shoigu")
    ]
    # Trump's two terms, Biden's between them
    us = "The US President spoke."
    assert roles_of(us, actors, "2019-01-01") == [("US President", "Donald Trump")]
    assert roles_of(us, actors, "2022-01-01") == [("US President", "Joe Biden")]
    assert roles_of(us, actors, "2025-06-01") == [("US President", "Donald Trump")]


def test_the_actors_table_keeps_each_period_and_their_span(actors):
    row = actors.set_index("actor_id").loc["shoigu"]
    assert row["role_periods"] == [
        {
            "from": "2012-11-06",
            "to": "2024-05-12",
            "nouns": [
                "Russian Defence Minister",
                "Russian Defense Minister",
                "Defence Minister of Russia",
                "Defense Minister of Russia",
            ],
        },
        {
            "from": "2024-05-12",
            "to": None,
            "nouns": [
                "Secretary of the Russian Security Council",
                "Russian Security Council Secretary",
                "Secretary of the Security Council of Russia",
            ],
        },
    ]
    assert row["role_from"] == pd.Timestamp("2012-11-06")
    assert pd.isna(row["role_to"])  # one period is open
    assert "Russian Security Council Secretary" in row["role_nouns"]
    # a hand-built table without role_periods still resolves by role_from/role_to
    hand = actors.drop(columns=["role_periods"])
    text = "The CSTO Secretary General spoke."
    assert roles_of(text, hand, "2022-06-01") == [("CSTO Secretary General", "Stanislav Zas")]


def test_role_periods_read_back_from_parquet_resolve_alike(actors, tmp_path: Path):
    actors.to_parquet(tmp_path / "actors.parquet")
    back = pd.read_parquet(tmp_path / "actors.parquet")
    text = "The Russian premier met the French Foreign Minister."
    for date in ("2019-06-01", "2023-06-01", "2024-06-01", "2024-12-01"):
        assert roles_of(text, back, date) == roles_of(text, actors, date)


def test_offices_of_the_field_resolve_by_date(actors):
    # Armenia's president and foreign minister, Russia's prime minister, the EU's High
    # Representative, France's foreign minister: before and after a change of office
    cases = [
        ("The Armenian President spoke.", "2020-01-01", "Armen Sarkissian"),
        ("The Armenian President spoke.", "2023-01-01", "Vahagn Khachaturyan"),
        ("Armenia's foreign minister spoke.", "2019-01-01", "Zohrab Mnatsakanyan"),
        ("Armenia's foreign minister spoke.", "2022-01-01", "Ararat Mirzoyan"),
        ("The Armenian parliament speaker spoke.", "2020-01-01", "Ararat Mirzoyan"),
        ("The Russian Prime Minister spoke.", "2019-01-01", "Dmitry Medvedev"),
        ("The Russian Prime Minister spoke.", "2021-01-01", "Mikhail Mishustin"),
        ("The EU foreign policy chief spoke.", "2024-11-30", "Josep Borrell"),
        ("The EU foreign policy chief spoke.", "2024-12-01", "Kaja Kallas"),
        ("The French Foreign Minister spoke.", "2023-06-01", "Catherine Colonna"),
        ("The French Foreign Minister spoke.", "2024-03-01", "Stephane Sejourne"),
        ("The French Foreign Minister spoke.", "2025-03-01", "Jean-Noel Barrot"),
        ("Azerbaijan's foreign minister spoke.", "2019-01-01", "Elmar Mammadyarov"),
        ("Azerbaijan's foreign minister spoke.", "2021-01-01", "Jeyhun Bayramov"),
    ]
    for text, date, who in cases:
        assert [a for _, a in roles_of(text, actors, date)] == [who], (text, date)
    # between two holders (Armenia's acting president in Feb 2022, Iran's acting foreign
    # minister in summer 2024), the noun stands for no one
    assert roles_of("The Armenian President spoke.", actors, "2022-02-15") == []
    assert roles_of("The Iranian Foreign Minister spoke.", actors, "2024-07-01") == []


def test_new_actors_transliterations_and_pronoun_gender(actors):
    text = (
        "Aleksei Overchuk met Hikmat Hajiev and Ayhan Hajizada. "
        "Ani Badalyan said she was ready. Kaja Kallas spoke, and then Overchuk said he agreed."
    )
    got = pairs(mentions_of(text, actors, "2025-02-01"))
    assert [(s, a) for s, a, _ in got] == [
        ("Aleksei Overchuk", "Alexei Overchuk"),
        ("Hikmat Hajiev", "Hikmet Hajiyev"),
        ("Ayhan Hajizada", "Aykhan Hajizada"),
        ("Ani Badalyan", "Ani Badalyan"),
        ("she", "Ani Badalyan"),
        ("Kaja Kallas", "Kaja Kallas"),
        ("Overchuk", "Alexei Overchuk"),
        ("he", "Alexei Overchuk"),
    ]
    genders = actors.set_index("name")["gender"]
    assert (
        genders["Ani Badalyan"] == genders["Kaja Kallas"] == genders["Nazeli Baghdasaryan"] == "f"
    )
    assert actors.set_index("name").loc["Zakir Hasanov", "affiliation"] == "Azerbaijan"


def test_a_surname_two_persons_share_is_the_one_the_article_names(actors):
    # "Sarkisian" is printed for Armen Sarkissian (Sarkisyan) and for Serzh Sargsyan
    first = "Serzh Sarkisian spoke in Yerevan. Later Sarkisian left."
    second = "Armen Sarkisyan spoke in Yerevan. Later Sarkisian left."
    neither = "Sarkisian left."
    assert pairs(mentions_of(first, actors))[-1] == ("Sarkisian", "Serzh Sargsyan", "name")
    assert pairs(mentions_of(second, actors))[-1] == ("Sarkisian", "Armen Sarkissian", "name")
    assert pairs(mentions_of(neither, actors)) == []
    both = "Serzh Sarkisian met Armen Sarkisyan. Sarkisian left."
    assert [s for s, _, _ in pairs(mentions_of(both, actors))] == [
        "Serzh Sarkisian",
        "Armen Sarkisyan",
    ]


def test_german_transliterations_ministries_and_rulers_of_the_members(actors):
    # translated German copy (FAZ, Der Spiegel, DW German): -jan for -yan, "sch" for "sh"
    # in Pashinyan's name; the members' foreign ministries; RFE/RL's and Euroradio's
    # "the Belarusian ruler"
    text = (
        "Nikol Paschinjan met Ararat Mirzojan. Kazakhstan's Foreign Ministry and the "
        "Belarusian Foreign Ministry spoke. The Belarusian ruler did not."
    )
    assert [(s, a) for s, a, _ in pairs(mentions_of(text, actors, "2024-06-28"))] == [
        ("Nikol Paschinjan", "Nikol Pashinyan"),
        ("Ararat Mirzojan", "Ararat Mirzoyan"),
        ("Kazakhstan's Foreign Ministry", "Kazakh Foreign Ministry"),
        ("Belarusian Foreign Ministry", "Belarusian Foreign Ministry"),
        ("Belarusian ruler", "Aleksandr Lukashenko"),
    ]


def test_an_institution_of_a_state_under_the_state_s_other_names():
    # 24.kg / Kabar: "the Ministry of Foreign Affairs of the Kyrgyz Republic"; mid.ru:
    # "… of the Russian Federation": the gazetteer's ministry, whatever the state's name
    from cscaucasus.actors import _of_state_forms
    from cscaucasus.evaluate import statements_for_texts

    names = {"Kyrgyzstan": ["Kyrgyz Republic"], "Armenia": ["Republic of Armenia"]}
    assert _of_state_forms("Ministry of Foreign Affairs of Kyrgyzstan", names) == [
        "Ministry of Foreign Affairs of Kyrgyz Republic",
        "Ministry of Foreign Affairs of the Kyrgyz Republic",
    ]
    assert _of_state_forms("Kyrgyz Foreign Ministry", names) == []
    st = statements_for_texts(
        {
            "t": "The Ministry of Foreign Affairs of the Kyrgyz Republic reported that the "
            "programme had been sent to the member states."
        },
        {"t": "2024-01-11"},
    )
    assert st.speaker.tolist() == ["Kyrgyz Foreign Ministry"]


def test_a_misprinted_surname_is_the_person_only_where_the_article_names_them(actors):
    # the misprint's candidates are remembered per sentence, the person found per article
    slip = "Pashinayn said the talks would go on."
    named = mentions_of(f"Nikol Pashinyan arrived in Moscow.\n\n{slip}", actors)
    alone = mentions_of(slip, actors)
    again = mentions_of(f"Nikol Pashinyan arrived in Moscow.\n\n{slip}", actors)
    assert ("Pashinayn", "pashinyan") in set(zip(named.surface, named.actor_id, strict=True))
    assert "Pashinayn" not in set(alone.surface)
    assert again.equals(named)


def _pairwise_name_regex(m):
    """The name regex as it was built before its patronymic branches were grouped: one
    branch per (given name, surname), longest pattern first, and each pair's own regex."""
    pats = {
        rf"{re.escape(g)}\s+{PATRONYMIC}\s+{re.escape(s)}": aid
        for (g, s), aid in m.patronymic.items()
    }
    alt = "|".join(
        [f"(?:{p})" for p in sorted(pats, key=lambda p: (-len(p), p))]
        + [word_alternation(m.forms | dict.fromkeys(m.shared, ("", "name")))]
    )
    regex = re.compile(rf"(?<!{_WORD})(?:{alt})(?!{_WORD})")
    return regex, [(re.compile(p), a) for p, a in pats.items()]


_MATCHER = Matcher(load_actors())
_OLD_NAME_RE, _OLD_PATRONYMIC_RES = _pairwise_name_regex(_MATCHER)
_GIVENS = sorted({g for g, _ in _MATCHER.patronymic})
_SURNAMES = sorted({s for _, s in _MATCHER.patronymic})
_GIVEN = st.sampled_from(_GIVENS[:40] + _GIVENS[-20:] + ["Sergey", "Sergei", "Ali", "Nikol"])
_SURNAME = st.sampled_from(_SURNAMES[:40] + _SURNAMES[-20:] + ["Lavrov", "Amir-Abdollahian"])
_MIDDLE = st.sampled_from(["Viktorovich", "Ivanovna", "Petrovich", "Olegovna", "Vich", "Smith"])
_SPACE = st.sampled_from([" ", "  ", "\n", "\u00a0", "-", "'s", ", ", "x", "Amir", "-Abdollahian"])
_NAME_TOKENS = st.one_of(
    st.tuples(_GIVEN, st.sampled_from([" ", "  "]), _MIDDLE, st.just(" "), _SURNAME).map("".join),
    _GIVEN,
    _SURNAME,
    _MIDDLE,
    _SPACE,
)


@given(st.lists(_NAME_TOKENS, max_size=12))
@example(["Sergey", " ", "Viktorovich", " ", "Lavrov"])
@example(["Hossein", " ", "Petrovich", " ", "Amir", "-Abdollahian"])
def test_names_with_a_patronymic_match_as_one_branch_per_pair_did(tokens):
    # grouping the given names of the same surnames changes no match and no actor
    text = "".join(tokens)
    new = [(x.span(), x.group(0)) for x in _MATCHER.name_re.finditer(text)]
    old = [(x.span(), x.group(0)) for x in _OLD_NAME_RE.finditer(text)]
    assert new == old
    for _, surface in new:
        if surface not in _MATCHER.forms:
            was = next((a for r, a in _OLD_PATRONYMIC_RES if r.fullmatch(surface)), "")
            assert _MATCHER.patronymic_holder(surface) == was
