"""Temporal expressions to dated events, and clustering across articles."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cscaucasus import chronology
from cscaucasus.evaluate_events import format_date
from cscaucasus.schema import SCHEMAS, typed
from cscaucasus.segment import segment


def make_tables(*docs: tuple[str, str | None]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles ``a0, a1, ...`` (text, published) and their sentences."""
    articles = typed(
        pd.DataFrame(
            {
                "article_id": [f"a{i}" for i in range(len(docs))],
                "path": [f"a{i}.txt" for i in range(len(docs))],
                "outlet": [f"Outlet {i}" for i in range(len(docs))],
                "text": [text for text, _ in docs],
                "published": pd.to_datetime([pub for _, pub in docs]),
            }
        ),
        "articles",
    )
    _, sentences = segment(articles)
    return articles, sentences


NO_MENTIONS = typed(pd.DataFrame(), "mentions")


def events_of(text: str, published: str | None = "2022-11-24") -> list[tuple[str, str, str]]:
    """(date_text, date at its precision, precision) of every event in one article."""
    articles, sentences = make_tables((text, published))
    events, _ = chronology.extract_events(articles, sentences, NO_MENTIONS)
    return [
        (e.date_text, format_date(e.date, e.precision), e.precision)
        for e in events.itertuples(index=False)
    ]


# --- absolute forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The attack began on September 13.",
            "2022-12-19",
            [("September 13", "2022-09-13", "day")],
        ),
        (
            "Shelling began on 13 September 2022, officials said.",
            "2023-05-01",
            [("13 September 2022", "2022-09-13", "day")],
        ),
        (
            "Talks were held on Sept. 13-14 in Brussels.",
            "2023-10-01",
            [("Sept. 13-14", "2023-09-13", "day")],
        ),
        (
            "He takes office from January 1, 2023.",
            "2022-11-24",
            [("January 1, 2023", "2023-01-01", "day")],
        ),
        (
            "Troops held positions of May 11, 2021.",
            "2022-11-23",
            [("May 11, 2021", "2021-05-11", "day")],
        ),
        (
            "Zas spoke at the session on October 28 of this year.",
            "2022-11-23",
            [("October 28 of this year", "2022-10-28", "day")],
        ),
        (
            "Order was restored in January of this year.",
            "2022-11-24",
            [("January of this year", "2022-01", "month")],
        ),
        (
            "The aggression in mid-September shocked Yerevan.",
            "2022-11-24",
            [("mid-September", "2022-09", "month")],
        ),
        ("Armenia was attacked in July.", "2020-10-08", [("July", "2020-07", "month")]),
        ("The agreements were reached in 2020.", "2022-11-24", [("2020", "2020", "year")]),
        (
            "Since the 2020 war, Russia has kept peacekeepers there.",
            "2021-06-01",
            [("2020", "2020", "year")],
        ),
        (
            "The decree dated 2021-03-05 was annulled.",
            "2022-11-24",
            [("2021-03-05", "2021-03-05", "day")],
        ),
        ("The drills took place in July 2023.", "2023-09-11", [("July 2023", "2023-07", "month")]),
        (
            "Thursday, October 8, 2020 was a quiet day.",
            "2020-10-09",
            [("Thursday, October 8, 2020", "2020-10-08", "day")],
        ),
        (
            "The CSTO, created on 7 October 2002, met in 2020 and 2021.",
            "2022-11-24",
            [
                ("7 October 2002", "2002-10-07", "day"),
                ("2020", "2020", "year"),
                ("2021", "2021", "year"),
            ],
        ),
    ],
)
def test_absolute_forms(text, published, expected) -> None:
    assert events_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # month abbreviations with or without a period, wherever they stand
        (
            "The vote was held Aug 5 and the results came Aug. 9.",
            "2024-08-20",
            [("Aug 5", "2024-08-05", "day"), ("Aug. 9", "2024-08-09", "day")],
        ),
        (
            "The summit ended Sept 14 without a deal.",
            "2024-09-20",
            [("Sept 14", "2024-09-14", "day")],
        ),
        (
            "They met in Tashkent on 5 Oct 2021.",
            "2024-12-20",
            [("5 Oct 2021", "2021-10-05", "day")],
        ),
        # the issue's list, in other outlets' words
        (
            "The council convened again on March 2 of this year in Dushanbe.",
            "2023-06-01",
            [("March 2 of this year", "2023-03-02", "day")],
        ),
        (
            "Fuel prices rose sharply in February of last year.",
            "2023-06-01",
            [("February of last year", "2022-02", "month")],
        ),
        (
            "Exercises are planned for mid-October near Gyumri.",
            "2023-06-01",
            [("mid-October", "2023-10", "month")],
        ),
        (
            "Ministers met in Astana on Oct. 12-13 to discuss transit.",
            "2023-10-20",
            [("Oct. 12-13", "2023-10-12", "day")],
        ),
        (
            "The memorandum, registered as 2019-11-04, was never ratified.",
            "2023-10-20",
            [("2019-11-04", "2019-11-04", "day")],
        ),
        (
            "Kazakh border guards detained two men yesterday.",
            "2023-10-20",
            [("yesterday", "2023-10-19", "day")],
        ),
        (
            "A day later, the convoy turned back at the Lachin checkpoint.",
            "2023-10-20",
            [("A day later", "", "day")],
        ),
        (
            "The visit comes days before the NATO summit in Vilnius.",
            "2023-07-05",
            [("days before", "", "day")],
        ),
    ],
)
def test_abbreviations_and_the_issue_list(text, published, expected) -> None:
    assert events_of(text, published) == expected


