"""Ingesting articles: text files, directories and JSON Lines -> extracted incidents -> the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .documents import MAX_DOCUMENT_BYTES, Document
from .extract import Resolver, extract_incidents
from .fetch.telegram import is_telegram_export, read_telegram_export
from .record import Incident, RecordError, parse_date
from .storage import Store


@dataclass
class IngestReport:
    documents: int = 0
    skipped_seen: int = 0
    incidents: int = 0
    errors: list[str] = field(default_factory=list)


def decode_text(raw: bytes) -> str:
    """An article's bytes as text; ValueError (one line) when too large, binary or not UTF-8."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise ValueError(f"larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB (the limit for one article)")
    if b"\x00" in raw:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from None


def _read_text(path: Path) -> str:
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise ValueError(f"larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB (the limit for one article)")
    return decode_text(path.read_bytes())


def iter_documents(paths: list[str], published: str | None, errors: list[str],
                   channel: str | None = None) -> Iterator[Document]:
    """Documents from files, directories (*.txt, *.jsonl, recursively), JSON Lines and Telegram channel
    exports (``result.json``, messages linked under ``channel`` when it is given); problems go to
    ``errors`` as one line each and the rest goes on."""
    for spec in paths:
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl", ".json", ".parquet")
                           and p.is_file())
        elif path.exists():
            files = [path]
        else:
            errors.append(f"{spec}: no such file or directory")
            continue
        for file in files:
            if file.suffix == ".parquet":
                yield from read_parquet_documents(file, errors)
                continue
            if is_telegram_export(file):  # one JSON document with the channel's messages
                yield from read_telegram_export(file, errors, channel)
                continue
            if file.suffix in (".jsonl", ".json"):  # a corpus: any size, read line by line
                yield from _jsonl(file, published, errors)
                continue
            try:
                text = _read_text(file)
            except (OSError, ValueError) as exc:
                errors.append(f"{file}: {exc}")
                continue
            if published is None:
                errors.append(f"{file}: no publication date: give --published YYYY-MM-DD")
            elif not text.strip():
                errors.append(f"{file}: empty file")
            else:
                yield Document(text, published, None, str(file))


def read_parquet_documents(path: Path, errors: list[str]) -> list[Document]:
    """Documents from a Parquet file with columns text, published and (optionally) url."""
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except Exception as exc:  # pyarrow raises several types for a bad file
        errors.append(f"{path}: not a readable Parquet file ({exc})")
        return []
    if "text" not in table.column_names or "published" not in table.column_names:
        errors.append(f"{path}: Parquet needs columns text and published")
        return []
    docs = []
    urls = table.column("url").to_pylist() if "url" in table.column_names else [None] * table.num_rows
    for n, (text, published, url) in enumerate(zip(table.column("text").to_pylist(),
                                                   table.column("published").to_pylist(), urls, strict=True), 1):
        try:
            date = parse_date(str(published), "published")
        except RecordError as exc:
            errors.append(f"{path}:row {n}: {exc}")
            continue
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{path}:row {n}: text: missing or not a string")
            continue
        if "\x00" in text:
            errors.append(f"{path}:row {n}: text: binary data (NUL characters), not text")
            continue
        docs.append(Document(text, date, url, f"{path}:row {n}"))
    return docs


def _jsonl(file: Path, published: str | None, errors: list[str]) -> Iterator[Document]:
    try:
        fh = open(file, "rb")
    except OSError as exc:
        errors.append(f"{file}: {exc}")
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            doc = _jsonl_line(raw, f"{file}:{n}", published, errors)
            if doc is not None:
                yield doc


def _jsonl_line(raw: bytes, where: str, published: str | None, errors: list[str]) -> Document | None:
    """One JSON Lines record as a document, or None (with the reason in ``errors``)."""
    if not raw.strip():
        return None
    if len(raw) > MAX_DOCUMENT_BYTES:
        errors.append(f"{where}: line longer than {MAX_DOCUMENT_BYTES // 1_000_000} MB")
        return None
    if b"\x00" in raw:
        errors.append(f"{where}: binary data (NUL bytes), not text")
        return None
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        errors.append(f"{where}: not UTF-8 text (byte {exc.start})")
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        errors.append(f"{where}: broken JSON ({exc.msg} at column {exc.colno})")
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        errors.append(f"{where}: text: missing or not a string")
        return None
    if "\x00" in obj["text"]:  # written as \u0000 in the JSON
        errors.append(f"{where}: text: binary data (NUL characters), not text")
        return None
    date = obj.get("published") or published
    try:
        date = parse_date(date, "published") if date else None
    except RecordError as exc:
        errors.append(f"{where}: {exc}")
        return None
    if date is None:
        errors.append(f"{where}: published: missing (and no --published given)")
        return None
    url = obj.get("url")
    return Document(obj["text"], date, url if isinstance(url, str) else None, where)


def ingest(paths: list[str], store: Store, resolver: Resolver, published: str | None = None, source: str | None = None,
           progress: bool = True, channel: str | None = None) -> IngestReport:
    """Extract and store incidents from every document; documents seen before add nothing."""
    from tqdm import tqdm

    report = IngestReport()
    docs = iter_documents(paths, check_published(published), report.errors, channel)
    for doc in tqdm(docs, desc="ingest", unit=" docs", disable=not progress, file=sys.stderr):
        store_document(report, store, doc, extract_incidents(doc.text, doc.published, resolver), source)
    return report


def check_published(published: str | None) -> str | None:
    """The --published option as an ISO date (RecordError names the option when it is not one)."""
    return None if published is None else parse_date(published, "--published")


def store_document(report: IngestReport, store: Store, doc: Document, incidents: list[Incident],
                   source: str | None) -> None:
    """Write one document's incidents (once) and count the outcome in ``report``."""
    try:
        added, ids = store.ingest_document(doc.text, doc.published, [inc.as_record() for inc in incidents],
                                           source or doc.origin, doc.url)
    except RecordError as exc:
        report.errors.append(f"{doc.origin}: {exc}")
        return
    report.documents += 1
    report.skipped_seen += not added
    report.incidents += len(ids)
