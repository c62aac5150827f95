"""Command line: `timeline timexes | extract | app | collections` (help and messages in French).

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
        help="les expressions temporelles des documents (lignes JSON)",
        description="Écrit un objet JSON par expression temporelle : id, text, char_start, char_end, "
        "date_start, date_end (dates ISO incluses), granularity, value, mod, anchor, vague, confidence.",
    )
    t.add_argument("paths", nargs="*", type=Path, help="fichiers ou dossiers d'articles")
    t.add_argument(
        "--jsonl", metavar="FILE", help='lignes JSON {"id","text","dct"} à lire ("-" pour l\'entrée standard)'
    )
    t.add_argument("--dct", help="date de publication de chaque document : YYYY-MM-DD, YYYY-MM ou YYYY")

    e = sub.add_parser(
        "extract",
        help="transforme des articles en événements (fichier, lignes JSON ou base)",
        description="Extrait les événements d'articles. Avec -o, les écrit dans un fichier .csv, .jsonl ou "
        ".parquet ; avec --jsonl sans -o, écrit un objet JSON par événement ; sinon les ajoute à la base.",
    )
    e.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="fichiers ou dossiers d'articles (txt, md, html, json, jsonl, csv)",
    )
    e.add_argument(
        "--jsonl", metavar="FILE", help='lignes JSON {"id","text","dct"} à lire ("-" pour l\'entrée standard)'
    )
    e.add_argument(
        "--dct", help="date de publication des documents qui n'en ont pas : YYYY-MM-DD, YYYY-MM ou YYYY"
    )
    e.add_argument(
        "-o", "--output", type=Path, help="écrit les événements dans ce fichier .csv, .jsonl ou .parquet"
    )
    e.add_argument(
        "--store", type=Path, help="base DuckDB (défaut : $FRISE_STORE ou ~/.local/share/frise/frise.duckdb)"
    )
    e.add_argument(
        "--collection", default="exemple", help="collection de la base où ajouter (défaut : exemple)"
    )
    e.add_argument("--jobs", type=int, default=0, help="processus de calcul (défaut : tous les cœurs)")
    e.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="processus locaux ou grappe Dask"
    )
    e.add_argument("--scheduler", help="adresse de l'ordonnanceur Dask (défaut : une grappe locale)")

    a = sub.add_parser("app", help="lance le tableau de bord (Streamlit) sur http://127.0.0.1:8501")
    a.add_argument("--store", type=Path, help="base DuckDB à ouvrir (défaut : $FRISE_STORE)")
    a.add_argument("--port", type=int, default=8501, help="port d'écoute (défaut : 8501)")

    c = sub.add_parser("collections", help="liste les collections de la base, ou en supprime une")
    c.add_argument("--store", type=Path, help="base DuckDB (défaut : $FRISE_STORE)")
    c.add_argument("--delete", metavar="NAME", help="supprime cette collection et ses événements")
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
        raise TimelineError(
            "rien à lire : donnez des fichiers ou dossiers, ou --jsonl FICHIER (- pour l'entrée standard)"
        )
    fallback = PubDate.parse(args.dct, "given") if args.dct else None
    if args.dct and fallback is not None and fallback.value is None:
        raise TimelineError(f"--dct {args.dct!r} : attendu YYYY-MM-DD, YYYY-MM ou YYYY")
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
    return {"id": doc_id, **t.as_record()}


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
        print(f"{PROG}: {len(problems)} entrée(s) illisible(s) (voir ci-dessus)", file=sys.stderr)
    return 1 if problems and n == 0 else 0


def _extract_to_file(documents: Iterable[Document], output: Path | None) -> int:
    from timeline.extract import extract_many

    suffix = output.suffix.lower() if output else ".jsonl"
    if suffix not in (".csv", ".jsonl", ".parquet"):
        raise TimelineError(f"{output} : format de sortie inconnu (.csv, .jsonl ou .parquet)")
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
    added, skipped = int(getattr(result, "added", 0)), int(getattr(result, "skipped", 0))
    failed: tuple[tuple[str, str], ...] = getattr(result, "failed", ())
    for where, message in failed:
        print(f"{PROG}: {where}: {message}", file=sys.stderr)
    print(
        f"{PROG}: {added} article(s) ajouté(s) à « {store.collection} », {skipped} déjà présent(s), "
        f"{getattr(result, 'events', 0)} événement(s), {len(failed)} échec(s) ; base {store.path}",
        file=sys.stderr,
    )
    if added or not store.stories_status().up_to_date:  # once per run, after every batch is written
        from timeline.stories_sync import refresh_stories

        print(f"{PROG}: récits : {refresh_stories(store).message()}", file=sys.stderr)
    return added + skipped


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
        print(f"{PROG}: collection « {args.delete} » supprimée", file=sys.stderr)
    for name in store.collections():
        print(name)
    return 0
