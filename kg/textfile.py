"""The one reader of UTF-8 text files kg is given: articles (extract, import) and facts files (import).

Every way a file can fail (missing, unreadable, binary, not UTF-8, empty) becomes an InputError naming it.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import InputError


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
