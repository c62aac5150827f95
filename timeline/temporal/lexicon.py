"""French temporal vocabulary, read once from timeline/data/temporal/fr.json and checked.

Reads: the JSON file shipped as package data. Writes nothing. Raises LexiconError on a malformed file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from timeline.errors import LexiconError

_REQUIRED = (
    "months",
    "month_abbreviations",
    "weekdays",
    "seasons",
    "numbers",
    "decade_words",
    "ordinals",
    "units",
    "unit_multiples",
    "parts",
    "past_modifiers",
    "future_modifiers",
    "dct_days",
    "figurative_days",
    "particular_units",
    "now_words",
    "day_parts",
    "night_parts",
    "anchored_days",
    "approximators",
    "vague_quantities",
    "count_nouns",
    "numbered_nouns",
    "event_forms",
    "of_phrases",
    "holiday_things",
    "holiday_events",
    "unplanned_happenings",
    "planned_happenings",
    "holidays",
    "reporting_verbs",
    "duration_cues",
    "to_the_day",
    "nearly_to_the_day",
    "to_the_month",
    "anniversary_nouns",
    "recalling_nouns",
    "same_year",
    "verb_forms",
)
_VERB_KEYS = (
    "auxiliaries",
    "imperfect_auxiliaries",
    "future_modals",
    "skippable",
    "skippable_phrases",
    "relative_pronouns",
    "participle_endings",
    "tagged_participle_endings",
    "irregular_participles",
    "noun_participles",
    "dating_forms",
    "determiners",
    "prenominal_adjectives",
    "infinitive_endings",
    "future_endings",
    "conditional_endings",
    "imperfect_endings",
    "imperfect_lookalikes",
    "not_verbs",
    "present_forms",
    "etre_present",
    "etre_conditional",
    "conditional_auxiliaries",
    "object_pronouns",
    "subject_determiners",
    "prepositions",
    "etre_participles",
    "planning_participles",
    "setting_participles",
    "calling_forms",
    "promising_forms",
    "pledging_forms",
    "requesting_forms",
    "past_plans",
    "adverb_endings",
    "participle_complements",
)


@dataclass(frozen=True)
class VerbForms:
    """Lexical tense cues (forms and endings) read before any spaCy parse."""

    auxiliaries: frozenset[str]
    imperfect_auxiliaries: frozenset[str]
    future_modals: frozenset[str]
    skippable: frozenset[str]
    skippable_phrases: tuple[tuple[str, ...], ...]
    """Adverbial phrases that may sit between an auxiliary and its participle ("ont en outre révélé", "a à
    son tour balayé"), as key forms."""
    relative_pronouns: frozenset[str]
    """Words opening a relative clause: its verb tells of the antecedent, not of a date outside the clause
    ("Samedi, depuis l'hôpital où elle est soignée, la veuve a rompu le silence")."""
    participle_endings: tuple[str, ...]
    tagged_participle_endings: tuple[str, ...]
    """More endings of past participles ("mise", "clos", "dû"): a word spaCy tags as a past participle is read
    as one only if it ends like one ("terrestre", "russe", "neuf" are adjectives the tagger mistakes)."""
    irregular_participles: frozenset[str]
    """Past participles no regular ending reveals ("mort", "fait", "ouvert")."""
    noun_participles: frozenset[str]
    """Participles spelt like a noun of `not_verbs` ("marché", "invité"): right after an auxiliary they are
    the verb ("des milliers d'habitants ont marché lundi soir" tells a past)."""
    dating_forms: frozenset[str]
    """Forms of "remonter à", "dater de": what they date lies behind, whatever their tense ("l'accident
    remonterait à la nuit de vendredi à samedi")."""
    determiners: frozenset[str]
    """Words before a noun: a word after them ending like a participle is a noun ("la criminalité")."""
    prenominal_adjectives: frozenset[str]
    """Adjectives said before their noun ("cette première explosion", "la seconde tempête"): the happening a
    count starts from is the noun after them."""
    infinitive_endings: tuple[str, ...]
    future_endings: tuple[str, ...]
    conditional_endings: tuple[str, ...]
    imperfect_endings: tuple[str, ...]
    imperfect_lookalikes: tuple[str, ...]
    """Imperfects ending like a conditional ("s'effondrait", "ouvrait", "livrait"): read by these endings."""
    not_verbs: frozenset[str]
    present_forms: frozenset[str]
    etre_present: frozenset[str]
    etre_conditional: frozenset[str]
    conditional_auxiliaries: frozenset[str]
    """The conditional of "avoir" and "être", elided too: auxiliary of a past conditional ("aurait signé")."""
    object_pronouns: frozenset[str]
    """Determiners that are also object pronouns before a verb ("il la verra")."""
    subject_determiners: frozenset[str]
    """Determiners that are also subject pronouns before a verb ("ce sera lundi")."""
    prepositions: frozenset[str]
    """Words before "le", "la", "les" that make them articles ("de la serra"), not object pronouns."""
    """Conditionals of "être": with the participle of a verb conjugated with "avoir" they are a passive told
    as to come ("le Parlement serait rappelé lundi"), with one of "être" a past ("serait arrivé lundi")."""
    etre_participles: tuple[str, ...]
    planning_participles: frozenset[str]
    setting_participles: frozenset[str]
    """Participles that set a day ("fixé au 25 mai", "reportée au 12 mars"), and the noun "report": the
    nearest such day."""
    calling_forms: frozenset[str]
    """Forms of "appeler à" and "appel à": what is called for ("une grève jeudi") lies near the news."""
    promising_forms: frozenset[str]
    """Forms of "promettre", "proposer" and "convoquer", and of "prévoir" and "envisager" in the imperfect:
    what is promised or convened (after its object: "ont convoqué une assemblée lundi") lies ahead of the
    promise, or is the nearest such day when told in the imperfect."""
    pledging_forms: frozenset[str]
    """Forms of "s'engager", before "à": what is pledged lies ahead of the pledge."""
    requesting_forms: frozenset[str]
    """Present forms of verbs that ask for or foresee something ("réclament une mission dès janvier",
    "envisagent de nouvelles plongées au printemps"): like a promise, what they ask for lies ahead."""
    past_plans: frozenset[str]
    """A plan told from the past ("devait se poser lundi"): its day is the nearest to the news."""
    adverb_endings: tuple[str, ...]
    """Endings of adverbs that may sit inside a verb group ("doit être officiellement proclamé")."""
    participle_complements: frozenset[str]
    """Words that complete a participle before its date ("le rapport, rendu public vendredi"): the
    participle before them tells the tense."""


@dataclass(frozen=True)
class Lexicon:
    """Surface forms (lower case, apostrophes normalised to ') mapped to their values."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    numbers: dict[str, int]
    decade_words: dict[str, int]
    ordinals: dict[str, int]
    units: dict[str, str]
    unit_multiples: dict[str, tuple[str, int]]
    parts: dict[str, str]
    past_modifiers: frozenset[str]
    future_modifiers: frozenset[str]
    dct_days: dict[str, int]
    figurative_days: frozenset[str]
    particular_units: dict[str, frozenset[str]]
    """For a unit ("week-end", "semaine"), the words before it, its article included, that make it the news's
    own ("au cours du week-end", "dans la semaine"), where it may otherwise be any ("le week-end, les marchés
    sont bondés")."""
    now_words: frozenset[str]
    day_parts: frozenset[str]
    night_parts: frozenset[str]
    """The day parts that are a night, over two days ("la nuit du 3 au 4 mai")."""
    anchored_days: dict[str, int]
    approximators: dict[str, str]
    vague_quantities: frozenset[str]
    count_nouns: frozenset[str]
    numbered_nouns: frozenset[str]
    """Words a number after them identifies rather than dates ("la loi 1901", "la résolution 1851", "le vol
    1549"): that number is no year."""
    event_forms: dict[str, frozenset[str]]
    """For the noun of a happening ("l'élection", "la libération"), the participles that tell it happened
    ("élu", "libérés"): "le lendemain de l'élection" counts from the day a sentence says one was elected."""
    of_phrases: frozenset[str]
    """Words before "de"/"du" that make no noun complement of the date ("à partir du", "la veille du"): the
    clause's verb still decides the date's direction."""
    holiday_things: frozenset[str]
    """Nouns a holiday completes as a name, not a date: "le marché de Noël", "le Père Noël"."""
    holiday_events: frozenset[str]
    """Happenings a yearly holiday names when no year follows ("les attentats de Pâques", "la tempête de Noël"
    in a later year): which year the phrase does not say, so the holiday is no date there ("les attentats du
    13-Novembre" names its year)."""
    unplanned_happenings: frozenset[str]
    """Happenings nobody schedules ("l'attentat de vendredi", "l'arrestation, vendredi à Molenbeek"): a
    weekday completing one is behind, whatever the clause's tense."""
    planned_happenings: frozenset[str]
    """Happenings set in advance ("les élections de dimanche", "le sommet de mardi"): a weekday completing one
    in a clause told in the past is the nearest, the verb telling of something else ("La campagne des
    élections de dimanche a été suspendue" on a Friday is the Sunday ahead)."""
    holidays: dict[str, tuple[str, int, int]]
    """Kind ("fixed", "easter", or the year of a day named after an event), then month and day (or Easter
    offset)."""
    reporting_verbs: frozenset[str]
    """Present forms of reporting verbs: "annonce mardi" reports a day already gone."""
    duration_cues: frozenset[str]
    to_the_day: frozenset[str]
    """Phrases after "il y a N ans" that make it that very day ("jour pour jour")."""
    anniversary_nouns: frozenset[str]
    """Nouns of a day that comes back every year ("le premier anniversaire de sa mort, le 16 septembre"): a
    day-month set beside one is the anniversary, not the remembered day."""
    recalling_nouns: frozenset[str]
    """Nouns that recall a happening ("les obsèques des victimes de la crue"): the happening named after one
    is not what the sentence's date dates."""
    nearly_to_the_day: frozenset[str]
    """Phrases after "il y a N ans" that make it a day near that very day ("presque jour pour jour", "à
    quelques jours près"): the days around it (`relative.NEARLY_DAYS`)."""
    to_the_month: frozenset[str]
    """Phrases after "il y a N ans" that make it the news's month that many years back ("il y a vingt ans ce
    mois-ci")."""
    same_year: frozenset[str]
    """Phrases after a month that put it in the year the text last told ("en octobre de la même année")."""
    verb_forms: VerbForms


def norm(s: str) -> str:
    """Lower case with typographic apostrophes made straight (the key form of every entry)."""
    return s.lower().replace("’", "'").replace("ʼ", "'")


def alternation(forms: object) -> str:
    """A regex alternation of literal forms, longest first (so 'avant-hier' wins over 'hier')."""
    words = sorted({norm(str(f)) for f in forms}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)


def trie_alternation(forms: object) -> str:
    """The alternation of `alternation(forms)` with common prefixes factored ('ma(?:rs|i)'), for speed: the
    engine enters one branch per distinct first letter instead of one per form. It matches what
    `alternation` matches, trying the forms in the same order (of two forms matching at one place, one is a
    prefix of the other, and the longer is tried first in both)."""
    words = sorted({norm(str(f)) for f in forms}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for piece in _pieces(w):
            node = node.setdefault(piece, {})
        node[""] = {}
    return _emit(trie)


def _pieces(word: str) -> list[str]:
    """The regex atoms of one form as `alternation` writes them (a space is \\s+, an apostrophe either)."""
    return [r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch) for ch in word]


def _emit(node: dict[str, Any]) -> str:
    """Longer continuations before the end of a shorter form, as in a longest-first alternation."""
    alts = [k + _emit(v) for k, v in node.items() if k]
    if "" in node:
        alts.append("")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _dict(raw: dict[str, Any], key: str, kind: type) -> dict[str, Any]:
    value = raw[key]
    if not isinstance(value, dict) or not value:
        raise LexiconError(f"temporal lexicon: '{key}' must be a non-empty object")
    out: dict[str, Any] = {}
    for k, v in value.items():
        if not isinstance(k, str) or not k.strip() or not isinstance(v, kind):
            raise LexiconError(f"temporal lexicon: bad entry {k!r} in '{key}'")
        out[norm(k)] = v
    return out


def _set(raw: dict[str, Any], key: str) -> frozenset[str]:
    value = raw[key]
    if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
        raise LexiconError(f"temporal lexicon: '{key}' must be a non-empty list of words")
    return frozenset(norm(x) for x in value)


def _verb_forms(raw: dict[str, Any]) -> VerbForms:
    block = raw["verb_forms"]
    if not isinstance(block, dict) or any(k not in block for k in _VERB_KEYS):
        raise LexiconError(f"temporal lexicon: 'verb_forms' needs the keys {', '.join(_VERB_KEYS)}")
    lists = {k: sorted(_set(block, k)) for k in _VERB_KEYS}
    return VerbForms(
        auxiliaries=frozenset(lists["auxiliaries"]),
        imperfect_auxiliaries=frozenset(lists["imperfect_auxiliaries"]),
        future_modals=frozenset(lists["future_modals"]),
        skippable=frozenset(lists["skippable"]),
        skippable_phrases=tuple(tuple(norm(x) for x in p.split()) for p in lists["skippable_phrases"]),
        relative_pronouns=frozenset(lists["relative_pronouns"]),
        participle_endings=tuple(lists["participle_endings"]),
        tagged_participle_endings=tuple(lists["tagged_participle_endings"]),
        irregular_participles=frozenset(lists["irregular_participles"]),
        noun_participles=frozenset(lists["noun_participles"]),
        dating_forms=frozenset(lists["dating_forms"]),
        determiners=frozenset(lists["determiners"]),
        prenominal_adjectives=frozenset(lists["prenominal_adjectives"]),
        infinitive_endings=tuple(lists["infinitive_endings"]),
        future_endings=tuple(lists["future_endings"]),
        conditional_endings=tuple(lists["conditional_endings"]),
        imperfect_endings=tuple(lists["imperfect_endings"]),
        imperfect_lookalikes=tuple(lists["imperfect_lookalikes"]),
        not_verbs=frozenset(lists["not_verbs"]),
        present_forms=frozenset(lists["present_forms"]),
        etre_present=frozenset(lists["etre_present"]),
        etre_conditional=frozenset(lists["etre_conditional"]),
        conditional_auxiliaries=frozenset(lists["conditional_auxiliaries"]),
        object_pronouns=frozenset(lists["object_pronouns"]),
        subject_determiners=frozenset(lists["subject_determiners"]),
        prepositions=frozenset(lists["prepositions"]),
        etre_participles=tuple(lists["etre_participles"]),
        planning_participles=frozenset(lists["planning_participles"]),
        setting_participles=frozenset(lists["setting_participles"]),
        calling_forms=frozenset(lists["calling_forms"]),
        promising_forms=frozenset(lists["promising_forms"]),
        pledging_forms=frozenset(lists["pledging_forms"]),
        requesting_forms=frozenset(lists["requesting_forms"]),
        past_plans=frozenset(lists["past_plans"]),
        adverb_endings=tuple(lists["adverb_endings"]),
        participle_complements=frozenset(lists["participle_complements"]),
    )


def build(raw: dict[str, Any]) -> Lexicon:
    """Check a decoded lexicon and turn it into a `Lexicon` (raises LexiconError naming the bad key)."""
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise LexiconError(f"temporal lexicon: missing keys {', '.join(missing)}")
    months = _dict(raw, "months", int)
    if sorted(set(months.values())) != list(range(1, 13)):
        raise LexiconError("temporal lexicon: 'months' must name the twelve months")
    weekdays = _dict(raw, "weekdays", int)
    if sorted(set(weekdays.values())) != list(range(7)):
        raise LexiconError("temporal lexicon: 'weekdays' must name the seven days (0 = lundi)")
    day_parts, night_parts = _set(raw, "day_parts"), _set(raw, "night_parts")
    if not night_parts <= day_parts:
        raise LexiconError("temporal lexicon: 'night_parts' must be 'day_parts'")
    multiples = {}
    for k, v in _dict(raw, "unit_multiples", list).items():
        if len(v) != 2 or not isinstance(v[0], str) or not isinstance(v[1], int):
            raise LexiconError(f"temporal lexicon: bad unit multiple {k!r}")
        multiples[k] = (v[0], v[1])
    holidays: dict[str, tuple[str, int, int]] = {}
    for k, v in _dict(raw, "holidays", list).items():
        if len(v) == 2 and v[0] == "easter" and isinstance(v[1], int):
            holidays[k] = ("easter", v[1], 0)
        elif len(v) == 2 and all(isinstance(x, int) for x in v):
            holidays[k] = ("fixed", v[0], v[1])
        elif len(v) == 3 and all(isinstance(x, int) for x in v):
            holidays[k] = (str(v[2]), v[0], v[1])  # a day named after what happened then: "le 13-Novembre"
        elif len(v) == 3 and v[0] in ("hebrew", "hijri") and all(isinstance(x, int) for x in v[1:]):
            holidays[k] = (v[0], v[1], v[2])  # a feast of another calendar: "Yom Kippour" is 10 Tishrei
        else:
            raise LexiconError(f"temporal lexicon: bad holiday {k!r}")
    return Lexicon(
        months=months,
        month_abbreviations=_dict(raw, "month_abbreviations", int),
        weekdays=weekdays,
        seasons=_dict(raw, "seasons", str),
        numbers=_dict(raw, "numbers", int),
        decade_words=_dict(raw, "decade_words", int),
        ordinals=_dict(raw, "ordinals", int),
        units=_dict(raw, "units", str),
        unit_multiples=multiples,
        parts=_dict(raw, "parts", str),
        past_modifiers=_set(raw, "past_modifiers"),
        future_modifiers=_set(raw, "future_modifiers"),
        dct_days=_dict(raw, "dct_days", int),
        figurative_days=_set(raw, "figurative_days"),
        particular_units={k: _set(raw["particular_units"], k) for k in _dict(raw, "particular_units", list)},
        now_words=_set(raw, "now_words"),
        day_parts=day_parts,
        night_parts=night_parts,
        anchored_days=_dict(raw, "anchored_days", int),
        approximators=_dict(raw, "approximators", str),
        vague_quantities=_set(raw, "vague_quantities"),
        count_nouns=_set(raw, "count_nouns"),
        numbered_nouns=_set(raw, "numbered_nouns"),
        event_forms={k: _set(raw["event_forms"], k) for k in _dict(raw, "event_forms", list)},
        of_phrases=_set(raw, "of_phrases"),
        holiday_things=_set(raw, "holiday_things"),
        holiday_events=_set(raw, "holiday_events"),
        unplanned_happenings=_set(raw, "unplanned_happenings"),
        planned_happenings=_set(raw, "planned_happenings"),
        holidays=holidays,
        reporting_verbs=_set(raw, "reporting_verbs"),
        duration_cues=_set(raw, "duration_cues"),
        to_the_day=_set(raw, "to_the_day"),
        nearly_to_the_day=_set(raw, "nearly_to_the_day"),
        to_the_month=_set(raw, "to_the_month"),
        anniversary_nouns=_set(raw, "anniversary_nouns"),
        recalling_nouns=_set(raw, "recalling_nouns"),
        same_year=_set(raw, "same_year"),
        verb_forms=_verb_forms(raw),
    )


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The shipped French lexicon (read and checked once)."""
    path = resources.files("timeline").joinpath("data/temporal/fr.json")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"temporal lexicon {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise LexiconError(f"temporal lexicon {path}: the top level must be an object")
    return build(raw)
