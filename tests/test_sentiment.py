"""Tests for cscaucasus.sentiment: NLTK/VADER equality, normalisation, domain lexicon, explain."""

from __future__ import annotations

import importlib.resources
import math

import nltk
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.sentiment.vader import SentimentIntensityAnalyzer, SentiText, VaderConstants
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as UpstreamVader

from cscaucasus import sentiment
from cscaucasus.schema import typed
from cscaucasus.sentiment import (
    domain_lexicon,
    explain,
    normalize_punctuation,
    polarity,
    score_sentences,
    score_statements,
    score_text,
)


@pytest.fixture(scope="module")
def stock_nltk() -> SentimentIntensityAnalyzer:
    """NLTK's analyzer, unmodified, loaded through nltk.data from the same lexicon file."""
    directory = str(importlib.resources.files("vaderSentiment"))
    nltk.data.path.append(directory)
    try:
        yield SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")
    finally:
        nltk.data.path.remove(directory)


@pytest.fixture(scope="module")
def upstream() -> UpstreamVader:
    return UpstreamVader()


# Sentences in several outlets' styles on which NLTK 3.10 and vaderSentiment 3.3.2 agree
# exactly (all four scores).
AGREE = [
    "Armenia is not ready to sign the document, Pashinyan said.",  # negation
    "Yerevan isn't satisfied with the bloc's response.",  # n't negation
    "The talks were good, but the outcome was terrible.",  # but clause
    "Moscow called the meeting useful but said nothing was agreed.",
    "The CSTO response was very disappointing, the prime minister said.",  # booster
    "The Kremlin said relations were extremely friendly.",
    "We are hardly happy with this decision.",  # dampener
    "It is kind of bad for the region.",
    "Baku said the shelling was criminal and disgraceful.",
    "The war is at least over, the minister told TASS.",
    "Nobody wants war in the South Caucasus.",
    "Pashinyan said the bloc had failed Armenia.",
    "The agreement is GOOD news, Aliyev told reporters.",  # capitals, no booster
    "We WILL NOT accept this humiliation.",
    "That was great news!",  # one exclamation mark
    "Is this good? Is it fair?",
    "",
]

# Cases where the two implementations legitimately differ (different versions), with
# NLTK's compound and the upstream compound, checked below so the list stays true.
DIFFER = [
    # NLTK compares "never" case-sensitively in the "never so/this" rule, so a capital
    # "Never" negates instead of intensifying.
    ("Never so happy to be free", 0.022, 0.8419),
    # NLTK evaluates every rule of a repeated token at its first occurrence.
    ("I am not happy, not happy at all", -0.7181, -0.1329),
]
# Same compound, different pos/neu/neg: upstream counts one-letter words ("a", "I") as
# neutral tokens where NLTK drops them, so every sentence with "a" differs in proportions.
PROPORTIONS_DIFFER = [
    "This is a VERY GOOD deal for everyone",
    "What a great agreement!!!",
    "Baku said the shelling was a crime and a disgrace.",
]


@pytest.mark.parametrize("text", AGREE)
def test_polarity_without_domain_equals_upstream_vader(text, upstream):
    expected = upstream.polarity_scores(text)
    assert polarity(text, domain=False) == {k: expected[k] for k in sentiment.SCORE_COLUMNS}


@pytest.mark.parametrize("text", AGREE + [t for t, _, _ in DIFFER] + PROPORTIONS_DIFFER)
def test_polarity_without_domain_equals_stock_nltk(text, stock_nltk):
    expected = stock_nltk.polarity_scores(text)
    assert polarity(text, domain=False) == {k: expected[k] for k in sentiment.SCORE_COLUMNS}


@pytest.mark.parametrize(("text", "nltk_compound", "upstream_compound"), DIFFER)
def test_documented_differences_with_upstream(text, nltk_compound, upstream_compound, upstream):
    assert polarity(text, domain=False)["compound"] == nltk_compound
    assert upstream.polarity_scores(text)["compound"] == upstream_compound


