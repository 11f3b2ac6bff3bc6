"""Shortest chains of contacts between two actors.

The contact graph is undirected: every ``(from, to)`` pair of an event's :meth:`Event.pairs`
joins the two actors both ways. A briefing therefore joins the briefer with each briefed
participant, but not the briefed participants with each other.

Functions take plain data (an iterable of :class:`~graph.model.Event`) and return plain
lists, in the style of networkx algorithms.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx  # type: ignore[import-untyped, unused-ignore]

from graph.model import Event

__all__ = ["contact_graph", "events_between", "shortest_chains", "shortest_chains_in"]


def contact_graph(events: Iterable[Event]) -> nx.Graph[str]:
    """The undirected actor graph of ``events``: one node per actor, one edge per contact pair.

    Parameters
    ----------
    events : iterable of Event
        The contacts.

    Returns
    -------
    networkx.Graph
        Nodes are actor ids; ``u`` and ``v`` are adjacent when some event has ``(u, v)`` or
        ``(v, u)`` among its :meth:`~graph.model.Event.pairs`.

    Examples
    --------
    >>> from graph.model import Event
    >>> g = contact_graph([Event(type="call", participants=["b", "a"], date="2025-01-01")])
    >>> sorted(g.edges())
    [('a', 'b')]
    """
    graph: nx.Graph[str] = nx.Graph()
    for event in events:
        graph.add_nodes_from(event.participants)
        graph.add_edges_from(event.pairs())
    return graph


def shortest_chains(
    events: Iterable[Event],
    source: str,
    target: str,
    *,
    max_hops: int | None = None,
    all_paths: bool = False,
) -> list[list[str]]:
    """The fewest-hop chains of actors from ``source`` to ``target``.

    Dates are ignored: any contact joins its pairs (filter ``events`` first for a window).

    Parameters
    ----------
    events : iterable of Event
        The contacts; see :func:`contact_graph` for how they join actors.
    source, target : str
        Actor ids. An actor that takes part in no event has no chains.
    max_hops : int, optional
        Give up on chains with more than this many hops (a chain of ``k`` actors has ``k - 1``
        hops). ``None`` means no limit.
    all_paths : bool, default False
        Return every shortest chain instead of one.

    Returns
    -------
    list of list of str
        ``[]`` when there is no chain within ``max_hops``. Otherwise, with ``all_paths=False``,
        exactly one chain: the lexicographically smallest list of ids among the shortest; with
        ``all_paths=True``, all shortest chains in lexicographic order. When
        ``source == target`` the answer is ``[[source]]`` (zero hops), whatever the events.

    Raises
    ------
    ValueError
        If ``max_hops`` is negative.

    Examples
    --------
    >>> from graph.model import Event
    >>> evs = [Event(type="call", participants=p, date="2025-01-01")
    ...        for p in (["a", "b"], ["b", "d"], ["a", "c"], ["c", "d"])]
    >>> shortest_chains(evs, "a", "d")
    [['a', 'b', 'd']]
    >>> shortest_chains(evs, "a", "d", all_paths=True)
    [['a', 'b', 'd'], ['a', 'c', 'd']]
    >>> shortest_chains(evs, "a", "d", max_hops=1)
    []
    """
    return shortest_chains_in(contact_graph(events), source, target, max_hops=max_hops, all_paths=all_paths)


def shortest_chains_in(
    graph: nx.Graph[str],
    source: str,
    target: str,
    *,
    max_hops: int | None = None,
    all_paths: bool = False,
) -> list[list[str]]:
    """:func:`shortest_chains` over a prebuilt actor graph (a Graph, a MultiGraph or a view).

    Parameters
    ----------
    graph : networkx.Graph
        Actors as nodes; adjacent actors are one hop apart (parallel edges count once).
    source, target, max_hops, all_paths
        As in :func:`shortest_chains`.

    Returns
    -------
    list of list of str
        As in :func:`shortest_chains`.

    Raises
    ------
    ValueError
        If ``max_hops`` is negative.

    Examples
    --------
    >>> import networkx as nx
    >>> shortest_chains_in(nx.path_graph(["a", "b", "c"]), "c", "a")
    [['c', 'b', 'a']]
    """
    if max_hops is not None and max_hops < 0:
        raise ValueError(f"max_hops must be >= 0, got {max_hops}")
    if source == target:
        return [[source]]
    if source not in graph or target not in graph:
        return []
    return _shortest_chains(graph, source, target, max_hops, all_paths)


def _shortest_chains(
    graph: nx.Graph[str], source: str, target: str, max_hops: int | None, all_paths: bool
) -> list[list[str]]:
    # Distances to the target by BFS, cut off at max_hops: enough to walk the smallest path.
    to_target: dict[str, int] = nx.single_source_shortest_path_length(graph, target, cutoff=max_hops)
    if source not in to_target:
        return []
    if all_paths:
        paths: list[list[str]] = [list(p) for p in nx.all_shortest_paths(graph, source, target)]
        return sorted(paths)
    # Greedy descent: from each actor take the smallest neighbour one hop nearer the target.
    path = [source]
    node = source
    while node != target:
        nearer = to_target[node] - 1
        node = min(n for n in graph.neighbors(node) if to_target.get(n) == nearer)
        path.append(node)
    return [path]


def events_between(events: Iterable[Event], a: str, b: str) -> list[Event]:
    """The events that connect actors ``a`` and ``b``, in chronological order.

    Parameters
    ----------
    events : iterable of Event
        The contacts.
    a, b : str
        Actor ids, in either order.

    Returns
    -------
    list of Event
        The events with ``(a, b)`` or ``(b, a)`` among their
        :meth:`~graph.model.Event.pairs`, sorted by :attr:`~graph.model.Event.sort_key`. Two
        actors briefed together are not connected by that briefing; ``a == b`` gives ``[]``.

    Examples
    --------
    >>> from graph.model import Event
    >>> evs = [Event(type="call", participants=["a", "b"], date="2025-01-02"),
    ...        Event(type="meeting", participants=["b", "a", "c"], date="2025-01-01")]
    >>> [e.type.value for e in events_between(evs, "b", "a")]
    ['meeting', 'call']
    """
    wanted = {(a, b), (b, a)}
    found = [e for e in events if any(pair in wanted for pair in e.pairs())]
    return sorted(found, key=lambda e: e.sort_key)
