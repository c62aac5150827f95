"""frise: a timeline of what happened when, across French news articles.

Data flows one way: ingest -> nlp -> temporal / actors / topics -> extract (events) -> table -> store ->
filters / chart / export -> app. The public records are re-exported here; the steps live in their modules.
"""

from timeline.schema import COLUMNS, Document, Event

__all__ = ["COLUMNS", "Document", "Event"]
