"""Every Cypher statement the Neo4j store runs, as named constants with $parameters.

No statement is ever built from user text: the only generated ones are the typed-edge MERGEs,
one per relationship type of the closed ContactType vocabulary.
"""

from __future__ import annotations

from typing import LiteralString

from graph.model import ContactType

SCHEMA: tuple[LiteralString, ...] = (
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    "CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date)",
    "CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)",
    "CREATE INDEX call_date IF NOT EXISTS FOR ()-[r:CALL]-() ON (r.date)",
    "CREATE INDEX video_call_date IF NOT EXISTS FOR ()-[r:VIDEO_CALL]-() ON (r.date)",
    "CREATE INDEX meeting_date IF NOT EXISTS FOR ()-[r:MEETING]-() ON (r.date)",
    "CREATE INDEX visit_date IF NOT EXISTS FOR ()-[r:VISIT]-() ON (r.date)",
    "CREATE INDEX talks_date IF NOT EXISTS FOR ()-[r:TALKS]-() ON (r.date)",
    "CREATE INDEX message_date IF NOT EXISTS FOR ()-[r:MESSAGE]-() ON (r.date)",
    "CREATE INDEX briefing_date IF NOT EXISTS FOR ()-[r:BRIEFING]-() ON (r.date)",
)

# Write locks on the batch's participants, taken before MATCH_SAME_IDENTITY reads: two
# transactions writing reports of one contact (say a dated and an undated one, under different
# ids) then run one after the other, so the second sees, and merges into, the first's event.
# Ids come sorted, so transactions lock in one order; the property is set and removed again,
# leaving only the lock (held to commit). The driver retries a transient deadlock anyway.
LOCK_ACTORS: LiteralString = """
UNWIND $actor_ids AS id
MERGE (a:Actor {id: id})
SET a._lock = true
REMOVE a._lock
"""

# Stored events with the identity (type, participants, briefing direction) of each key;
# found through the first participant's Actor node, which the unique constraint indexes.
MATCH_SAME_IDENTITY: LiteralString = """
UNWIND $keys AS key
MATCH (:Actor {id: key.participants[0]})-[:PARTICIPATED_IN]->(e:Event {type: key.type})
WHERE e.body IS NOT NULL
  AND e.participants = key.participants
  AND (key.initiator IS NULL OR e.initiator = key.initiator)
RETURN key.index AS index, e.body AS body
"""

# A rewritten event's sources and links are the whole truth (merges union them), so the old
# relationships go before MERGE_EVENTS recreates them.
DELETE_EVENT_LINKS: LiteralString = """
UNWIND $ids AS id
MATCH (:Event {id: id})-[r:REPORTED_BY|ABOUT]->()
DELETE r
"""

# Nodes that an ABOUT link names before their event is stored are placeholders without a body;
# every read skips them.
MERGE_EVENTS: LiteralString = """
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e += row.props
FOREACH (p IN row.participants |
  MERGE (a:Actor {id: p})
  MERGE (a)-[r:PARTICIPATED_IN]->(e)
  SET r.initiator = coalesce(p = row.props.initiator, false)
)
FOREACH (src IN row.sources |
  MERGE (s:Source {id: src.id})
  SET s.url = coalesce(s.url, src.url),
      s.title = coalesce(s.title, src.title),
      s.published = coalesce(s.published, src.published),
      s.lang = coalesce(s.lang, src.lang)
  CREATE (e)-[:REPORTED_BY {quote: src.quote, start: src.start, `end`: src.`end`}]->(s)
)
FOREACH (target IN row.about |
  MERGE (t:Event {id: target})
  CREATE (e)-[:ABOUT]->(t)
)
"""

_MERGE_CONTACT_EDGES: LiteralString = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target})
MERGE (a)-[r:RELATIONSHIP {event_id: row.event_id}]->(b)
SET r.date = row.date, r.not_before = row.not_before, r.not_after = row.not_after
"""

# One statement per relationship type: Cypher cannot take a relationship type as a parameter.
MERGE_CONTACT_EDGES: dict[ContactType, LiteralString] = {
    ContactType.CALL: _MERGE_CONTACT_EDGES.replace("RELATIONSHIP", "CALL"),
    ContactType.VIDEO_CALL: _MERGE_CONTACT_EDGES.replace("RELATIONSHIP", "VIDEO_CALL"),
    ContactType.MEETING: _MERGE_CONTACT_EDGES.replace("RELATIONSHIP", "MEETING"),
    ContactType.VISIT: _MERGE_CONTACT_EDGES.replace("RELATIONSHIP", "VISIT"),
    ContactType.TALKS: _MERGE_CONTACT_EDGES.replace("RELATIONSHIP", "TALKS"),
    ContactType.MESSAGE: _MERGE_CONTACT_EDGES.replace("RELATIONSHIP", "MESSAGE"),
    ContactType.BRIEFING: _MERGE_CONTACT_EDGES.replace("RELATIONSHIP", "BRIEFING"),
}

# lower/upper are ISO date strings, so string order is date order (EventFilter.admits).
MATCH_EVENTS: LiteralString = """
MATCH (e:Event)
WHERE e.body IS NOT NULL
  AND ($since IS NULL OR e.upper >= $since)
  AND ($until IS NULL OR e.lower <= $until)
  AND ($types IS NULL OR e.type IN $types)
  AND ($actor IS NULL OR $actor IN e.participants)
RETURN e.body AS body
"""

MATCH_EVENT: LiteralString = """
MATCH (e:Event {id: $id})
WHERE e.body IS NOT NULL
RETURN e.body AS body
"""

COUNTS: LiteralString = """
MATCH (e:Event)
WHERE e.body IS NOT NULL
OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
RETURN count(DISTINCT e) AS events, count(DISTINCT a) AS actors
"""

DELETE_EVERYTHING: LiteralString = """
MATCH (n)
DETACH DELETE n
"""
