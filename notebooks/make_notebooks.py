"""Write the report notebooks (without outputs) from the cells below.

Run ``python notebooks/make_notebooks.py`` after editing a cell here; the ``.ipynb``
files are what is committed, executed by ``cscaucasus reports`` and opened in JupyterLab.
Every notebook starts with a cell tagged ``parameters`` (papermill's convention).

The notebooks are written exactly as git's ``nbstripout`` filter stores them (see
:mod:`cscaucasus.notebook_git`), so a notebook run in place in JupyterLab keeps its
outputs on disk while git sees it unchanged.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}

PARAMETERS = """\
# Parameters (papermill injects overrides in the cell after this one).
corpus_path = "../data/processed"  # built tables (cscaucasus build) or a folder of raw articles
actors = []  # actors to focus on, e.g. ["Nikol Pashinyan", "CSTO"]; empty: everyone
date_from = None  # first publication date to include, "YYYY-MM-DD"; None: no bound
date_to = None  # last publication date to include (inclusive); None: no bound
domain_lexicon = True  # score tone with the diplomatic domain lexicon on top of VADER's
min_n = 5  # groups with fewer statements are flagged as small samples
by = "speaker"  # 02-03 count statements per speaker, affiliation, type (of actor) or outlet
count = "statements"  # 02-03 count each statement once, or "reports": every article's report
score = "tone_score"  # 03 the validated tone's expected value (tone_score), its labels "tone" (-1/0/+1), or "compound": VADER
"""

SETUP = """\
from functools import partial

import matplotlib.pyplot as plt
import pandas as pd

import cscaucasus as cs
from cscaucasus import analysis, explore

%matplotlib inline
plt.rcParams.update({"figure.dpi": 110, "font.size": 10})
pd.set_option("display.max_rows", 60)

corpus = explore.open_corpus(corpus_path)  # before a build: "run `make build` first"
actors = explore.report_setup(corpus, actors=actors, date_from=date_from, date_to=date_to,
                              domain_lexicon=domain_lexicon, min_n=min_n, by=by,
                              count=count, score=score)["actors"]
corpus = explore.select_period(corpus, date_from, date_to)
selection = (f"period {date_from or 'start'} to {date_to or 'end'}; "
             f"focus: {', '.join(actors) if actors else 'all actors'}")
print(f"{len(corpus.articles)} articles, {len(corpus.statements)} statements, "
      f"{len(corpus.events)} events; {selection}")
# tables with every text in full, escaped; an empty one says what was selected
evidence = partial(explore.evidence, empty=f"Nothing in this selection ({selection}).")
"""


def notebook(title: str, intro: str, cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata["kernelspec"] = dict(KERNELSPEC)  # as ipykernel names itself in JupyterLab
    nb.cells.append(new_markdown_cell(f"# {title}\n\n{intro}"))
    nb.cells.append(new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}))
    nb.cells.append(new_code_cell(SETUP))
    for kind, source in cells:
        cell = new_markdown_cell(source) if kind == "md" else new_code_cell(source)
        nb.cells.append(cell)
    for i, cell in enumerate(nb.cells):  # nbstripout's ids: regenerating gives identical files
        cell["id"] = str(i)
        # papermill gives every cell a tags list: with one already, a run in place adds none
        cell.metadata.setdefault("tags", [])
    return nb


OVERVIEW = notebook(
    "Corpus overview",
    "What went in: the articles (outlet, date, length), which export, list of links or "
    "folder they came from, what the cleaner removed as site boilerplate, and any problems "
    "found while reading the files. Read this first: every "
    "other report is only as good as this input.",
    [
        ("md", "## Articles\n\nOne row per article, oldest first. `published_source` says "
         "where the date came from (`metadata`, `text` or `unknown`); `removed` counts the "
         "boilerplate spans stripped from the article; `statements` the acts of speech found."),
        ("code", "overview = analysis.article_overview(corpus)\nevidence(overview)"),
        ("code", """\
if len(overview) <= 40:  # one bar per article
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(overview), 3) + 1))
    dates = overview.published.dt.strftime("%Y-%m-%d").fillna("undated")
    labels = overview.outlet.fillna("?") + " · " + dates
    ax.barh(labels[::-1], overview.words[::-1], color="tab:blue")
    ax.set_title("Article length")
else:  # too many articles for bars: the distribution
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.hist(overview.words, bins=40, color="tab:blue")
    ax.set_ylabel("articles")
    ax.set_title(f"Article length ({len(overview):,} articles)")
