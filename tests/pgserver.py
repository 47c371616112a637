"""A real, throwaway PostgreSQL + PostGIS server for the test suite.

    with TempPostgres() as pg:
        psycopg.connect(pg.url)   # postgresql://postgres@127.0.0.1:PORT/incidents, postgis created

The cluster lives in a fresh temporary directory, listens only on 127.0.0.1 (on a free port) and on a unix
socket inside that directory, trusts loopback connections, and trades durability for speed (fsync off).
It is stopped with ``pg_ctl stop -m immediate`` and its directory removed on exit, also when startup failed.

PostgreSQL refuses to run as root, so when the tests run as root the server commands run as the
``postgres`` system user (created by Debian's postgresql package) and the directory is handed to it.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

PG_LIB = Path("/usr/lib/postgresql")
SERVER_TOOLS = ("initdb", "pg_ctl", "postgres")
SERVER_USER = "postgres"
DEFAULT_DB = "incidents"

# Speed over durability: the data is thrown away anyway.
FAST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "wal_level": "minimal",
    "max_wal_senders": "0",
    "max_wal_size": "1GB",
    "checkpoint_timeout": "30min",
    "autovacuum": "off",
    "jit": "off",
    "logging_collector": "off",
    "log_min_messages": "warning",
}


def _has_server_tools(bindir: Path) -> bool:
    return all((bindir / tool).is_file() and os.access(bindir / tool, os.X_OK) for tool in SERVER_TOOLS)


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (-1,)


def find_pg_bin() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin with initdb, pg_ctl and postgres; else ``pg_config --bindir``."""
    candidates = sorted((p for p in PG_LIB.glob("*/bin") if _has_server_tools(p)), key=_version_key, reverse=True)
    if candidates:
        return candidates[0]
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=30, check=True)
        except (OSError, subprocess.SubprocessError):
            return None
        bindir = Path(out.stdout.strip())
        if _has_server_tools(bindir):
            return bindir
    return None


