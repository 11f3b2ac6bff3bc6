"""Every Cypher statement the Neo4j store runs, as named constants with $parameters.

No statement is ever built from user text: the only generated ones are the typed-edge MERGEs,
one per relationship type of the closed ContactType vocabulary, and the shortest-chain searches,
one per hop cap in 1..MAX_HOPS (a quantifier's bounds cannot be parameters).

Dates on event nodes and contact edges that the reads compare (`lower`, `upper`) are ISO strings,
so string order is date order; an unbounded side is 0001-01-01 or 9999-12-31. An event's
`order_key` is its Event.sort_key as one string, "first-date|lower|id": the two dates have a
fixed width, so string order is sort-key order and one range index both seeks and sorts.
"""

from __future__ import annotations

from typing import LiteralString

from graph.model import ContactType
from graph.store.base import MAX_HOPS

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
    "CREATE INDEX event_order_key IF NOT EXISTS FOR (e:Event) ON (e.order_key)",
)

# The CONTACTS edge of actors a < b, made or refreshed from the typed edges between them (see
# REFRESH_PAIR_SUMMARIES for why it exists).
_SUMMARIZE_PAIR: LiteralString = """
MERGE (a)-[k:CONTACTS]->(b)
WITH a, b, k
MATCH (a)-[r:CALL|VIDEO_CALL|MEETING|VISIT|TALKS|MESSAGE|BRIEFING]-(b)
WITH k, collect(r) AS edges
SET k.event_ids = [r IN edges | r.event_id], k.lowers = [r IN edges | r.lower],
    k.uppers = [r IN edges | r.upper], k.relationships = [r IN edges | type(r)]
"""

