"""Shared fixtures: a pinned publication date and small events built without NLP."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import settings

from timeline.schema import Event, event_id

PUBLISHED = date(2024, 6, 18)

# `make test` is a gate: the same generated examples every run, so a green run on one machine is green on
# the next. `make test-slow` explores with fresh random examples (FRISE_HYPOTHESIS=explore).
settings.register_profile("gate", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("FRISE_HYPOTHESIS", "gate"))


@pytest.fixture(autouse=True)
def _restore_main_module() -> Iterator[None]:
    """Streamlit's AppTest leaves app.py as `__main__`; spawned workers (process pools, Dask) would then
    re-run the whole page on start-up. Put pytest's own `__main__` back after every test."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


def make_event(n: int = 0, **overrides: object) -> Event:
    """A valid event; `overrides` replace fields (used by schema, export and store tests)."""
    base: dict[str, object] = {
        "event_id": event_id("doc0", 10 * n, 10 * n + 8, 0),
        "doc_id": "doc0",
        "title": "Poutine à Pyongyang",
        "source": "exemple",
        "url": "https://exemple.org/a",
        "published": PUBLISHED,
        "published_precision": "day",
        "published_origin": "header",
        "date_start": date(2024, 6, 18),
        "date_end": date(2024, 6, 18),
        "granularity": "day",
        "value": "2024-06-18",
        "anchor": "dct",
        "vague": False,
        "date_text": "ce mardi",
        "char_start": 10 * n,
        "char_end": 10 * n + 8,
        "sentence": "Vladimir Poutine arrive ce mardi à Pyongyang.",
        "sentence_start": 0,
        "persons": ("Vladimir Poutine",),
        "countries": ("Russie", "Corée du Nord"),
        "organisations": (),
        "topics": ("diplomatie",),
        "kind": "dated",
        "confidence": 0.9,
    }
    base.update(overrides)
    return Event(**base)  # type: ignore[arg-type]


@pytest.fixture
def events() -> list[Event]:
    return [
        make_event(0),
        make_event(
            1,
            date_text="en mars",
            date_start=date(2024, 3, 1),
            date_end=date(2024, 3, 31),
            granularity="month",
            value="2024-03",
            topics=("sanctions et ONU", "diplomatie"),
        ),
        make_event(
            2,
            kind="reported",
            date_text="",
            char_start=-1,
            char_end=-1,
            persons=(),
            vague=True,
            published=None,
            published_precision="unknown",
            published_origin="none",
            date_start=None,
            date_end=None,
            granularity="unknown",
            anchor="none",
            value="",
        ),
    ]