def server_major_version(bindir: Path) -> str | None:
    """The server's major version ("15"), from ``postgres --version``."""
    try:
        out = subprocess.run([str(bindir / "postgres"), "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"\)\s*(\d+)", out.stdout) or re.search(r"(\d+)(?:\.\d+)*", out.stdout)
    return match.group(1) if match else None


def _extension_dirs(bindir: Path) -> list[Path]:
    dirs: list[Path] = []
    major = server_major_version(bindir)
    if major:
        dirs.append(Path("/usr/share/postgresql") / major / "extension")
    pg_config = bindir / "pg_config"
    if pg_config.is_file():
        try:
            out = subprocess.run([str(pg_config), "--sharedir"], capture_output=True, text=True, timeout=30)
            if out.returncode == 0 and out.stdout.strip():
                dirs.append(Path(out.stdout.strip()) / "extension")
        except (OSError, subprocess.SubprocessError):
            pass
    return dirs


def postgis_available(bindir: Path) -> bool:
    """Whether the postgis extension is installed for the server in ``bindir``."""
    return any((d / "postgis.control").is_file() for d in _extension_dirs(bindir))


def _apt_major_version() -> str | None:
    """The major version of Debian's default ``postgresql`` package ("15+248" -> "15"), if apt offers one."""
    try:
        out = subprocess.run(["apt-cache", "policy", "postgresql"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.search(r"Candidate:\s*(\d+)\+", out.stdout)
    return match.group(1) if match else None


def ensure_postgis_installed() -> str | None:
    """Install PostgreSQL + PostGIS with apt-get when missing and possible.

    Returns None when PostGIS is (now) available, else a one-line reason why it cannot be had here.
    """
    bindir = find_pg_bin()
    if bindir is not None and postgis_available(bindir):
        return None
    if os.geteuid() != 0:
        return "PostGIS is not installed and installing it needs root (apt-get install postgresql-NN-postgis-3)"
    apt_get = shutil.which("apt-get")
    if apt_get is None:
        return "PostGIS is not installed and this machine has no apt-get to install it with"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}

    def install() -> subprocess.CompletedProcess[str]:
        major = (server_major_version(bindir) if bindir else None) or _apt_major_version()
        if major is None:
            packages = ["postgresql", "postgresql-postgis"]
        else:
            packages = ["postgresql", f"postgresql-{major}", f"postgresql-{major}-postgis-3"]
        cmd = [apt_get, "install", "-y", "-qq", "--no-install-recommends", *packages]
        return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1800)

    try:
        result = install()
        if result.returncode != 0:  # most often: no package lists yet
            subprocess.run([apt_get, "update", "-qq"], capture_output=True, text=True, env=env, timeout=900)
            result = install()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"apt-get could not install PostGIS: {exc}"
    bindir = find_pg_bin()
    if bindir is not None and postgis_available(bindir):
        return None
    tail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
    return f"apt-get install of PostgreSQL/PostGIS failed (exit {result.returncode}): {tail[0]}"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class TempPostgres:
    """Context manager: a fresh PostgreSQL cluster with PostGIS, gone again on exit.

    Attributes once entered: ``url``, ``host``, ``port``, ``dbname``, ``user``, ``bindir``, ``base_dir``,
    ``datadir``, ``socket_dir``, ``log_path``. ``url_for(name)`` gives the URL of another database on it.
    With ``postgis=True`` the extension is created in template1 too, so ``CREATE DATABASE x`` has it.
    """

    def __init__(
        self,
        dbname: str = DEFAULT_DB,
        *,
        bindir: Path | None = None,
        postgis: bool = True,
        parent_dir: Path | None = None,
        start_timeout: int = 60,
    ) -> None:
        self.dbname = dbname
        self.bindir = bindir
        self.postgis = postgis
        self.parent_dir = parent_dir
        self.start_timeout = start_timeout
        self.host = "127.0.0.1"
        self.user = SERVER_USER
        self.port = 0
        self.base_dir: Path | None = None
        self._started = False

    # --- paths -------------------------------------------------------------------------------------------------
    def _base(self) -> Path:
        if self.base_dir is None:
            raise RuntimeError("TempPostgres is not entered")
        return self.base_dir

    @property
    def datadir(self) -> Path:
        return self._base() / "data"

    @property
    def socket_dir(self) -> Path:
        return self._base() / "sock"

    @property
    def log_path(self) -> Path:
        return self._base() / "server.log"

    @property
    def url(self) -> str:
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    # --- running the server's programs ------------------------------------------------------------------------
    @staticmethod
    def _as_server_user() -> list[str]:
        """Command prefix that drops root to the postgres user; empty when not root."""
        if os.geteuid() != 0:
            return []
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise RuntimeError(
                f"running as root, and PostgreSQL refuses to run as root, but there is no {SERVER_USER!r} user to "
                "run it as (apt-get install postgresql creates one)"
            ) from None
        if shutil.which("runuser"):
            return ["runuser", "-u", SERVER_USER, "--"]
        if shutil.which("setpriv"):
            return ["setpriv", f"--reuid={SERVER_USER}", f"--regid={SERVER_USER}", "--init-groups", "--"]
        raise RuntimeError("running as root, and neither runuser nor setpriv is there to drop to the postgres user")

    def _run(self, tool: str, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
        assert self.bindir is not None
        cmd = [*self._as_server_user(), str(self.bindir / tool), *args]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=self._base(), env=env)

    def _log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.strip().splitlines()[-lines:]) or "(server log is empty)"

    def _fail(self, what: str, result: subprocess.CompletedProcess[str] | None = None) -> RuntimeError:
        parts = [f"TempPostgres: {what}"]
        if result is not None:
            parts.append(f"exit {result.returncode}; output:\n{(result.stdout + result.stderr).strip()}")
        parts.append(f"server log tail ({self.log_path}):\n{self._log_tail()}")
        return RuntimeError("\n".join(parts))

    # --- lifecycle --------------------------------------------------------------------------------------------
    def _make_base_dir(self) -> Path:
        # As root, the postgres user must be able to reach the directory; a default temp dir it cannot reach
        # (say TMPDIR under /root) falls back to /tmp.
        fallback = Path("/tmp")  # noqa: S108 (only ever a parent for mkdtemp)
        parents = [self.parent_dir] if self.parent_dir else [Path(tempfile.gettempdir()), fallback]
        for parent in parents:
            base = Path(tempfile.mkdtemp(prefix="pgtest-", dir=parent))  # mode 0700, owned by us
            self.base_dir = base
            if os.geteuid() != 0:
                break
            shutil.chown(base, SERVER_USER, SERVER_USER)  # still 0700: only postgres (and root) get in
            probe = subprocess.run([*self._as_server_user(), "test", "-w", str(base)], capture_output=True)
            if probe.returncode == 0:
                break
            shutil.rmtree(base, ignore_errors=True)
            self.base_dir = None
        else:
            raise RuntimeError(
                f"TempPostgres: the {SERVER_USER} user cannot reach a directory under {parents[0]}; a parent "
                "directory is closed to it. Pass parent_dir= a directory it can traverse (e.g. /tmp)"
            )
        self.socket_dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.socket_dir, SERVER_USER, SERVER_USER)
        return base

    def _write_config(self) -> None:
        settings = {
            **FAST_SETTINGS,
            "listen_addresses": "'127.0.0.1'",
            "port": str(self.port),
            "unix_socket_directories": f"'{self.socket_dir}'",
        }
        with (self.datadir / "postgresql.conf").open("a") as conf:
            conf.write("\n# TempPostgres\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        (self.datadir / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")

    def _start_server(self) -> None:
        for attempt in range(3):
            self.port = free_port()
            self._write_config()
            result = self._run(
                "pg_ctl", "start", "-w", "-t", str(self.start_timeout), "-D", str(self.datadir),
                "-l", str(self.log_path), timeout=self.start_timeout + 30,
            )  # fmt: skip
            if result.returncode == 0:
                self._started = True
                return
            if attempt < 2 and "could not bind" in self._log_tail():  # lost the free-port race: try another
                continue
            raise self._fail("pg_ctl start failed", result)

    def _setup_database(self) -> None:
        try:
            import psycopg
        except ImportError:
            raise RuntimeError("TempPostgres needs the psycopg driver: pip install 'psycopg[binary]'") from None
        try:
            if self.postgis:
                with psycopg.connect(self.url_for("template1"), autocommit=True, connect_timeout=30) as conn:
                    conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            with psycopg.connect(self.url_for("postgres"), autocommit=True, connect_timeout=30) as conn:
                conn.execute(f'CREATE DATABASE "{self.dbname}"')  # from template1: postgis comes along
            if self.postgis:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=30) as conn:
                    conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except psycopg.Error as exc:
            raise self._fail(f"setting up database {self.dbname!r} failed: {exc}") from exc

    def start(self) -> TempPostgres:
        if self.bindir is None:
            self.bindir = find_pg_bin()
        if self.bindir is None:
            raise RuntimeError("TempPostgres: no PostgreSQL server binaries (initdb, pg_ctl, postgres) found")
        if self.postgis and not postgis_available(self.bindir):
            raise RuntimeError(f"TempPostgres: PostGIS is not installed for the server in {self.bindir}")
        try:
            self._make_base_dir()
            result = self._run(
                "initdb", "-D", str(self.datadir), "-U", SERVER_USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync", "--no-instructions",
            )  # fmt: skip
            if result.returncode != 0:
                raise self._fail("initdb failed", result)
            self._start_server()
            self._setup_database()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server (immediately) and remove its directory; safe to call more than once."""
        base = self.base_dir
        if base is None:
            return
        if self._started or (self.datadir / "postmaster.pid").exists():
            try:
                result = self._run("pg_ctl", "stop", "-m", "immediate", "-w", "-D", str(self.datadir), timeout=60)
                if result.returncode != 0:
                    self._kill_postmaster()
            except (OSError, subprocess.SubprocessError):
                self._kill_postmaster()
        self._started = False
        shutil.rmtree(base, ignore_errors=True)
        self.base_dir = None

    def _kill_postmaster(self) -> None:
        """Last resort when pg_ctl could not stop our server: SIGQUIT (immediate shutdown) to its postmaster."""
        try:
            pid = int((self.datadir / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return
        try:
            os.kill(pid, signal.SIGQUIT)
        except OSError:
            return
        for _ in range(50):
            try:
                os.kill(pid, 0)
            except OSError:
                return
            time.sleep(0.1)

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
