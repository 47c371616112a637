"""Starting the Streamlit app from the CLI (the server process replaces the CLI process)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = Path(__file__).with_name("app.py")


def streamlit_command(port: int, host: str) -> list[str]:
    """The command line that runs the dashboard."""
    return [sys.executable, "-m", "dashboard.streamlit_main", "run", str(APP), "--server.port", str(port),
            "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.enableStaticServing", "true", "--server.maxUploadSize", "5"]


def run_streamlit(port: int = 8501, host: str = "127.0.0.1", db: str | Path | None = None) -> int:
    """Run the dashboard in place of this process, until it is stopped."""
    from dashboard.assets import install_assets

    install_assets()
    env = dict(os.environ)
    if db is not None:
        env["INCIDENT_MAP_DB"] = str(db)
    env["INCIDENT_MAP_HOST"] = host
    root = str(APP.parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    print(f"dashboard: http://{host}:{port}", file=sys.stderr)
    sys.stderr.flush()
    command = streamlit_command(port, host)
    # the server takes this process's place, so stopping it (Ctrl-C, SIGTERM) leaves no orphan behind
    os.execve(command[0], command, env)  # noqa: S606 (a fixed argument list, no shell)
    return 1  # not reached