# --- relative forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Thursday 2022-10-27: weekdays in the past tense are on or before publication
        (
            "The CSTO said in a statement Thursday that it met.",
            "2022-10-27",
            [("Thursday", "2022-10-27", "day")],
        ),
        (
            "Pashinyan told lawmakers on Wednesday that he agreed.",
            "2022-10-27",
            [("on Wednesday", "2022-10-26", "day")],
        ),
        ("Lavrov spoke on Friday.", "2022-10-27", [("on Friday", "2022-10-21", "day")]),
        ("Lavrov spoke last Thursday.", "2022-10-27", [("last Thursday", "2022-10-20", "day")]),
        # future tense: the coming one
        (
            "The alliance will convene a special session Friday.",
            "2022-10-27",
            [("Friday", "2022-10-28", "day")],
        ),
        (
            "Ministers are scheduled to meet on Monday, TASS said.",
            "2022-10-27",
            [("on Monday", "2022-10-31", "day")],
        ),
        ("The talks resume next Thursday.", "2022-10-27", [("next Thursday", "2022-11-03", "day")]),
        (
            "The upcoming Saturday rally was banned.",
            "2022-10-27",
            [("upcoming Saturday", "2022-10-29", "day")],
        ),
        ("Lavrov visited Yerevan last month.", "2022-10-27", [("last month", "2022-09", "month")]),
        (
            "Lavrov said earlier this month that it was ready.",
            "2022-10-27",
            [("earlier this month", "2022-10", "month")],
        ),
        ("The bloc will meet next month.", "2022-12-10", [("next month", "2023-01", "month")]),
        ("Putin said this year was difficult.", "2022-11-24", [("this year", "2022", "year")]),
        (
            "Eurasianet reported last year that it failed.",
            "2024-03-01",
            [("last year", "2023", "year")],
        ),
        (
            "Yesterday, parliament ratified the statute.",
            "2023-10-04",
            [("Yesterday", "2023-10-03", "day")],
        ),
        (
            "A decision came at the end of last month.",
            "2022-11-24",
            [("at the end of last month", "2022-10", "month")],
        ),
        # anchored to another happening: temporal expressions, but undated (NaT)
        (
            "Literally a day later an aircraft landed in Yerevan.",
            "2022-12-19",
            [("a day later", "", "day")],
        ),
        ("He spoke to the radio days after the attack.", "2022-10-27", [("days after", "", "day")]),
        ("It comes just days before a planned summit.", "2022-10-27", [("days before", "", "day")]),
        ("Two weeks later the mission arrived.", "2022-10-27", [("Two weeks later", "", "day")]),
    ],
)
def test_relative_forms(text, published, expected) -> None:
    assert events_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "today" is the publication day in narration, the speech's day inside a quote
        # (the last past day told before it), and no date in the present tense
        (
            "Pashinyan said today that he would not sign.",
            "2022-11-24",
            [("today", "2022-11-24", "day")],
        ),
        (
            'On November 23, Putin spoke. "Today my colleagues talked about this," he said.',
            "2022-11-24",
            [("November 23", "2022-11-23", "day"), ("Today", "2022-11-23", "day")],
        ),
        ('"We discussed it yesterday," Zas said.', "2022-11-24", [("yesterday", "", "day")]),
        ("Armenia today is a member of the bloc.", "2022-11-24", []),
        ("The decision concerns today, among other things, communications.", "2022-11-24", []),
        ("Until today, the members have not decided.", "2022-11-24", []),
        # "on the same day" is the day just mentioned
        (
            "On November 23, protesters gathered. On the same day, ministers met.",
            "2022-11-24",
            [("November 23", "2022-11-23", "day"), ("On the same day", "2022-11-23", "day")],
        ),
        ("On the same day, ministers met.", "2022-11-24", [("On the same day", "", "day")]),
        (
            "Earlier today, the ministry reported shelling.",
            "2022-09-14",
            [("Earlier today", "2022-09-14", "day")],
        ),
        (
            "The mission arrived on September 15, two days after the attack.",
            "2022-09-30",
            [("September 15", "2022-09-15", "day"), ("two days after", "2022-09-15", "day")],
        ),
        (
            "Peskov said last week that Moscow was concerned.",
            "2023-09-06",
            [("last week", "", "day")],
        ),
        (
            "The summit will take place on Nov. 28, a week later than planned.",
            "2023-11-10",
            [("Nov. 28", "2023-11-28", "day")],
        ),
    ],
)
def test_deictic_and_anaphoric_days(text, published, expected) -> None:
    assert events_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a part of the day belongs to the day it follows (Thursday 2024-05-16)
        (
            "Police dispersed the rally in Tbilisi on Tuesday night with water cannon.",
            "2024-05-16",
            [("on Tuesday night", "2024-05-14", "day")],
        ),
        (
            "Border guards reported gunfire near Sotk early Wednesday morning.",
            "2024-05-16",
            [("Wednesday morning", "2024-05-15", "day")],
        ),
        (
            "The speaker met the delegation yesterday afternoon.",
            "2024-05-16",
            [("yesterday afternoon", "2024-05-15", "day")],
        ),
        # "this morning", "tonight": the publication day
        (
            "This evening the foreign minister flew to Brussels.",
            "2024-05-16",
            [("This evening", "2024-05-16", "day")],
        ),
        (
            "The cabinet will meet in emergency session tonight.",
            "2024-05-16",
            [("tonight", "2024-05-16", "day")],
        ),
        # "... ago" counts back from the publication day at the unit's precision
        (
            "Five years ago, the velvet revolution swept Serzh Sargsyan from office.",
            "2023-04-23",
            [("Five years ago", "2018", "year")],
        ),
        (
            "The convoy left Goris 3 days ago.",
            "2023-09-28",
            [("3 days ago", "2023-09-25", "day")],
        ),
        (
            "Two months ago the parliament voted to join the court.",
            "2024-01-10",
            [("Two months ago", "2023-11", "month")],
        ),
        (
            "Drones struck an oil depot near Sochi last night, the governor said.",
            "2023-06-07",
            [("last night", "2023-06-06", "day")],
        ),
        # no week precision, no exact number: a temporal expression, undated
        ("Some 40 days ago the blockade began.", "2023-06-07", [("40 days ago", "", "day")]),
        (
            "More than three years ago the war ended.",
            "2023-06-07",
            [("three years ago", "", "year")],
        ),
        ("A week ago the talks stalled.", "2024-01-10", [("A week ago", "", "day")]),
        ("Several years ago the plant closed.", "2024-01-10", [("Several years ago", "", "year")]),
        # a part of the year or month without a modifier is the publication's
        (
            "Yerevan hopes to sign the treaty by the end of the year.",
            "2024-03-05",
            [("the end of the year", "2024", "year")],
        ),
        (
            "Monitors will be deployed at the beginning of the month, diplomats said.",
            "2024-03-05",
            [("at the beginning of the month", "2024-03", "month")],
        ),
        # day.month.year with dots (the European and Russian order)
        (
            "The decree of 05.03.2021 on martial law was lifted.",
            "2022-11-24",
            [("05.03.2021", "2021-03-05", "day")],
        ),
        (
            "Under protocol No. 3 of 1.7.2019 the duty fell.",
            "2022-11-24",
            [("1.7.2019", "2019-07-01", "day")],
        ),
        # European-looking numbers that are not a day.month.year
        ("Inflation was 12.13.2020 points.", "2022-11-24", []),
        ("The ratio was 7/12/2020.", "2022-11-24", []),
        # a habit recurs, a duration lasts: neither is a happening
        ("Veterans lay flowers at the memorial every Saturday.", "2024-05-16", []),
        ("Each September 21 the capital celebrates independence.", "2024-05-16", []),
        ("The crossing stayed shut for three days after the storm.", "2024-05-16", []),
        ("The shelling stopped an hour ago, minutes ago, decades ago.", "2024-05-16", []),
    ],
)
def test_parts_of_day_counts_back_numeric_dates_and_habits(text, published, expected) -> None:
    assert events_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a scheduling verb in the present simple looks forward (Wednesday 2024-09-25)
        (
            "Azerbaijanis vote on Sunday in a snap parliamentary election.",
            "2024-09-25",
            "2024-09-29",
        ),
        ("The appeals court hears the case Friday.", "2024-09-25", "2024-09-27"),
        ("The UN Security Council meets on Thursday.", "2024-09-25", "2024-09-26"),
        ("Preliminary results are due on Monday.", "2024-09-25", "2024-09-30"),
        ("Armenia has to decide by Friday.", "2024-09-25", "2024-09-27"),
        # past tense and reported past stay in the past, whatever verb reports them
        ("Voters went to the polls on Sunday.", "2024-09-25", "2024-09-22"),
        ("The ballots were counted on Sunday.", "2024-09-25", "2024-09-22"),
        ("Pashinyan says he met Aliyev on Friday.", "2024-09-25", "2024-09-20"),
        ("The ministry says shelling resumed on Monday.", "2024-09-25", "2024-09-23"),
        ("Lawmakers have approved the budget on Tuesday.", "2024-09-25", "2024-09-24"),
        # a yearless date in the present tense: the clause before it decides, not a
        # trailing attribution
        (
            "The new visa rules take effect on January 1, officials said.",
            "2023-12-20",
            "2024-01-01",
        ),
        ("A ban on fuel re-exports comes into force Dec 1.", "2024-11-20", "2024-12-01"),
        # no tense cue at all: the nearest occurrence
        ("The deadline for applications is 15 January.", "2023-12-28", "2024-01-15"),
        ("The deadline for applications is 15 January.", "2024-02-10", "2024-01-15"),
        # a cue beyond the date's own clause: the nearest one in the sentence
        (
            "The CSTO said it acted quickly after the 13 September shelling.",
            "2023-03-01",
            "2022-09-13",
        ),
        (
            "On 20 December, at a council meeting in Minsk, Lukashenko proposed a plan.",
            "2023-07-01",
            "2022-12-20",
        ),
        (
            "Parliament debates the bill in March, the speaker told reporters.",
            "2024-01-15",
            "2024-03",
        ),
        ("Protests continued in October, the speaker told reporters.", "2024-01-15", "2023-10"),
    ],
)
def test_tense_of_the_clause_sets_the_side_of_a_date(text, published, expected) -> None:
    assert [date for _, date, _ in events_of(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an offset counts from the one other date of its sentence
        (
            "Azerbaijan's parliament ratified the accord on 12 April and the president signed "
            "it three days later.",
            "2024-05-02",
            [("12 April", "2024-04-12", "day"), ("three days later", "2024-04-15", "day")],
        ),
        (
            "The envoy arrived in Baku on Monday and left for Tbilisi the following day.",
            "2024-05-16",
            [("on Monday", "2024-05-13", "day"), ("the following day", "2024-05-14", "day")],
        ),
        (
            "Inspectors visited the site on 2 June 2021, and their report came out a week later.",
            "2022-01-10",
            [("2 June 2021", "2021-06-02", "day"), ("a week later", "2021-06-09", "day")],
        ),
        (
            "Georgia applied on 3 March 2022; the Commission gave its opinion 3 months later.",
            "2023-01-10",
            [("3 March 2022", "2022-03-03", "day"), ("3 months later", "2022-06", "month")],
        ),
        (
            "The airport reopened on 14 March 2021 and served a million passengers by the end "
            "of the year.",
            "2023-01-10",
            [("14 March 2021", "2021-03-14", "day"), ("the end of the year", "2021", "year")],
        ),
        # no exact offset, its own anchor, two dates, a coarse date, another sentence:
        # undated
        (
            "The crossing reopened on 12 April and closed again a few weeks later.",
            "2024-05-02",
            [("12 April", "2024-04-12", "day"), ("a few weeks later", "", "day")],
        ),
        (
            "Clashes erupted on 12 April and monitors arrived two days after the ceasefire.",
            "2024-05-02",
            [("12 April", "2024-04-12", "day"), ("two days after", "", "day")],
        ),
        (
            "Talks in Brussels on 3 May and in Prague on 6 May ended, and a day later the "
            "ministers flew home.",
            "2024-05-20",
            [
                ("3 May", "2024-05-03", "day"),
                ("6 May", "2024-05-06", "day"),
                ("a day later", "", "day"),
            ],
        ),
        (
            "Armenia joined the court in 2021 and ratified the statute by the end of the month.",
            "2023-01-10",
            [("2021", "2021", "year"), ("the end of the month", "", "month")],
        ),
        (
            "The decree was signed on 12 April. Two days later it was published.",
            "2024-05-02",
            [("12 April", "2024-04-12", "day"), ("Two days later", "", "day")],
        ),
    ],
)
def test_offsets_count_from_the_one_date_of_their_sentence(text, published, expected) -> None:
    assert events_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # past tense across a new year: December 28 before a January publication
        ("Protests erupted in Yerevan on December 28.", "2024-01-03", "2023-12-28"),
        # future tense across a new year
        ("The foreign ministers will meet on January 5.", "2023-12-29", "2024-01-05"),
        ("Pashinyan said the talks would resume in January.", "2023-12-20", "2024-01"),
        # the same day in both directions
        ("Aliyev signed the decree on 20 October.", "2023-10-20", "2023-10-20"),
        ("The summit will be held on 28 November in Astana.", "2024-10-01", "2024-11-28"),
        # past month after the publication month: the year before
        ("Clashes broke out in December.", "2023-02-10", "2022-12"),
        # intentions look forward: "agreed to meet again on Oct. 5"
        ("They met and agreed to meet again on Oct. 5.", "2022-09-02", "2022-10-05"),
    ],
)
def test_year_inference(text, published, expected) -> None:
    assert [date for _, date, _ in events_of(text, published)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Stanislav Zas is completing his three-year activity as CSTO Secretary General.",
        "The mission has worked 24/7 for two hours a day.",
        "The 45-year-old commander, aged 45, was detained.",
        "According to Article 3 of the CSTO Charter, political measures come first.",
        "Inflation reached 8.6 percent in the survey.",
        "Some 2000 troops took part in the exercise.",
        "The former Ambassador of Kazakhstan to Russia (2017–2019) will take up the post.",
        "Armenia may decide to leave, Theresa May said.",
        "Turnout was 2020 votes out of 3000.",
        "He spent two hours and 15 minutes with reporters.",
        "The 1990s were turbulent.",
        "Flight SU 2021 landed at 10:35.",
        "The 2023 Armenian budget raised defence spending by 46%.",
    ],
)
def test_non_events(text) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "ANKARA, Sept 14 (Reuters) - Turkey reopened its border crossing with Armenia.",
            "2024-09-14",
            ("Sept 14", "2024-09-14", "Turkey reopened its border crossing with Armenia"),
        ),
        (
            "TEHRAN, Dec. 2 (IRNA) -- Iran's foreign minister arrived in Baku, his office said.",
            "2023-12-02",
            ("Dec. 2", "2023-12-02", "Iran's foreign minister arrived in Baku"),
        ),
        (
            "ASTANA, April 9. /TASS/. The Eurasian council opened its session.",
            "2024-04-09",
            ("April 9", "2024-04-09", "The Eurasian council opened its session"),
        ),
        (
            "SUKHUMI, 3 June 2023 - Residents blocked the road to the border.",
            "2023-06-04",
            ("3 June 2023", "2023-06-03", "Residents blocked the road to the border"),
        ),
        (  # the agency signs off after the dash: the story is the next sentence
            "MOSCOW, June 13 - RIA Novosti. The Kremlin hopes Yerevan will stay in the CSTO.",
            "2024-06-13",
            ("June 13", "2024-06-13", "The Kremlin hopes Yerevan will stay in the CSTO"),
        ),
        (  # a subject after the dash is the story, not a sign-off
            "BAKU, June 13 - Azerbaijan Airlines resumed flights to Moscow.",
            "2024-06-13",
            ("June 13", "2024-06-13", "Azerbaijan Airlines resumed flights to Moscow"),
        ),
    ],
)
def test_a_dateline_dates_the_story_it_heads(text, published, expected) -> None:
    """The filing day of a wire dateline dates the happening reported after it."""
    articles, sentences = make_tables((text, published))
    events, _ = chronology.extract_events(articles, sentences, NO_MENTIONS)
    first = events.iloc[0]
    assert (first.date_text, format_date(first.date, "day"), first.description) == expected