@pytest.mark.parametrize("text", PROPORTIONS_DIFFER)
def test_documented_proportion_differences(text, upstream):
    ours, theirs = polarity(text, domain=False), upstream.polarity_scores(text)
    assert ours["compound"] == theirs["compound"]
    assert (ours["pos"], ours["neu"]) != (theirs["pos"], theirs["neu"])


WORDS = ["good", "bad", "not", "very", "but", "never", "so", "kind", "of", "least", "at"]
WORDS += [
    "war",
    "peace",
    "HAPPY",
    "GREAT",
    "hardly",
    "the",
    "x",
    ":)",
    "don't",
    "no",
    "war's",
    "it's's",
]
PUNCT = ["", ",", ".", "!", "?", '"', ',"', "!!", "...", "'", "-", ")", "?!"]
token = st.tuples(st.sampled_from(PUNCT), st.sampled_from(WORDS), st.sampled_from(PUNCT)).map(
    "".join
)
texts = st.lists(token, max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_fast_analyzer_equals_stock_nltk_on_generated_text(stock_nltk, text):
    assert polarity(text, domain=False) == {
        k: v for k, v in stock_nltk.polarity_scores(text).items()
    }


@settings(max_examples=200, deadline=None)
@given(texts)
def test_domain_scores_equal_stock_nltk_with_the_extended_lexicon(stock_nltk, text):
    extended = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    extended.__dict__.update(stock_nltk.__dict__)
    table = domain_lexicon()
    extra = dict(zip(table.token.str.lower(), table.valence, strict=True))
    extended.lexicon = {**stock_nltk.lexicon, **extra}  # a new dict: stock_nltk unchanged
    text = text + " peace treaty ceasefire AGGRESSION"
    assert polarity(text, domain=True) == extended.polarity_scores(sentiment.join_phrases(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab!?,.'\"-: A"), max_size=30))
def test_fast_tokens_equal_nltk_sentitext(text):
    constants = VaderConstants()
    args = (text, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION)
    assert sentiment._SentiText(*args).words_and_emoticons == SentiText(*args).words_and_emoticons


# --------------------------------------------------------------------------- normalisation


def test_normalisation_finds_words_vader_misses(stock_nltk):
    reuters = 'The situation was "total chaos," the official said.'
    assert stock_nltk.polarity_scores(reuters)["compound"] == 0.0  # 'chaos,"' is missed
    assert (
        score_text(reuters, domain=False)["compound"] == polarity("chaos", domain=False)["compound"]
    )
    assert score_text(reuters, domain=False)["compound"] < 0


def test_normalisation_of_curly_quotes_and_apostrophes():
    asbarez = "“We don’t trust the bloc,” he said in September,” adding it was “a failure.”"
    assert normalize_punctuation(asbarez) == (
        "We don't trust the bloc he said in September adding it was a failure"
    )
    # the curly apostrophe hid the negation; the trailing quote hid "failure"
    assert score_text(asbarez, domain=False) == polarity(
        "We don't trust the bloc he said in September adding it was a failure", domain=False
    )
    assert polarity(asbarez, domain=False) != score_text(asbarez, domain=False)


def test_normalisation_keeps_emphasis_marks_and_emoticons():
    assert normalize_punctuation('Enough!!!! Really?!" :) -- ok') == (
        "Enough ! ! ! ! Really ? ! :) -- ok"
    )
    assert normalize_punctuation("truce—but “peace”…") == "truce - but peace"


def test_normalisation_of_a_hyphenated_domain_term():
    text = "Baku must de-occupy, Yerevan said."
    assert polarity(text)["compound"] == 0.0  # "de-occupy," is not stripped by VADER
    assert score_text(text)["compound"] == polarity("de-occupy")["compound"] < 0


@settings(max_examples=200, deadline=None)
@given(texts)
def test_normalisation_is_idempotent_and_keeps_emphasis(text):
    once = normalize_punctuation(text)
    assert normalize_punctuation(once) == once
    assert once.count("!") == text.count("!")
    assert once.count("?") == text.count("?")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["good", "war", "not", "very", "but", "peace"]), max_size=10))
