"""The persistent store: documents and events of named collections in one embedded DuckDB file.

Filters run as SQL in DuckDB and only the requested slice becomes a pandas frame. Every connection is
short-lived and taken under a file lock (`store_lock`): many readers or one writer, across threads and
processes, so app sessions and a CLI run can share the base. Each batch is written in one transaction:
a killed writer leaves the old or the new state of a document, never a mix.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from timeline.errors import StoreError
from timeline.filters import SEARCH_EXPR, Filters, where_clause, without_facet
from timeline.schema import COLUMNS, LIST_COLUMNS, Document, Event
from timeline.store_db import attached
from timeline.store_lock import DEFAULT_TIMEOUT, FileLock
from timeline.store_tables import (
    DOCUMENT_COLUMNS,
    DOCUMENT_SCHEMA,
    EVENT_SCHEMA,
    EVENT_STORY_SCHEMA,
    SCHEMA_SIGNATURE,
    STORIES_VERSION,
    STORY_DDL,
    STORY_SCHEMA,
    STORY_TABLES,
    arrow_to_frame,
    checked_events,
    conform_table,
    ddl,
    document_from_row,
    documents_table,
    events_of,
    events_table,
    first_of_each,
)

DEFAULT_COLLECTION = "exemple"
BATCH_SIZE = 500
"""Documents per write transaction: large enough to amortise a connection, small enough to let readers in."""

_TIE = "doc_id, sentence_start, char_start, event_id"
ORDERS: dict[str, str] = {
    "date": f"date_start ASC NULLS LAST, date_end ASC NULLS LAST, {_TIE}",
    "-date": f"date_start DESC NULLS LAST, date_end DESC NULLS LAST, {_TIE}",
    "document": _TIE,
    "none": "",
}
FACET_COLUMNS: tuple[str, ...] = (
    *LIST_COLUMNS,
    "source",
    "doc_id",
    "granularity",
    "kind",
    "published_origin",
)
LIGHT_BLANK = ("title", "url", "sentence", "date_text")
"""Free-text columns a `light` read leaves empty."""


STORY_COLUMNS: tuple[str, ...] = ("story_id", "story_sources", "story_conflict")
"""Columns `events(stories=True)` appends after the schema columns ('' / 0 / False outside any story)."""
OVERRIDE_ACTIONS: tuple[str, ...] = ("split", "merge")


@dataclass(frozen=True)
class StoryOverride:
    """A user's choice on stories: split `event_a` out of its story, or merge the stories of a and b."""

    seq: int
    action: str
    event_a: str
    event_b: str
    created_at: object = None

    def as_override(self) -> tuple[str, str, str]:
        """The (action, event_a, event_b) triple `stories.group_events` takes."""
        return self.action, self.event_a, self.event_b


@dataclass(frozen=True)
class StoriesStatus:
    """Whether a collection's stories are computed: events, events without a story row, stories."""

    events: int
    missing: int
    stories: int

    @property
    def up_to_date(self) -> bool:
        """True when every event has its computed story row."""
        return self.missing == 0


def _light_column(column: str, keep: tuple[str, ...]) -> str:
    if column in LIGHT_BLANK:
        return f"'' AS {column}"
    if column in LIST_COLUMNS and column not in keep:
        return f"[]::VARCHAR[] AS {column}"
    return column


def default_path() -> Path:
    """$FRISE_STORE, else $XDG_DATA_HOME/frise/frise.duckdb, else ~/.local/share/frise/frise.duckdb."""
    env = os.environ.get("FRISE_STORE", "").strip()
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return Path(data_home) / "frise" / "frise.duckdb"


@dataclass(frozen=True)
class AddResult:
    """What an `add` did: documents written, documents already present (skipped), events written."""

    added: int = 0
    skipped: int = 0
    events: int = 0

    def __add__(self, other: AddResult) -> AddResult:
        return AddResult(self.added + other.added, self.skipped + other.skipped, self.events + other.events)


