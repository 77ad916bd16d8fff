"""Clean: headline/dateline/byline become metadata; boilerplate is removed and kept."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import cscaucasus as cs
from cscaucasus.clean import (
    classify_line,
    clean_text,
    parse_byline,
    parse_dateline,
    unwrap,
    wire_dateline,
)
from cscaucasus.lexicon import WEEKDAYS

# Every line the cleaner removes from the seeds, by kind. Anything else must stay.
SEED_REMOVED = {
    "001_d700c5d6bfb5e40a": [
        ("dateline", "Thursday, October 8, 2020"),
        ("headline", "CSTO Will Intervene Only if ‘Territory of Armenia’ is Attacked"),
        ("caption", "The Collective Security Treaty Organization"),
        ("caption", "The Collective Security Treaty Organization"),
        ("comments", "No comments :"),
        ("comments", "Post a Comment"),
        ("after_article", "Only News"),
        ("related", "Featured Post"),
        (
            "after_article",
            "“The U.S. must stop supporting terrorists who are destroying Syria and "
            'her people" : US Congresswoman, Tulsi Gabbard',
        ),
        (
            "after_article",
            "US Congresswoman, Tulsi Gabbard, recently visited Syria, and even met "
            "with President Bashar Al-Assad. She also visited the recently libe...",
        ),
        ("widget", "Blog Widget by LinkWithin"),
    ],
    "002_d499d737082b406e": [
        (
            "headline",
            "Pashinyan Refuses to Sign Agreements at CSTO Security Council Meeting in Armenia",
        ),
        ("widget", "| News, Armenia"),
        ("image_credit", "Bildrechte: Primeminister.am"),
        ("image_credit", "Bildrechte: Primeminister.am"),
        ("related", "See Also"),
        ("job_ad", None),
        ("cookies", None),
    ],
    "003_73cf8918bbe49edb": [
        ("headline", "Pashinyan refuses to sign CSTO document on Armenia"),
    ],
    "004_2104853c8d861992": [
        ("headline", "Russian military alliance to convene special session on Armenia"),
        ("byline", "By Mark Dovich"),
        ("comments", "leave a reply"),
    ],
}


def test_seed_boilerplate_is_exactly_what_is_removed(seed_corpus: cs.Corpus) -> None:
    bp = seed_corpus.boilerplate
    for article_id, expected in SEED_REMOVED.items():
        rows = bp[bp.article_id == article_id]
        assert list(rows.kind) == [kind for kind, _ in expected], article_id
        for (_, text), raw in zip(expected, rows.raw_text, strict=True):
            assert text is None or raw == text
    assert set(bp.article_id) == set(SEED_REMOVED)  # nothing removed from 000


def test_no_seed_line_is_lost(seed_corpus: cs.Corpus, raw_dir) -> None:
    """Every line of every seed is in the clean text or in the boilerplate table."""
    for row in seed_corpus.articles.itertuples():
        raw = (raw_dir / f"{row.article_id}.txt").read_text(encoding="utf-8")
        removed = set(seed_corpus.boilerplate.query("article_id == @row.article_id").raw_text)
        kept = set(row.text.split("\n\n"))
        for line in filter(None, (" ".join(ln.split()) for ln in raw.split("\n"))):
            assert line in kept or line in removed, (row.article_id, line)


def test_seed_metadata_from_text(seed_corpus: cs.Corpus) -> None:
    arts = seed_corpus.articles.set_index("article_id")
    assert arts.loc["004_2104853c8d861992", "author"] == "Mark Dovich"
    assert arts.loc["001_d700c5d6bfb5e40a", "text"].startswith(
        "The Collective Security Treaty Organization, which Armenia"
    )
    assert arts.loc["002_d499d737082b406e", "text"].endswith("Armenian Prime Minister emphasized.")


OTHER_SITE = """\
Azerbaijan and Armenia trade accusations over border shooting
By Jane Roe and John Doe, Reuters
Published: 14 September 2022 09:15 GMT
Share on Facebook | Twitter | Email
Armenia's defence ministry said on Wednesday that Azerbaijani forces had opened fire on \
positions near Jermuk, killing several soldiers.
Photo: Armenian Defence Ministry
Azerbaijan's foreign ministry rejected the accusation and said its troops had responded \
to a provocation.
Read more: EU offers to mediate between Baku and Yerevan
Sign up for our daily newsletter to get the latest news from the Caucasus.
The CSTO said it would send a fact-finding mission to the border area within days.
Advertisement
Related articles
Russia calls for restraint on Armenia-Azerbaijan border
Pashinyan to meet Aliyev in Prague...
© 2022 Example Media. All rights reserved.
"""


def test_other_sites_boilerplate_is_removed_and_kept() -> None:
    cleaned = clean_text(OTHER_SITE)
    assert cleaned.title == "Azerbaijan and Armenia trade accusations over border shooting"
    assert cleaned.author == "Jane Roe and John Doe"
    assert str(cleaned.dateline) == "2022-09-14"
    assert [ln[:30] for ln in cleaned.lines] == [
        "Armenia's defence ministry sai",
        "Azerbaijan's foreign ministry ",
        "The CSTO said it would send a ",
    ]
    kinds = [kind for kind, _, _ in cleaned.removed]
    assert kinds == [
        "headline",
        "byline",
        "dateline",
        "share",
        "image_credit",
        "related_link",
        "newsletter",
        "widget",
        "related",
        "teaser",
        "teaser",
        "copyright",
    ]


def test_block_ends_at_real_prose() -> None:
    text = (
        "The talks ended without a deal, the Armenian delegation told reporters in Brussels.\n"
        "See also\n"
        "Lavrov meets Mirzoyan in Moscow\n"
        "The next round of talks is expected in Washington next month, diplomats said on "
        "Friday, adding that a draft of the peace treaty was ready.\n"
    )
    cleaned = clean_text(text)
    assert len(cleaned.lines) == 2
    assert cleaned.lines[1].startswith("The next round")


def test_comment_marker_before_any_prose_is_not_a_tail() -> None:
    text = "Comments\nThe minister said the border was calm on Sunday, according to the ministry.\n"
    assert clean_text(text).lines[-1].startswith("The minister said")


def test_unwrap_joins_hard_wrapped_paragraphs() -> None:
    wrapped = (
        "The Collective Security Treaty Organization will\n"
        "send observers to the border, the organization's\n"
        "secretary general said on Monday.\n\n"
        "Armenia welcomed the decision but said it came\n"
        "too late to change the situation on the ground.\n"
    )
    assert unwrap(wrapped).split("\n\n") == [
        "The Collective Security Treaty Organization will send observers to the border, the "
        "organization's secretary general said on Monday.",
        "Armenia welcomed the decision but said it came too late to change the situation on "
        "the ground.",
    ]
    one_per_line = "First paragraph here.\nSecond paragraph here.\n\nThird one.\n"
    assert unwrap(one_per_line) == one_per_line


def test_byline_forms() -> None:
    assert parse_byline("By Mark Dovich") == "Mark Dovich"
    assert parse_byline("BY Ani Mejlumyan, Eurasianet") == "Ani Mejlumyan"
    assert parse_byline("Author: Gohar Abrahamyan") == "Gohar Abrahamyan"
    assert parse_byline("By the end of the day the talks had failed.") is None
    assert parse_byline("by") is None


MONTH_NAMES = list(calendar.month_name)[1:]


@given(
    date=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    style=st.sampled_from(["mdy", "dmy", "iso", "weekday"]),
)
def test_dateline_round_trip(date, style) -> None:
    month = MONTH_NAMES[date.month - 1]
    line = {
        "mdy": f"{month} {date.day}, {date.year}",
        "dmy": f"{date.day} {month} {date.year}",
        "iso": date.isoformat(),
        "weekday": f"{WEEKDAYS[date.weekday()].capitalize()}, {month} {date.day}, {date.year}",
    }[style]
    assert parse_dateline(line) == date
    assert parse_dateline(f"The summit took place on {line} in Yerevan.") is None


@given(
    date=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    place=st.sampled_from(
        ["YEREVAN", "MOSCOW", "WASHINGTON, D.C.", "NUR-SULTAN", "ST. PETERSBURG"]
    ),
    tail=st.sampled_from([" (Reuters) - The", " - The", " — The", ". /TASS/. The", " /ARKA/. The"]),
    style=st.sampled_from(["mdy", "dmy"]),
)
def test_wire_dateline_dates_the_story(date, place, tail, style) -> None:
    month = MONTH_NAMES[date.month - 1]
    written = (
        f"{month} {date.day}, {date.year}" if style == "mdy" else f"{date.day} {month} {date.year}"
    )
    assert wire_dateline(f"{place}, {written}{tail} talks ended.") == date
    # no year, no place in capitals, or not at the start: not a dateline
    assert wire_dateline(f"{place}, {month} {date.day}{tail} talks ended.") is None
    assert wire_dateline(f"{place.title()}, {written}{tail} talks ended.") is None
    assert wire_dateline(f"On {written}{tail} talks ended.") is None


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_clean_text_never_invents_text(text: str) -> None:
    """Every kept line and removed line comes from the input (whitespace normalized)."""
    cleaned = clean_text(text)
    source = " ".join(text.split())
    for line in cleaned.lines:
        assert line in source
    for _, raw, _ in cleaned.removed:
        assert raw in source


WIRE_PAGE = """\
Armenia's Pashinyan says CSTO failed to respond to Azerbaijani attack
By Felix Light
October 27, 2022
[1/2] Armenian Prime Minister Nikol Pashinyan attends a meeting in Yerevan. REUTERS/Stringer
Acquire Licensing Rights, opens new tab
MOSCOW, Oct 27 (Reuters) - Armenian Prime Minister Nikol Pashinyan said on Thursday that \
the Russian-led CSTO had failed to respond to what he called Azerbaijani aggression.
"The organisation's reaction was not what we expected," Pashinyan told parliament.
Share this:
Like Loading...
Reporting by Felix Light; Editing by Andrew Osborn
Our Standards: The Thomson Reuters Trust Principles., opens new tab
"""


def test_wire_copy_credits_and_widgets() -> None:
    cleaned = clean_text(WIRE_PAGE)
    assert cleaned.author == "Felix Light" and str(cleaned.dateline) == "2022-10-27"
    assert len(cleaned.lines) == 2
    assert cleaned.lines[0].startswith("MOSCOW, Oct 27 (Reuters) - Armenian Prime Minister")
    assert cleaned.lines[1].endswith("Pashinyan told parliament.")
    assert [kind for kind, _, _ in cleaned.removed] == [
        "headline",
        "byline",
        "dateline",
        "image_credit",
        "credits",
        "share",
        "widget",
        "credits",
        "credits",
    ]


def _classify_with_every_rule(line: str):
    from cscaucasus.clean import _combined, boilerplate_rules

    m = _combined().fullmatch(line.strip())
    return boilerplate_rules()[int(m.lastgroup[1:])] if m else None


JOB_AND_COOKIE_LINES = [
    "We use cookies to improve your experience. By continuing to browse you accept them.",
    "This website uses COOKIES; see our cookie policy.",
    "The newspaper is hiring! Send your CV to jobs@example.am to apply.",
    "Vacancy: reporter. We are looking for a journalist; remuneration competitive.",
    "Armenia seeks CSTO help; the alliance said it would apply the treaty.",
    "Caucasus Daily is hiring reporters. Apply now: jobs@example.com",
    "Armenian Prime Minister Nikol Pashinyan said the CSTO failed Armenia.",
    "Cookie monster seeks hiring manager",
    "Our ſite uſes cooKies and ſeeks conſent.",  # long s and Kelvin sign fold onto ASCII
]


def test_classify_line_skips_only_rules_that_cannot_match(raw_dir) -> None:
    lines = JOB_AND_COOKIE_LINES + [
        line for p in sorted(raw_dir.glob("*.txt")) for line in p.read_text().splitlines()
    ]
    for line in lines:
        assert classify_line(line) == _classify_with_every_rule(line), line


@given(st.text(alphabet=st.sampled_from(list("cookie seking hirvcanjobtulpy.,@ſKİı")), max_size=80))
def test_classify_line_equals_the_full_rule_set(line: str) -> None:
    assert classify_line(line) == _classify_with_every_rule(line)


NEWS_WITH_JOB_WORDS = [
    "Armenia seeks CSTO help; the alliance said it would apply the treaty.",
    "The CSTO is hiring new observers and will apply the mandate, officials said.",
    "The vacancy at the top of the alliance will be filled in January, Lavrov said.",
    "Yerevan is seeking clarity on whether Article 4 would apply to the border.",
]


def test_news_sentences_with_job_words_are_not_job_ads() -> None:
    text = "Armenia asks allies for help\n\n" + "\n\n".join(NEWS_WITH_JOB_WORDS) + "\n"
    cleaned = clean_text(text)
    assert [kind for kind, _, _ in cleaned.removed] == ["headline"]
    assert cleaned.lines == NEWS_WITH_JOB_WORDS