def test_later_dates_in_a_dateline_sentence_describe_the_story() -> None:
    text = "MINSK, Nov 30 (BelTA) - Lukashenko met the Armenian envoy on Wednesday."
    articles, sentences = make_tables((text, "2023-11-30"))
    events, _ = chronology.extract_events(articles, sentences, NO_MENTIONS)
    assert events.date_text.tolist() == ["Nov 30", "on Wednesday"]
    assert set(events.description) == {"Lukashenko met the Armenian envoy on Wednesday"}


def test_offsets_reproduce_date_text_and_description_is_trimmed() -> None:
    text = (
        "Pashinyan Refuses to Sign\n\n"
        "On November 23, several hundred demonstrators gathered in Yerevan, police said. "
        "The CSTO said in a statement Thursday that the session would be held, adding that "
        "members met on November 20."
    )
    articles, sentences = make_tables((text, "2022-11-24"))
    events, problems = chronology.extract_events(articles, sentences, NO_MENTIONS)
    assert problems == []
    assert list(events.columns[: len(SCHEMAS["events"])]) == list(SCHEMAS["events"])
    assert all(text[e.start : e.end] == e.date_text for e in events.itertuples())
    assert events.event_id.tolist() == ["a0:e000", "a0:e001", "a0:e002"]
    assert events.description.tolist() == [
        "Several hundred demonstrators gathered in Yerevan",
        "The CSTO said in a statement Thursday that the session would be held",
        "Members met on November 20",
    ]
    assert events.date.dt.strftime("%Y-%m-%d").tolist() == [
        "2022-11-23",
        "2022-11-24",
        "2022-11-20",
    ]