ax.set_xlabel("words in the cleaned text")
plt.tight_layout()"""),
        ("md", "## Articles per outlet"),
        ("code", """\
per_outlet = (overview.groupby("outlet", dropna=False)
              .agg(articles=("article_id", "size"), words=("words", "sum"),
                   first=("published", "min"), last=("published", "max"))
              .reset_index())
evidence(per_outlet)"""),
        ("md", "## What the cleaner removed\n\nNothing is silently lost: each removed span "
         "is listed with its kind (the pattern family in `data/boilerplate.yml`). Scan it for "
         "article text removed by mistake."),
        ("code", """\
removed = corpus.boilerplate.merge(corpus.articles[["article_id", "outlet"]], on="article_id")
evidence(removed.groupby("kind").size().rename("spans").reset_index())"""),
        ("code", "evidence(removed[[\"outlet\", \"article_id\", \"kind\", \"raw_text\"]], max_rows=80)"),
        ("md", "## Where the articles came from\n\nOne row per archive export (Nexis Uni, "
         "LexisNexis, Factiva), per list of links given to `cscaucasus fetch`, and per folder "
         "of other files: how many articles it gave, and how many `errors` (an article of an "
         "export or a link that could not be read, each named in the problems below) and "
         "`warnings` (e.g. the same article in two exports, loaded once) it has. A source "
         "that gave nothing still has its row."),
        ("code", """\
sources = analysis.articles_by_source(corpus.articles, corpus.problems)
evidence(sources, empty="No articles and no problems.")"""),
        ("md", "## Problems\n\nFiles that could not be read, duplicates, dates or titles "
         "that disagree with the metadata. An empty table means none."),
        ("code", 'evidence(corpus.problems, empty="No problems: every file was read as expected.")'),
        ("md", "## Actor mentions\n\nHow often each known actor is mentioned (by name, alias, "
         "role noun or pronoun), restricted to the focus actors when `actors` is set."),
        ("code", """\
mentions = explore.focus(corpus.mentions, actors, columns=["actor"], known=corpus.actors)
evidence(pd.crosstab(mentions.actor, mentions.method).rename_axis(columns=None).reset_index())"""),
    ],
)

FREQUENCY = notebook(
    "Statement frequency",
    "Who speaks, how often, directly (quoted) or indirectly (reported), in which outlet and "
    "month, and about whom. Counts come from the `statements` table: an act of speech "
    "attributed to a speaker; with `actors` set, the statements spoken by or about those "
    "actors. **Caveats:** attribution is rule-based, so a statement may be "
    "missed or given to the wrong speaker (unresolved speakers are counted apart, never "
    "guessed); a handful of articles makes every count small, and one long interview can "
    "dominate an actor's total. With `count = \"statements\"` (the default) a statement "
    "reported by several articles — syndicated copies, or independent outlets quoting the "
    "same remark — counts once; `count = \"reports\"` counts every report (see "
    "docs/stories.md).",
    [
        ("code", """\
statements = explore.focus(corpus.statements, actors, known=corpus.actors)
group = dict(by=by, actors=corpus.actors, articles=corpus.articles)  # counted per `by`
unresolved = int(statements.speaker.isna().sum())
print(f"{len(statements)} statements, {unresolved} without a resolved speaker (left out below)")
distinct = len(cs.stories.one_per_cluster(statements))
print(f"counting {count}: {distinct} distinct statements in {len(statements)} reports")"""),
        ("md", "## Who speaks\n\nStatements per speaker, direct and indirect stacked."),
        ("code", "analysis.plot_statements_per_actor(statements, count=count, **group)\n"
         "plt.tight_layout()"),
        ("code", "evidence(analysis.statements_per_actor(statements, count=count, **group))"),
        ("md", "## Statements or reports\n\nWhere counting every report (syndicated copies "
         "and independent outlets alike) gives other figures than counting each statement "
         "once: the speakers whose counts differ, both ways."),
        ("code", """\
both = analysis.compare_counts(analysis.statements_per_actor, statements, keys=[by],
                               values=["statements", "direct", "indirect"], **group)
evidence(both, empty="Every statement in this selection is reported once: both counts agree.")"""),
        ("md", "## Most corroborated statements\n\nThe statements reported by the most "
         "independent outlets (`reports`: distinct stories; a syndicated copy is not "
         "corroboration), with every article (`articles`, copies included) and outlet that "
         "carried them."),
        ("code", """\
