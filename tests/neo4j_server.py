"""A real Neo4j server for tests: runs scripts/neo4j-local (embedded Neo4j Community, no Docker).

    with running_neo4j(tmp_path / "neo4j") as uri:   # "bolt://127.0.0.1:PORT", no auth
        ...

The first start builds the launcher with Maven, downloading about 160 MB into ~/.m2 (10 s on a fast
network, minutes on a slow one); later starts reach Bolt in about 4 s. Needs Java 17 and Maven on PATH.
NEO4J_LOCAL_JAVA_OPTS in the environment replaces the launcher's default heap and GC options
"-Xms64m -Xmx512m -XX:+UseSerialGC" (for example with "-Xmx1g -XX:+UseSerialGC").
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import DriverError, Neo4jError

REPO_ROOT = Path(__file__).resolve().parents[1]
LAUNCHER = REPO_ROOT / "scripts" / "neo4j-local"
INSTALL_HINT = "apt-get install openjdk-17-jdk-headless maven"
STARTUP_TIMEOUT_S = 180.0
STOP_TIMEOUT_S = 30.0
STDERR_TAIL_LINES = 40
PORT_ATTEMPTS = 3


@contextlib.contextmanager
def running_neo4j(data_dir: Path) -> Iterator[str]:
    """Start Neo4j with its home in data_dir, yield its Bolt URI, and stop it cleanly on exit.

    Raises RuntimeError, never skips, when Java or Maven is missing or the server does not come up.
    """
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        raise RuntimeError(
            f"Neo4j for tests needs {' and '.join(missing)} on PATH: install them with `{INSTALL_HINT}`"
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    stderr_path = data_dir / "neo4j-local.stderr.log"
    for attempt in range(1, PORT_ATTEMPTS + 1):
        proc, lines, pump = _launch(data_dir, _free_port(), stderr_path)
        try:
            uri = _wait_until_ready(proc, lines, stderr_path)
            break
        except RuntimeError as error:
            _stop(proc)
            pump.join(timeout=5)
            # The free port can be taken by someone else before the JVM binds it: try another one.
            if attempt < PORT_ATTEMPTS and "Address already in use" in str(error):
                continue
            raise
    try:
        yield uri
    finally:
        clean = _stop(proc)
        pump.join(timeout=5)
    if not clean:
        raise RuntimeError(
            f"Neo4j did not stop within {STOP_TIMEOUT_S:.0f} s of SIGTERM and was killed\n"
            + _tail(stderr_path)
        )


def _launch(
    data_dir: Path, port: int, stderr_path: Path
) -> tuple[subprocess.Popen[str], queue.Queue[str | None], threading.Thread]:
    """Start the launcher in its own process group, with a thread forwarding its stdout lines."""
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen(
            [str(LAUNCHER), "--port", str(port), "--data", str(data_dir)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            start_new_session=True,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    lines: queue.Queue[str | None] = queue.Queue()
    pump = threading.Thread(target=_pump, args=(proc, lines), name="neo4j-local-stdout", daemon=True)
    pump.start()
    return proc, lines, pump


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _pump(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    """Forward the launcher's stdout lines until EOF, then None; closes the pipe at EOF."""
    assert proc.stdout is not None
    with proc.stdout:
        for line in proc.stdout:
            lines.put(line.strip())
    lines.put(None)


def _wait_until_ready(proc: subprocess.Popen[str], lines: queue.Queue[str | None], stderr_path: Path) -> str:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    uri = _read_bolt_line(lines, deadline)
    if uri is None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=2)
        if proc.returncode is None:
            reason = f"did not print its bolt:// line within {STARTUP_TIMEOUT_S:.0f} s"
        else:
            reason = f"exited with code {proc.returncode} before Bolt was ready"
        raise RuntimeError(f"Neo4j launcher {LAUNCHER} {reason}\n" + _tail(stderr_path))

    last_error: Exception | None = None
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with GraphDatabase.driver(uri, auth=None) as driver:
                driver.verify_connectivity()
            return uri
        except (DriverError, Neo4jError, OSError) as error:
            last_error = error
            time.sleep(0.5)
    raise RuntimeError(
        f"Neo4j at {uri} did not accept a driver connection: {last_error!r}\n" + _tail(stderr_path)
    )


def _read_bolt_line(lines: queue.Queue[str | None], deadline: float) -> str | None:
    """Return the bolt:// URI that the launcher prints, or None if it exits or the deadline passes."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        try:
            line = lines.get(timeout=remaining)
        except queue.Empty:
            return None
        if line is None:
            return None
        if line.startswith("bolt://"):
            return line


def _stop(proc: subprocess.Popen[str]) -> bool:
    """SIGTERM the launcher's process group and wait; SIGKILL it after STOP_TIMEOUT_S. True if clean."""
    if proc.poll() is not None:
        return True
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=STOP_TIMEOUT_S)
        return True
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return False


def _tail(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        return f"(no launcher stderr: {error})"
    return f"last lines of {path}:\n" + "\n".join(lines[-STDERR_TAIL_LINES:])
