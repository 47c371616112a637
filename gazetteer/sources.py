"""Finding and reading the gazetteer's inputs: GeoNames dumps (local or downloaded) and the
project's own tables (landmarks, regions, renames)."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import os
import sys
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DownloadError, SourceError
from .paths import GEONAMES_DUMP_URL, cache_dir, local_geonames_sources, project_data_dir

ADMIN1_FILE = "admin1CodesASCII.txt"
ADMIN2_FILE = "admin2Codes.txt"


@dataclass
class GeoNamesFiles:
    """The GeoNames files a build uses, and what could not be found."""

    dumps: dict[str, Path] = field(default_factory=dict)
    admin1: Path | None = None
    admin2: Path | None = None
    missing: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _valid_cached(dest: Path) -> bool:
    sidecar = dest.with_name(dest.name + ".sha256")
    if not dest.exists() or not sidecar.exists():
        return False
    return sidecar.read_text().split()[0] == sha256_of(dest)


def fetch(url: str, dest_dir: Path | None = None, progress: bool = True, timeout: float = 30) -> Path:
    """Download ``url`` into the cache (once): progress bar, atomic write, SHA-256 sidecar.

    A cached copy is reused only while its checksum matches the one recorded at download time.
    """
    dest_dir = dest_dir or cache_dir() / "downloads"
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / url.rstrip("/").rsplit("/", 1)[-1]
    if _valid_cached(dest):
        return dest
    tmp = dest.with_name(dest.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            total = int(resp.headers.get("Content-Length") or 0) or None
            digest = hashlib.sha256()
            from tqdm import tqdm

            with open(tmp, "wb") as out, tqdm(total=total, unit="B", unit_scale=True, desc=dest.name,
                                              disable=not progress, file=sys.stderr) as bar:
                for block in iter(lambda: resp.read(1 << 16), b""):
                    out.write(block)
                    digest.update(block)
                    bar.update(len(block))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        tmp.unlink(missing_ok=True)
        raise DownloadError(f"cannot download {url}: {exc}") from exc
    if total is not None and tmp.stat().st_size != total:
        tmp.unlink(missing_ok=True)
        raise DownloadError(f"cannot download {url}: got {tmp.stat().st_size} of {total} bytes")
    if dest.suffix == ".zip" and not zipfile.is_zipfile(tmp):
        tmp.unlink(missing_ok=True)
        raise DownloadError(f"cannot download {url}: not a zip archive")
    os.replace(tmp, dest)
    dest.with_name(dest.name + ".sha256").write_text(f"{digest.hexdigest()}  {dest.name}\n")
    return dest


def _is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def _find_in_dir(directory: Path, stem: str) -> Path | None:
    for name in (stem, stem + ".gz", stem.replace(".txt", ".zip")):
        path = directory / name
        if path.exists():
            return path
    return None


def locate_geonames(specs: list[str] | None, countries: list[str], download: bool = True,
                    progress: bool = True) -> GeoNamesFiles:
    """Find the dumps for ``countries`` and the admin code tables.

    ``specs`` are files, directories or URLs (a URL ending in ``/`` is a dump directory); without
    specs the environment (``INCIDENT_MAP_GEONAMES``/``INCIDENT_MAP_DATA``) and then the public
    GeoNames site are tried. What stays missing is listed, not raised.
    """
    files = GeoNamesFiles()
    specs = list(specs or local_geonames_sources())
    online = not specs and download
    if online:
        specs = [GEONAMES_DUMP_URL]
    for spec in specs:
        if _is_url(spec):
            base = spec if spec.endswith("/") else None
            if base is None:
                path = fetch(spec, progress=progress)
                _assign(files, path, origin=spec)
                continue
            for cc in countries:
                if cc not in files.dumps:
                    try:
                        files.dumps[cc] = fetch(base + f"{cc}.zip", progress=progress)
                        files.origins[cc] = base + f"{cc}.zip"
                    except DownloadError as exc:
                        files.missing.append(f"GeoNames {cc} dump ({exc})")
            for attr, name in (("admin1", ADMIN1_FILE), ("admin2", ADMIN2_FILE)):
                if getattr(files, attr) is None:
                    try:
                        setattr(files, attr, fetch(base + name, progress=progress))
                    except DownloadError:
                        pass
            continue
        path = Path(spec).expanduser()
        if path.is_dir():
            for cc in countries:
                found = _find_in_dir(path, f"{cc}.txt")
                if found and cc not in files.dumps:
                    files.dumps[cc] = found
                    files.origins[cc] = str(found)
            files.admin1 = files.admin1 or _find_in_dir(path, ADMIN1_FILE)
            files.admin2 = files.admin2 or _find_in_dir(path, ADMIN2_FILE)
        elif path.is_file():
            _assign(files, path, origin=str(path))
        else:
            raise SourceError(f"{spec}: no such file or directory")
    for cc in countries:
        if cc not in files.dumps:
            files.missing.append(f"GeoNames {cc} dump (villages, raions and landmarks of {cc})")
    if files.admin2 is None and files.dumps:
        files.missing.append(f"{ADMIN2_FILE} (raion names)")
    return files


def _assign(files: GeoNamesFiles, path: Path, origin: str) -> None:
    name = path.name
    if name.startswith(ADMIN1_FILE):
        files.admin1 = path
    elif name.startswith(ADMIN2_FILE):
        files.admin2 = path
    else:
        cc = name.split(".")[0].upper()
        if len(cc) != 2:
            raise SourceError(f"{path}: not a GeoNames country dump (expected a name like UA.zip)")
        files.dumps[cc] = path
        files.origins[cc] = origin


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise SourceError(f"{path}: not a valid zip archive") from exc
        members = [n for n in archive.namelist() if n.endswith(".txt") and n != "readme.txt"]
        if not members:
            raise SourceError(f"{path}: no GeoNames .txt table inside")
        return io.TextIOWrapper(archive.open(members[0]), encoding="utf-8")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_dump_rows(path: Path) -> Iterator[list[str]]:
    """Rows of a GeoNames dump (zip, gz or txt), split on tabs; malformed rows are skipped."""
    with _open_text(path) as fh:
        for line in fh:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 19:
                yield row


def read_admin_codes(path: Path | None, prefixes: tuple[str, ...] = ()) -> dict[str, tuple[str, int]]:
    """``{"UA.21": ("Sumy", 692196)}`` from admin1CodesASCII.txt or admin2Codes.txt."""
    if path is None:
        return {}
    out: dict[str, tuple[str, int]] = {}
    with _open_text(path) as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or (prefixes and not parts[0].startswith(prefixes)):
                continue
            out[parts[0]] = (parts[1], int(parts[3]) if parts[3].isdigit() else 0)
    return out


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of one of the project's own CSV tables in ``data/``."""
    path = project_data_dir() / name
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))