top = analysis.most_corroborated(statements, corpus.articles, top=20, by=by, actors=corpus.actors)
top = top[top.articles > 1]
top = top.assign(outlets=[", ".join(outlets) for outlets in top.outlets])
evidence(top, empty="No statement in this selection is reported by more than one article.")"""),
        ("md", "## Direct vs indirect\n\nA high direct share means the outlets quote the "
         "actor's own words; reported speech passes through the journalist's paraphrase."),
        ("code", "evidence(analysis.direct_indirect_share(statements, count=count, **group))"),
        ("md", "## By outlet and by month"),
        ("code", """\
if by == "outlet":  # grouped by outlet, the tables above are per outlet already
    print("Grouped by outlet: the tables above count per outlet.")
else:
    by_outlet = analysis.statements_by(statements, corpus.articles, per="outlet", count=count,
                                       by=by, actors=corpus.actors)
    evidence(by_outlet.pivot_table(index=by, columns="outlet", values="statements",
                                   aggfunc="sum", fill_value=0).reset_index())"""),
        ("code", "evidence(analysis.statements_per_month(statements, corpus.articles, by=by, "
         "actors=corpus.actors, count=count))"),
        ("md", "## Who talks about whom\n\nA statement counts once for each other actor it "
         "mentions."),
        ("code", "evidence(analysis.who_talks_about_whom(statements, count=count, **group))"),
        ("md", "## The statements\n\nThe evidence behind every count above: every report, "
         "with the statement it reports (`statement_cluster`) and whether it is a syndicated "
         "copy (`statement_copy`)."),
        ("code", """\
shown = statements.merge(corpus.articles[["article_id", "outlet"]], on="article_id")
evidence(shown[["speaker", "kind", "attribution", "cue", "outlet", "text", "statement_cluster",
                "statement_copy"]], max_rows=100)"""),
    ],
)

SENTIMENT = notebook(
    "Sentiment by actor",
    "The tone of each actor's statements: by default the validated diplomatic tone "
    "(`statements.tone`: −1 negative, 0 neutral, +1 positive, coded on what the speaker "
    "says, not on the reporter's verb; see docs/tone.md and docs/tone_codebook.md), "
    "averaged as its expected value (`tone_score` = P(positive) − P(negative), whose actor "
    "means agree best with the coders'; `score = \"tone\"` averages the −1/0/+1 labels), as a "
    "mean with a 95% bootstrap interval and the number of statements `n`. Set `score = "
    "\"compound\"` in the first cell (or `cscaucasus reports -p score compound`) to see "
    "VADER's compound instead (the reference; "
    "`domain_lexicon` switches its domain lexicon). **Caveats:** the figures below say how "
    "well the tone agrees with hand coding and on what; VADER agrees much less with people "
    "on diplomatic statements. Groups with fewer than `min_n` statements are flagged as "
    "small samples: read their intervals, not their means. A statement reported by several "
    "articles weighs once (`count = \"statements\"`, the default) or once per report "
    "(`count = \"reports\"`). Always read the sentences.",
    [
        ("md", "## How far to trust the tone\n\nAgreement with hand-coded statements "
         "(Krippendorff's alpha, ordinal; sign accuracy = share with the coded tone; "
         "actors = how many speakers with n ≥ 10 get the coders' sign of mean tone, "
         "`actors_right_sign` strictly, `actors_right_band` when a mean within ±0.1 is "
         "neutral for coders and tool alike; the row of the second coder is the ceiling; the "
         "row \"actor means of expected tone\" judges the actors as the chart below shows "
         "them): first on the **sealed** set, coded independently twice and never used while "
         "building the tone (`coded_set` gives the coders' own alpha, the ceiling, and who "
         "coded), then "
         "cross-validated on the training statements (tone_train.csv, the sheets "
         "tone_dev2 and tone_dev3 and training batches g, h, i and j), folds grouped by "
         "outlet. A model retrained since the last sealed scoring has no sealed rows until "
         "it is scored once on the next sealed set: the twelfth model, shipped 2026-12-07 "
         "(docs/tone.md, \"Fourteenth round\"), has alpha / sign accuracy 0.656 / 0.723 "
         "on its sealed set, tone_sealed10 (467 statements, as the tables hold the tone; "
         "0.623 / 0.706 on the text), and 0.709 / 0.757 on the next, tone_sealed11 (359 "
         "statements, scored in the fifteenth session; 0.682 / 0.733 on the text), and 0.714 / "
         "0.770 on the next, tone_sealed12 (361 statements, scored in the fifteenth session "
         "after the sixteenth round; 0.703 / 0.758 on the text), and 0.650 / 0.706 on the "
         "next, tone_sealed13 (400 statements, scored in the sixteenth session after the "
         "seventeenth round; 0.623 / 0.685 on the text), and 0.631 / 0.708 on the next, "
         "tone_sealed14 (477 statements, scored in the sixteenth session after the eighteenth "
         "round; 0.607 / 0.684 on the text); on the development sheets made like the sealed sets and never trained on, as the tables "
         "hold the tone, it has alpha / sign accuracy 0.74 / 0.78 (tone_dev4, 194 "
         "statements), 0.85 / 0.86 (tone_dev5, 197) and 0.80 / 0.81 (tone_dev6, 185); the "
         "tenth model had 0.71 / 0.76, 0.85 / 0.86 and 0.81 / 0.81 there, and 0.691 / 0.747 "
         "on its sealed set, tone_sealed9 (492 statements, as the tables hold the tone; "
         "0.644 / 0.709 on the text); the ninth 0.70 / 0.76 on tone_sealed8 (472 "
         "statements; 0.62 / 0.72 on the text); the eighth 0.76 / 0.77 on tone_sealed7. "
         "VADER is "
         "scored beside it. 0.667 is the usual floor, 0.8 good. To check it on your own "
         "corpus: `cscaucasus sample sentiment` and `cscaucasus validate` (docs/validation.md)."),
        ("code", "from cscaucasus import tone as cs_tone\nevidence(cs_tone.validation())"),
        ("md", "How far to trust the **stance toward a target** (below): first on the "
         "newest **sealed** set (tone_sealed14: 477 statements of 30 articles in 15 outlets, "
         "target and stance coded by two coders independently, scored once), then on the "
         "three **development** sheets tone_dev4, tone_dev5 and tone_dev6 (194, 197 and 185 "
         "statements in 18, 18 and 16 further outlets, made like the sealed sets, target and "
         "stance coded by hand "
         "before any stance output on them was read; the tone is not trained on them): how "
         "often the target is the coders', and the stance where both name the same target "
         "(docs/tone.md, \"Stance toward a target\")."),
        ("code", "evidence(cs.stance.validation())"),
        ("code", """\
