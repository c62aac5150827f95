"""Command line: `timeline timexes | extract | app | collections`.

The only place of the package that may read the clock (none of the commands needs it today) and that
writes to the terminal. Errors meant for users (TimelineError) end the command with exit code 1 and a message.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from timeline.errors import TimelineError
from timeline.schema import Document, Event, event_to_dict
from timeline.temporal.types import PubDate, Timex

PROG = "timeline"
APP_FILE = Path(__file__).resolve().parent.parent / "app.py"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Frise : la chronologie de ce qui s'est passé, tirée d'articles de presse en français.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    t = sub.add_parser(
        "timexes",
        help="list the temporal expressions of documents (JSON lines)",
        description="Print one JSON object per temporal expression: id, text, char_start, char_end, "
        "date_start, date_end (inclusive ISO dates), granularity, value, anchor, vague, confidence.",
    )
    t.add_argument("paths", nargs="*", type=Path, help="files or folders of articles")
    t.add_argument("--jsonl", metavar="FILE", help='JSON lines {"id","text","dct"} to read ("-" for stdin)')
    t.add_argument("--dct", help="publication date for every document: YYYY-MM-DD, YYYY-MM or YYYY")

    e = sub.add_parser(
        "extract",
        help="turn articles into events (a file, JSON lines on stdout, or the store)",
        description="Extract the events of articles. With -o, write them to a .csv, .jsonl or .parquet file; "
        "with --jsonl and no -o, print one JSON object per event; otherwise add them to the store.",
    )
    e.add_argument(
        "paths", nargs="*", type=Path, help="files or folders of articles (txt, md, html, json, jsonl, csv)"
    )
    e.add_argument("--jsonl", metavar="FILE", help='JSON lines {"id","text","dct"} to read ("-" for stdin)')
    e.add_argument(
        "--dct", help="publication date for documents that carry none: YYYY-MM-DD, YYYY-MM or YYYY"
    )
    e.add_argument("-o", "--output", type=Path, help="write the events to this .csv, .jsonl or .parquet file")
    e.add_argument(
        "--store", type=Path, help="DuckDB store (default: $FRISE_STORE or ~/.local/share/frise/frise.duckdb)"
    )
    e.add_argument(
        "--collection", default="exemple", help="collection of the store to add to (default: exemple)"
    )
    e.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    e.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="local processes or a Dask cluster"
    )
    e.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")

    a = sub.add_parser("app", help="start the dashboard (Streamlit) on http://127.0.0.1:8501")
    a.add_argument("--store", type=Path, help="DuckDB store to open (default: $FRISE_STORE)")
    a.add_argument("--port", type=int, default=8501, help="port to listen on (default: 8501)")

    c = sub.add_parser("collections", help="list the collections of the store, or delete one")
    c.add_argument("--store", type=Path, help="DuckDB store (default: $FRISE_STORE)")
    c.add_argument("--delete", metavar="NAME", help="delete this collection and its events")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `timeline` console script."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "timexes":
            return _timexes(args)
        if args.command == "extract":
            return _extract(args)
        if args.command == "app":
            return _app(args)
        return _collections(args)
    except TimelineError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


# ---------------------------------------------------------------- reading


def _decode_line(raw: bytes) -> str:
    """One JSON line as text: UTF-8, else the ingest decoder's cp1252 fallback (a line is never dropped)."""
    from timeline.errors import IngestError
    from timeline.ingest_decode import decode_bytes

    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return decode_bytes(raw)
        except IngestError:
            return raw.decode("utf-8", errors="replace")


def _open_jsonl(name: str) -> Iterator[str]:
    if name == "-":
        for raw in sys.stdin.buffer:
            yield _decode_line(raw)
        return
    try:
        with open(name, "rb") as fh:
            for raw in fh:
                yield _decode_line(raw)
    except OSError as err:
        raise TimelineError(f"{name}: {err.strerror}") from None


