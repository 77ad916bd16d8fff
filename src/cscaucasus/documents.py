"""What every reader of article files shares: the :class:`Document` an article file
becomes, the :class:`Problem` a file or a stage reports, decoding a file's bytes and
normalising its text. Below :mod:`cscaucasus.ingest` (files) and
:mod:`cscaucasus.archives` (exports), which both make documents."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Encodings tried, in order, after UTF-8 fails. cp1251 (Cyrillic) and cp1252/latin-1
# (Western) are the legacy encodings of this field's outlets; the choice between them
# is made by charset-normalizer's coherence scoring.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1", "koi8_r", "iso8859_2", "cp1250")

#: What says a file is unchanged since it was read: size, mtime, ctime, inode.
Signature = tuple[int, int, int, int]

#: A file whose mtime or ctime is this close to the moment it was read may change again
#: within the same timestamp tick (2 s on FAT) without its stat changing: its signature
#: is not kept, so it is read and hashed again next time (git's "racily clean" rule).
RACY_NS = 2_000_000_000


@dataclass
class Document:
    """One article file as read: decoded text and what is known about it.

    The normalized text is kept UTF-8 encoded in ``body`` (half the memory of a ``str``
    of text with any non-ASCII character; decoded by ``text`` when a stage needs it).
    ``body`` is None for a file not read because its stat signature matched a previous
    read (see ``known`` in :func:`read_documents`), or once the text is no longer needed;
    ``stat`` is the signature to keep for the next build (None: the file changed too
    recently to trust it).
    """

    article_id: str
    path: str
    sha256: str
    format: str
    encoding: str
    body: bytes | None
    meta: dict[str, str | None] = field(default_factory=dict)
    stat: Signature | None = None
    hashed: bool = True  # False: ``sha256`` is the one recorded for an unchanged stat
    #: more columns of ``articles`` (an archive export's ``source_file``, ``section``, …)
    fields: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str | None:
        return None if self.body is None else self.body.decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class Problem:
    path: str
    severity: str  # "error" (file skipped) or "warning" (file loaded, with a caveat)
    message: str
    stage: str | None = None  # where it was met, if not the stage that reports it


#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
#: A file that is not valid UTF-8 is still read as UTF-8 (its bad bytes replaced) when
#: at most this share of its non-ASCII sequences are invalid: stray bytes in a UTF-8
#: file, not a legacy encoding (whose text is almost never valid UTF-8 by chance).
MAX_INVALID_SHARE = 0.5


def bom_encoding(raw: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``raw`` names, if any.

    >>> bom_encoding("x".encode("utf-16")), bom_encoding(b"plain")
    ('utf-16-le', None)
    """
    return next((name for mark, name in BOMS if raw.startswith(mark)), None)


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes: by their byte-order mark (UTF-8, UTF-16, UTF-32); as UTF-8; as
    UTF-8 with a few invalid bytes replaced (``"utf-8, 2 invalid bytes replaced"``);
    or, failing that, in the likeliest legacy encoding (charset-normalizer).

    >>> decode("Zas said “no”".encode() + b"\xff")
    ('Zas said “no”\ufffd', 'utf-8, 1 invalid byte replaced')
    """
    bom = bom_encoding(raw)
    if bom == "utf-8-sig":
        text, encoding = decode(raw[3:])
        return text, bom if encoding == "utf-8" else encoding
    if bom is not None:
        mark = next(m for m, name in BOMS if name == bom)
        return raw[len(mark) :].decode(bom, errors="replace"), bom
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        return mostly
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)).best()
    encoding = best.encoding if best is not None else "latin_1"
    return raw.decode(encoding, errors="replace"), encoding


def _mostly_utf8(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few invalid bytes, replaced by U+FFFD; None if there are many."""
    bad = [0]

    def count(exc: UnicodeDecodeError) -> tuple[str, int]:
        bad[0] += exc.end - exc.start
        return "\ufffd" * (exc.end - exc.start), exc.end

    text = raw.decode("utf-8", errors=_register(count))
    wide = sum(1 for ch in text if ord(ch) > 127) - bad[0]  # valid non-ASCII characters
    if bad[0] > MAX_INVALID_SHARE * (wide + bad[0]):
        return None
    plural = "byte" if bad[0] == 1 else "bytes"
    return text, f"utf-8, {bad[0]} invalid {plural} replaced"


def _register(handler) -> str:
    """A codecs error handler under a name for this call (handlers are global)."""
    import codecs

    name = f"cscaucasus-count-{id(handler)}"
    codecs.register_error(name, handler)
    return name


def normalize_text(text: str) -> str:
    """Unicode NFKC, unified line ends, no zero-width or soft-hyphen characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    if _NEEDS_TRANSLATE.search(text) is None:  # str.translate with a dict is slow
        return text
    return text.translate(_INVISIBLE)


_INVISIBLE = {
    ord(c): None for c in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
} | {ord("\u00a0"): " ", ord("\t"): " "}
_NEEDS_TRANSLATE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
