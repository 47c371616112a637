"""Who may change data on the page, and the checks behind add / edit / delete (plain functions)."""

from __future__ import annotations

import hmac
import ipaddress
import os

from .schema import RecordError, clean_record

ENV_HOST = "INCIDENT_MAP_HOST"
ENV_PASSWORD = "INCIDENT_MAP_PASSWORD"  # noqa: S105 - the name of the variable, not a password
MAX_ARTICLE_CHARS = 200_000


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def editing_mode(host: str | None = None, password: str | None = None) -> tuple[str, str]:
    """("edit" | "password" | "read-only", sentence for the page).

    On loopback editing is open; beyond it, editing needs a configured password, else it is off."""
    host = host if host is not None else os.environ.get(ENV_HOST, "127.0.0.1")
    password = password if password is not None else os.environ.get(ENV_PASSWORD, "")
    if is_loopback(host):
        return "edit", f"Editing is on (the server listens on {host} only)."
    if password:
        return "password", f"The server listens on {host}: enter the password to add, edit or delete."
    return "read-only", (f"Read-only: the server listens on {host} and no password is configured "
                         f"(set {ENV_PASSWORD} to allow editing).")


def password_ok(given: str, password: str | None = None) -> bool:
    expected = password if password is not None else os.environ.get(ENV_PASSWORD, "")
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


def check_article(text: str) -> str | None:
    """Why a pasted or uploaded article cannot be used, or None."""
    if not text.strip():
        return "The article is empty."
    if len(text) > MAX_ARTICLE_CHARS:
        return f"The article is too long ({len(text):,} characters, at most {MAX_ARTICLE_CHARS:,})."
    if "\x00" in text:
        return "The upload is not text (it contains NUL bytes)."
    return None


def validate(record: dict) -> str | None:
    """One-line reason a record cannot be saved, or None."""
    try:
        clean_record(record)
    except RecordError as exc:
        return f"Cannot save: {exc}"
    return None
