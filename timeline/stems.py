"""Content words of French text reduced to comparable stems, for the grouping of reports into stories.

Stop words (spaCy's French list) and calendar words (the temporal lexicon) are left out: a month name or
"selon" says nothing of what happened. Stems come from Snowball's French stemmer, so "signé", "signés" and
"signer" meet on one stem.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import snowballstemmer

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
STEMMER = snowballstemmer.stemmer("french")


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})
"""Ligatures that Unicode does not decompose: without this, folding dropped them ("sœur" became "sur", a
stop word; "œuvre" and "oeuvre" did not meet)."""


def fold(s: str) -> str:
    """Lower case without accents: "Signé" and "signe" compare equal, and so do "œuvre" and "oeuvre"."""
    return unicodedata.normalize("NFKD", s.translate(_LIGATURES).lower()).encode("ascii", "ignore").decode()


def _snowball(folded: str) -> str:
    """Snowball's stem of a folded word, its plurals in -x and -s after "eu" taken off as its other plurals
    are: the stemmer leaves "feux", "jeux", "adieux", "bleus" apart from "feu", "jeu", "adieu", "bleu" (and
    "-eux" adjectives, whose feminine it already stems to "-eux", stay one stem: "heureu")."""
    s = str(STEMMER.stemWord(folded))
    return s[:-1] if len(s) > 3 and s.endswith(("eux", "eus")) else s


@lru_cache(maxsize=1)  # loaded on first use: importing spaCy costs seconds, and the page imports the grouping
def _stop_words() -> frozenset[str]:
    """spaCy's French stop list plus the calendar words (a month name says nothing of what happened)."""
    from spacy.lang.fr.stop_words import STOP_WORDS  # data only, no model needed

    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)

    lex = load()
    calendar: list[str] = [
        *lex.months,
        *lex.weekdays,
        *lex.seasons,
        *lex.numbers,
        *lex.units,
        *lex.parts,
        *lex.past_modifiers,
        *lex.future_modifiers,
        *lex.day_parts,
        *lex.anchored_days,
        *lex.reporting_verbs,
    ]
    return frozenset(fold(w) for w in [*STOP_WORDS, *calendar])


@lru_cache(maxsize=200_000)
def stem_of(word: str) -> str:
    """The Snowball stem of any word, stop words included."""
    return _snowball(fold(word))


@lru_cache(maxsize=1)
def _phase_stems() -> frozenset[str]:
    """Stems of the verbs that say a happening starts, goes on or ends, not what it is (`phase_words` of
    data/event_types.json): "commencé" in two sentences says nothing of their being one event."""
    raw = json.loads(resources.files("timeline").joinpath("data", "event_types.json").read_text("utf-8"))
    # the stemmer leaves some verb endings on ("terminée" -> "termine", "continuent"): those forms too
    return frozenset(stem_of(w) + end for w in raw["phase_words"] for end in ("", "e", "ent", "on"))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str | None:
    """The Snowball stem of a content word, None for a stop, calendar or phase word."""
    w = fold(word)
    if w in _stop_words():
        return None
    s = _snowball(w)
    return None if s in _phase_stems() else s


def stem_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each content word of a text."""
    return [(m.start(), m.end(), s) for m in WORD.finditer(text) if (s := stem(m.group())) is not None]


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text (stop words, calendar words and numbers left out)."""
    return [s for m in WORD.finditer(text) if (s := stem(m.group())) is not None]