def test_describe_drops_quotes_and_attribution() -> None:
    sentence = "“The decisions were discussed during the November 23 summit in Yerevan,” said Zas."
    start = sentence.index("November 23")
    assert chronology.describe(sentence, start, start + 11) == (
        "The decisions were discussed during the November 23 summit in Yerevan"
    )
    sentence = "The premier spoke in Yerevan on Wednesday, the government’s press office reported."
    start = sentence.index("on Wednesday")
    assert chronology.describe(sentence, start, start + 12) == (
        "The premier spoke in Yerevan on Wednesday"
    )


def test_actors_come_from_mentions_of_the_sentence() -> None:
    articles, sentences = make_tables(
        ("Zas met Pashinyan on Monday. Putin spoke in July.", "2022-12-19")
    )
    named = [
        (0, "Stanislav Zas"),
        (0, "Nikol Pashinyan"),
        (0, "Stanislav Zas"),
        (1, "Vladimir Putin"),
    ]
    mentions = typed(pd.DataFrame([mention("a0", sid, name) for sid, name in named]), "mentions")
    events, _ = chronology.extract_events(articles, sentences, mentions)
    assert events.actors.tolist() == [["Nikol Pashinyan", "Stanislav Zas"], ["Vladimir Putin"]]


def test_unknown_publication_date_keeps_relative_events_undated() -> None:
    articles, sentences = make_tables(
        ("Zas spoke on Monday. He met Lavrov last month. They met on 5 May 2021.", None),
        ("They met on 5 May 2021.", None),
    )
    events, problems = chronology.extract_events(articles, sentences, NO_MENTIONS)
    assert events.date_text.tolist() == ["on Monday", "last month", "5 May 2021", "5 May 2021"]
    assert events.date.isna().tolist() == [True, True, False, False]
    assert [(p.path, p.severity) for p in problems] == [("a0.txt", "warning")]
    assert "publication date unknown" in problems[0].message


