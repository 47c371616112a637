"""Who may change data on the page, and the checks behind add / edit / delete (plain functions)."""

from __future__ import annotations

import hmac
import ipaddress
import socket
from functools import lru_cache

from incidents import settings
from incidents.record import RecordError, clean_record

MAX_ARTICLE_CHARS = 200_000


@lru_cache(maxsize=16)  # the page asks on every run; the server's address does not change
def is_loopback(host: str) -> bool:
    """Whether a server bound to ``host`` is reachable from this machine only.

    The one place that decides exposure, from the address the server really binds: an empty host
    binds every interface (as do ``0.0.0.0`` and ``::``); a name counts as loopback only when every
    address it resolves to is a loopback address; a name that does not resolve is not trusted."""
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]).split("%")[0] for info in infos}
    return bool(addresses) and all(ipaddress.ip_address(a).is_loopback for a in addresses)


def listening_on(host: str) -> str:
    """How the page names the address the server listens on."""
    return host.strip() or "every network interface"


def editing_mode(host: str | None = None, password: str | None = None) -> tuple[str, str]:
    """("edit" | "password" | "read-only", sentence for the page).

    On loopback editing is open; beyond it, editing needs a configured password, else it is off.
    ``host`` defaults to ``$INCIDENT_MAP_HOST`` (set by ``incident-map serve``); unknown counts as
    every interface, Streamlit's own default."""
    host = host if host is not None else settings.server_host()
    password = password if password is not None else settings.password()
    where = listening_on(host)
    if is_loopback(host):
        return "edit", f"Editing is on (the server listens on {where} only)."
    if password:
        return "password", f"The server listens on {where}: enter the password to add, edit or delete."
    return "read-only", (f"Read-only: the server listens on {where} and no password is configured "
                         f"(set {settings.ENV_PASSWORD} to allow editing).")


def password_ok(given: str, password: str | None = None) -> bool:
    expected = password if password is not None else settings.password()
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