# Databases written before events kept `order_key` and edges kept `lower`/`upper` get them at
# start-up, and lose the indexes no read uses any more (idempotent: nothing matches once done).
MIGRATIONS: tuple[LiteralString, ...] = (
    """
    MATCH (e:Event)
    WHERE e.body IS NOT NULL AND e.order_key IS NULL
    SET e.order_key = coalesce(toString(e.date), toString(e.not_after), toString(e.not_before), '9999-12-31')
        + '|' + e.lower + '|' + e.id
    """,
    """
    MATCH (:Actor)-[r:CALL|VIDEO_CALL|MEETING|VISIT|TALKS|MESSAGE|BRIEFING]->(:Actor)
    WHERE r.lower IS NULL
    MATCH (e:Event {id: r.event_id})
    SET r.lower = e.lower, r.upper = e.upper
    """,
    """
    MATCH (a:Actor)-[:CALL|VIDEO_CALL|MEETING|VISIT|TALKS|MESSAGE|BRIEFING]-(b:Actor)
    WHERE a.id < b.id AND NOT EXISTS { (a)-[:CONTACTS]->(b) }
    WITH DISTINCT a, b
    """
    + _SUMMARIZE_PAIR,
    # Indexes on the typed edges' bounds served a chain search over those edges; it walks the
    # CONTACTS edges now and every other read starts at an Actor node, so they only cost writes.
    "DROP INDEX call_bounds IF EXISTS",
    "DROP INDEX video_call_bounds IF EXISTS",
    "DROP INDEX meeting_bounds IF EXISTS",
    "DROP INDEX visit_bounds IF EXISTS",
    "DROP INDEX talks_bounds IF EXISTS",
    "DROP INDEX message_bounds IF EXISTS",
    "DROP INDEX briefing_bounds IF EXISTS",
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
SET r.date = row.date, r.not_before = row.not_before, r.not_after = row.not_after,
    r.lower = row.lower, r.upper = row.upper
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

# One CONTACTS edge per pair of actors that typed edges join, from the lower id to the higher,
# sums up those edges as parallel lists (event id, lower, upper, relationship type). The chain
# search walks these: ALL SHORTEST lists paths of relationships, so over the typed edges a
# chain of d hops whose pairs had k events each would come back k**d times.
REFRESH_PAIR_SUMMARIES: LiteralString = (
    """
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
"""
    + _SUMMARIZE_PAIR
)

# The event reads: chronological, after a cursor position ($after is "" for "from the start"),
# at most $limit rows.
_AFTER_AND_FILTERS: LiteralString = """
WHERE e.order_key > $after
  AND e.body IS NOT NULL
  AND e.upper >= $since AND e.lower <= $until
  AND ($types IS NULL OR e.type IN $types)
RETURN e.body AS body
ORDER BY e.order_key
LIMIT $limit
"""

# Walks the order index from the cursor and stops at the limit (the hint keeps the plan so
# whatever the statistics say).
MATCH_EVENTS: LiteralString = "MATCH (e:Event) USING INDEX e:Event(order_key)" + _AFTER_AND_FILTERS

# One actor's events, found through its Actor node (the unique constraint indexes the id). The
# hint keeps the planner from walking the whole order index instead, hoping for an early LIMIT.
MATCH_ACTOR_EVENTS: LiteralString = (
    "MATCH (a:Actor {id: $actor})-[:PARTICIPATED_IN]->(e:Event) USING INDEX a:Actor(id)" + _AFTER_AND_FILTERS
)

# Who one actor had contacts with: every co-participant of its events in the window.
MATCH_CONTACTS: LiteralString = """
MATCH (:Actor {id: $actor})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(partner:Actor)
WHERE e.body IS NOT NULL
  AND partner.id <> $actor
  AND e.upper >= $since AND e.lower <= $until
  AND ($types IS NULL OR e.type IN $types)
RETURN partner.id AS actor, count(e) AS count, min(e.date) AS first, max(e.date) AS last,
       collect(DISTINCT e.type) AS types
ORDER BY count DESC, actor
"""

_CONTACT_EDGE: LiteralString = """[r:CALL|VIDEO_CALL|MEETING|VISIT|TALKS|MESSAGE|BRIEFING
      WHERE r.upper >= $since AND r.lower <= $until AND type(r) IN $relationships]"""

# The events that join two actors directly: the typed edges between their Actor nodes.
MATCH_EVENTS_BETWEEN: LiteralString = (
    """
MATCH (:Actor {id: $a})-"""
    + _CONTACT_EDGE
    + """-(:Actor {id: $b})
MATCH (e:Event {id: r.event_id})
WITH DISTINCT e
RETURN e.body AS body
ORDER BY e.order_key
"""
)

# A pair of actors joined by at least one event that passes the window and types.
_PAIR_EDGE: LiteralString = """[k:CONTACTS WHERE any(i IN range(0, size(k.lowers) - 1)
      WHERE k.uppers[i] >= $since AND k.lowers[i] <= $until AND k.relationships[i] IN $relationships)]"""

# Fewest-hop chains: ALL SHORTEST over the CONTACTS edges, the window and types checked on each
# relationship inside the search (the plan's StatefulShortestPath inlines the predicate), the
# hop count capped by the quantifier; lists order element by element, as in Python.
_SHORTEST_CHAINS: LiteralString = (
    """
MATCH p = ALL SHORTEST (:Actor {id: $source}) (()-"""
    + _PAIR_EDGE
    + """-()){1,HOPS} (:Actor {id: $target})
RETURN DISTINCT [n IN nodes(p) | n.id] AS chain
ORDER BY chain
LIMIT $limit
"""
)

# One hop is adjacency: the two Actor nodes and the CONTACTS edge between them, if it passes.
_ADJACENT_CHAIN: LiteralString = (
    """
MATCH (s:Actor {id: $source})-"""
    + _PAIR_EDGE
    + """-(t:Actor {id: $target})
RETURN DISTINCT [s.id, t.id] AS chain
LIMIT $limit
"""
)

_HOP_CAPS: tuple[LiteralString, ...] = ("2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")

# The statement for each hop cap 1..MAX_HOPS.
SHORTEST_CHAINS: dict[int, LiteralString] = {
    1: _ADJACENT_CHAIN,
    **{int(cap): _SHORTEST_CHAINS.replace("HOPS", cap) for cap in _HOP_CAPS[: MAX_HOPS - 1]},
}

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
