"""Small readers of matched words: numbers, years, months, modifiers, roman numerals, sentence starts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from timeline.temporal.lexicon import Lexicon, load, norm

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_SENTENCE_END = re.compile(r"(?:^|[.!?:;«»\"“”(\n•–—-])\s*$")
SENTENCE_STOP = re.compile(r"[.!?\n]")
"""Where a sentence ends, for the modules that look within one."""
SENTENCE_REACH = 400
"""How far (characters) a sentence is looked for either side of an expression: news sentences are shorter."""


def sentence_around(text: str, start: int, end: int, reach: int = SENTENCE_REACH) -> tuple[int, int]:
    """Offsets of the sentence holding text[start:end], cut at `reach` characters either side of it."""
    lo = max(0, start - reach)
    lo = max((m.end() for m in SENTENCE_STOP.finditer(text, lo, start)), default=lo)
    stop = SENTENCE_STOP.search(text, end, min(len(text), end + reach))
    return lo, stop.start() if stop else min(len(text), end + reach)


def number(lx: Lexicon, s: str | None) -> int | None:
    """'3', 'trois', 'vingt-cinq', 'vingt et un', 'quatre-vingt-dix', 'deux cents' as an int; None for vague
    quantities or unknown words. French counts by twenties from eighty ("quatre-vingts" is four twenties) and
    multiplies by "cent", so the words' values are not simply added."""
    if s is None:
        return None
    w = norm(s).strip()
    if w.isdigit():
        return int(w)
    parts = [x for x in re.split(r"[-\s]+", w) if x != "et"]
    total = 0
    for i, part in enumerate(parts):
        if part not in lx.numbers:
            return None
        value = lx.numbers[part]
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and i > 0 and parts[i - 1] == "quatre":
            total += 80 - 4  # "quatre-vingt": the four already counted is a factor
        else:
            total += value
    return total or None


def roman(s: str) -> int | None:
    """A roman numeral up to LXXXIX, or digits."""
    w = s.lower()
    if w.isdigit():
        return int(w)
    if not w or any(c not in _ROMAN for c in w):
        return None
    total = 0
    for i, c in enumerate(w):
        v = _ROMAN[c]
        total += -v if i + 1 < len(w) and _ROMAN[w[i + 1]] > v else v
    return total if total > 0 else None


def month(lx: Lexicon, s: str | None) -> int | None:
    if s is None:
        return None
    w = norm(s)
    return lx.months.get(w) or lx.month_abbreviations.get(w)


def modifier(lx: Lexicon, s: str | None) -> str:
    """'past', 'future', 'current' or '' for dernier/prochain/en cours/nothing."""
    if not s:
        return ""
    w = re.sub(r"\s+", " ", norm(s))
    if w in lx.past_modifiers:
        return "past"
    if w in lx.future_modifiers:
        return "future"
    return "current" if w == "en cours" else ""


def anchored_modifier(s: str | None) -> bool:
    """'suivant'/'précédent' point at the previous date of the text, not at the DCT."""
    return bool(s) and norm(s or "").startswith(("suivant", "précédent"))


def sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, start - 40) : start]))


NEGATION = r"\bn(?:e\s|['’])"
"""The "ne" or "n'" of a negated verb ("ne devrait rouvrir", "n'est pas attendu")."""

AFTER_WORD_COMMA = re.compile(r"[^\W\d_],\s*$")
"""A word then a comma right before a position: what follows is set off ("René Lacoste, mort en octobre",
"la finale, samedi soir,")."""

DEADLINE_TAIL = r"\s+(?:même\s+)?(?:(?:à|au|aux)\s+)?(?:(?:la|le|les)\s+|l['’]\s*)?$"
"""What may follow "d'ici" or "avant" before the date of a deadline ("d'ici à la", "avant l'", "avant même
la")."""
DEADLINE_BEFORE = re.compile(r"(?<![\w-])(d['’]ici|avant)" + DEADLINE_TAIL, re.IGNORECASE)
"""A deadline's word right before an expression ("d'ici à la fin de l'année", "avant l'été")."""
DEADLINE_OPENS = re.compile(r"(d['’]ici|avant)\b", re.IGNORECASE)
"""A deadline's word opening an expression ("d'ici dix jours")."""


def paragraph_initial(text: str, start: int) -> bool:
    """Whether the expression at `start` opens its paragraph."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def proper_noun_use(text: str, start: int, word: str) -> bool:
    """A title-case month or weekday inside a sentence is a name ('Mars', 'Vendredi saint'), not a date."""
    return word[:1].isupper() and word[1:].islower() and not sentence_initial(text, start)


def two_digit_year(yy: int, today_year: int | None) -> int:
    """'93' -> 1993, '05' -> 2005: the latest such year not more than 10 years after the DCT (or 2030)."""
    pivot = (today_year if today_year is not None else 2020) + 10
    y = 2000 + yy
    return y if y <= pivot else 1900 + yy


def next_word(text: str, end: int) -> str:
    m = re.match(r"\s{1,3}([^\W\d_][\w'’-]{0,30}|[%€$])", text[end : end + 40])
    return norm(m.group(1)) if m else ""


def previous_word(text: str, start: int) -> str:
    m = re.search(r"([\w°.'’-]{1,20})\s{1,3}$", text[max(0, start - 25) : start])
    return norm(m.group(1)) if m else ""


_TOKEN = re.compile(r"[^\W\d_]+['’]?")


def fold(word: str) -> str:
    """`word` lower case without accents."""
    return unicodedata.normalize("NFKD", norm(word)).encode("ascii", "ignore").decode()


def event_word(text: str, end: int) -> tuple[int, int, str] | None:
    """(start, end, folded word) of the event an expression ending at `end` counts from ("cinq jours après
    l'incendie", "au lendemain de la catastrophe", "après son arrivée"): the first word after the
    determiners and the adjectives said before a noun ("trois jours après cette première explosion"), among
    the next four words."""
    vf = load().verb_forms
    for k, m in enumerate(_TOKEN.finditer(text, end, end + 60)):
        if k == 4:
            break
        word = norm(m.group())
        if word not in vf.determiners and word not in vf.prenominal_adjectives and len(word) >= 4:
            return m.start(), m.end(), fold(m.group())
    return None


def word_end(text: str, start: int) -> int:
    """The end of the word starting at `start`."""
    m = _TOKEN.match(text, start)
    return m.end() if m else start


def names_word(text: str, word: str) -> bool:
    """Whether `text` holds a form of the folded `word`: one sharing its first six letters (all of a shorter
    word), so "l'incendie" meets "incendies" and "effondrement" meets "effondré" without a stemmer."""
    return next(forms_of_any(text, frozenset({word}), 0, len(text)), None) is not None


def _form_of(other: str, word: str) -> bool:
    size = min(6, len(word), len(other))
    return size >= 4 and other[:size] == word[:size] and (len(other) >= 6 or other == word)


def forms_of_any(text: str, words: frozenset[str], lo: int, hi: int) -> Iterator[int]:
    """Offsets of the forms of any of the folded `words` in `text[lo:hi]` (see `names_word`), the text read
    once for all of them."""
    for m in _TOKEN.finditer(text, lo, hi):
        other = fold(m.group().rstrip("'’"))
        if len(other) >= 4 and any(_form_of(other, x) for x in words if x[:4] == other[:4]):
            yield m.start()


@lru_cache(maxsize=8)
def folded(words: frozenset[str]) -> frozenset[str]:
    """`words` lower case without accents, folded once per word list of the lexicon."""
    return frozenset(fold(x) for x in words)
