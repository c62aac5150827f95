"""User-readable errors. Raise a specific subclass; the CLI and the app catch TimelineError once."""

from __future__ import annotations


class TimelineError(Exception):
    """Base class: the message is meant for the user (French or plain English, names the file)."""


class IngestError(TimelineError):
    """An input could not be read: binary, empty, too large, malformed, unknown format."""


class LexiconError(TimelineError):
    """A lexicon data file (actors, topics, temporal words) is invalid."""


class SchemaError(TimelineError):
    """A table does not match the Event schema."""


class StoreError(TimelineError):
    """The event store could not be opened, locked or written."""
