"""Long paragraphs cost their length, not its square, and give what short ones give."""

from __future__ import annotations

from bisect import insort
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from cscaucasus import actors, chronology, segment, statements


def _in_quote_by_scanning(text: str, position: int) -> bool:
    """The rule of :func:`chronology._in_quote`, by counting the marks of the line."""
    line = text[text.rfind("\n", 0, position) + 1 : position]
    opened = sum(line.count(q) for q in chronology.OPEN_QUOTES)
    closed = sum(line.count(q) for q in chronology.CLOSE_QUOTES)
    return opened > closed or line.count(chronology.STRAIGHT_QUOTE) % 2 == 1


@settings(max_examples=40, deadline=None)
@given(
    st.text(alphabet='ab “”«»"\n', min_size=1, max_size=300),
    st.text(alphabet='ab “”«»"\n', max_size=300),
    st.lists(st.floats(0, 1), min_size=1, max_size=30),
)
def test_in_quote_on_long_texts_is_the_scanning_rule(
    piece: str, tail: str, where: list[float]
) -> None:
    text = piece * (chronology.LONG_TEXT // len(piece) + 1) + tail
    for share in where:
        position = int(share * len(text))
        assert chronology._in_quote(text, position) == _in_quote_by_scanning(text, position)


@given(
    st.lists(st.tuples(st.integers(0, 50), st.integers(1, 5)), max_size=8),
    st.integers(-2, 400),
)
def test_inside_is_any_span(gaps: list[tuple[int, int]], pos: int) -> None:
    spans, at = [], 0
    for gap, width in gaps:
        spans.append((at + gap, at + gap + width))
        at += gap + width
    assert actors._inside(pos, spans) == any(a <= pos < b for a, b in spans)


SENTENCE = "Armenian Prime Minister Nikol Pashinyan said on Monday that the CSTO had failed. "


def test_a_long_paragraph_is_split_in_windows_like_short_ones() -> None:
    text = (SENTENCE * 2_000).strip()  # 164,000 characters, one line
    spans = segment.sentence_spans(text)
    assert len(spans) == 2_000
    assert all(text[a:b] == SENTENCE.strip() for a, b in spans)
    assert segment.windows(text, 0, len(text))[0][1] <= segment.WINDOW
    # no sentence-final mark at all: cut at spaces, never inside a word
    words = "word " * 10_000
    for a, b in segment.windows(words, 0, len(words)):
        assert words[a:b].startswith("word") and b - a <= segment.WINDOW


def test_a_one_line_article_is_cut_into_paragraphs_with_a_warning(tmp_path) -> None:
    import cscaucasus as cs

    sentences = [
        f"“We will not sign the declaration number {i}. Not now,” Pashinyan said on Monday."
        for i in range(600)
    ]
    (tmp_path / "long.txt").write_text(f"Title\n\n{' '.join(sentences)}\n", encoding="utf-8")
    (tmp_path / "lines.txt").write_text("Title\n\n" + "\n".join(sentences) + "\n")
    corpus = cs.load_corpus(tmp_path)
    one_line = corpus.paragraphs[corpus.paragraphs.article_id == "long"]
    body = " ".join(sentences)
    units = segment.line_units(body)
    assert len(one_line) == 1 + len(units)  # the title, then the units
    # paragraph-like units of whole quotations, never cut inside one
    assert 100 <= len(units) <= 300
    assert one_line.text.iloc[1:].str.match("“We will not sign the declaration number").all()
    assert one_line.text.iloc[1:].str.endswith("Pashinyan said on Monday.").all()
    # the same statements, speakers and sentences as with the line breaks
    by = corpus.statements.groupby("article_id")
    assert by.size().tolist() == [600, 600]
    assert by.speaker.apply(set).tolist() == [{"Nikol Pashinyan"}] * 2
    assert corpus.sentences.groupby("article_id").size().tolist() == [1201, 1201]
    (row,) = corpus.problems[corpus.problems.message.str.startswith("line")].itertuples()
    assert (row.path, row.severity, row.stage) == ("long.txt", "warning", "clean")
    assert row.message == (
        f"line 2 is {len(body):,} characters long (line breaks missing?): "
        f"cut into {len(units)} paragraphs at sentence ends"
    )


def test_seed_paragraphs_give_the_same_statements_on_one_line(tmp_path, seed_corpus) -> None:
    # the seeds' paragraphs pasted as one line: the statements found with the line
    # breaks, nearly all, and about as many (one line of 20,000-character windows found
    # 3 in 4 of them)
    import collections

    import cscaucasus as cs

    paragraphs = seed_corpus.paragraphs.text.tolist() * 2
    (tmp_path / "one").mkdir()
    (tmp_path / "breaks").mkdir()
    (tmp_path / "one" / "a.txt").write_text("Page\n\n" + " ".join(paragraphs) + "\n")
    (tmp_path / "breaks" / "a.txt").write_text("Page\n\n" + "\n\n".join(paragraphs) + "\n")
    found = {}
    for name in ("one", "breaks"):
        statements = cs.load_corpus(tmp_path / name).statements
        found[name] = collections.Counter(zip(statements.speaker, statements.text, strict=True))
    one, breaks = (sum(found[name].values()) for name in ("one", "breaks"))
    common = sum((found["one"] & found["breaks"]).values())
    assert common >= 0.9 * breaks and abs(one - breaks) <= 0.06 * breaks


_OPS = st.lists(
    st.tuples(
        st.sampled_from(["append", "insort", "insert", "pop", "pop_last", "sort"]),
        st.integers(0, 30),  # start
        st.integers(0, 6),  # length
        st.integers(-4, 30),  # index
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(_OPS, st.integers(0, 40), st.integers(1, 6))
def test_found_list_answers_as_a_scan_of_every_statement(ops: list, pos: int, width: int) -> None:
    """An article's statements answer "which start before pos, last first" and "does one
    overlap this span" as a scan of all of them would, after any edit the attribution
    makes; and in text order they look only at those before ``pos``."""
    found = statements._FoundList()
    for op, start, length, index in ops:
        f = statements.Found(start, start + length, 0, "direct", None, None, None)
        if op == "append":
            found.append(f)
        elif op == "insort":
            insort(found, f, key=statements._START)
        elif op == "insert":
            found.insert(index, f)
        elif op == "pop" and found:
            found.pop(index % len(found))
        elif op == "pop_last" and found:
            found.pop()
        elif op == "sort":
            found.sort(key=statements._START)
        assert found.inversions == sum(a.start > b.start for a, b in pairwise(found))
    before = [f for f in found.before(pos) if f.start < pos]
    assert before == [f for f in reversed(found) if f.start < pos]
    if found.ordered:
        assert all(f.start < pos for f in found.before(pos))  # never the later ones
    span = (pos, pos + width)
    assert found.overlaps(*span) == any(f.start < span[1] and f.end > span[0] for f in found)


def test_attribution_looks_at_a_bounded_number_of_earlier_statements(monkeypatch) -> None:
    """Four times the paragraphs cost about four times the look-ups of earlier statements
    ("who spoke last", "does one overlap this sentence"), not sixteen times."""
    from cscaucasus.evaluate import statements_for_texts

    looked = [0]

    class Counting(statements._FoundList):
        def __getitem__(self, i):  # every statement a look-up reads
            looked[0] += 1
            return super().__getitem__(i)

    monkeypatch.setattr(statements, "_FoundList", Counting)
    para = (
        "Armenian Prime Minister Nikol Pashinyan said on Monday that the CSTO had failed. "
        "“We asked for help,” he said. Analyst Tigran Grigoryan is more cautious. "
        "“It is too early,” he told reporters, adding that talks would go on."
    )

    def looks(n: int) -> int:
        looked[0] = 0
        found = statements_for_texts({"a": "\n".join([para] * n)}, {"a": "2024-02-23"})
        assert len(found) >= 4 * n
        return looked[0]

    small, large = looks(20), looks(80)
    assert large < 6 * small  # linear: about 4x; quadratic: about 16x
