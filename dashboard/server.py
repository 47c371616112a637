"""Starting the Streamlit app as a subprocess of the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).with_name("app.py")


def streamlit_command(port: int, host: str) -> list[str]:
    """The command line that runs the dashboard."""
    return [sys.executable, "-m", "dashboard.streamlit_main", "run", str(APP), "--server.port", str(port),
            "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false",
            "--server.enableStaticServing", "true", "--server.maxUploadSize", "5"]


def run_streamlit(port: int = 8501, host: str = "127.0.0.1", db: str | Path | None = None) -> int:
    """Run the dashboard until interrupted; returns Streamlit's exit code."""
    from dashboard.assets import install_assets

    install_assets()
    env = dict(os.environ)
    if db is not None:
        env["INCIDENT_MAP_DB"] = str(db)
    env["INCIDENT_MAP_HOST"] = host
    root = str(APP.parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    print(f"dashboard: http://{host}:{port}", file=sys.stderr)
    try:
        return subprocess.call(streamlit_command(port, host), env=env)
    except KeyboardInterrupt:
        return 0