def test_normalisation_changes_nothing_on_plain_words(words):
    text = " ".join(words)
    assert normalize_punctuation(text) == text
    assert score_text(text) == polarity(text)


# --------------------------------------------------------------------------- domain lexicon


REQUIRED_TERMS = [
    "aggression",
    "invasion",
    "condemning",
    "de-occupy",
    "ceasefire",
    "peace treaty",
    "territorial integrity",
    "attack",
    "occupation",
    "escalation",
    "skirmish",
    "sovereignty",
    "stability",
    "cooperation",
    "assistance",
    "veto",
    "ultimatum",
    "provocation",
    "sanctions",
    "normalization",
    "settlement",
    "withdrawal",
]


def test_domain_lexicon_is_complete_and_on_vaders_scale():
    table = domain_lexicon()
    assert list(table.columns) == ["term", "valence", "note", "token"]
    assert table.valence.between(-4, 4).all()
    assert table.note.str.len().gt(0).all()
    assert not table.term.duplicated().any()
    vader = sentiment._analyzer(False).lexicon
    domain = sentiment._analyzer(True).lexicon
    for term in REQUIRED_TERMS:  # in the domain file, or already in VADER (attack, failure)
        assert term in set(table.term) or term in vader, term
    assert domain["aggression"] == -2.5 and vader["aggression"] == -1.2  # documented override
    assert domain["condemn"] == vader["condemn"] == -1.6  # VADER's value kept
    assert table.set_index("term").loc["peace treaty", "token"] == "peacetreaty"


def test_domain_switch_changes_unknown_words():
    text = "Russia's invasion and the occupation of the region"
    assert polarity(text, domain=False)["compound"] == 0.0
    expected = VaderConstants().normalize(-2.8 + -2.2)
    assert polarity(text, domain=True)["compound"] == round(expected, 4)


def test_multi_word_terms_replace_their_parts():
    # "territorial integrity": VADER sees integrity (+1.6); the phrase is +0.8
    text = "Armenia defends its territorial integrity."
    normalize = VaderConstants().normalize
    assert polarity(text, domain=False)["compound"] == round(normalize(1.6), 4)
    assert polarity(text, domain=True)["compound"] == round(normalize(0.8), 4)
    # the phrase is found across line breaks, in capitals and before punctuation
    assert polarity("a Peace\nTreaty,", domain=True)["compound"] == round(normalize(2.5), 4)
    assert polarity("a PEACE TREATY", domain=True) == polarity("PEACETREATY", domain=True)
    # ceasefire violations: one term (-2.4), not ceasefire (+1.0) + violations (-2.4)
    got = polarity("OC Media reported ceasefire violations overnight.")["compound"]
    assert got == round(normalize(-2.4), 4)
    # not inside a longer word
    assert sentiment.join_phrases("peace treatyless") == "peace treatyless"


# --------------------------------------------------------------------------- explain


def test_explain_hand_computed():
    text = "Talks were not good, but the ceasefire is very stable."
    table = explain(text)
    # good: 1.9, negated by "not" (x -0.74), before "but" (x 0.5)
    # ceasefire: 1.0 (domain), after "but" (x 1.5)
    # stable: 1.2, boosted by "very" (+0.293), after "but" (x 1.5)
    valences = [1.9 * -0.74 * 0.5, 1.0 * 1.5, (1.2 + 0.293) * 1.5]
    total = sum(valences)
    compound = total / math.sqrt(total**2 + 15)
    assert list(table.word) == ["good", "ceasefire", "stable"]
    assert list(table.position) == [3, 6, 9]
    assert list(table.source) == ["vader", "domain", "vader"]
    assert list(table.lexicon) == [1.9, 1.0, 1.2]
    assert table.valence.tolist() == pytest.approx(valences, abs=1e-12)
    assert table.contribution.tolist() == pytest.approx(
        [compound * v / total for v in valences], abs=1e-12
    )
    assert round(table.contribution.sum(), 4) == score_text(text)["compound"] == 0.617
    assert table.rules.tolist() == [
        "negation 'not'; but x0.5",
        "but x1.5",
        "booster 'very'; but x1.5",
    ]