def _documents(args: argparse.Namespace, problems: list[str]) -> Iterator[Document]:
    """Documents from --jsonl and paths; problems are reported on stderr and collected, never fatal."""
    from timeline.ingest import IngestProblem, read_jsonl_stream, read_paths

    sources: list[Iterable[Document | IngestProblem]] = []
    if args.jsonl:
        where = "entrée standard" if args.jsonl == "-" else args.jsonl
        sources.append(read_jsonl_stream(_open_jsonl(args.jsonl), location=where))
    if args.paths:
        sources.append(read_paths(args.paths))
    if not sources:
        raise TimelineError("nothing to read: give files or folders, or --jsonl FILE (or - for stdin)")
    fallback = PubDate.parse(args.dct, "given") if args.dct else None
    if args.dct and fallback is not None and fallback.value is None:
        raise TimelineError(f"--dct {args.dct!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    for source in sources:
        for item in source:
            if isinstance(item, IngestProblem):
                problems.append(item.message)
                print(f"{PROG}: {item.message}", file=sys.stderr)
                continue
            if fallback is not None and (item.published is None or args.command == "timexes"):
                from timeline.extract import with_publication_date

                item = with_publication_date(item, fallback)
            yield item


# ---------------------------------------------------------------- timexes


def timex_record(doc_id: str, t: Timex) -> dict[str, Any]:
    """The JSON object `timeline timexes` prints for one expression (the scorer's contract)."""
    return {
        "id": doc_id,
        "text": t.text,
        "char_start": t.char_start,
        "char_end": t.char_end,
        "date_start": t.date_start.isoformat() if t.date_start else None,
        "date_end": t.date_end.isoformat() if t.date_end else None,
        "granularity": t.granularity,
        "value": t.value,
        "anchor": t.anchor,
        "vague": t.vague,
        "confidence": round(t.confidence, 3),
    }


def _timexes(args: argparse.Namespace) -> int:
    from timeline.extract import publication_date
    from timeline.temporal import find_timexes

    problems: list[str] = []
    n = 0
    # JSON lines keep their text verbatim (header line included), so offsets index exactly what was sent.
    for document in _documents(args, problems):
        for t in find_timexes(document.text, publication_date(document)):
            sys.stdout.write(json.dumps(timex_record(document.doc_id, t), ensure_ascii=False) + "\n")
        n += 1
    sys.stdout.flush()
    return 1 if problems and n == 0 else 0


# ---------------------------------------------------------------- extract


def _progress(total: int | None = None) -> Any:
    """A tqdm bar on an interactive terminal, else None."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=" art.", desc="extraction", file=sys.stderr, dynamic_ncols=True)


def _extract(args: argparse.Namespace) -> int:
    problems: list[str] = []
    documents = _documents(args, problems)
    if args.output is not None or args.jsonl:
        n = _extract_to_file(documents, args.output)
    else:
        n = _extract_to_store(documents, args)
    if problems:
        print(f"{PROG}: {len(problems)} input(s) could not be read (see above)", file=sys.stderr)
    return 1 if problems and n == 0 else 0


def _extract_to_file(documents: Iterable[Document], output: Path | None) -> int:
    from timeline.extract import extract_many

    suffix = output.suffix.lower() if output else ".jsonl"
    if suffix not in (".csv", ".jsonl", ".parquet"):
        raise TimelineError(f"{output}: unknown output format (use .csv, .jsonl or .parquet)")
    bar = _progress()
    n = 0
    events: list[Event] = []
    fh: IO[str] = sys.stdout if output is None else open(output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    try:
        for _document, evs in extract_many(documents):
            n += 1
            if bar is not None:
                bar.update(1)
            if suffix == ".jsonl":
                for ev in evs:
                    fh.write(json.dumps(event_to_dict(ev), ensure_ascii=False) + "\n")
            else:
                events.extend(evs)
    finally:
        if bar is not None:
            bar.close()
        if output is not None:
            fh.close()
    if suffix != ".jsonl" and output is not None:
        from timeline.table import events_to_frame

        frame = events_to_frame(events)
        if suffix == ".csv":
            from timeline.export import to_csv_bytes

            output.write_bytes(to_csv_bytes(frame))
        else:
            frame.to_parquet(output, index=False)
    elif output is None:
        fh.flush()
    return n


def _extract_to_store(documents: Iterable[Document], args: argparse.Namespace) -> int:
    from timeline.store import Store

    store = Store.open(args.store, collection=args.collection)
    result: object
    if args.engine == "dask":
        from timeline.distributed import run_dask

        result = run_dask(documents, store, scheduler=args.scheduler)
    else:
        from timeline.bulk import run_local

        result = run_local(documents, store, jobs=args.jobs or (os.cpu_count() or 1), progress=_progress())
    print(f"{PROG}: {result}", file=sys.stderr)
    return int(getattr(result, "added", 0)) + int(getattr(result, "skipped", 0))


# ---------------------------------------------------------------- app, collections


def _app(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    if args.store:
        env["FRISE_STORE"] = str(args.store.resolve())
    cmd = [sys.executable, "-m", "streamlit", "run", str(APP_FILE), "--server.port", str(args.port)]
    os.execvpe(cmd[0], cmd, env)


def _collections(args: argparse.Namespace) -> int:
    from timeline.store import Store

    store = Store.open(args.store)
    if args.delete:
        store.delete_collection(args.delete)
        print(f"{PROG}: collection {args.delete!r} deleted", file=sys.stderr)
    for name in store.collections():
        print(name)
    return 0
