"""The one reader of UTF-8 text files kg is given: articles (extract, import) and facts files (import).

Every way a file can fail (missing, unreadable, binary, not UTF-8, empty) becomes an InputError naming it.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError

# Leading bytes of the binary formats people mistake for text, with what to do instead.
SIGNATURES = (
    (b"%PDF", "a PDF document", "Convert the PDF to text first, e.g. `pdftotext FILE.pdf FILE.txt`."),
    (b"PK\x03\x04", "a zip archive (or a .docx/.odt/.xlsx document)",
     "Unpack it, or save the document as plain text (UTF-8), then give that."),
    (b"\x7fELF", "an executable (ELF)", "Give the article's text file instead."),
    (b"\x89PNG", "a PNG image", "Transcribe or OCR the image to text first."),
    (b"GIF8", "a GIF image", "Transcribe or OCR the image to text first."),
    (b"\xff\xd8\xff", "a JPEG image", "Transcribe or OCR the image to text first."),
    (b"\xd0\xcf\x11\xe0", "an OLE document (old Word/Excel .doc/.xls)",
     "Save it as plain text (UTF-8) first, then give that."),
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def read_text(path: Path | str) -> str:
    """The text of a file; InputError when it is missing, unreadable, binary, not UTF-8 or empty."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="Check the path of the article.") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})",
                         hint="Check that it is a readable file, not a folder.") from None
    for signature, kind, hint in SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{path}: is {kind}, not text (it starts with {signature!r})", hint=hint)
    if b"\x00" in data:
        raise InputError(f"{path}: is a binary file, not article text",
                         hint="Give a plain-text article (UTF-8); convert PDFs or word-processor files first.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: is not UTF-8 text (invalid byte at offset {e.start})",
                         hint="Convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8`.") from None
    if not text.strip():
        raise InputError(f"{path}: is empty", hint="Give an article with a title line and body text.")
    return text


def read_article(path: Path | str) -> str:
    """The text of an article file: `read_text`, and InputError when it holds no sentence at all."""
    text = read_text(path)
    if not has_sentence(text):
        raise InputError(f"{path}: holds no sentence, so it is not article text",
                         hint="Give the article as plain text: a title line, then its body in sentences.")
    return text


def has_sentence(text: str) -> bool:
    """Whether some line holds a sentence: three or more words, then an end mark (. ! ?). Linear time."""
    pieces = re.split(r"[.!?]", text)[:-1]  # each piece is followed by an end mark
    return any(len(_WORD.findall(piece.rsplit("\n", 1)[-1])) >= 3 for piece in pieces)