statements = explore.focus(corpus.statements, actors, known=corpus.actors)
if not domain_lexicon:  # rescore with VADER's own lexicon only
    statements = cs.sentiment.score_statements(statements, domain=False)
if "tone" not in statements.columns:  # tables built before the tone existed
    statements = cs.sentiment.tone_statements(statements)
group = dict(by=by, actors=corpus.actors, articles=corpus.articles)  # tone per `by`
by_actor = analysis.sentiment_by_actor(statements, min_n=min_n, score=score, count=count, **group)
print(f"{int(by_actor.n.sum()) if len(by_actor) else 0} scored statements with a speaker; "
      f"lexicon: {'VADER + domain' if domain_lexicon else 'VADER only'}")
print(f"score: {analysis.SCORE_LABELS[score].removeprefix('mean ')}; "
      f"counting {count}")"""),
        ("md", "## Tone per actor\n\nPoints are means, bars 95% bootstrap intervals; hollow "
         "grey points are small samples."),
        ("code", "ax = analysis.plot_sentiment_by_actor(by_actor)\n"
         "ax.set_xlabel(f\"{analysis.SCORE_LABELS[score]} (95% bootstrap interval)\")\n"
         "plt.tight_layout()"),
        ("code", "evidence(by_actor)"),
        ("md", "## Statements or reports\n\nWhere weighing every report (syndicated copies "
         "included) gives another `n` or mean than weighing each statement once: both ways."),
        ("code", """\
both = analysis.compare_counts(analysis.sentiment_by_actor, statements, keys=[by],
                               values=["n", "mean"], min_n=min_n, score=score, **group)
