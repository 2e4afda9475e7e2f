"""The one reader of the files kg is given: articles (extract, import), facts files and RDF (import).

Every way a file can fail (missing, unreadable, not a regular file, too large, binary, not UTF-8, empty, control
characters) becomes an InputError naming it. Reads are bounded: a FIFO, a device or a symlink to /dev/zero is
refused before a byte is read, and no more than the limit (plus one byte) is ever read.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import yaml

from kg.errors import InputError

MIB = 1024 * 1024
# Facts files and RDF: far above any real import, far below what exhausts memory.
MAX_INPUT_BYTES = 64 * MIB
# Article text: a long UN Panel of Experts report is about 2 MB; extraction runs at about 70 kB/s.
MAX_ARTICLE_BYTES = 4 * MIB

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


# Characters no export syntax can carry (XML 1.0 forbids them): C0 controls except tab, newline and carriage
# return, and the non-characters U+FFFE and U+FFFF. kg refuses them on input, so every export imports again.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _describe(size: int) -> str:
    return f"{size / MIB:.0f} MB" if size >= MIB else f"{size} bytes"


def _refuse_special(path: Path, info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: is not a regular file (a folder, FIFO, socket or device)",
                         hint="Give a plain file; copy the data into one first.")
    if info.st_size > limit:
        raise InputError(f"{path}: is {_describe(info.st_size)}, over kg's limit of {_describe(limit)} per file",
                         hint="Split it into several files.")


def read_bytes(path: Path | str, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; InputError for anything else. A FIFO or a device is
    refused before it is opened (and checked again once open, so a swapped path cannot slip through)."""
    path = Path(path)
    try:
        _refuse_special(path, os.stat(path), limit)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="Check the path of the article.") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})",
                         hint="Check that it is a readable file, not a folder.") from None
    with os.fdopen(fd, "rb") as handle:
        _refuse_special(path, os.fstat(fd), limit)
        data = handle.read(limit + 1)
    if len(data) > limit:  # the file grew while we read it
        raise InputError(f"{path}: is over kg's limit of {_describe(limit)} per file",
                         hint="Split it into several files.")
    return data


def refuse_control_characters(where: str, text: str) -> None:
    """InputError when `text` holds a character no export syntax can carry (see CONTROL_CHARACTERS)."""
    found = CONTROL_CHARACTERS.search(text)
    if found:
        raise InputError(f"{where}: holds the control character U+{ord(found.group()):04X} at character "
                         f"{found.start()}", hint="Remove it (form feeds from PDF conversion: `tr '\\f' '\\n'`).")


def read_text(path: Path | str, *, limit: int = MAX_INPUT_BYTES) -> str:
    """The text of a file; InputError when it is missing, not a regular file, over `limit` bytes, binary, not
    UTF-8, empty or holds control characters."""
    path = Path(path)
    data = read_bytes(path, limit=limit)
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
    refuse_control_characters(str(path), text)
    return text


def read_article(path: Path | str) -> str:
    """The text of an article file: `read_text` within the article limit, and InputError when it holds no
    sentence at all."""
    text = read_text(path, limit=MAX_ARTICLE_BYTES)
    if not has_sentence(text):
        raise InputError(f"{path}: holds no sentence, so it is not article text",
                         hint="Give the article as plain text: a title line, then its body in sentences.")
    return text


def has_sentence(text: str) -> bool:
    """Whether some line holds a sentence: three or more words, then an end mark (. ! ?). Linear time."""
    pieces = re.split(r"[.!?]", text)[:-1]  # each piece is followed by an end mark
    return any(len(_WORD.findall(piece.rsplit("\n", 1)[-1])) >= 3 for piece in pieces)


# JSON and YAML parsed within bounds: nesting depth, duplicate keys, YAML aliases ("billion laughs") and values
# JSON does not have (NaN, Infinity). Deep nesting is refused before the structure is built (the JSON scanner and
# the YAML composer are recursive, so 100,000 levels would otherwise end in a RecursionError).

MAX_DEPTH = 64
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(path: Path, depth: int) -> InputError:
    return InputError(f"{path}: nests objects or lists deeper than kg's limit of {MAX_DEPTH} levels (at least "
                      f"{depth})", hint="A facts file is two or three levels deep; regenerate it with `kg extract`.")


def check_json_depth(path: Path, text: str) -> None:
    """InputError when brackets outside strings nest deeper than MAX_DEPTH (one linear scan, no recursion)."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(path, depth)
        elif bracket in "]}":
            depth -= 1


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def load_json(path: Path, text: str) -> object:
    """The JSON value of `text`: depth-checked, duplicate keys and NaN/Infinity refused."""
    check_json_depth(path, text)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError) as e:  # JSONDecodeError is a ValueError
        raise InputError(f"{path}: malformed JSON: {str(e).splitlines()[0]}",
                         hint="Fix the syntax, or regenerate the file with `kg extract`.") from None


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and deep nesting, and keeps dates as the strings they were written as
    (the facts model checks them; PyYAML's own date parsing raises a bare ValueError on 2025-02-30)."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # noqa: ANN001, ANN201 (PyYAML's signature)
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in kg's input",
                                              self.peek_event().start_mark)
        self.depth = getattr(self, "depth", 0) + 1
        if self.depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nesting deeper than {MAX_DEPTH} levels",
                                              self.peek_event().start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def load_yaml(path: Path, text: str) -> object:
    """The YAML value of `text`: one document, no aliases, depth-checked, dates kept as strings."""
    try:
        return yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as e:
        raise InputError(f"{path}: malformed YAML: {str(e).splitlines()[0]}",
                         hint="Fix the syntax, or regenerate the file with `kg extract`.") from None
    except (ValueError, RecursionError) as e:
        raise InputError(f"{path}: malformed YAML: {e}", hint="Fix the value, or regenerate the file.") from None
