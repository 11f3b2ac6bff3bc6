"""The `dipgraph` command: ingest, extract, serve, path, timeline, export, eval."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from graph import queries
from graph.errors import DipgraphError
from graph.export import FORMATS, render
from graph.model import ContactType, Event, Lang, UpsertSummary
from graph.registry import Registry
from graph.settings import Settings
from graph.store import GraphStore, open_store
from ingest.load import expand_paths, ingest_file


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dipgraph", description="A graph of diplomatic contacts.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="load event files (YAML/JSON) and articles (.txt)")
    p.add_argument("paths", nargs="+", type=Path)

    p = sub.add_parser("extract", help="print what an article yields, without storing it")
    p.add_argument("file", type=Path)
    p.add_argument("--published", type=_date)
    p.add_argument("--lang", choices=[lang.value for lang in Lang])

    p = sub.add_parser("serve", help="run the API and web page")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("path", help="print a contact chain")
    p.add_argument("source")
    p.add_argument("target")
    p.add_argument("--temporal", action="store_true", help="time-respecting earliest arrival")
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)

    p = sub.add_parser("timeline", help="print an actor's contacts in date order")
    p.add_argument("actor")
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)

    p = sub.add_parser("export", help="write the graph (or the view /graph gives) for other tools")
    p.add_argument("--format", choices=FORMATS, default="cytoscape")
    p.add_argument("--out", type=Path)
    p.add_argument("--center", help="only the actors within --depth hops of this one")
    p.add_argument("--depth", type=int, default=2)
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.add_argument("--type", dest="types", action="append", choices=[t.value for t in ContactType])
    p.add_argument(
        "--country", dest="countries", action="append", type=str.upper, help="ISO code, repeatable"
    )

    p = sub.add_parser("eval", help="score the extractor on a development set")
    p.add_argument("directory", type=Path)
    return parser


def _describe(event: Event) -> str:
    when = event.date.isoformat() if event.date else f"undated (not after {event.not_after or '?'})"
    who = (
        " -> ".join([event.initiator, *(p for p in event.participants if p != event.initiator)])
        if event.initiator
        else ", ".join(event.participants)
    )
    return f"{when}  {event.type.value:<10} {who}  [{event.id}]"


def _print_summary(path: str, summary: UpsertSummary) -> None:
    print(
        f"{path}: created {summary.created}, merged {summary.merged}, unchanged {summary.unchanged}, "
        f"rejected {len(summary.rejected)}"
    )
    for r in summary.rejected:
        print(f"  rejected #{r.index}: " + "; ".join(r.errors))


def _ingest(store: GraphStore, registry: Registry, paths: Sequence[Path]) -> int:
    total = UpsertSummary()
    for path in expand_paths(paths):
        summary = ingest_file(store, registry, path)
        _print_summary(str(path), summary)
        total.add(summary)
    _print_summary("total", total)
    return 1 if total.rejected else 0


def _path(store: GraphStore, registry: Registry, args: argparse.Namespace) -> int:
    window = queries.Window(args.since, args.until)
    if args.temporal:
        chain = queries.temporal_path(store, registry, args.source, args.target, window)
        if chain is None:
            print(f"no time-respecting chain from {args.source} to {args.target}")
            return 1
        for a, b, event in chain.hops:
            print(f"{a} -> {b}: {_describe(event)}")
        print(f"arrives {chain.arrival.isoformat()}")
        return 0
    paths = queries.shortest_paths(store, registry, args.source, args.target, window)
    if not paths:
        print(f"no chain from {args.source} to {args.target}")
        return 1
    actors, hops = paths[0]
    print(" -> ".join(actors))
    for hop in hops:
        print(f"  {hop.source} -- {hop.target}")
        for event in hop.events:
            print(f"    {_describe(event)}")
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        import uvicorn

        from api.app import create_app

        uvicorn.run(create_app(), host=args.host, port=args.port)
        return 0
    registry = Registry.load()
    if args.command == "extract":
        from ingest.extract import extract_article

        lang = Lang(args.lang) if args.lang else None
        result = extract_article(
            args.file.read_text(encoding="utf-8"), registry, published=args.published, lang=lang
        )
        print(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
        return 0
    if args.command == "eval":
        from ingest.evaluate import evaluate, format_report

        print(format_report(evaluate(args.directory, registry)))
        return 0
    store = open_store(Settings())
    try:
        if args.command == "ingest":
            return _ingest(store, registry, args.paths)
        if args.command == "path":
            return _path(store, registry, args)
        if args.command == "timeline":
            for event in queries.timeline(
                store, registry, args.actor, queries.Window(args.since, args.until)
            ):
                print(_describe(event))
            return 0
        window = queries.Window(args.since, args.until, [ContactType(t) for t in args.types or []] or None)
        actors, events = queries.subgraph(store, registry, args.center, args.depth, window, args.countries)
        body = render(args.format, actors, events)
        text = json.dumps(body, ensure_ascii=False, indent=2) if isinstance(body, dict) else body
        if args.out:
            args.out.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text + "\n")
        return 0
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except DipgraphError as exc:
        print(f"dipgraph: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"dipgraph: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
