"""The Docker files keep what the deployment needs; checked as text, since CI has no Docker engine."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
# NEO4J_* variables the neo4j image reads itself; it writes every other one into neo4j.conf.
IMAGE_VARIABLES = {
    "NEO4J_AUTH",
    "NEO4J_AUTH_PATH",
    "NEO4J_PLUGINS",
    "NEO4J_DEBUG",
    "NEO4J_ACCEPT_LICENSE_AGREEMENT",
}
SETTING_NAMESPACES = ("server.", "db.", "dbms.", "initial.", "browser.", "client.")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    return loaded


def test_neo4j_is_the_526_community_image_with_its_data_in_a_volume(compose: dict[str, Any]) -> None:
    neo4j = compose["services"]["neo4j"]

    assert neo4j["image"] == "neo4j:5.26-community"
    volumes = dict(v.split(":") for v in neo4j["volumes"])
    assert volumes["neo4j-data"] == "/data"
    assert "neo4j-data" in compose["volumes"]


def test_neo4j_gets_its_password_from_the_env_file_and_only_known_variables(compose: dict[str, Any]) -> None:
    neo4j = compose["services"]["neo4j"]

    assert "env_file" not in neo4j
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD")
    for name in neo4j["environment"]:
        setting = re.sub(r"\.\.", "_", name.removeprefix("NEO4J_").replace("_", "."))
        assert name in IMAGE_VARIABLES or setting.startswith(SETTING_NAMESPACES), name
    assert "NEO4J_PASSWORD=" in (REPO / ".env.example").read_text()


def test_memory_uses_the_5x_setting_names(compose: dict[str, Any]) -> None:
    environment = compose["services"]["neo4j"]["environment"]

    for name in ("heap_initial__size", "heap_max__size", "pagecache_size"):
        assert f"NEO4J_server_memory_{name}" in environment
    assert not [n for n in environment if n.startswith("NEO4J_dbms_memory")]


def test_the_api_waits_for_a_healthy_neo4j(compose: dict[str, Any]) -> None:
    neo4j, api = compose["services"]["neo4j"], compose["services"]["api"]

    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert api["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert api["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert api["env_file"] == [".env"]
    assert api["build"] == "."


def test_the_image_runs_the_code_beside_its_data_and_builds_the_page() -> None:
    dockerfile = (REPO / "Dockerfile").read_text()

    assert "pip install --no-cache-dir -e ." in dockerfile
    assert "COPY seeds seeds" in dockerfile
    assert "npm ci" in dockerfile and "COPY --from=web /web/dist api/web/dist" in dockerfile


def test_the_readme_documents_the_deployment() -> None:
    readme = (REPO / "README.md").read_text()

    for needle in ("docker compose up --build", "neo4j:5.26-community", "service_healthy", "NEO4J_PASSWORD"):
        assert needle in readme