def test_same_input_gives_identical_tables() -> None:
    docs = [
        ("On November 23, leaders met in Yerevan. Putin spoke on Wednesday.", "2022-11-24"),
        ("The summit in Yerevan on November 23 ended. It began in 2020.", "2022-11-23"),
    ]
    runs = []
    for _ in range(2):
        articles, sentences = make_tables(*docs)
        events, _ = chronology.extract_events(articles, sentences, NO_MENTIONS)
        runs.append(chronology.cluster_events(events))
    pd.testing.assert_frame_equal(runs[0], runs[1])


# --- property: every written form of a date parses back to it --------------------------

STYLES = [
    lambda d: f"{d:%B} {d.day}, {d.year}",  # AP / Reuters: September 13, 2022
    lambda d: f"{d.day} {d:%B} {d.year}",  # TASS / OC Media: 13 September 2022
    lambda d: f"{d.day}th of {d:%B} {d.year}",  # 13th of September 2022
    lambda d: f"{d:%Y-%m-%d}",  # ISO
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",  # Thursday, October 8, 2020
]


@settings(max_examples=60, deadline=None)
@given(
    date=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
    style=st.integers(min_value=0, max_value=len(STYLES) - 1),
    published=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
)
def test_written_dates_parse_back(date: dt.date, style: int, published: dt.date) -> None:
    written = STYLES[style](date)
    got = events_of(f"Officials said the deal was signed on {written} in Moscow.", str(published))
    assert got == [(written, f"{date:%Y-%m-%d}", "day")]


@settings(max_examples=60, deadline=None)
@given(
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    published=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    future=st.booleans(),
)
def test_yearless_dates_fall_on_the_side_of_the_tense(month, day, published, future) -> None:
    name = dt.date(2000, month, 1).strftime("%B")
    verb = "will meet" if future else "met"
    got = events_of(f"The ministers {verb} on {name} {day}.", str(published))
    assert len(got) == 1
    date = dt.date.fromisoformat(got[0][1])
    slack = dt.timedelta(days=chronology.PAST_SLACK_DAYS)
    assert (date >= published) if future else (date <= published + slack)
    assert abs((date - published).days) <= 366


# --- clustering ------------------------------------------------------------------------


def mention(article_id: str, sentence_id: int, actor: str) -> dict:
    """A mentions row naming ``actor`` (offsets are not used by the chronology)."""
    return {
        "article_id": article_id,
        "sentence_id": sentence_id,
        "actor_id": actor.lower().replace(" ", "_"),
        "actor": actor,
        "surface": actor,
        "method": "name",
        "start": 0,
        "end": 0,
    }


def clustered(docs, actors_by_article=None) -> pd.DataFrame:
    articles, sentences = make_tables(*docs)
    rows = []
    for article_id, names in (actors_by_article or {}).items():
        for sid in sentences[sentences.article_id == article_id].sentence_id:
            rows += [mention(article_id, sid, name) for name in names]
    mentions = typed(pd.DataFrame(rows), "mentions") if rows else NO_MENTIONS
    events, _ = chronology.extract_events(articles, sentences, mentions)
    return chronology.cluster_events(events)