evidence(both, empty="Every statement in this selection is reported once: both counts agree.")"""),
        ("md", "## Stance toward a target: who is for or against whom\n\n"
         "`statements.target` is the actor a statement's main point evaluates, when its own "
         "text names it (by name, capital, government, \"the bloc\", or an official acting "
         "for it; never the speaker or what it speaks for), and `stance` the speaker's "
         "stance toward it: −1 against, 0 neither, +1 for (docs/tone.md, \"Stance toward a "
         "target\"; docs/tone_codebook.md): counts and mean stance per speaker × target, "
         "with `n`; its agreement with hand coding is at the top."),
        ("code", """\
if "stance" in statements.columns:
    by_stance = analysis.stance_by_actor_target(statements, min_n=min_n, count=count, **group)
    analysis.plot_actor_target_heatmap(by_stance)
    plt.tight_layout()
else:  # tables built before the stance existed
    by_stance = None
    print("These tables have no stance: rebuild them (cscaucasus build) to see it.")"""),
        ("code", "evidence(by_stance if by_stance is not None else pd.DataFrame())"),
        ("md", "## Tone by every actor a statement names\n\nThe tone (the `score` above) "
         "of a speaker's statements toward every gazetteer actor they mention "
         "(`statements.targets`), beside the stance: a statement naming several actors "
         "counts toward each, with its whole tone (\"We value Russia, but the CSTO failed "
         "us\" counts negative toward both). Hatched cells are small samples."),
        ("code", """\
by_target = analysis.sentiment_by_actor_target(statements, min_n=min_n, score=score,
                                               count=count, **group)
analysis.plot_actor_target_heatmap(by_target)
plt.tight_layout()"""),
        ("code", "evidence(by_target)"),
        ("md", "## The words that drove VADER's compound\n\nPer speaker (or `by` group), "
         "the words that move VADER's mean compound most (their share of the mean); what "
         "drove the validated tone is each statement's `tone_evidence` (below)."),
        ("code", "evidence(analysis.top_words(statements, domain=domain_lexicon, count=count, "
         "**group))"),
        ("md", "## The extremes\n\nThe most negative and most positive statements by VADER's "
         "compound, with the words that drove each score. Check whether the lexicon read them "
         "right."),
        ("code", "evidence(analysis.extreme_statements(statements, domain=domain_lexicon, "
         "count=count))"),
        ("md", "The validated tone's extremes, with the phrases and words behind each "
         "(`tone_evidence`): the most negative and most positive `tone_score`."),
        ("code", """\
ranked = cs.stories.one_per_cluster(statements, count).dropna(subset=["tone_score"])
ranked = ranked.sort_values(["tone_score", "statement_id"])
columns = ["speaker", "tone", "tone_score", "tone_evidence", "text"]
evidence(pd.concat([ranked.head(5), ranked.tail(5).iloc[::-1]])[columns])"""),
        ("md", "## By month"),
        ("code", "evidence(analysis.sentiment_by_actor_month(statements, corpus.articles, "
         "min_n=min_n, score=score, by=by, actors=corpus.actors, count=count))"),
    ],
)

CHRONOLOGY = notebook(
    "Event chronology",
    "The merged timeline: dated happenings found in the articles (\"on 23 November\", "
    "\"last month\", \"in 2021\"), resolved against each article's publication date and "
    "merged across articles when they report the same date and happening. **Caveats:** "
    "relative expressions depend on the publication date being right (see the corpus "
    "overview); a month or year precision is drawn at the start of that month or year; "
    "merging is by date and shared words, so two distinct happenings on the same day may "
    "be merged and one happening reported with different words may be split.",
    [
        ("code", """\
chron = explore.focus(analysis.chronology(corpus), actors, columns=["actors"], known=corpus.actors)
chron = chron.join(analysis.happening_labels(corpus, chron))  # what happened, and its sentence
print(f"{len(chron)} happenings from {len(corpus.events)} dated mentions")"""),
        ("md", "## Timeline\n\nOne row per happening; the colour is the number of articles "
         "reporting it. Syndicated copies of one story are one happening with every copy as "
         "a source; `stories` counts the independent reports (distinct stories)."),
        ("code", "analysis.plot_timeline(chron)\nplt.tight_layout()"),
        ("md", "## Happenings and their sources\n\n`what` is read from the sentence: "
         "who did what (\"Pashinyan declined to sign declaration\"), or, where no actor and "
         "verb could be read, the sentence's words in quotation marks; click it for the "
         "sentence."),
        ("code", """\
