"""The entity model (cscaucasus.entities): one row per person, organisation or state an
article introduces, with titles, and the mentions pointing to it."""

from __future__ import annotations

import pandas as pd

from cscaucasus.actors import find_mentions, load_actors
from cscaucasus.entities import link_entities
from cscaucasus.evaluate import statements_for_texts
from cscaucasus.schema import typed
from cscaucasus.segment import segment
from cscaucasus.statements import attribute


def model_of(text: str, published: str = "2024-03-01"):
    articles = typed(
        pd.DataFrame({"article_id": ["a"], "text": [text], "published": [pd.Timestamp(published)]}),
        "articles",
    )
    actors = load_actors()
    paragraphs, sentences = segment(articles)
    mentions = find_mentions(articles, sentences, actors)
    statements, entities = attribute(articles, paragraphs, sentences, mentions, actors)
    return statements, entities, link_entities(mentions, entities)


def test_entities_with_titles_and_spellings():
    text = (
        "Russian Deputy Foreign Minister Andrei Rudenko met Armenian Prime Minister "
        "Nikol Pashinian in Yerevan.\n"
        "Political analyst Tigran Khachatrian, a professor at Yerevan State University, "
        "said the talks were useful. Khachatryan added that Moscow was worried."
    )
    _, entities, mentions = model_of(text)
    table = entities[["entity_id", "canonical", "actor_id", "type", "titles"]].astype(object)
    got = table.where(table.notna(), None).values.tolist()
    assert got == [
        ["a:e01", "Andrei Rudenko", "rudenko", "person", ["Russian Deputy Foreign Minister"]],
        ["a:e02", "Nikol Pashinyan", "pashinyan", "person", ["Armenian Prime Minister"]],
        [
            "a:e03",
            "Tigran Khachatryan",
            None,
            "person",
            ["Political analyst", "a professor at Yerevan State University"],
        ],
    ]
    assert entities["name"].tolist()[1] == "Nikol Pashinian"  # as printed
    assert set(mentions.loc[mentions["actor_id"] == "pashinyan", "entity_id"]) == {"a:e02"}


def test_a_role_noun_is_whom_the_article_so_titled():
    text = (
        "Andrei Rudenko, the deputy foreign minister, arrived in Yerevan on Monday.\n"
        "Officials met him at the airport.\n"
        "The deputy minister said Russia was ready to help."
    )
    statements, entities, _ = model_of(text)
    assert entities["titles"].tolist()[0] == ["the deputy foreign minister"]
    assert statements[["speaker", "attribution"]].values.tolist() == [["Andrei Rudenko", "role"]]


def test_an_office_titled_by_its_state_is_a_title_in_the_offices_usual_form():
    # the readouts' style (Uzbek, Kazakh, Armenian foreign ministries): the title reads as
    # "Uzbek Foreign Minister", as the role nouns and the gazetteer's roles do
    text = (
        "The Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov "
        "received the Secretary of the Security Council of Russia Sergei Shoigu."
    )
    _, entities, _ = model_of(text)
    titles = dict(zip(entities["canonical"], entities["titles"], strict=True))
    assert titles["Bakhtiyor Saidov"] == ["Uzbek Foreign Minister"]


def test_no_entity_table_rows_without_articles():
    st = statements_for_texts({})
    assert st.empty


def test_lower_case_offices_before_a_name_are_titles():
    # The Guardian, Euronews, Nordic and Dutch papers in English print offices before a
    # name in lower case: the whole office is the title, and its role noun finds the person
    text = (
        "Russia's deputy prime minister Mikhail Yugin warned Yerevan on Tuesday.\n\n"
        '"There will be consequences for trade," the deputy prime minister told reporters.'
    )
    statements, entities, _ = model_of(text)
    titles = dict(zip(entities["canonical"], entities["titles"], strict=True))
    assert titles["Mikhail Yugin"] == ["Russia's deputy prime minister"]
    assert statements["speaker"].tolist() == ["Mikhail Yugin"]


def test_a_counterpart_takes_the_office_of_the_person_the_possessive_points_to():
    # "his Armenian colleague X" (Dutch, German papers), "her Armenian counterpart, X," (a
    # Baltic wire), "his Georgian counterpart X" (AFP): the counterpart holds the same
    # office in their own state, so a later role noun may name either one
    text = (
        "Kazakh Foreign Minister Murat Nurtleu met his Georgian counterpart Ilia Darchiashvili "
        "in Astana on Monday. Nurtleu said that transit would grow.\n\n"
        "Darchiashvili said that Georgia was ready. "
        '"We have a common interest in the corridor," the minister said.'
    )
    statements, entities, _ = model_of(text)
    titles = dict(zip(entities["canonical"], entities["titles"], strict=True))
    assert titles["Ilia Darchiashvili"] == ["Georgian Foreign Minister"]
    assert statements["speaker"].tolist()[-1] == "Ilia Darchiashvili"
    # no office to carry over: an adjective that is no demonym, or no titled person before
    _, entities, _ = model_of("Vera Lind met her closest colleague Maria Holm in Oslo.")
    assert all(not t for t in entities["titles"])


def test_a_capitalised_possessive_opens_no_printed_name():
    # "Her Armenian counterpart, Ani Badalyan, replied" opens a sentence: "Her Armenian" is
    # no person
    _, entities, _ = model_of(
        "Russian Foreign Ministry spokeswoman Maria Zakharova spoke first. Her Armenian "
        "counterpart, Ani Badalyan, replied on Facebook."
    )
    assert "Her Armenian" not in entities["name"].tolist()
    assert entities.set_index("canonical").at["Ani Badalyan", "titles"] == [
        "Armenian Foreign Ministry spokeswoman"
    ]


def test_a_role_noun_with_the_demonym_finds_the_title_with_the_state_s_possessive():
    # "Russia's Deputy Prime Minister X said … the Russian deputy prime minister told
    # journalists" (Reuters, a Belgian German-language paper)
    statements, _, _ = model_of(
        "Russia's Deputy Prime Minister Alexei Owertschuk said that trade would suffer. "
        '"That is simply impossible," the Russian deputy prime minister told journalists.',
        "2025-01-10",
    )
    assert statements["speaker"].tolist() == ["Alexei Overchuk", "Alexei Overchuk"]