def test_explain_capitals_and_emphasis():
    text = "The deal is GOOD!"
    table = explain(text, domain=False)
    good = 1.9 + 0.733  # capitals in a mixed-case sentence
    emphasis = 0.292  # one "!"
    compound = (good + emphasis) / math.sqrt((good + emphasis) ** 2 + 15)
    assert list(table.word) == ["good", "(! ? emphasis)"]
    assert table.rules.tolist() == ["caps", ""]
    assert table.valence.tolist() == pytest.approx([good, emphasis])
    assert table.contribution.sum() == pytest.approx(compound)
    assert round(compound, 4) == score_text(text, domain=False)["compound"]


def test_explain_phrase_and_dtypes():
    table = explain("They signed the peace treaty.")
    assert table.word.tolist() == ["peace treaty"]
    assert table.token.tolist() == ["peacetreaty"]
    assert dict(table.dtypes.astype(str)) == sentiment.EXPLAIN_COLUMNS
    assert explain("").empty and list(explain("").columns) == list(sentiment.EXPLAIN_COLUMNS)


def test_explain_names_the_rules():
    rules = explain("We were never so happy, the least sad of all", domain=False)
    # happy: (2.7 + 0.293 for "so") x1.5 for "never so", x1.25 for "so" just before it
    assert rules.valence[0] == pytest.approx((2.7 + 0.293) * 1.5 * 1.25)
    assert rules.rules.tolist() == ["booster 'so'; 'never so' x1.5; 'so' x1.25", "'least' x-0.74"]
    kind = explain("It is kind of bad", domain=False)
    assert kind.rules.tolist() == ["'kind of': not scored", "idiom or 'kind of'/'sort of'"]
    assert kind.valence.tolist() == pytest.approx([0.0, -2.5 - 0.293])


@settings(max_examples=150, deadline=None)
@given(texts)
def test_explain_contributions_add_up_to_the_score(text):
    for domain in (True, False):
        table = explain(text, domain)
        words = table[table.source != "punctuation"]
        unexplained = words[words.rules == ""]
        assert (unexplained.valence == unexplained.lexicon).all()
        assert round(table.contribution.sum(), 4) == pytest.approx(
            score_text(text, domain)["compound"], abs=1.5e-4
        )


# --------------------------------------------------------------------------- tables


def test_score_statements_fills_columns_and_dedupes():
    statements = typed(
        pd.DataFrame(
            {
                "statement_id": ["s1", "s2", "s3", "s4"],
                "article_id": ["a"] * 4,
                "paragraph_id": [0, 0, 1, 2],
                "start": [0, 50, 100, 150],
                "end": [40, 90, 130, 160],
                "speaker": ["Nikol Pashinyan", "Nikol Pashinyan", "CSTO", None],
                "text": [
                    "The bloc's inaction is a failure,” he said.",
                    "The bloc's inaction is a failure,” he said.",
                    "They condemn the invasion.",
                    None,
                ],
            }
        ),
        "statements",
    )
    scored = score_statements(statements)
    assert list(scored.columns) == list(statements.columns)
    assert scored.loc[0, "compound"] == scored.loc[1, "compound"]
    assert scored.loc[0, "compound"] == score_text(statements.text[0])["compound"]
    assert scored.loc[2, "compound"] == polarity("They condemn the invasion.")["compound"]
    assert scored.loc[3, ["compound", "pos", "neu", "neg"]].isna().all()
    assert (scored[list(sentiment.SCORE_COLUMNS)].dtypes == "float64").all()
    assert statements.compound.isna().all()  # input not modified
    without = score_statements(statements, domain=False)
    assert without.loc[2, "compound"] != scored.loc[2, "compound"]