table = chron.assign(
    date=analysis.date_labels(chron.date, chron.precision),
    actors=chron.actors.str.join(", "),
    outlets=chron.outlets.str.join(", "),
    sources=chron.sources.str.join(", "),
    date_text=chron.date_text.str.join(" | "),
)
columns = ["date", "what", "sentence", "precision", "actors", "count", "stories", "outlets",
           "date_text", "sources"]
evidence(table[columns], details={"what": "sentence"}, max_rows=100,
         empty=f"No dated happening in this selection ({selection}).")"""),
        ("md", "## The sentences behind each date\n\nEvery dated mention with the sentence it "
         "comes from, so a wrong date can be traced to its expression."),
        ("code", """\
events = corpus.events  # cluster_id: the happening, copies of one story followed
events = events[events.cluster_id.isin(chron.cluster_id)] if actors else events
evidence(analysis.event_evidence(corpus, events), max_rows=150)"""),
    ],
)

NOTEBOOKS = {
    "01_corpus_overview.ipynb": OVERVIEW,
    "02_statement_frequency.ipynb": FREQUENCY,
    "03_sentiment_by_actor.ipynb": SENTIMENT,
    "04_event_chronology.ipynb": CHRONOLOGY,
}


# --- 05_validation (hand validation, issue 16): its own block, so merges stay easy ----------

VALIDATION_PARAMETERS = PARAMETERS + """\
validation_path = "../coding/validation.json"  # written by `cscaucasus validate`
"""

VALIDATION_SETUP = """\
import pandas as pd

from cscaucasus import explore, validation

result = validation.read_result(validation_path)
if result is None:
    print(f"No validation yet ({validation_path} not found). Draw a sample with "
          "`cscaucasus sample statements --n 200 --out coding/statements.xlsx`, have it coded, "
          "then run `cscaucasus validate coding/*.xlsx`.")
"""


def validation_notebook() -> nbformat.NotebookNode:
    """05_validation: what a paper's methods section cites about the tables' validity."""
    nb = notebook(
        "Validation against hand coding",
        "How far the tables agree with people. Samples of the machine's units were drawn at "
        "random with `cscaucasus sample` (reproducible from their seed), coded by hand by one "
        "or more coders who did not see the machine's codes, and measured with "
        "`cscaucasus validate`. Reliability between the coders comes first: it is the ceiling "
        "for any agreement of the machine with them (Krippendorff's alpha; 0.667 is the usual "
        "floor for tentative conclusions, 0.8 for firm ones). Then the machine against the "
        "coders' reference (their majority): precision, recall and F1 of statements, speaker "
        "accuracy, event date accuracy and tone agreement, each with a 95% interval and the n "
        "behind it. See `docs/validation.md` for the workflow.",
        [
            ("md", "## For the methods section\n\nThe same figures as below, in words."),
            ("code", "print(validation.methods_text(result))"),
            ("md", "## What was sampled\n\nOne row per sample: the kind of unit, how many "
             "there were, how many were drawn and coded, the seed, the strata and the coders."),
            ("code", "explore.evidence(validation.sample_table(result))"),
            ("md", "## Reliability between the coders\n\nKrippendorff's alpha per code "
             "(nominal for categories, ordinal for tone) with a bootstrap 95% interval over "
             "units, and the share of units on which every coder agrees. Empty with one coder."),
            ("code", "explore.evidence(validation.reliability_table(result))"),
            ("md", "## The machine against the coders\n\nStatement precision, recall and F1 are "
             "weighted by the sampling rate of each stratum (the sample over-represents "
             "sentences near the decision boundary), so they estimate the whole corpus. Tone is "
             "shown for VADER with and without the domain lexicon, and for `statements.tone` "
             "where the tables have it; `majority_class` in validation.json is the accuracy of "
             "always answering the coders' most frequent tone."),
            ("code", "explore.evidence(validation.agreement_table(result))"),
            ("md", "## Tone: confusion tables\n\nRows: the coders' tone; columns: the machine's."),
            ("code", """\
from IPython.display import display

for name, table in validation.confusion_tables(result).items():
    print(name)
    display(table)"""),
        ],
    )
    nb.cells[1]["source"] = VALIDATION_PARAMETERS
    nb.cells[2]["source"] = VALIDATION_SETUP
    return nb


NOTEBOOKS["05_validation.ipynb"] = validation_notebook()

if __name__ == "__main__":
    for name, nb in NOTEBOOKS.items():
        nbformat.validate(nb)
        nbformat.write(nb, HERE / name)
        print(f"wrote {HERE / name}")
