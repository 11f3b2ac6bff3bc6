"""The `dipgraph` command as a user runs it (the README's examples), in a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

from graph.settings import Settings
from graph.store.neo4j import Neo4jStore

ROOT = Path(__file__).resolve().parents[2]
SEED_EVENTS = ROOT / "seeds" / "events"
SEED_ARTICLE = ROOT / "seeds" / "000_33d1ed684b20675d.txt"
SEEDS = ROOT / "seeds"


def dipgraph(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command on the embedded store at `db` (or the store `env` selects)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | {"DIPGRAPH_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "dipgraph.cli", *args],
        cwd=ROOT,
        env=base | (env or {}),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "dipgraph.db"
    assert dipgraph(path, "ingest", str(SEED_EVENTS)).returncode == 0
    return path


def test_ingest_twice_changes_nothing(db: Path) -> None:
    again = dipgraph(db, "ingest", str(SEED_EVENTS))
    assert again.returncode == 0
    assert "total: created 0, merged 0, unchanged 5, rejected 0" in again.stdout


def test_ingest_of_the_seeds_folder_takes_events_and_article_not_the_registry(tmp_path: Path) -> None:
    result = dipgraph(tmp_path / "seeds.db", "ingest", str(SEEDS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "actors" not in result.stdout
    assert "total: created 5, merged 5, unchanged 0, rejected 0" in result.stdout


def test_ingest_of_a_bad_file_says_what_and_where(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {type: call, participants: [vladimir-putin, nobody-here], date: 2025-01-01}\n")
    result = dipgraph(db, "ingest", str(bad))
    assert result.returncode == 1
    assert "rejected #0" in result.stdout and "nobody-here" in result.stdout
    assert "total: created 0" in result.stdout


def test_ingest_of_a_missing_path_is_a_clear_error(db: Path) -> None:
    result = dipgraph(db, "ingest", "no/such/file.yaml")
    assert result.returncode == 2 and "no such file" in result.stderr


def test_path_prints_the_chain(db: Path) -> None:
    result = dipgraph(db, "path", "volodymyr-zelensky", "steve-witkoff")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == (
        "volodymyr-zelensky -> kassym-jomart-tokayev -> vladimir-putin -> steve-witkoff"
    )


def test_temporal_path_arrives_on_the_10th(db: Path) -> None:
    result = dipgraph(db, "path", "steve-witkoff", "volodymyr-zelensky", "--temporal")
    assert result.returncode == 0 and result.stdout.strip().endswith("arrives 2025-08-10")
    backwards = dipgraph(db, "path", "volodymyr-zelensky", "steve-witkoff", "--temporal")
    assert backwards.returncode == 1 and "no time-respecting chain" in backwards.stdout


def test_timeline_in_date_order(db: Path) -> None:
    lines = dipgraph(db, "timeline", "kassym-jomart-tokayev").stdout.splitlines()
    assert [line[:10] for line in lines] == ["2025-08-08", "2025-08-08", "2025-08-10", "2025-08-10"]


def test_unknown_actor_is_a_clear_error(db: Path) -> None:
    result = dipgraph(db, "timeline", "nobody-at-all")
    assert result.returncode == 2 and "unknown actor 'nobody-at-all'" in result.stderr


@pytest.mark.parametrize("fmt", ["cytoscape", "gexf", "graphml", "csv"])
def test_export_writes_a_readable_file(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"graph.{fmt}"
    assert dipgraph(db, "export", "--format", fmt, "--out", str(out)).returncode == 0
    if fmt == "cytoscape":
        assert len(json.loads(out.read_text())["elements"]["nodes"]) == 4
    elif fmt == "gexf":
        assert nx.read_gexf(out).number_of_edges() == 5
    elif fmt == "graphml":
        assert nx.read_graphml(out).number_of_edges() == 5
    else:
        assert len(out.read_text().splitlines()) == 1 + 10


@pytest.mark.parametrize(
    ("options", "edges"),
    [
        (["--until", "2025-08-09"], 3),
        (["--type", "call"], 2),
        (["--country", "us"], 1),
        (["--center", "steve-witkoff", "--depth", "1"], 1),
    ],
)
def test_export_of_a_view_keeps_only_its_contacts(
    db: Path, tmp_path: Path, options: list[str], edges: int
) -> None:
    out = tmp_path / "view.graphml"
    assert dipgraph(db, "export", "--format", "graphml", "--out", str(out), *options).returncode == 0
    assert nx.read_graphml(out).number_of_edges() == edges


@pytest.mark.neo4j
def test_neo4j_store_gives_the_same_chain(neo4j_uri: str, tmp_path: Path) -> None:
    store = Neo4jStore.connect(Settings(neo4j_uri=neo4j_uri))
    store.clear()
    store.close()
    env = {"NEO4J_URI": neo4j_uri}
    assert dipgraph(tmp_path / "unused.db", "ingest", str(SEEDS), env=env).returncode == 0
    result = dipgraph(tmp_path / "unused.db", "path", "volodymyr-zelensky", "steve-witkoff", env=env)
    assert result.stdout.splitlines()[0] == (
        "volodymyr-zelensky -> kassym-jomart-tokayev -> vladimir-putin -> steve-witkoff"
    )
    assert not (tmp_path / "unused.db").exists()