def test_score_sentences_and_empty_tables():
    sentences = pd.DataFrame({"sentence_id": [0, 1], "text": ["Good.", "War!"]})
    scored = score_sentences(sentences)
    assert list(scored.columns) == ["sentence_id", "text", "compound", "pos", "neu", "neg"]
    assert scored.compound.tolist() == [
        polarity("Good")["compound"],
        polarity("War !")["compound"],
    ]
    empty = score_statements(typed(pd.DataFrame(), "statements"))
    assert empty.empty and (empty[list(sentiment.SCORE_COLUMNS)].dtypes == "float64").all()


def test_docstring_examples():
    import doctest

    result = doctest.testmod(sentiment)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    ("outlet_text", "word"),
    [
        ("Zakharova called it «a provocation» and «an ultimatum».", "provocation"),  # TASS
        ("“It is an occupation,” Mirzoyan said.", "occupation"),  # Asbarez
        ("The truce—brokered by Moscow—held.", "truce"),  # AP em dashes
        ("Baku said it was a 'provocation'.", "provocation"),  # RFE/RL single quotes
        ("the “peace treaty”, he added", "peace treaty"),  # Eurasianet, phrase in quotes
        ("Yerevan's ‘de-occupation’ demand…", "de-occupation"),  # OC Media
    ],
)
def test_normalised_scoring_finds_words_in_other_outlets_styles(outlet_text, word):
    assert word in explain(outlet_text).word.tolist()
    assert word not in explain(outlet_text, normalize=False).word.tolist()


def test_names_containing_vader_words_are_neutral_with_the_domain_lexicon():
    text = "The Collective Security Treaty Organization’s outgoing chief met the ruling party."
    assert score_text(text, domain=False)["compound"] > 0  # security, outgoing, party
    assert score_text(text, domain=True)["compound"] == 0.0
    table = explain(text)
    assert table.word.tolist() == ["collective security treaty organization", "outgoing", "party"]
    assert table.valence.tolist() == [0.0, 0.0, 0.0]
    assert score_text("the UN Security Council and the United States")["compound"] == 0.0


def test_possessive_s_is_removed_so_the_word_is_found():
    assert normalize_punctuation("The war's end, Armenia’s allies' role, IT'S") == (
        "The war end Armenia allies role IT"
    )
    assert score_text("the war's end", domain=False) == polarity("the war end", domain=False)
    assert polarity("the war's end", domain=False)["compound"] == 0.0
    assert not any(word.endswith("'s") for word in sentiment._analyzer(True).lexicon)


def test_explain_table_is_explain_of_each_text_in_one_table():
    texts = [
        "The CSTO failed Armenia, a shameful betrayal!",
        "Nothing to report.",
        "We welcome the ceasefire but condemn the aggression.",
        "The CSTO failed Armenia, a shameful betrayal!",  # a repeat: explained once
    ]
    table = sentiment.explain_table(texts, domain=True)
    parts = [sentiment.explain(t, domain=True).assign(text=i) for i, t in enumerate(texts)]
    expected = pd.concat(parts, ignore_index=True)[list(table.columns)]
    pd.testing.assert_frame_equal(table, expected.astype({"text": "int64"}))
    assert list(table["text"].unique()) == [0, 2, 3]  # a text without lexicon words: no rows
    empty = sentiment.explain_table([], domain=False)
    assert empty.empty and list(empty.columns) == ["text", *sentiment.EXPLAIN_COLUMNS]
