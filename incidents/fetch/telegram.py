"""Telegram Desktop channel exports (``result.json``): each message a document with its date and
its ``https://t.me/<channel>/<id>`` link."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..documents import MAX_DOCUMENT_BYTES, Document
from ..record import RecordError, parse_date

MAX_EXPORT_BYTES = 2_000_000_000


def is_telegram_export(path: Path) -> bool:
    """A ``.json`` file that is one JSON document (Telegram writes ``{`` alone on its first line),
    not JSON Lines."""
    if path.suffix != ".json" or not path.is_file():
        return False
    try:
        with open(path, "rb") as fh:
            first = fh.readline(64).strip()
    except OSError:
        return False
    return first in (b"{", b"\xef\xbb\xbf{")


def message_text(text: object) -> str:
    """A message's ``text``: a string, or a list of strings and entity objects ``{"type", "text"}``."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                       for p in text)
    return ""


def channel_link(export: dict, channel: str | None) -> str:
    """The link prefix of the channel's messages: ``https://t.me/<username>`` when the export (or
    ``channel``) names it, else ``https://t.me/c/<id>`` (Telegram's form for channels without one)."""
    name = channel or export.get("username") or export.get("channel")
    if isinstance(name, str) and name.strip():
        return "https://t.me/" + name.strip().lstrip("@").removeprefix("https://t.me/").strip("/")
    return f"https://t.me/c/{export.get('id')}"


def read_telegram_export(path: Path, errors: list[str], channel: str | None = None) -> Iterator[Document]:
    """The messages of a channel export as documents; a message with a missing or bad field is one
    line in ``errors`` (and not stored), the others go on."""
    try:
        if path.stat().st_size > MAX_EXPORT_BYTES:
            errors.append(f"{path}: larger than {MAX_EXPORT_BYTES // 1_000_000_000} GB")
            return
        export = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        errors.append(f"{path}: {exc}")
        return
    except UnicodeDecodeError as exc:
        errors.append(f"{path}: not UTF-8 text (byte {exc.start})")
        return
    except json.JSONDecodeError as exc:
        errors.append(f"{path}: broken JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")
        return
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        errors.append(f"{path}: messages: missing (not a Telegram channel export)")
        return
    prefix = channel_link(export, channel)
    if prefix.endswith("/None"):
        errors.append(f"{path}: id and username: missing (no link for the messages; give --channel NAME)")
        return
    for n, msg in enumerate(export["messages"], 1):
        doc = _message(msg, f"{path}: message {n}", prefix, errors)
        if doc is not None:
            yield doc


def _message(msg: object, where: str, prefix: str, errors: list[str]) -> Document | None:
    if not isinstance(msg, dict):
        errors.append(f"{where}: not an object")
        return None
    if msg.get("type", "message") != "message":
        return None  # service messages: joins, pins, title changes
    text = message_text(msg.get("text")).strip()
    if not text:
        return None  # a photo or a sticker without a caption: nothing to read
    msg_id = msg.get("id")
    if not isinstance(msg_id, int) or isinstance(msg_id, bool):
        errors.append(f"{where}: id: missing or not a number")
        return None
    where = f"{where} (id {msg_id})"
    date = msg.get("date")
    if not isinstance(date, str) or not date:
        errors.append(f"{where}: date: missing")
        return None
    try:
        published = parse_date(date[:10], "date")
    except RecordError as exc:
        errors.append(f"{where}: {exc}")
        return None
    if "\x00" in text or len(text.encode()) > MAX_DOCUMENT_BYTES:
        errors.append(f"{where}: text: binary or larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB")
        return None
    return Document(text, published, f"{prefix}/{msg_id}", where)