def test_same_date_and_actor_across_articles_is_one_happening() -> None:
    events = clustered(
        [
            ("The summit opened in Yerevan on November 23.", "2022-11-24"),
            ("On November 23, Pashinyan refused to sign the declaration.", "2022-11-24"),
            ("The CSTO session in Yerevan last month ended without a declaration.", "2022-12-19"),
            ("On November 23, a storm hit Florida.", "2022-11-24"),
        ],
        {"a0": ["CSTO"], "a1": ["CSTO", "Nikol Pashinyan"], "a2": ["CSTO"], "a3": ["NOAA"]},
    )
    ids = events.set_index("article_id").period_cluster
    assert ids["a0"] == ids["a1"] == ids["a2"]
    assert ids["a3"] != ids["a0"]
    assert ids["a0"].startswith("c20221123-")


def test_month_event_joins_only_days_of_its_part_of_the_month() -> None:
    events = clustered(
        [
            ("The Sochi meeting of the leaders took place on October 31.", "2022-11-24"),
            (
                "A joint statement followed the Sochi meeting of the leaders in early October.",
                "2022-11-24",
            ),
            (
                "The joint statement after the Sochi leaders meeting came at the end of October.",
                "2022-11-24",
            ),
            ("Azerbaijan attacked Armenia on September 13.", "2022-11-24"),
            ("Georgia held elections on October 26.", "2024-10-27"),
            ("Parliament voted on the budget in 2023.", "2024-10-27"),
        ]
    )
    ids = events.period_cluster.tolist()
    assert ids[2] == ids[0] and ids[1] != ids[0]


def test_period_clusters_do_not_depend_on_row_order() -> None:
    docs = [
        ("The summit opened in Yerevan on November 23.", "2022-11-24"),
        ("The Yerevan summit on November 23 ended in discord.", "2022-11-23"),
        ("Azerbaijan attacked Armenia on September 13.", "2022-11-24"),
    ]
    articles, sentences = make_tables(*docs)
    events, _ = chronology.extract_events(articles, sentences, NO_MENTIONS)
    forward = chronology.cluster_events(events)
    backward = chronology.cluster_events(events.iloc[::-1].reset_index(drop=True))
    assert dict(zip(forward.event_id, forward.period_cluster, strict=True)) == dict(
        zip(backward.event_id, backward.period_cluster, strict=True)
    )
    assert forward.period_cluster.nunique() == 2


def test_a_cluster_keeps_its_id_when_a_later_report_joins_it() -> None:
    docs = [
        ("The summit opened in Yerevan on November 23.", "2022-11-24"),
        ("The Yerevan summit on November 23 ended in discord.", "2022-11-23"),
    ]
    before = clustered(docs)
    after = clustered(
        [*docs, ("Leaders at the Yerevan summit on November 23 argued.", "2022-11-25")]
    )
    assert after.period_cluster.nunique() == 1
    assert set(after.period_cluster) == set(before.period_cluster)


def test_a_period_is_clustered_from_its_own_events_alone() -> None:
    docs = [
        ("The summit opened in Yerevan on November 23.", "2022-11-24"),
        ("The Yerevan summit on November 23 ended in discord.", "2022-11-23"),
        ("Leaders met in Yerevan last month, at the summit.", "2022-12-20"),
    ]
    other = ("Azerbaijan attacked Armenia on September 13. The summit was in 2022.", "2022-09-14")
    alone = clustered(docs)
    together = clustered([*docs, other])
    ids = dict(zip(together.event_id, together.period_cluster, strict=True))
    assert alone.period_cluster.tolist() == [ids[e] for e in alone.event_id]
    assert alone.period_cluster.nunique() == 1
    # ids known from an earlier run are kept for a period where every event has one
    known = together.period_cluster.where(together.article_id != "a3")
    known[together.article_id == "a0"] = "c20221123-kept"
    again = chronology.cluster_events(together.drop(columns="period_cluster"), known=known)
    assert set(again.period_cluster[together.article_id.isin(["a0", "a1", "a2"])]) == {
        "c20221123-kept",
        ids[together.event_id.iloc[1]],
    }
    assert again.period_cluster[together.article_id == "a3"].tolist() == (
        together.period_cluster[together.article_id == "a3"].tolist()
    )


def test_seed_corpus_events_and_clusters(seed_corpus) -> None:
    events = seed_corpus.events
    assert events.cluster_id.notna().eq(events.date.notna()).all()
    text = dict(zip(seed_corpus.articles.article_id, seed_corpus.articles.text, strict=True))
    assert all(text[e.article_id][e.start : e.end] == e.date_text for e in events.itertuples())
    summit = events[events.date == "2022-11-23"]
    assert summit.cluster_id.nunique() == 1 and summit.article_id.nunique() == 3
    attack = events[events.date == "2022-09-13"]
    assert attack.cluster_id.nunique() == 1
    assert set(events[events.cluster_id == attack.cluster_id.iloc[0]].article_id) >= {
        "000_5322f2f6b2ef493f",
        "004_2104853c8d861992",
    }
    friday = events[(events.article_id == "004_2104853c8d861992") & (events.date_text == "Friday")]
    assert friday.date.dt.strftime("%Y-%m-%d").tolist() == ["2022-10-28"]
    assert "(2017–2019)" not in set(events.date_text)


