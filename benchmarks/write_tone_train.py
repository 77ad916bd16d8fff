"""Write tests/data/tone_train.csv from the hand-coded batches (deterministic).

    python benchmarks/write_tone_train.py

The statements and their tones are the ``tone_batches_*.py`` lists, coded by hand per
docs/tone_codebook.md. This script only places them: each base statement is printed by
up to three outlets, each in its own style (cue verb, framing, first-person quote or
reported clause), with the slots of the statement filled differently, and some with a
neutral procedural opener or closer (which by the codebook does not change the tone).
All printings of one base statement are given to one outlet (different speakers,
years and cue verbs), so that folds grouped by outlet also hold out the statements;
``base`` names the hand-written statement a row comes from.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tone_batches_a import ARMENIA, AZERBAIJAN, CSTO  # noqa: E402
from tone_batches_b import BELARUS, EU, IRAN, KAZAKHSTAN, RUSSIA, TURKEY, US  # noqa: E402
from tone_batches_c import HARD  # noqa: E402
from tone_batches_d import BATCH_D  # noqa: E402
from tone_batches_e import BATCH_E  # noqa: E402
from tone_batches_f import rows as batch_f_rows  # noqa: E402

OUT = HERE.parent / "tests" / "data" / "tone_train.csv"
COLUMNS = ["id", "outlet", "year", "speaker", "cue", "text", "context", "tone", "note", "base"]
COLUMNS.append("batch")  # a, b, c: the first batches; d, e: written later (tone_batches_d/e);
# f: statements as the pipeline hands them over, from articles (tone_batches_f)

SPEAKERS = {
    "Armenia": [
        "Nikol Pashinyan",
        "Ararat Mirzoyan",
        "Ani Badalyan",
        "Suren Papikyan",
        "Alen Simonyan",
        "Armen Grigoryan",
    ],
    "Azerbaijan": [
        "Ilham Aliyev",
        "Jeyhun Bayramov",
        "Hikmet Hajiyev",
        "Aykhan Hajizada",
        "Elnur Mammadov",
    ],
    "CSTO": ["Stanislav Zas", "Imangali Tasmagambetov", "Vladimir Semerikov", "CSTO Secretariat"],
    "Russia": [
        "Vladimir Putin",
        "Sergey Lavrov",
        "Maria Zakharova",
        "Dmitry Peskov",
        "Mikhail Galuzin",
        "Alexei Overchuk",
    ],
    "Kazakhstan": [
        "Kassym-Jomart Tokayev",
        "Murat Nurtleu",
        "Aibek Smadiyarov",
        "Yermek Kosherbayev",
    ],
    "Belarus": ["Alexander Lukashenko", "Sergei Aleinik", "Maxim Ryzhenkov", "Viktor Khrenin"],
    "EU": [
        "Josep Borrell",
        "Charles Michel",
        "Toivo Klaar",
        "Kaja Kallas",
        "Peter Stano",
        "Magnus Brunner",
    ],
    "US": [
        "Antony Blinken",
        "Matthew Miller",
        "Marco Rubio",
        "Tammy Bruce",
        "Louis Bono",
        "Jake Sullivan",
    ],
    "Turkey": [
        "Recep Tayyip Erdogan",
        "Mevlut Cavusoglu",
        "Hakan Fidan",
        "Serdar Kilic",
        "Oncu Keceli",
    ],
    "Iran": [
        "Hossein Amir-Abdollahian",
        "Abbas Araghchi",
        "Nasser Kanaani",
        "Masoud Pezeshkian",
        "Esmaeil Baghaei",
    ],
}

# Outlet styles: the cue verbs each prefers and how it frames a quote. Partisan and
# tabloid styles use loaded verbs ("slammed", "threatened") whatever the content.
OUTLETS = {
    "Reuters": (["said", "told reporters", "said in a statement"], "plain"),
    "Associated Press": (["said", "told The Associated Press", "said on Tuesday"], "plain"),
    "AFP": (["said", "told AFP", "declared"], "plain"),
    "TASS": (["stressed", "noted", "told TASS", "emphasized"], "plain"),
    "RIA Novosti": (["said", "stated", "pointed out"], "plain"),
    "Interfax": (["told Interfax", "said", "noted"], "plain"),
    "Kommersant": (["admitted", "said", "acknowledged"], "plain"),
    "Armenpress": (["noted", "stated", "underlined", "emphasized"], "plain"),
    "News.am": (["slammed", "lashed out", "blasted", "hit back"], "loaded"),
    "Azatutyun": (["said", "told RFE/RL's Armenian Service", "claimed"], "plain"),
    "Asbarez": (["claimed", "insisted", "boasted", "threatened"], "loaded"),
    "CivilNet": (["said", "explained", "noted"], "plain"),
    "Hetq": (["claimed", "said", "insisted"], "plain"),
    "Azertac": (["emphasized", "underlined", "stressed", "noted"], "plain"),
    "APA": (["said", "stated", "slammed"], "loaded"),
    "Trend": (["said", "told Trend", "noted"], "plain"),
    "Report.az": (["stated", "said", "warned"], "loaded"),
    "Kazinform": (["noted", "said", "stressed"], "plain"),
    "BelTA": (["emphasized", "said", "warned"], "plain"),
    "Anadolu Agency": (["said", "stressed", "told Anadolu"], "plain"),
    "Daily Sabah": (["slammed", "said", "criticized"], "loaded"),
    "IRNA": (["said", "stressed", "warned"], "plain"),
    "Tehran Times": (["said", "warned", "insisted"], "loaded"),
    "Eurasianet": (["said", "told Eurasianet", "claimed"], "plain"),
    "OC Media": (["said", "claimed", "told OC Media"], "plain"),
    "JAMnews": (["said", "stated", "lamented"], "plain"),
    "Euronews": (["said", "told Euronews", "admitted"], "plain"),
    "Politico Europe": (["said", "told POLITICO", "quipped"], "plain"),
    "Al Jazeera": (["said", "told Al Jazeera", "warned"], "plain"),
    "Sputnik Armenia": (["slammed", "threatened", "said", "mocked"], "loaded"),
}

# Batches D and E (tone_batches_d/e.py) are printed by outlets the first batches do not use.
OUTLETS_D = {
    "Caucasian Knot": (["said", "stated", "reported"], "plain"),
    "Meduza": (["said", "told Meduza", "admitted"], "plain"),
    "The Moscow Times": (["said", "told The Moscow Times", "claimed"], "plain"),
    "Izvestia": (["told Izvestia", "stressed", "said"], "plain"),
    "Aravot": (["said", "noted", "complained"], "plain"),
    "Public Radio of Armenia": (["said", "stated", "underlined"], "plain"),
    "The Armenian Weekly": (["said", "declared", "lamented"], "loaded"),
    "Caliber.az": (["slammed", "said", "exposed"], "loaded"),
    "Xinhua": (["said", "noted", "told Xinhua"], "plain"),
    "BBC News": (["said", "told the BBC", "warned"], "plain"),
    "Hurriyet Daily News": (["said", "stated", "noted"], "plain"),
    "Mehr News": (["said", "stressed", "warned"], "loaded"),
}

FILLS = {
    "D": [
        "the declaration",
        "the final document",
        "the joint statement",
        "the memorandum",
        "the draft agreement",
        "the protocol",
    ],
    "W": [
        "security",
        "energy",
        "trade",
        "transport",
        "defence",
        "education",
        "agriculture",
        "the humanitarian sphere",
        "information technology",
        "healthcare",
    ],
    "C": [
        "Minsk",
        "Moscow",
        "Astana",
        "Brussels",
        "Geneva",
        "Washington",
        "Tehran",
        "Ankara",
        "Abu Dhabi",
        "Almaty",
        "Bishkek",
        "Dushanbe",
    ],
    "M": ["January", "March", "April", "June", "September", "October", "November", "December"],
}
OPENERS = [
    "As I have already said, ",
    "Let me be clear. ",
    "First of all, ",
    "On this point, ",
    "As for the substance, ",
]
CLOSERS = [
    " That is all I can say for now.",
    " We will inform the public about the next steps.",
    " The issue was discussed at today's meeting.",
    " I have said this before.",
    " The details will be announced later.",
]
FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|me)\b")


def pick(options: list[str], key: str) -> str:
    digest = hashlib.sha256(key.encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def fill(text: str, key: str) -> str:
    return re.sub(r"\{(\w)\}", lambda m: pick(FILLS[m.group(1)], key + m.group(1)), text)


def bases() -> list[tuple[str, int, str, str]]:
    grouped = {
        "Armenia": ARMENIA,
        "Azerbaijan": AZERBAIJAN,
        "CSTO": CSTO,
        "Russia": RUSSIA,
        "Kazakhstan": KAZAKHSTAN,
        "Belarus": BELARUS,
        "EU": EU,
        "US": US,
        "Turkey": TURKEY,
        "Iran": IRAN,
    }
    rows = [
        (actor, tone, note, text) for actor, items in grouped.items() for tone, note, text in items
    ]
    return rows + list(HARD)


def batch_of(actor: str, number: int, first: int) -> str:
    """The batch file a base statement comes from (see COLUMNS)."""
    if number > first + len(BATCH_D):
        return "e"
    if number > first:
        return "d"
    if number > first - len(HARD):
        return "c"
    return "a" if actor in ("Armenia", "Azerbaijan", "CSTO") else "b"


def context(text: str, speaker: str, cue: str, key: str) -> str:
    """The sentence as the outlet prints it: the quote or the reported clause, framed."""
    if FIRST_PERSON.search(text) or pick(["q", "q", "r"], key + "form") == "q":
        body = text.rstrip(".")
        if pick(["after", "before"], key + "order") == "after":
            return f'"{body}," {speaker} {cue}.'
        return f'{speaker} {cue}: "{text}"'
    clause = text[0].lower() + text[1:] if not text[:2].isupper() else text
    return f"{speaker} {cue} that {clause}"


def with_opener(opener: str, text: str) -> str:
    """``text`` after a neutral opener, lowercased after a comma (but not "I" or "EU")."""
    if opener.endswith(", ") and not text.startswith(("I ", "I'")) and not text[:2].isupper():
        return opener + text[0].lower() + text[1:]
    return opener + text


def variants(base_id: str, text: str) -> list[str]:
    """Up to four printings: as written, after an opener, before a closer, and both."""
    out = [
        fill(text, base_id + "v0"),
        with_opener(pick(OPENERS, base_id), fill(text, base_id + "v1")),
        fill(text, base_id + "v2").rstrip() + pick(CLOSERS, base_id),
        with_opener(pick(OPENERS, base_id + "o"), fill(text, base_id + "v3"))
        + pick(CLOSERS, base_id + "c"),
    ]
    unique = []
    for t in out:
        if t not in unique:
            unique.append(t)
    return unique


def rows() -> list[dict[str, str]]:
    out = []
    first = bases()
    every = first + list(BATCH_D) + list(BATCH_E)
    for number, (actor, tone, note, text) in enumerate(every, start=1):
        base_id = f"b{number:04d}"
        styles = OUTLETS if number <= len(first) else OUTLETS_D
        outlets = list(styles)
        for k, variant in enumerate(variants(base_id, text)):
            key = f"{base_id}-{k}"
            outlet = outlets[(number * 7) % len(outlets)]
            cues, _style = styles[outlet]
            cue = pick(cues, key + "cue")
            speaker = pick(SPEAKERS[actor], key + "speaker")
            year = str(2020 + int(hashlib.sha256(key.encode()).hexdigest(), 16) % 6)
            out.append(
                {
                    "id": f"tt{len(out) + 1:05d}",
                    "outlet": outlet,
                    "year": year,
                    "speaker": speaker,
                    "cue": cue,
                    "text": variant,
                    "context": context(variant, speaker, cue, key),
                    "tone": str(tone),
                    "note": note,
                    "base": base_id,
                    "batch": batch_of(actor, number, len(first)),
                }
            )
    for row in batch_f_rows():  # printed once each: the pipeline's own form
        out.append({"id": f"tt{len(out) + 1:05d}", **row, "batch": "f"})
    return out


def main() -> None:
    table = rows()
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"wrote {len(table)} statements to {OUT}")


if __name__ == "__main__":
    main()