class Store:
    """Documents and events of one collection of a DuckDB base (other collections stay untouched)."""

    def __init__(self, path: Path, collection: str, lock: FileLock) -> None:
        self.path = path
        self.collection = _check_collection(collection)
        self._lock = lock

    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        collection: str = DEFAULT_COLLECTION,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Store:
        """The store at `path` (default `default_path()`) bound to `collection`; creates the base."""
        p = Path(path).expanduser() if path is not None else default_path()
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"impossible de créer le dossier de la base {p.parent} : {e.strerror}") from e
        store = cls(p, collection, FileLock(Path(f"{p}.lock"), timeout))
        store._ensure_schema()
        return store

    def with_collection(self, collection: str) -> Store:
        """The same base bound to another collection."""
        return Store(self.path, collection, self._lock)

    # connections ---------------------------------------------------------------------------------------

    @contextmanager
    def _connect(self, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._lock.hold(exclusive=write), attached(self.path, write) as con:
            try:
                yield con
            except duckdb.Error as e:  # disk full, corrupt page...: say which base and what failed
                done = "écrite" if write else "lue"
                raise StoreError(f"la base {self.path} n'a pas pu être {done} : {e}") from e

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._connect(write=True) as con:
            con.begin()
            try:
                yield con
            except BaseException:
                con.rollback()
                raise
            con.commit()

    def _ensure_schema(self) -> None:
        if self.path.exists() and self.path.stat().st_size > 0:
            with self._connect() as con:
                tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
                story_columns: set[str] = set()
                if {"frise_meta", "documents", "events"} <= tables:
                    self._check_signature(con)
                    story_columns = {
                        r[0]
                        for r in con.execute(
                            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'stories'"
                        ).fetchall()
                    }
                    if set(STORY_TABLES) <= tables and set(STORY_SCHEMA.names) <= story_columns:
                        if not self._stories_stale(con):
                            return
            with self._transaction() as con:  # a base made before stories (or `near`): add what it lacks
                for statement in STORY_DDL:
                    con.execute(statement)
                if story_columns:  # stories computed by another grouping: computed again (choices stay)
                    con.execute("DELETE FROM event_stories")
                    con.execute("DELETE FROM stories")
                return
        with self._transaction() as con:
            for statement in ddl():
                con.execute(statement)
            con.execute("INSERT OR IGNORE INTO frise_meta VALUES ('schema', ?)", [SCHEMA_SIGNATURE])
            self._check_signature(con)

    @staticmethod
    def _stories_stale(con: duckdb.DuckDBPyConnection) -> bool:
        """Whether the base holds stories that another version of the grouping computed."""
        row = con.execute("SELECT value FROM frise_meta WHERE key = 'stories'").fetchone()
        if row is not None and row[0] == STORIES_VERSION:
            return False
        found = con.execute("SELECT count(*) FROM event_stories").fetchone()
        return found is not None and int(found[0]) > 0

    def _check_signature(self, con: duckdb.DuckDBPyConnection) -> None:
        row = con.execute("SELECT value FROM frise_meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_SIGNATURE:
            raise StoreError(
                f"la base {self.path} a été créée avec un autre format d'événements ; "
                "choisissez un autre fichier (FRISE_STORE) ou supprimez celui-ci pour le reconstruire"
            )

    # writing -------------------------------------------------------------------------------------------

    def add(
        self, documents_with_events: Iterable[tuple[Document, list[Event]]], batch_size: int = BATCH_SIZE
    ) -> AddResult:
        """Add documents with their events; a document already in the collection is skipped (idempotent)."""
        total = AddResult()
        it = iter(documents_with_events)
        while batch := list(islice(it, batch_size)):
            docs = [d for d, _ in batch]
            events = [e for d, evs in batch for e in checked_events(d, evs)]
            try:
                tables = documents_table(docs), events_table(events)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError) as e:
                raise StoreError(f"documents ou événements mal formés : {e}") from e
            total += self.add_tables(*tables)
        return total

    def add_tables(self, documents: pa.Table, events: pa.Table) -> AddResult:
        """Add Arrow tables of documents and events in one transaction (bulk path; same rules as `add`)."""
        try:
            documents = conform_table(documents, DOCUMENT_SCHEMA, "documents")
            events = conform_table(events, EVENT_SCHEMA, "événements")
        except (KeyError, pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
            raise StoreError(f"tables à importer invalides : {e}") from e
        documents, duplicates = first_of_each(documents)
        with self._transaction() as con:
            con.register("new_docs", documents)
            present = {
                r[0]
                for r in con.execute(
                    "SELECT doc_id FROM documents WHERE collection = ? "
                    "AND doc_id IN (SELECT doc_id FROM new_docs)",
                    [self.collection],
                ).fetchall()
            }
            fresh = documents.filter(
                pc.invert(pc.is_in(documents["doc_id"], pa.array(sorted(present), pa.string())))
            )
            fresh_events = events_of(events, fresh["doc_id"])
            self._insert(con, fresh, fresh_events)
        return AddResult(fresh.num_rows, len(present) + duplicates, fresh_events.num_rows)

    def replace_document(self, document: Document, events: list[Event]) -> None:
        """Rewrite one document and all its events in one transaction (e.g. a corrected publication date)."""
        docs, evs = documents_table([document]), events_table(checked_events(document, events))
        with self._transaction() as con:
            for name in ("events", "documents"):
                con.execute(
                    f"DELETE FROM {name} WHERE collection = ? AND doc_id = ?",
                    [self.collection, document.doc_id],
                )
            self._insert(con, docs, evs)

    def delete_document(self, doc_id: str) -> bool:
        """Remove one document and its events; False if it was not there."""
        with self._transaction() as con:
            con.execute("DELETE FROM events WHERE collection = ? AND doc_id = ?", [self.collection, doc_id])
            row = con.execute(
                "DELETE FROM documents WHERE collection = ? AND doc_id = ? RETURNING doc_id",
                [self.collection, doc_id],
            ).fetchall()
        return bool(row)

    def delete_collection(self, name: str) -> None:
        """Remove a collection's documents and events (the other collections are untouched)."""
        with self._transaction() as con:
            for t in ("events", "documents", *STORY_TABLES):
                con.execute(f"DELETE FROM {t} WHERE collection = ?", [name])

    def import_parquet(self, folder: str | Path) -> AddResult:
        """Import `folder/documents/*.parquet` with their `folder/events/` parts, one transaction per part."""
        root = Path(folder)
        parts = sorted((root / "documents").glob("*.parquet"))
        if not parts:
            raise StoreError(f"aucune partie Parquet dans {root / 'documents'}")
        total = AddResult()
        for part in parts:
            events_part = root / "events" / part.name
            if not events_part.exists():
                raise StoreError(f"partie d'événements manquante : {events_part}")
            try:
                docs, evs = pq.read_table(part), pq.read_table(events_part)
            except (OSError, pa.ArrowInvalid) as e:
                raise StoreError(f"partie Parquet illisible {part.name} : {e}") from e
            total += self.add_tables(docs, evs)
        return total

    def _insert(self, con: duckdb.DuckDBPyConnection, docs: pa.Table, events: pa.Table) -> None:
        con.register("ins_docs", docs)
        con.register("ins_events", events)
        doc_cols = ", ".join(DOCUMENT_COLUMNS)
        cols = ", ".join(COLUMNS)
        try:
            con.execute(
                f"INSERT INTO documents (collection, {doc_cols}) SELECT ?, {doc_cols} FROM ins_docs",
                [self.collection],
            )
            con.execute(
                f"INSERT INTO events (collection, {cols}, search) "
                f"SELECT ?, {cols}, {SEARCH_EXPR} FROM ins_events",
                [self.collection],
            )
        except duckdb.ConstraintException as e:
            raise StoreError(f"écriture refusée par la base (identifiant en double) : {e}") from e
        finally:
            con.unregister("ins_docs")
            con.unregister("ins_events")

    # reading -------------------------------------------------------------------------------------------

    def _where(self, filters: Filters | None) -> tuple[str, list[object]]:
        clause, params = where_clause(filters or Filters())
        return "collection = ?" + (f" AND {clause}" if clause else ""), [self.collection, *params]

    def events(
        self,
        filters: Filters | None = None,
        limit: int | None = None,
        order: str = "date",
        offset: int = 0,
        light: bool = False,
        keep: tuple[str, ...] = (),
        stories: bool = False,
    ) -> pd.DataFrame:
        """The filtered events as a schema-typed frame (only this slice leaves DuckDB).

        `light` leaves the wide free-text columns empty (LIGHT_BLANK), and the list columns too except those
        in `keep`: enough to count and draw a million events without holding their sentences in memory.
        `stories` appends STORY_COLUMNS, joined from the computed stories (issue 8).
        """
        if order not in ORDERS:
            raise StoreError(f"ordre inconnu {order!r} ; choix : {', '.join(ORDERS)}")
        where, params = self._where(filters)
        order_by = f" ORDER BY {ORDERS[order]}" if ORDERS[order] else ""
        page = ""
        if limit is not None:
            page += " LIMIT ?"
            params.append(max(0, int(limit)))
        if offset:
            page += " OFFSET ?"
            params.append(max(0, int(offset)))
        cols = ", ".join(_light_column(c, keep) if light else c for c in COLUMNS)
        with self._connect() as con:
            if page and order_by:
                # Sort and cut on narrow columns, then fetch the wide columns of the kept rows by row id
                # (a pushed-down filter): a page of 1,000,000 events never sorts its sentences.
                picked = f"SELECT rowid FROM events WHERE {where}{order_by}{page}"
                ids = con.sql(picked, params=params).to_arrow_table().column(0).to_pylist()
                sql, params = f"SELECT {cols} FROM events WHERE rowid = ANY(?::BIGINT[]){order_by}", [ids]
            else:
                sql = f"SELECT {cols} FROM events WHERE {where}{order_by}{page}"
            if stories:
                sql, params = self._with_stories(sql, order_by), [*params, self.collection]
            arrow = con.sql(sql, params=params).to_arrow_table()
        frame = arrow_to_frame(arrow)
        if stories:
            frame["story_id"] = arrow["story_id"].to_pandas().astype("str")
            frame["story_sources"] = arrow["story_sources"].to_pandas().astype("int64")
            frame["story_conflict"] = arrow["story_conflict"].to_pandas().astype("bool")
        return frame

    @staticmethod
    def _with_stories(sql: str, order_by: str) -> str:
        """`sql` (a select of event columns) with each event's story columns joined (the order kept)."""
        return (
            "SELECT q.*, coalesce(s.s_story, '') AS story_id, coalesce(s.s_sources, 0) AS story_sources, "
            "coalesce(s.s_conflict, false) AS story_conflict "
            f"FROM ({sql}) q LEFT JOIN (SELECT event_id AS s_event, story_id AS s_story, "
            "story_sources AS s_sources, story_conflict AS s_conflict FROM event_stories "
            f"WHERE collection = ?) s ON s.s_event = q.event_id{order_by}"
        )

    def count(self, filters: Filters | None = None) -> int:
        """How many events the filters keep."""
        where, params = self._where(filters)
        with self._connect() as con:
            row = con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()
        return int(row[0]) if row else 0

    def date_bounds(self, filters: Filters | None = None) -> tuple[date | None, date | None]:
        """Earliest start and latest end of the filtered events (None, None when there is none)."""
        where, params = self._where(filters)
        with self._connect() as con:
            row = con.execute(
                f"SELECT min(date_start), max(date_end) FROM events WHERE {where}", params
            ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def facet_counts(
        self, column: str, filters: Filters | None = None, exclude_own: bool = True
    ) -> list[tuple[str, int]]:
        """(value, number of events) for `column` under `filters`, most frequent first.

        List columns are unnested. With `exclude_own` the selection made on `column` itself is ignored,
        so a multiselect keeps offering the values its own choice would hide.
        """
        if column not in FACET_COLUMNS:
            raise StoreError(f"facette inconnue {column!r} ; choix : {', '.join(FACET_COLUMNS)}")
        f = filters or Filters()
        where, params = self._where(without_facet(f, column) if exclude_own else f)
        value = f"unnest(list_distinct({column}))" if column in LIST_COLUMNS else column
        sql = (
            f"SELECT v, count(*) AS n FROM (SELECT {value} AS v FROM events WHERE {where}) "
            "WHERE v IS NOT NULL AND v <> '' GROUP BY v ORDER BY n DESC, v"
        )
        with self._connect() as con:
            return [(str(v), int(n)) for v, n in con.execute(sql, params).fetchall()]

    def has_document(self, doc_id: str) -> bool:
        """Whether `doc_id` is in this collection."""
        return bool(self.existing_ids([doc_id]))

    def existing_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """The subset of `doc_ids` already in this collection (one query; used to resume bulk runs)."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        with self._connect() as con:
            rows = con.execute(
                "SELECT doc_id FROM documents WHERE collection = ? AND list_contains(?::VARCHAR[], doc_id)",
                [self.collection, ids],
            ).fetchall()
        return {r[0] for r in rows}

    def documents(self) -> pd.DataFrame:
        """The collection's documents (without text) with their number of events, by publication date."""
        cols = ", ".join(f"d.{c}" for c in DOCUMENT_COLUMNS if c != "text")
        sql = (
            f"SELECT {cols}, d.added_at, count(e.event_id) AS n_events FROM documents d "
            "LEFT JOIN events e ON e.collection = d.collection AND e.doc_id = d.doc_id "
            f"WHERE d.collection = ? GROUP BY ALL ORDER BY d.published NULLS LAST, d.doc_id"
        )
        with self._connect() as con:
            df: pd.DataFrame = con.sql(sql, params=[self.collection]).to_arrow_table().to_pandas()
        return df

    def document(self, doc_id: str) -> Document | None:
        """One document of the collection, or None."""
        with self._connect() as con:
            cur = con.execute(
                f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents WHERE collection = ? AND doc_id = ?",
                [self.collection, doc_id],
            )
            row = cur.fetchone()
        return document_from_row(dict(zip(DOCUMENT_COLUMNS, row, strict=True))) if row else None

    # stories (issue 8) ---------------------------------------------------------------------------------

    def event_columns(self, columns: tuple[str, ...]) -> pd.DataFrame:
        """Every event of the collection, only `columns` (schema-typed), in a stable order (by event_id)."""
        unknown = [c for c in columns if c not in COLUMNS]
        if unknown:
            raise StoreError(f"colonnes inconnues : {', '.join(unknown)}")
        sql = f"SELECT {', '.join(columns)} FROM events WHERE collection = ? ORDER BY event_id"
        with self._connect() as con:
            arrow = con.sql(sql, params=[self.collection]).to_arrow_table()
        return arrow_to_frame(arrow, columns)

    def overrides(self) -> list[StoryOverride]:
        """The user's split/merge choices of this collection, oldest first (the order they apply in)."""
        with self._connect() as con:
            rows = con.execute(
                "SELECT seq, action, event_a, event_b, created_at FROM story_overrides "
                "WHERE collection = ? ORDER BY seq",
                [self.collection],
            ).fetchall()
        return [StoryOverride(int(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4]) for r in rows]

    def add_override(self, action: str, event_a: str, event_b: str = "") -> int:
        """Store a split ('split', event) or merge ('merge', event_a, event_b) choice; returns its number."""
        if action not in OVERRIDE_ACTIONS:
            raise StoreError(f"choix inconnu {action!r} ; choix : {', '.join(OVERRIDE_ACTIONS)}")
        if not event_a or (action == "merge" and (not event_b or event_b == event_a)):
            raise StoreError("choix incomplet : il faut un événement (et un autre pour une fusion)")
        with self._transaction() as con:
            row = con.execute(
                "SELECT coalesce(max(seq), 0) + 1 FROM story_overrides WHERE collection = ?",
                [self.collection],
            ).fetchone()
            seq = int(row[0]) if row else 1
            con.execute(
                "INSERT INTO story_overrides (collection, seq, action, event_a, event_b) "
                "VALUES (?, ?, ?, ?, ?)",
                [self.collection, seq, action, event_a, event_b if action == "merge" else ""],
            )
        return seq

    def remove_override(self, seq: int) -> bool:
        """Undo one stored choice; False if there was none with this number."""
        with self._transaction() as con:
            rows = con.execute(
                "DELETE FROM story_overrides WHERE collection = ? AND seq = ? RETURNING seq",
                [self.collection, int(seq)],
            ).fetchall()
        return bool(rows)

    def write_stories(self, event_rows: pa.Table, story_rows: pa.Table) -> None:
        """Replace the collection's computed stories in one transaction (one Arrow insert per table)."""
        try:
            event_rows = conform_table(event_rows, EVENT_STORY_SCHEMA, "récits des événements")
            story_rows = conform_table(story_rows, STORY_SCHEMA, "récits")
        except (KeyError, pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
            raise StoreError(f"récits à écrire invalides : {e}") from e
        with self._transaction() as con:
            for name, rows, schema in (
                ("event_stories", event_rows, EVENT_STORY_SCHEMA),
                ("stories", story_rows, STORY_SCHEMA),
            ):
                con.execute(f"DELETE FROM {name} WHERE collection = ?", [self.collection])
                con.register("ins_rows", rows)
                cols = ", ".join(schema.names)
                try:
                    con.execute(
                        f"INSERT INTO {name} (collection, {cols}) SELECT ?, {cols} FROM ins_rows",
                        [self.collection],
                    )
                except duckdb.ConstraintException as e:
                    raise StoreError(f"récits refusés par la base (identifiant en double) : {e}") from e
                finally:
                    con.unregister("ins_rows")
            con.execute("INSERT OR REPLACE INTO frise_meta VALUES ('stories', ?)", [STORIES_VERSION])

    def stories_status(self) -> StoriesStatus:
        """How many events lack a computed story row (0: the stories are up to date with the events)."""
        sql = (
            "SELECT (SELECT count(*) FROM events WHERE collection = $c), "
            "(SELECT count(*) FROM events e ANTI JOIN event_stories s "
            "ON s.collection = e.collection AND s.event_id = e.event_id WHERE e.collection = $c), "
            "(SELECT count(*) FROM stories WHERE collection = $c)"
        )
        with self._connect() as con:
            row = con.execute(sql, {"c": self.collection}).fetchone()
        return StoriesStatus(*(int(x) for x in row)) if row else StoriesStatus(0, 0, 0)

    def stories(self, filters: Filters | None = None, limit: int | None = None) -> pd.DataFrame:
        """The stories with at least one event passing `filters`, by date: one row per story.

        Columns: story_id, date_start, date_end, granularity, n_sources, n_events, conflict, lead_event,
        label, topic, reasons, near (stories perhaps the same, strongest link first), n_visible (members
        passing the filters).
        """
        where, params = self._where(filters)
        page = f" LIMIT {max(0, int(limit))}" if limit is not None else ""
        sql = (
            f"WITH v AS (SELECT event_id FROM events WHERE {where}), "
            "hits AS (SELECT es.story_id, count(*) AS n_visible FROM event_stories es JOIN v "
            "ON v.event_id = es.event_id WHERE es.collection = ? AND es.story_id <> '' GROUP BY es.story_id) "
            "SELECT s.story_id, s.date_start, s.date_end, s.granularity, s.n_sources, s.n_events, "
            "s.conflict, s.lead_event, s.label, s.topic, s.reasons, s.near, hits.n_visible FROM stories s "
            "JOIN hits ON hits.story_id = s.story_id WHERE s.collection = ? "
            f"ORDER BY s.date_start NULLS LAST, s.date_end, s.story_id{page}"
        )
        with self._connect() as con:
            arrow = con.sql(sql, params=[*params, self.collection, self.collection]).to_arrow_table()
        return _story_frame(arrow)

    def story_members(self, story_id: str) -> pd.DataFrame:
        """Every event of one story (whatever the filters) with STORY_COLUMNS, by publication then place."""
        inner = (
            f"SELECT {', '.join(COLUMNS)} FROM events WHERE collection = ? AND event_id IN "
            "(SELECT event_id FROM event_stories WHERE collection = ? AND story_id = ?)"
        )
        sql = self._with_stories(inner, " ORDER BY published NULLS LAST, doc_id, char_start, event_id")
        with self._connect() as con:
            arrow = con.sql(sql, params=[self.collection, self.collection, story_id, self.collection])
            table = arrow.to_arrow_table()
        frame = arrow_to_frame(table)
        for c, dtype in zip(STORY_COLUMNS, ("str", "int64", "bool"), strict=True):
            frame[c] = table[c].to_pandas().astype(dtype)
        return frame

    def event_sentences(self, event_ids: Iterable[str]) -> dict[str, str]:
        """event_id -> sentence for the given events of the collection (one query; unknown ids left out)."""
        ids = list(dict.fromkeys(event_ids))
        if not ids:
            return {}
        with self._connect() as con:
            rows = con.execute(
                "SELECT event_id, sentence FROM events WHERE collection = ? "
                "AND list_contains(?::VARCHAR[], event_id)",
                [self.collection, ids],
            ).fetchall()
        return {str(e): str(t or "") for e, t in rows}

    def story_of(self, event_id: str) -> str:
        """The computed story id of one event ('' when none)."""
        with self._connect() as con:
            row = con.execute(
                "SELECT story_id FROM event_stories WHERE collection = ? AND event_id = ?",
                [self.collection, event_id],
            ).fetchone()
        return str(row[0]) if row else ""

    def collections(self) -> list[str]:
        """Names of the collections that hold at least one document, sorted."""
        with self._connect() as con:
            return [
                r[0] for r in con.execute("SELECT DISTINCT collection FROM documents ORDER BY 1").fetchall()
            ]


def _story_frame(arrow: pa.Table) -> pd.DataFrame:
    """The stories query as a frame: dates as datetime64, reasons and near stories as tuples, counts int."""
    df: pd.DataFrame = arrow.to_pandas()
    for c in ("date_start", "date_end"):
        df[c] = pd.to_datetime(df[c]).astype("datetime64[s]")
    for c in ("n_sources", "n_events", "n_visible"):
        df[c] = df[c].fillna(0).astype("int64")
    df["conflict"] = df["conflict"].fillna(False).astype("bool")
    for c in ("reasons", "near"):
        df[c] = [tuple(r) if r is not None else () for r in df[c]]
    for c in ("story_id", "granularity", "lead_event", "label", "topic"):
        df[c] = df[c].fillna("").astype("str")
    return df


def _check_collection(name: str) -> str:
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise StoreError(f"nom de collection invalide : {name!r} (texte non vide, 200 caractères au plus)")
    return name.strip()