CLAUSE_PIECES = ["but", "and", "that", "when", "butter", "x", "adding", "as well as", "in"]
CLAUSE_PIECES += [",", ";", ":", "“", "”", "(", " ", "  ", "\n", " — ", "–", "particular"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_PIECES), max_size=25))
def test_clause_shortcuts_agree_with_the_full_regexes(pieces) -> None:
    text = "".join(pieces)
    assert chronology._last_clause(text) == chronology._CLAUSE_BREAK.split(text)[-1]
    assert chronology._first_clause(text) == chronology._CLAUSE_BREAK.split(text)[0]
    if chronology.CLAUSE_BOUNDARY.search(text):
        assert chronology._MAY_HAVE_CLAUSES.search(text)


BEFORE_PIECES = ["in", "In", "as", "of", "the", "The", "within", "x", "during", "late", "and"]
BEFORE_PIECES += [" ", "  ", "\n", "-", ",", ".", "“"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BEFORE_PIECES), max_size=12))
def test_backwards_tests_of_how_before_ends_agree_with_searches(pieces) -> None:
    before = "".join(pieces)
    backwards = before[::-1]
    bare = chronology._BEFORE_BARE.search(before)
    assert bool(bare) == bool(chronology._BEFORE_BARE_BACKWARDS.match(backwards))
    may = re.search(r"\b(?:in|since|until|by|during|of|early|late)\s*$", before)
    assert bool(may) == bool(chronology._BEFORE_MAY_BACKWARDS.match(backwards))
    the = re.search(r"\bthe\s*$", before, re.IGNORECASE)
    assert bool(the) == bool(chronology._BEFORE_THE_BACKWARDS.match(backwards))


def test_docstring_examples() -> None:
    import doctest

    result = doctest.testmod(chronology)
    assert result.attempted > 0 and result.failed == 0


# --- forms added as data (temporal.yml; see docs/temporal.md) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # normalization.deictic_days: "the day before yesterday: -2"
        (
            "The convoy crossed the border the day before yesterday.",
            [("the day before yesterday", "2022-11-22", "day")],
        ),
        # not the offset "the day before" of another happening
        ("The talks began the day before the vote.", [("the day before", "", "day")]),
    ],
)
def test_the_day_before_yesterday(text, expected) -> None:
    assert events_of(text, "2022-11-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patterns.part_of_month "the first half of", part_of_month_days "first half"
        (
            "The parties plan to sign the treaty in the first half of May.",
            [("the first half of May", "2023-05", "month")],
        ),
        (
            "Turnout fell in the second half of 2022.",
            [("the second half of 2022", "2022", "year")],
        ),
        # "half" alone is no part of a month: only "of May" dates
        ("Half of May was rainy.", [("May", "2022-05", "month")]),
    ],
)
def test_the_first_half_of_a_month(text, expected) -> None:
    assert events_of(text, "2023-04-10") == expected


def test_the_first_half_of_a_month_clusters_with_its_days() -> None:
    assert chronology._part_of_month_days("the first half of May") == (1, 15)
    early = pd.Timestamp("2023-05-01")
    day = pd.Timestamp("2023-05-12")
    assert chronology._within(early, "month", day, "day", "the first half of May")
    late = pd.Timestamp("2023-05-20")
    assert not chronology._within(early, "month", late, "day", "the first half of May")


# --- item 5 of issue 18: the end of a year, narrative time, captions ------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # rule year_end: the end of a year is that December, at month precision
        (
            "The mission will stay until the end of 2024.",
            "2023-03-01",
            [("the end of 2024", "2024-12", "month")],
        ),
        (
            "Armenia froze its participation at the end of 2021.",
            "2023-03-01",
            [("the end of 2021", "2021-12", "month")],
        ),
        # other parts of a year stay years
        ("Turnout rose in late 2021.", "2023-03-01", [("late 2021", "2021", "year")]),
    ],
)
def test_the_end_of_a_year_is_its_december(text, published, expected) -> None:
    assert events_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a yearless month or day after an explicit date of its paragraph counts from it
        (
            "In March 2021 the border was closed. In April, talks resumed.",
            "2023-06-01",
            [("March 2021", "2021-03", "month"), ("April", "2021-04", "month")],
        ),
        (
            "In November 2021 the talks stalled; they resumed in January.",
            "2023-06-01",
            [("November 2021", "2021-11", "month"), ("January", "2022-01", "month")],
        ),
        (
            "On March 3, 2021, parliament voted. On March 9, the president signed the law.",
            "2023-06-01",
            [("March 3, 2021", "2021-03-03", "day"), ("March 9", "2021-03-09", "day")],
        ),
        # a weekday counts from a reference day (Wednesday 2021-03-03)
        (
            "On March 3, 2021, parliament voted. On Friday, the president signed the law.",
            "2023-06-01",
            [("March 3, 2021", "2021-03-03", "day"), ("On Friday", "2021-03-05", "day")],
        ),
        # ... not from a month: the publication date decides (Thursday 2023-06-01)
        (
            "In March 2021 the border was closed. On Friday, talks resumed.",
            "2023-06-01",
            [("March 2021", "2021-03", "month"), ("On Friday", "2023-05-26", "day")],
        ),
        # a new paragraph has no reference
        (
            "In March 2021 the border was closed.\nIn April, talks resumed.",
            "2023-06-01",
            [("March 2021", "2021-03", "month"), ("April", "2023-04", "month")],
        ),
        # a future happening before publication contradicts the tense
        (
            "In March 2021 the border was closed. Talks will resume in April.",
            "2023-06-01",
            [("March 2021", "2021-03", "month"), ("April", "2024-04", "month")],
        ),
        # "of this year" is no yearless date
        (
            "In March 2021 the border was closed. In April of this year, it reopened.",
            "2023-06-01",
            [("March 2021", "2021-03", "month"), ("April of this year", "2023-04", "month")],
        ),
    ],
)
def test_narrative_time_counts_from_the_last_explicit_date(text, published, expected) -> None:
    assert events_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a photo caption's date is no happening of the story; its next line's is
        (
            "Leaders at the summit in Minsk, March 3, 2023\nThe leaders met on Friday.",
            [("on Friday", "2023-03-03", "day")],
        ),
        (
            "Pashinyan and Putin in Moscow, 25.05.2023 (Photo: TASS)\nThey spoke on Friday.",
            [("on Friday", "2023-03-03", "day")],
        ),
        # nor is a date line's
        (
            "Friday, March 3, 2023\nThe leaders met on Friday.",
            [("on Friday", "2023-03-03", "day")],
        ),
        ("Published: 2023-03-03 10:35\nThey met yesterday.", [("yesterday", "2023-03-04", "day")]),
        # a sentence that goes on, or ends with a period, is no caption
        (
            "Leaders met in Minsk, March 3, 2023, to sign the deal.",
            [("March 3, 2023", "2023-03-03", "day")],
        ),
        ("Leaders met in Minsk, March 3, 2023.", [("March 3, 2023", "2023-03-03", "day")]),
        # a wire dateline still dates the story it heads
        (
            "MINSK, March 3 (Reuters) - Leaders met in Minsk.",
            [("March 3", "2023-03-03", "day")],
        ),
    ],
)
def test_captions_and_date_lines_are_no_happenings(text, expected) -> None:
    assert events_of(text, "2023-03-05") == expected


