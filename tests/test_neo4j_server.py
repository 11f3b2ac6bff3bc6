from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j_server import running_neo4j


@pytest.mark.neo4j
def test_real_neo4j_round_trip(tmp_path: Path) -> None:
    with running_neo4j(tmp_path / "neo4j") as uri, GraphDatabase.driver(uri, auth=None) as driver:
        assert uri.startswith("bolt://127.0.0.1:")

        records, _, _ = driver.execute_query("RETURN 1 AS x", database_="neo4j")
        assert [record["x"] for record in records] == [1]

        driver.execute_query(
            "CREATE (:Actor {name: $name})-[:MET {on: date($on)}]->(:Actor {name: $other})",
            name="Сибіга",
            other="Рубіо",
            on="2025-03-11",
            database_="neo4j",
        )
        records, _, _ = driver.execute_query(
            "MATCH (a:Actor)-[m:MET]->(b:Actor) RETURN a.name AS a, b.name AS b, toString(m.on) AS on",
            database_="neo4j",
        )
        assert [record.data() for record in records] == [{"a": "Сибіга", "b": "Рубіо", "on": "2025-03-11"}]
