"""Accuracy of statement extraction on hand-labelled sets (labelled independently).

* ``tests/data/statements_gold.csv``: every statement of the five seed articles.
* ``tests/data/statements_outlets.csv``: paragraphs in other outlets' styles (Reuters, TASS,
  Asbarez, Eurasianet, AP, RFE/RL, OC Media); rows with kind ``none`` are paragraphs that
  hold no statement (they count only through precision).

* ``tests/data/heldout_statements.csv``: 40 short articles in 20 outlets' styles, labelled
  blind to the rules; a development set since 2026-11-25 (see its test).
* ``tests/data/heldout3_statements.csv``: 30 full-length articles in 30 outlets' styles,
  labelled blind to the rules; a development set since 2026-11-25 (see its test).
* ``tests/data/heldout4_statements.csv``: 45 undated news items in 45 outlets' styles,
  labelled blind to the rules; a development set since 2026-11-25 (see its test).
* ``tests/data/devwire_statements.csv`` (development) and ``heldout8_statements.csv``
  (sealed): 30 articles each in 60 outlets no other set uses (issue 11).
* ``tests/data/devnews_statements.csv`` and ``heldout9_statements.csv``: 30 articles each
  in 60 further outlets no other set uses (issue 11); both development sets (heldout9 was
  sealed until 2026-12-07, see its README).
* ``tests/data/heldout10_statements.csv`` (sealed): 30 articles in 30 more outlets no
  other set uses, issue 11's measurement set (see its README).
* ``tests/data/heldout11_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for issue 11's next measurement (see
  its README).
* ``tests/data/heldout12_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the round after heldout11 (see
  its README).
* ``tests/data/heldout13_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the round after heldout12 (see
  its README).
* ``tests/data/heldout14_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the round after heldout13 (see
  its README).
* ``tests/data/heldout15_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the round after heldout14 (see
  its README).
* ``tests/data/heldout16_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the ninth session's end (see
  its README).
* ``tests/data/heldout17_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the tenth session (see its
  README).
* ``tests/data/heldout18_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the tenth session, beside
  heldout17 (see its README).
* ``tests/data/heldout19_statements.csv`` (sealed): 22 articles in 22 further outlets no
  other set uses, labelled before the code ran on them for the eleventh session's start
  (see its README; a smaller set, without a ``none`` row).
* ``tests/data/heldout20_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled before the code ran on them for the eleventh session's end (see
  its README; without a ``none`` row).
* ``tests/data/heldout21_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other set uses, labelled in the eleventh session before the code ran on them for the
  twelfth session's start (see its README; without a ``none`` row).
* ``tests/data/heldout22_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the twelfth session before the code ran on them for the
  same session's end (see its README; without a ``none`` row).
* ``tests/data/heldout23_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the twelfth session before the code ran on them for the
  next session's start (see its README; without a ``none`` row).
* ``tests/data/heldout24_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the thirteenth session before the code ran on them for the
  same session's end (see its README; without a ``none`` row).
* ``tests/data/heldout25_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the thirteenth session before the code ran on them for the
  next session's start (see its README; without a ``none`` row).
* ``tests/data/heldout26_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the fourteenth session before the code ran on them for the
  same session's end (see its README; without a ``none`` row).
* ``tests/data/heldout27_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the fourteenth session before the code ran on them for the
  next session's start (see its README; without a ``none`` row).
* ``tests/data/heldout28_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the fifteenth session before the code ran on them for the
  same session's end (see its README; without a ``none`` row).
* ``tests/data/heldout29_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the fifteenth session before the code ran on them for the
  next session's start (see its README; without a ``none`` row).
* ``tests/data/heldout30_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, labelled in the sixteenth session before the code ran on them for the
  same session's end (see its README; without a ``none`` row).
* ``tests/data/heldout31_statements.csv`` (sealed): 30 articles in 30 further outlets no
  other file uses, 17 of them non-English outlets in English translation or English
  editions, labelled in the sixteenth session before the code ran on them for the next
  session's start (see its README; without a ``none`` row).
* ``tests/data/devnews2_statements.csv`` (development, a floor since its first run): 30
  articles in 30 further outlets no other set uses, labelled with ``heldout10`` (see its
  README).
* ``tests/data/devnews3_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  (see its README).
* ``tests/data/devnews4_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  (see its README).
* ``tests/data/devnews5_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  for the next round of issue 11 (see its README).
* ``tests/data/devnews6_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  for the next round of issue 11 (see its README).
* ``tests/data/devnews7_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  for the next round of issue 11 (see its README).
* ``tests/data/devnews8_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  for issue 11's tenth session (see its README).
* ``tests/data/devnews9_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  and aimed at unnamed sources, documents and headlines (see its README).
* ``tests/data/devnews10_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  for issue 11's tenth session (see its README).
* ``tests/data/devnews11_statements.csv`` (development, a floor at its first run): 30
  articles in 30 further outlets no other set uses, labelled before the code ran on them
  and aimed at documents, headlines and sentences that look like speech but are no
  statement (see its README).
* ``tests/data/devnews12_statements.csv`` (development, a floor at its first run): 26
  articles in 26 further outlets no other set uses, labelled before the code ran on them
  and aimed at the speaker: role nouns, pronouns, two people of one role, offices and
  their heads, interviews (see its README).
* ``tests/data/devnews13_statements.csv`` (development, a floor at its first run): 26
  articles in 26 further outlets no other file uses, labelled before the code ran on them
  and aimed at the speaker in long articles: 13 of 700+ words with many speakers, several
  officials of one role, spokespeople and their offices, researchers and their
  institutes, an interview, quotes over several paragraphs (see its README).
* ``tests/data/devnews14_statements.csv`` (development, a floor at its first run with
  two label fixes): 26 articles in 26 further outlets no other file uses, labelled before
  the code ran on them and aimed at unnamed sources, documents and offices, and headlines
  in the outlets' own styles, with sentences that look like speech but are none (see its
  README).
* ``tests/data/devnews15_statements.csv`` (development, a floor at its first run with
  six label fixes): 29 articles in 29 further outlets no other file uses, labelled before
  the code ran on them and aimed at unnamed sources of many constructions and headlines,
  in titles and printed in the text (digest and live-blog headings, related headlines),
  with sentences that look like speech but are none (see its README).
* ``tests/data/devnews16_statements.csv`` (development, a floor at its first run): 20
  articles in 20 further outlets no other file uses, labelled before the code ran on them
  and aimed at precision: sentences that look like speech but are none by the sealed
  sets' conventions (bare reactions, acts, what was not said, hypotheticals, the
  journalist's questions, titles of laws and books, slogans, headlines naming an act)
  beside statements of every frame (see its README).
* ``tests/data/devnews17_statements.csv`` (development, no floor until its first run, which
  the lead makes): 30 articles in 30 further outlets no other file uses, labelled before
  the code ran on them and made like the fresh sealed sets to show where the speaker goes
  wrong on unseen outlets: 8 full-length articles with speakers re-mentioned by surname,
  role noun, pronoun and office, two speakers of one role, speakers named only in a
  headline or a standfirst, speakers outside the gazetteer (see its README).
* ``tests/data/devnews18_statements.csv`` (development; floor from its first run, made by the
  lead): 25 articles in 25 further outlets no other file uses, labelled before
  the code ran on them and aimed at the four frames the fresh sealed sets lose statements
  in: unnamed sources, documents and offices, title-only headlines, states and capitals,
  beside statements of every other frame and sentences that look like speech but are
  none (see its README).
* ``tests/data/devnews19_statements.csv`` (development; floor from its first run, which
  the lead makes): 25 articles in 25 further outlets no other file uses, labelled before
  the code ran on them and made like the fresh sealed sets (a natural mix of frames, not
  aimed at any): Latin American, African, South and Southeast Asian, Balkan, Nordic and
  Central Asian outlets, business and trade papers, radio and TV sites and two national
  wires, 3 full-length articles, with sentences that look like speech but are none (see
  its README).
* ``tests/data/devnews20_statements.csv`` (development; floor from its first run and the
  sixteenth session's end, made by the lead): 25 articles in 25 further outlets no other
  file uses (the sixteenth session), labelled before the code ran on them and made like the
  fresh sealed sets (a natural mix of frames, not aimed at any): think tanks, a newsletter
  digest, a press briefing transcript, a press review, a live blog, a wire, broadcasters,
  regional and trade papers, a parliament's and a government's press releases, a party's
  statement page, a university's and a prosecutor's news pages, sports and culture papers, 3
  full-length articles, with sentences that look like speech but are none (see its README).

The thresholds sit just below the measured values, so a regression fails. The outlet
snippets have no publication date, so dated role nouns ("the Russian leader") stay
unresolved there unless the snippet names one of the role's actors (speaker None): that
is most of the attribution gap.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from cscaucasus.evaluate import (
    evaluate_snippet_set,
    evaluate_statements,
    normalise,
    statement_agreement,
    statements_for_texts,
)

DATA = Path(__file__).resolve().parent / "data"


def read(name: str) -> pd.DataFrame:
    path = DATA / name
    if not path.is_file():
        pytest.skip(f"{name} not present")
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def test_seed_gold(seed_corpus):
    gold = read("statements_gold.csv")
    result = evaluate_statements(seed_corpus.statements, gold)
    assert result["n_gold"] == len(gold)
    assert result["precision"] >= 0.98
    # relabelled 2026-12-06 to the decided convention ("said A, adding that B" = two rows,
    # 62 -> 66 rows): recall 1.000 -> 0.939, 0.985 once the rules split them (the one
    # missed: "…, calling this the main failure", a participle the rules keep in its clause)
    assert result["recall"] >= 0.98
    assert result["f1"] >= 0.99
    assert result["attribution_accuracy"] >= 0.98
    assert result["kind_accuracy"] >= 0.98


# Labelled snippet sets and the thresholds just below what the rules measure. The
# ``heldout*`` sets were labelled blind to the rules; after its blind first run each
# became a development set, so its figures are no longer an estimate for unseen
# outlets (``heldout2_*`` stays the blind set, see ``make accuracy``):
# * heldout (2026-11-25 first run: P 0.895 R 0.654 F1 0.756 speaker 0.627);
# * heldout3, 30 full-length articles in 30 outlets' styles (first run: P 0.979 R 0.899
#   F1 0.938 speaker 0.790); developed for speaker attribution (pronouns after narrative
#   sentences, printed names, institutions, capitals);
# * heldout4, 45 undated news items in 45 outlets' styles (first run: P 0.960 R 0.866
#   F1 0.911 speaker 0.876); developed for reporting verbs and appeals, unnamed persons,
#   sentence-final "according to", "the statement said", subjects that refer back. The
#   one speaker left wrong is a naming convention ("Khachatrian" printed, "Khachatryan"
#   labelled) that the text cannot give.
# * devoutlets (development) and heldout7 (sealed), 30 articles each in 60 outlets no
#   other set uses, labelled 2026-12-06 before the code ran on them (first run: P 0.915
#   R 0.776 F1 0.840 speaker 0.932, and P 0.922 R 0.821 F1 0.869 speaker 0.966). Their
#   floors keep them from falling; heldout7's errors are never printed (sealed).
# * devwire (development), 30 articles in 30 more new outlets, labelled 2026-12-06 before
#   the code ran on them (first run, main at 97dd3f6: P 0.952 R 0.845 F1 0.896 speaker
#   0.925); its floor sits a little below. Its sealed twin heldout8 has NO floor: a sealed
#   set must not give pass/fail signals while the rules are tuned (see test_sealed_sets_load).
# * devnews (development), 30 articles in 30 further new outlets, labelled 2026-12-06 before
#   the code ran on them, 7 rows the labeller had left out added after (see its README);
#   first run (main at d35eedf, headline rows paired with headline predictions): P 0.985
#   R 0.807 F1 0.887 speaker 0.915; its floor sits just below. Its sealed twin heldout9
#   has no floor.
SNIPPET_THRESHOLDS = {
    # set: (precision, recall, f1, speaker)
    # (speaker 0.867 -> 0.844 on 2026-12-07: Alen Simonyan joined the gazetteer, and a bare
    # "Simonyan" with no full name in the snippet is now two persons' and no one's)
    "statements_outlets.csv": (0.97, 0.99, 0.98, 0.84),
    # (speaker 0.974 -> 0.961 on 2026-12-06 with end to end unchanged at 0.949: a role
    # outside the gazetteer, "the official representative of the Russian Foreign
    # Ministry claimed", is now a statement with speaker None instead of none at all)
    "heldout_statements.csv": (0.99, 0.97, 0.97, 0.96),
    # heldout3 and heldout4 were relabelled 2026-12-06 to the decided conventions (as in
    # devframes, devoutlets, devwire and the sealed sets): "said A, adding that B" is two
    # rows, a bare reaction with a short object ("Yerevan welcomed the breakthrough.") is a
    # statement. heldout3 +5 rows (P 0.981 -> 0.994, R 0.975 -> 0.957), heldout4 +2 rows
    # (R 1.000 -> 0.982); with the rules that split "adding that": heldout3 R 0.976,
    # heldout4 R 0.991.
    # On 2026-12-07 (fourteenth session) the team's convention for a verb of reaction or
    # announcement with only its object ("Yerevan welcomed the breakthrough.", "rejected
    # the criticism", "announced the start of the withdrawal") became the sealed sets'
    # since heldout21: no row (docs/accuracy.md); heldout3 -4 rows, heldout9 -5, devframes
    # -6, devoutlets -7, devnews -2, devnews2 -3 and the seeds' gold -1, each a row whose
    # content was only such an object.
    "heldout3_statements.csv": (0.99, 0.97, 0.98, 0.97),
    "heldout4_statements.csv": (0.99, 0.98, 0.99, 0.98),
    # (devoutlets after the sixth session: P 1.000 R 0.962 speaker 0.980)
    "devoutlets_statements.csv": (0.99, 0.95, 0.97, 0.97),
    # devwire after its tuning (P 0.979 R 0.965 speaker 0.985); devwire and devoutlets
    # relabelled 2026-12-06 to the headline convention decided with devnews (a statement
    # in a title-only headline is a row): devwire +5 rows, devoutlets +5
    "devwire_statements.csv": (0.98, 0.96, 0.97, 0.98),
    # heldout7 is sealed: no floor (removed 2026-12-06, as for heldout8), see below
    # devnews after its tuning (first run P 0.985 R 0.807 speaker 0.915; then P 0.987
    # R 0.919 speaker 0.973, end to end 0.894; after the fifth session P 0.987 R 0.938
    # speaker 0.980, end to end 0.919)
    "devnews_statements.csv": (0.98, 0.93, 0.95, 0.97),
    # devnews2 (development, 30 articles in 30 further outlets, labelled 2026-12-06 before
    # the code ran on them): first run (main at cb07250) P 0.966 R 0.825 speaker 0.929,
    # end to end 0.766; after a session tuned on it P 0.992 R 0.920 speaker 0.984, end to
    # end 0.905; after the sixth session P 1.000 R 0.934 speaker 0.984, end to end 0.920
    "devnews2_statements.csv": (0.99, 0.92, 0.95, 0.97),
    # heldout9, sealed 2026-12-06 (its summary read in four sessions: first run P 1.000
    # R 0.815 speaker 0.857, end to end 0.699; 0.767 at the end of the fifth session), a
    # development set since 2026-12-07, when the sixth session read its errors and tuned
    # on them: P 1.000 R 0.897 speaker 0.985, end to end 0.884
    "heldout9_statements.csv": (0.99, 0.88, 0.93, 0.97),
    # devnews3 (development, 30 articles in 30 further outlets, labelled 2026-12-07 before
    # the code ran on them): first run (main at 376730a) P 0.955 R 0.865 speaker 0.892,
    # kind 0.986, end to end 0.772; with the sixth session's rules (main at 3c8d8e8, not
    # tuned on it) P 0.955 R 0.871 speaker 0.886, end to end 0.772; after the sixth
    # session tuned on it P 0.976 R 0.942 speaker 0.988, end to end 0.930
    "devnews3_statements.csv": (0.97, 0.93, 0.95, 0.98),
    # devnews4 (development, 30 articles in 30 further outlets, labelled 2026-12-07 before
    # the code ran on them): first run (main at c2c7e8c) P 0.946 R 0.867 F1 0.905 speaker
    # 0.885, kind 0.968, end to end 0.768
    "devnews4_statements.csv": (0.94, 0.86, 0.90, 0.88),
    # devnews5 (development, 30 articles in 30 further outlets, labelled 2026-12-07 before
    # the code ran on them): first run (main at 0a3c501) P 0.963 R 0.809 F1 0.880 speaker
    # 0.904, kind 0.975, end to end 0.732; after the eighth session's rules (reversed
    # guillemets, headline spellings, unnamed members) P 0.967 R 0.902 F1 0.933 speaker
    # 0.909, kind 0.966, end to end 0.820
    "devnews5_statements.csv": (0.96, 0.89, 0.92, 0.90),
    # devnews6 (development, 30 articles in 30 further outlets, labelled 2026-12-07 before
    # the code ran on them): first run (main at 7ec5cb2) P 0.946 R 0.924 F1 0.935 speaker
    # 0.867, kind 0.949, end to end 0.801
    "devnews6_statements.csv": (0.94, 0.92, 0.93, 0.86),
    # devnews7 (development, 30 articles in 30 further outlets, labelled 2026-12-07 before
    # the code ran on them): first run (main at c81c88f) P 0.984 R 0.911 F1 0.946 speaker
    # 0.886, kind 0.984, end to end 0.807; with the main it landed on (a220b66, not tuned
    # on it) P 0.979 R 0.911 F1 0.944 speaker 0.929, kind 0.984, end to end 0.847
    "devnews7_statements.csv": (0.97, 0.91, 0.94, 0.88),
    # devnews8 (development, 30 articles in 30 further outlets, labelled 2026-12-07 before
    # the code ran on them): first run (main at c83087e) raises on one title (see RAISES);
    # with that one call guarded (the title then gives no row) P 0.964 R 0.926 F1 0.945
    # speaker 0.889, kind 0.974, end to end 0.824; the same with main 36ad41e; with the
    # title fixed and the tenth session's rules (not tuned on it) P 0.965 R 0.936 F1 0.950
    # speaker 0.890, end to end 0.833
    "devnews8_statements.csv": (0.95, 0.92, 0.94, 0.88),
    # devnews9 (development, 30 articles in 30 further outlets aimed at unnamed sources,
    # documents and headlines, labelled 2026-12-07 before the code ran on them): first run
    # (main at c83087e) P 0.941 R 0.849 F1 0.892 speaker 0.908, kind 0.966, end to end
    # 0.771; with two labels added after it (slips of the labelling) P 0.951 R 0.850 F1
    # 0.898 speaker 0.909, end to end 0.773, the same with main at b13474a
    "devnews9_statements.csv": (0.94, 0.84, 0.89, 0.90),
    # devnews10 (development, 30 articles in 30 further outlets, labelled 2026-12-07 before
    # the code ran on them): first run (main at dbb2e54) P 0.966 R 0.882 F1 0.922 speaker
    # 0.890, kind 0.919, end to end 0.785; with two labels added after it (slips of the
    # labelling) P 0.972 R 0.878 F1 0.923 speaker 0.890, end to end 0.782
    "devnews10_statements.csv": (0.96, 0.87, 0.91, 0.88),
    # devnews11 (development, 30 articles in 30 further outlets aimed at documents,
    # headlines and sentences that look like speech, labelled 2026-12-07 before the code ran
    # on them): first run (main at ece6e5f) P 0.948 R 0.877 F1 0.911 speaker 0.930, kind
    # 0.945, end to end 0.815
    "devnews11_statements.csv": (0.94, 0.87, 0.90, 0.92),
    # devnews12 (development, 26 articles in 26 further outlets aimed at the speaker,
    # labelled 2026-12-07 before the code ran on them): first run (main at 2df5034, the
    # eleventh session's final attribution code) P 0.969 R 0.933 F1 0.951 speaker 0.825,
    # kind 0.948, end to end 0.770; with the quote marks of 8 quotes restored and one
    # label added after it (slips of the labelling) P 0.975 R 0.934 F1 0.954 speaker
    # 0.826, kind 1.000, end to end 0.771
    "devnews12_statements.csv": (0.96, 0.92, 0.94, 0.81),
    # devnews13 (development, 26 articles in 26 further outlets aimed at the speaker in
    # long articles, labelled 2026-12-07 before the code ran on them): first run (main at
    # 11b4b89, src as at d16f5df, the twelfth session's starting code) P 0.964 R 0.883
    # F1 0.922 speaker 0.878, kind 0.973, end to end 0.775
    "devnews13_statements.csv": (0.95, 0.87, 0.91, 0.86),
    # devnews14 (development, 26 articles in 26 further outlets aimed at unnamed sources,
    # documents and offices, and headlines, labelled 2026-12-07 before the code ran on
    # them): first run (main at 324c0b5, src as at d340f2c) P 0.947 R 0.848 F1 0.895
    # speaker 0.888, kind 0.947, end to end 0.753; with 1 row added and 1 speaker corrected
    # after it (slips of the labelling, 58f626c) P 0.950 R 0.849 F1 0.897 speaker 0.892,
    # kind 0.948, end to end 0.757
    "devnews14_statements.csv": (0.93, 0.83, 0.88, 0.87),
    # devnews15 (development, 29 articles in 29 further outlets aimed at unnamed sources and
    # headlines, labelled 2026-12-07 before the code ran on them): first run (main at
    # 027e121, src as at f1c8598, the thirteenth session's starting code) P 0.943 R 0.745
    # F1 0.832 speaker 0.935, kind 0.989, end to end 0.697; with 4 headline spans and 2
    # kinds fixed after it (slips of the labelling, 8a01837) P 0.946 R 0.748 F1 0.835
    # speaker 0.936, kind 0.992 (the default floor), end to end 0.700
    "devnews15_statements.csv": (0.93, 0.73, 0.82, 0.92),
    # devnews16 (development, 20 articles in 20 further outlets aimed at precision,
    # labelled 2026-12-07 before the code ran on them, 0e24626): first run (main at
    # 0e24626, src as at 09b7987) P 0.886 R 0.902 F1 0.894 speaker 0.932, kind 1.000,
    # end to end 0.840 (166 predicted, 147 matched, 137 with the right speaker, 19 spurious);
    # with 1 row added after it (a slip of the labelling, an unnamed group's "worry that")
    # P 0.886 R 0.896 F1 0.891 speaker 0.932, kind 1.000, end to end 0.835
    "devnews16_statements.csv": (0.87, 0.89, 0.88, 0.92),
    # devnews17 (development, 30 articles in 30 further outlets made like the fresh sealed
    # sets, aimed at the speaker, labelled 2026-12-07 before the code ran on them): first
    # run (labels as at fea1a36) with main 3a7039f P 0.936 R 0.939 F1 0.938 speaker 0.932,
    # kind 0.990, end to end 0.875; with the lead's branch 1727e2d (not tuned on it)
    # P 0.969, the rest the same
    "devnews17_statements.csv": (0.92, 0.93, 0.93, 0.92),
    # devnews18 (development, 25 articles in 25 further outlets aimed at unnamed sources,
    # documents, title-only headlines and states, labelled 2026-12-07 before the code ran on
    # them, 1fd1176): first run (main 2088faf, the fifteenth session's rules so far, none
    # made on it) P 0.978 R 0.871 F1 0.921 speaker 0.905, kind 0.995, end to end 0.788;
    # with the state ministries' form (3befba8) P 0.982 R 0.875 speaker 0.937, 0.820
    "devnews18_statements.csv": (0.97, 0.86, 0.91, 0.93),
    # devnews19 (development, 25 articles in 25 further outlets made like the fresh sealed
    # sets, labelled 2026-12-07 before the code ran on them, a9b511b): first run (main
    # 8e1299d, the fifteenth session's rules up to then, none made on it) P 0.966 R 0.868
    # F1 0.914 speaker 0.939, kind 1.000, end to end 0.815; with cec60d8 0.841
    "devnews19_statements.csv": (0.95, 0.86, 0.90, 0.93),
    # devnews20 (development, 25 articles in 25 further outlets made like the fresh sealed
    # sets, labelled 2026-12-08 before the code ran on them, 991ad88): first run (main
    # 6bb7582, the sixteenth session's rules up to then, none made on it) P 0.930 R 0.845
    # F1 0.886 speaker 0.897, end to end 0.758; with 07d6c53 P 0.933 R 0.895 speaker 0.949,
    # 0.849
    "devnews20_statements.csv": (0.92, 0.88, 0.90, 0.93),
}
#: Sets on which the extraction raises with the code as it is: their floor test is an
#: expected failure until the code is fixed (strict: once it no longer raises, the test
#: fails, and the marker is to be removed). None now: devnews8's Jornal de Negócios title
#: 'Moscow warns Yerevan: "You cannot be …"' raised until the tenth session (a colon after
#: a warning's addressee; test_statements.test_a_colon_after_a_headline_addressee).
RAISES: dict[str, type[Exception]] = {}
#: Kind right among matched rows: 0.99 unless given here (devnews was 0.985 at its first
#: run, when every title-only headline came out indirect; a title wholly in quote marks
#: is direct now: 0.993; devnews2 0.976: direct or indirect for content wholly in quote
#: marks after "said that" is a labelling call the two labellers of heldout10 split on;
#: devnews3 0.986 at its first run; devnews4 0.968 at its first run, 5 of its 42 direct
#: rows, content wholly in quote marks after "said that", "accused X of", "assured that",
#: come out indirect; devnews5 0.975 at its first run, 4 of its 49 direct rows, content
#: wholly in quote marks after "warned that", "but stressed that", "warned against",
#: "accused X of", come out indirect; 0.966 once its Falter article's »…« quotes are read:
#: its partial quotes split by a cue are labelled by their own rule; devnews6 0.949 at its
#: first run, 8 of its 51 direct rows, content wholly in quote marks after "said that",
#: "accused X of", Swedish ”…” and a spaced French « … » title, come out indirect;
#: devnews7 0.984 at its first run, 3 of its 61 direct rows, Finnish ”…” and a Norwegian
#: dialogue dash, come out indirect; devnews8 0.974 at its first run, 4 of its 64 direct
#: rows, Finnish ”…”, a German „…“ title and "accused X of “…”", come out indirect, and a
#: question's reported statement is paired with the interviewer's turn, direct; devnews9
#: 0.966 at its first run, 6 of its 47 direct rows, Finnish and Swedish ”…”, titles in
#: „…“ and "called it "…"", come out indirect; devnews10 0.919 at its first run, 14 of its 64
#: direct rows, Danish and Finnish ”…”, Norwegian and Swedish dialogue dashes, content wholly
#: in quote marks after "called it", "spoke of", "warned against", "accused X of", "said
#: that" and a Polish „…” title, come out indirect; devnews11 0.945 at its first run, 7 of
#: its 36 direct rows, Danish, Norwegian and Swedish dialogue dashes and titles in ”…”,
#: come out indirect; devnews13 0.973 at its first run, 8 of its 121 direct rows, content
#: wholly in quote marks after "spoke of", "called … a", "described it as", "accused X
#: of", titles in ”…” and „…“ and a Swedish dialogue dash, come out indirect; devnews14
#: 0.948 with its label fixes, 14 of its 68 direct rows, Swedish and Finnish dialogue
#: dashes, titles with the quote before or after the source, "called the agreement „…“",
#: come out indirect).
KIND_FLOORS: dict[str, float] = {
    "devnews2_statements.csv": 0.97,
    "devnews3_statements.csv": 0.98,
    "devnews4_statements.csv": 0.96,
    "devnews5_statements.csv": 0.96,
    "devnews6_statements.csv": 0.94,
    "devnews7_statements.csv": 0.98,
    "devnews8_statements.csv": 0.97,
    "devnews9_statements.csv": 0.96,
    "devnews10_statements.csv": 0.91,
    "devnews11_statements.csv": 0.94,
    "devnews13_statements.csv": 0.96,
    "devnews14_statements.csv": 0.93,
    "devnews20_statements.csv": 0.98,  # (0.985 at the sixteenth session's end)
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(raises=RAISES[name], strict=True, reason="see RAISES"),
        )
        if name in RAISES
        else name
        for name in sorted(SNIPPET_THRESHOLDS)
    ],
)
def test_snippet_sets(name: str) -> None:
    precision, recall, f1, speaker = SNIPPET_THRESHOLDS[name]
    result = evaluate_snippet_set(read(name))
    assert result["precision"] >= precision
    assert result["recall"] >= recall
    assert result["f1"] >= f1
    assert result["attribution_accuracy"] >= speaker
    assert result["kind_accuracy"] >= KIND_FLOORS.get(name, 0.99)


@pytest.mark.parametrize(
    ("name", "rows", "statements"),
    [
        ("heldout7", 147, 145),
        ("heldout8", 125, 123),
        ("heldout10", 174, 173),
        ("heldout11", 183, 182),
        ("heldout12", 188, 187),
        ("heldout13", 180, 179),
        ("heldout14", 150, 149),
        ("heldout15", 190, 189),
        ("heldout16", 186, 185),
        ("heldout17", 221, 220),
        ("heldout18", 209, 208),
    ],
)
def test_sealed_sets_load(name: str, rows: int, statements: int) -> None:
    """A sealed set loads and has its declared size; its figures are never a test."""
    cases = read(f"{name}_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == rows and (cases["kind"] != "none").sum() == statements
    assert set(cases["kind"]) == {"direct", "indirect", "none"}


def test_heldout19_loads() -> None:
    """heldout19 (sealed, 22 articles in 22 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout19_statements.csv")
    assert cases["article_id"].nunique() == 22 and cases["outlet"].nunique() == 22
    assert len(cases) == 135 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout20_loads() -> None:
    """heldout20 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout20_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 178 and set(cases["kind"]) == {"direct", "indirect"}


def test_devnews12_loads() -> None:
    """devnews12 (development, 26 articles in 26 outlets, no ``none`` row) loads with its
    size."""
    cases = read("devnews12_statements.csv")
    assert cases["article_id"].nunique() == 26 and cases["outlet"].nunique() == 26
    assert len(cases) == 166 and set(cases["kind"]) == {"direct", "indirect"}


def test_devnews13_loads() -> None:
    """devnews13 (development, 26 articles in 26 outlets, 13 of them 700+ words, no
    ``none`` row) loads with its size."""
    cases = read("devnews13_statements.csv")
    assert cases["article_id"].nunique() == 26 and cases["outlet"].nunique() == 26
    assert len(cases) == 333 and set(cases["kind"]) == {"direct", "indirect"}
    words = cases.groupby("article_id")["text"].first().str.split().str.len()
    assert (words >= 700).sum() == 13


def test_devnews14_loads() -> None:
    """devnews14 (development, 26 articles in 26 outlets, 8 of them 700+ words, no
    ``none`` row) loads with its size and its unnamed sources."""
    cases = read("devnews14_statements.csv")
    assert cases["article_id"].nunique() == 26 and cases["outlet"].nunique() == 26
    assert len(cases) == 337 and set(cases["kind"]) == {"direct", "indirect"}
    words = cases.groupby("article_id")["text"].first().str.split().str.len()
    assert (words >= 700).sum() == 8
    assert (cases["frame"] == "anonymous").sum() == 106
    assert (cases.loc[cases["frame"] == "anonymous", "speaker"] == "").all()


def test_devnews15_loads() -> None:
    """devnews15 (development, 29 articles in 29 outlets, 9 of them 700+ words, no
    ``none`` row) loads with its size, its unnamed sources and its headlines."""
    cases = read("devnews15_statements.csv")
    assert cases["article_id"].nunique() == 29 and cases["outlet"].nunique() == 29
    # (353 rows at its first run; 6 rows of the outlet's own reporting, "It is understood
    # that", "Lloyd's List understands that", removed by the labelling conventions)
    assert len(cases) == 347 and set(cases["kind"]) == {"direct", "indirect"}
    words = cases.groupby("article_id")["text"].first().str.split().str.len()
    assert (words >= 700).sum() == 9
    assert (cases["frame"] == "anonymous").sum() == 143
    assert (cases.loc[cases["frame"] == "anonymous", "speaker"] == "").all()
    headlines = cases[cases["frame"] == "headline"]
    in_title = [f in t for f, t in zip(headlines["first_words"], headlines["title"], strict=True)]
    assert len(headlines) == 44 and sum(in_title) == 24


def test_devnews16_loads() -> None:
    """devnews16 (development, 20 articles in 20 outlets, 5 of them 700+ words, no
    ``none`` row) loads with its size, its frames and its unnamed sources."""
    cases = read("devnews16_statements.csv")
    assert cases["article_id"].nunique() == 20 and cases["outlet"].nunique() == 20
    # (163 rows at its first run; 1 unnamed group's "worry that" added after it)
    assert len(cases) == 164 and set(cases["kind"]) == {"direct", "indirect"}
    words = cases.groupby("article_id")["text"].first().str.split().str.len()
    assert (words >= 700).sum() == 5
    assert set(cases["frame"]) == {
        "anonymous",
        "document",
        "headline",
        "name",
        "pronoun",
        "role",
        "state",
    }
    assert (cases["frame"] == "anonymous").sum() == 32
    assert (cases.loc[cases["frame"] == "anonymous", "speaker"] == "").all()
    assert (cases.loc[cases["frame"] != "anonymous", "speaker"] != "").all()


#: The newest development sets' sizes and frames: articles (and outlets), statements,
#: articles of 700+ words, whether every headline row is in the title only, and the rows
#: of each frame.
_NEW_DEVELOPMENT_SETS = {
    # devnews17: 30 articles made like the fresh sealed sets, aimed at the speaker
    "devnews17": (30, 329, 8, False, {"name": 157, "pronoun": 46, "role": 37,
                  "anonymous": 37, "document": 31, "headline": 14, "state": 7}),
    # devnews18: 25 articles aimed at unnamed sources, documents, headlines and states
    "devnews18": (25, 255, 3, True, {"name": 75, "anonymous": 50, "document": 41,
                  "pronoun": 29, "headline": 24, "state": 21, "role": 15}),
    # devnews19: 25 articles made like the fresh sealed sets, a natural mix
    "devnews19": (25, 227, 3, True, {"name": 92, "pronoun": 33, "anonymous": 32,
                  "document": 28, "role": 17, "headline": 13, "state": 12}),
    # devnews20: 25 articles made like the fresh sealed sets, a natural mix (3 of its 10
    # headline rows are in the text: a digest's section heading, two live-blog item lines)
    "devnews20": (25, 219, 3, False, {"name": 91, "pronoun": 41, "document": 28,
                  "anonymous": 22, "role": 18, "headline": 10, "state": 9}),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_NEW_DEVELOPMENT_SETS))
def test_new_development_sets_load(name: str) -> None:
    """devnews17–20 (development, no ``none`` row) load with their size, their full-length
    articles, their frames, their title-only headlines and their unnamed sources."""
    articles, statements, long, title_only, frames = _NEW_DEVELOPMENT_SETS[name]
    cases = read(f"{name}_statements.csv")
    assert cases["article_id"].nunique() == articles and cases["outlet"].nunique() == articles
    assert len(cases) == statements and set(cases["kind"]) == {"direct", "indirect"}
    words = cases.groupby("article_id")["text"].first().str.split().str.len()
    assert (words >= 700).sum() == long
    if title_only:
        heads = cases[cases["frame"] == "headline"]
        assert all(f in t for f, t in zip(heads["first_words"], heads["title"], strict=True))
    assert cases["frame"].value_counts().to_dict() == frames
    assert (cases.loc[cases["frame"] == "anonymous", "speaker"] == "").all()
    assert (cases.loc[cases["frame"] != "anonymous", "speaker"] != "").all()


def test_heldout21_loads() -> None:
    """heldout21 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout21_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 184 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout22_loads() -> None:
    """heldout22 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout22_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 262 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout23_loads() -> None:
    """heldout23 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout23_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 291 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout24_loads() -> None:
    """heldout24 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout24_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 339 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout25_loads() -> None:
    """heldout25 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout25_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 292 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout26_loads() -> None:
    """heldout26 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout26_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 383 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout27_loads() -> None:
    """heldout27 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout27_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 276 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout28_loads() -> None:
    """heldout28 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout28_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 333 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout29_loads() -> None:
    """heldout29 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout29_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 332 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout30_loads() -> None:
    """heldout30 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout30_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 342 and set(cases["kind"]) == {"direct", "indirect"}


def test_heldout31_loads() -> None:
    """heldout31 (sealed, 30 articles in 30 outlets, no ``none`` row) loads with its size."""
    cases = read("heldout31_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == 326 and set(cases["kind"]) == {"direct", "indirect"}


@pytest.mark.parametrize(
    ("name", "rows", "statements"),
    [
        ("devnews2", 134, 133),
        ("devnews3", 172, 171),
        ("devnews4", 182, 181),
        ("devnews5", 195, 194),
        ("devnews6", 172, 171),
        ("devnews7", 203, 202),
        ("devnews8", 205, 204),
        ("devnews9", 208, 207),
        ("devnews10", 198, 197),
        ("devnews11", 147, 146),
    ],  # (each + a floor)
)
def test_development_sets_load(name: str, rows: int, statements: int) -> None:
    """A development set without a floor yet (it gets one after the lead has seen its
    first run) loads and has its declared size."""
    cases = read(f"{name}_statements.csv")
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert len(cases) == rows and (cases["kind"] != "none").sum() == statements
    assert set(cases["kind"]) == {"direct", "indirect", "none"}


@pytest.mark.parametrize(
    ("name", "rows", "statements"),
    [("heldout10", 173, 172), ("heldout11", 183, 182), ("heldout12", 189, 188)],
)
def test_second_labelling_of_a_sealed_set_loads(name: str, rows: int, statements: int) -> None:
    """The second labeller's rows of a sealed set's texts (for the agreement of two
    labellers, see the set's README) load, have their declared size and the columns of the
    first labelling, and cover the same articles."""
    cases, first = read(f"{name}_second.csv"), read(f"{name}_statements.csv")
    assert list(cases.columns) == list(first.columns)
    assert cases["article_id"].nunique() == 30 and cases["outlet"].nunique() == 30
    assert set(cases["article_id"]) == set(first["article_id"])
    assert len(cases) == rows and (cases["kind"] != "none").sum() == statements
    assert set(cases["kind"]) == {"direct", "indirect", "none"}


def test_evaluator_counts_and_matching():
    predicted = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "speaker": ["Zas", None, "Putin"],
            "kind": ["direct", "indirect", "direct"],
            "text": ["We are ready to act now", "the talks went well", "Nothing to add"],
        }
    )
    gold = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "speaker": ["Zas", "", "Lavrov"],
            "kind": ["direct", "indirect", "direct"],
            "first_words": ["We are ready", "the talks", "Something else"],
            "last_words": ["act now.", "went well", "entirely,"],
        }
    )
    r = evaluate_statements(predicted, gold)
    assert (r["n_matched"], r["n_predicted"], r["n_gold"]) == (2, 3, 3)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["recall"] == pytest.approx(2 / 3)
    assert r["attribution_accuracy"] == 1.0  # None matches an empty gold speaker
    assert r["unmatched_gold"]["first_words"].tolist() == ["Something else"]
    assert r["unmatched_predicted"]["text"].tolist() == ["Nothing to add"]


def test_evaluator_compares_a_states_ministry_in_the_gazetteers_form():
    # a label "as printed" (Saudi Gazette's "The Saudi Ministry of Foreign Affairs",
    # Neutral Turkmenistan's "The Ministry of Foreign Affairs of Turkmenistan") is the one
    # speaker the statements table writes in the gazetteer's form; another state's is not
    forms = [
        ("Saudi Ministry of Foreign Affairs", "Saudi Foreign Ministry", 1.0),
        ("Ministry of Foreign Affairs of Turkmenistan", "Turkmen Foreign Ministry", 1.0),
        ("Türkiye's Ministry of Foreign Affairs", "Turkish Foreign Ministry", 1.0),
        ("Kuwaiti Ministry of Foreign Affairs", "Omani Foreign Ministry", 0.0),
        # in any case (devnews20's "Armenian embassy in Brasilia" as labelled)
        ("Armenian embassy in Brasilia", "Armenian Embassy in Brasilia", 1.0),
        ("Armenian embassy in Brasilia", "Armenian Embassy in Montevideo", 0.0),
    ]
    for gold_speaker, predicted_speaker, right in forms:
        predicted = pd.DataFrame(
            {"article_id": ["a"], "speaker": [predicted_speaker], "kind": ["indirect"],
             "text": ["the talks went well"]}
        )  # fmt: skip
        gold = pd.DataFrame(
            {"article_id": ["a"], "speaker": [gold_speaker], "kind": ["indirect"],
             "first_words": ["the talks"], "last_words": ["went well"]}
        )  # fmt: skip
        assert evaluate_statements(predicted, gold)["attribution_accuracy"] == right


def test_evaluator_one_to_one():
    predicted = pd.DataFrame(
        {"article_id": ["a"], "speaker": ["X"], "kind": ["direct"], "text": ["one two three"]}
    )
    gold = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "speaker": ["X", "X"],
            "kind": ["direct", "direct"],
            "first_words": ["one", "one"],
            "last_words": ["three", "three"],
        }
    )
    r = evaluate_statements(predicted, gold)
    assert r["n_matched"] == 1 and r["recall"] == 0.5 and r["precision"] == 1.0


def test_evaluator_pairs_headline_rows_with_headline_predictions():
    # a headline that repeats the body's quote: the headline row takes the headline's
    # prediction, the body row the body's, whichever comes first
    predicted = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "speaker": ["Nikol Pashinyan", "Nikol Pashinyan"],
            "kind": ["direct", "indirect"],
            "text": ["We will leave. We will decide when", "We will leave"],
            "in_headline": [False, True],
        }
    )
    gold = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "speaker": ["Nikol Pashinyan", "Nikol Pashinyan"],
            "kind": ["indirect", "direct"],
            "frame": ["headline", "name"],
            "first_words": ["We will leave", "We will leave. We will decide"],
            "last_words": ["We will leave", "We will decide when"],
        }
    )
    r = evaluate_statements(predicted, gold)
    assert r["n_matched"] == 2 and r["kind_accuracy"] == 1.0
    # without a headline prediction the headline row is missed, not the body row
    r = evaluate_statements(predicted.iloc[:1], gold)
    assert r["unmatched_gold"]["frame"].tolist() == ["headline"]


def test_normalise():
    assert normalise("“Ready,” he SAID — Azerbaijan’s") == "ready he said azerbaijans"
    assert normalise(None) == ""


def test_statements_for_texts_runs_the_pipeline():
    s = statements_for_texts({"x": "“We will act,” Putin said."}, {"x": "2022-01-01"})
    assert s[["speaker", "kind", "text"]].values.tolist() == [
        ["Vladimir Putin", "direct", "We will act"]
    ]


def test_speakers_are_compared_in_their_canonical_ascii_form():
    from cscaucasus.evaluate import _speaker

    assert _speaker("Sébastien Lecornu") == _speaker("Sebastien Lecornu") == "Sebastien Lecornu"
    assert _speaker(None) == "" and _speaker(" Nikol Pashinyan ") == "Nikol Pashinyan"


def _labels(rows: list[tuple[str, str, str, str, str, str]]) -> pd.DataFrame:
    """A synthetic labelling of two made-up articles: (article, speaker, kind, frame,
    first_words, last_words) per row."""
    texts = {
        "x": "Bloc: we stay\n\nThe bloc will stay together, Ana Bell said. “We stay,” she added.",
        "y": "Nothing was said here.",
    }
    titles = {"x": "Bloc: we stay", "y": "A quiet day"}
    columns = ["article_id", "speaker", "kind", "frame", "first_words", "last_words"]
    table = pd.DataFrame(rows, columns=columns)
    return table.assign(text=table["article_id"].map(texts), title=table["article_id"].map(titles))


def test_agreement_of_two_labellings():
    a = _labels(
        [
            ("x", "Bloc", "indirect", "headline", "we stay", "we stay"),
            ("x", "Ana Bell", "indirect", "name", "The bloc will stay", "stay together,"),
            ("x", "Ana Bell", "direct", "pronoun", "We stay", "We stay"),
            ("y", "", "none", "", "", ""),
        ]
    )
    # b: the headline row the same, the lede with other boundaries, the quote missed,
    # one row a has not; a different speaker and frame on the lede
    b = _labels(
        [
            ("x", "Bloc", "indirect", "headline", "we stay", "we stay"),
            ("x", "", "indirect", "anonymous", "bloc will stay together", "stay together"),
            ("y", "", "indirect", "anonymous", "Nothing was said", "said here."),
        ]
    )
    r = statement_agreement(a, b)
    assert (r["n_a"], r["n_b"], r["n_matched"]) == (3, 3, 2)
    assert r["precision"] == pytest.approx(2 / 3) and r["recall"] == pytest.approx(2 / 3)
    assert r["f1"] == pytest.approx(2 / 3)
    assert r["speaker_agreement"] == 0.5 and r["kind_agreement"] == 1.0
    assert r["frame_agreement"] == 0.5
    assert r["boundary_agreement"] == 0.5  # b's lede span lacks a's first words
    assert r["by_frame"]["headline"] == {"a": 1, "b": 1, "a_matched": 1, "same_frame": 1}
    assert r["by_frame"]["name"] == {"a": 1, "b": 0, "a_matched": 1, "same_frame": 0}
    assert r["by_frame"]["pronoun"] == {"a": 1, "b": 0, "a_matched": 0, "same_frame": 0}
    assert r["by_frame"]["anonymous"] == {"a": 0, "b": 2, "a_matched": 0, "same_frame": 0}
    # a labelling agrees with itself; the headline row pairs with the headline row even
    # though its words are also the body's quote
    same = statement_agreement(a, a)
    assert same["f1"] == 1.0 and same["frame_agreement"] == 1.0 and same["frame_kappa"] == 1.0
    assert statement_agreement(b, a)["n_matched"] == 2


def test_a_snippet_sets_speaker_is_compared_in_any_case():
    # the table writes an office it builds in title case ("Armenian Embassy in Brazil"); a
    # labeller's lower case is the same speaker
    text = "The rally ended. The Armenian embassy in Brasilia said that the community would help."
    cases = pd.DataFrame(
        {"text": [text], "article_id": ["x"], "published": ["2020-10-10"],
         "speaker": ["Armenian embassy in brazil"], "kind": ["indirect"],
         "first_words": ["the community"], "last_words": ["would help"]}
    )  # fmt: skip
    r = evaluate_snippet_set(cases)
    assert (r["n_matched"], r["attribution_accuracy"]) == (1, 1.0)