# --- the vocabulary is data (temporal.yml) ------------------------------------------------


def test_the_engine_names_no_rule() -> None:
    """What a rule does in context is the ``context`` steps temporal.yml names for it:
    chronology.py never tests a match's rule name nor reads a group by its full name."""
    source = Path(chronology.__file__).read_text(encoding="utf-8")
    assert not re.search(r"lastgroup\s*(?:==|!=|in)\s*[\"'(]", source.replace("cue.lastgroup", ""))
    for name in chronology.RULES:
        assert not re.search(rf"""match(?:\.group\(|\[)["']{name}_""", source), name


def test_every_step_a_rule_names_exists() -> None:
    for rule in chronology.RULES.values():
        assert set(rule.context) <= set(chronology.CONTEXTS), rule.name
        assert set(rule.filters) <= set(chronology.FILTERS), rule.name


def test_keyword_groups_and_stopwords_come_from_the_data() -> None:
    clustering = chronology.CLUSTERING
    for key, words in clustering["keyword_groups"].items():
        assert all(chronology.keywords(w) == {key} for w in words), key
    assert chronology.keywords("The president said so") == frozenset()
    assert set(clustering["stopwords"]) == chronology.STOPWORDS


@pytest.mark.parametrize("verb", chronology.PATTERNS["attribution_verbs"])
def test_each_attribution_verb_is_cut_from_a_description(verb: str) -> None:
    said = verb.split(" (")[0].replace("(?:", "")  # "told (?:\w+ ){0,2}?\w+" -> "told"
    said += " reporters" if said == "told" else ""
    assert describe_clause(f"Troops withdrew on May 2, the ministry {said}.") == "Troops withdrew"


def describe_clause(sentence: str) -> str:
    at = sentence.index("on May 2")
    return chronology.describe(sentence, at + 3, at + 8).removesuffix(" on May 2")


def test_a_weekday_modifier_gives_its_tense() -> None:
    for modifier, tense in chronology.WEEKDAY_MODIFIER_TENSE.items():  # from a Thursday
        expected = "2022-11-28" if tense == chronology.FUTURE else "2022-11-21"
        found = events_of(f"The council meets {modifier} Monday.", "2022-11-24")
        assert [date for _, date, _ in found] == [expected], modifier


def test_offset_signs_follow_the_tables() -> None:
    later = events_of("Troops crossed on May 2, 2022 and left two days later.")
    earlier = events_of("Troops left on May 4, 2022, and crossed two days earlier.")
    assert [date for _, date, _ in later] == ["2022-05-02", "2022-05-04"]
    assert [date for _, date, _ in earlier] == ["2022-05-04", "2022-05-02"]
    assert chronology.OFFSET_SIGN["earlier"] == -1 and chronology.OFFSET_SIGN["later"] == 1


def test_copies_of_one_story_count_once_in_the_rarity_of_a_word() -> None:
    """A wire story and four copies fill a period with "summit" and "Yerevan": counted by
    article those words are in every article and weigh nothing, so an independent report
    of the summit stays apart; counted by story (``stories``) they are in two of the
    period's stories, and the report joins the wire's happening."""
    wire = ("The summit opened in Yerevan on November 23.", "2022-11-24")
    other = ("Leaders gathered at the Yerevan summit on November 23.", "2022-11-24")
    articles, sentences = make_tables(*[wire] * 5, other)
    events, _ = chronology.extract_events(articles, sentences, NO_MENTIONS)
    by_article = chronology.cluster_events(events).period_cluster
    assert by_article.nunique() == 2
    story = pd.Series(["a0"] * 5 + ["a5"], index=articles.index, dtype="string")
    articles = articles.assign(story_id=story.to_numpy())
    stories = chronology.event_stories(events, articles)
    assert stories.tolist() == ["a0"] * 5 + ["a5"]
    by_story = chronology.cluster_events(events, stories=stories).period_cluster
    assert by_story.nunique() == 1
    # ids known from a clustering with other stories are not taken as they are
    known = chronology.cluster_events(events, known=by_article, stories=stories,
                                      known_stories=events.article_id)  # fmt: skip
    assert known.period_cluster.nunique() == 1
    kept = chronology.cluster_events(events, known=by_story, stories=stories,
                                     known_stories=stories)  # fmt: skip
    assert kept.period_cluster.tolist() == by_story.tolist()
