"""Group the reports of one real-world event across articles into stories.

Reads an events frame (schema columns); writes a story id per event and one `Story` record per group.
Two dated reports of different articles join when their intervals are compatible (overlap, or day-precise
and at most `NEAR_DAYS` apart, which is then reported as a conflict) and they say the same thing: a
tf-idf weighted overlap of the stems of the words around each date expression and the actors of the
sentence, where words every article uses count little and rare ones (a place, a programme, a treaty) much,
plus whether their dates name the same kind of happening (`event_kinds`: a visit, a signature); two
reports of days also link as much as a small logistic model of such signals says (`stories_link`). Stories
grow by summed links, so a report joins the story most of whose reports agree with it.
Every join keeps its reason, so a reader can check why reports were merged.
User choices (split an event out, merge two stories) are applied last; they name events by their stable
`event_id`, so they survive a re-extraction.
"""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import combinations
from typing import Any, Literal

import pandas as pd

from timeline import stories_link
from timeline import stories_same_article as same_article
from timeline.event_kinds import completed_noun, date_kind, dates_a_report, event_kinds, kind_named_at
from timeline.schema import stable_id
from timeline.stems import content_stems, fold, stem_spans
from timeline.stories_dates import NEAR_DAYS, Span, dates_fit, days_of, merge, span_of

MIN_SCORE = 0.1
"""Least pair score (word similarity plus date bonus) to join two reports of different articles."""
SIM_FLOOR = 0.05
"""Least similarity over terms one of the two sentences holds to join two reports: agreeing dates and a shared
context (titles, topics) alone never make one story."""
CONFLICT_MIN = 0.6
"""Least pair score to join two reports whose days disagree: a conflict needs stronger words. Over eighteen
gold sets, cross-article pairs of adjacent days scoring 0.45 to 0.6 told one happening 7 times and two 19
times (the day before, the day after: another happening)."""
W_DATE = 0.2
SPEC_MONTH, SPEC_SEASON, SPEC_YEAR = 0.5, 0.2, 0.05
"""Date bonus: W_DATE times how precise the agreeing dates are (1 for days, less for a month, a season, a
year: two reports of "2001" agree on little)."""
ANNIVERSARY_DAYS, SPEC_ANNIVERSARY = 7, 0.5
"""A whole count back from a day-precise publication date ("il y a trente ans") names the calendar year, yet
points at about that day: a day within this many days of it agrees like a month does."""
MID_MONTH = 16
"""A count back from a month-precise publication date points at about the middle of that month (the day of
publication is unknown): a day within `ANNIVERSARY_DAYS` of the month's days agrees like a month does."""
OLD_DAYS, W_OLD_DAY = 365, 0.5
"""Two reports of two articles that name one day with its year, each more than `OLD_DAYS` before its
article's publication ("le 12 septembre 1940" in pieces of 1948, 1963 and 2016) link at least `W_OLD_DAY`
unless their kinds clash: a day recalled years later is recalled for its one happening. Over a hundred and
seven read gold sets, 201 of 210 such pairs told one happening (16 of them kept apart by their words); over
a hundred and eleven, the link joins 14 more gold pairs for 1 wrong one."""
PERIOD_DAYS = 731
"""A report wider than this (two years) names a period, a life or a term of office ("Grissom (1926-1967)", "de
1969 à 1976"), not a happening a story of a day or a month tells: it links only to a report of that same
period. Over the sixteen sets blind162 to blind177 such reports made 42 wrong pairs for 2 right ones joined to
other spans; over the hundred and sixty-three read before them, 2 wrong and 2 right."""
STORY_SIM = 0.05
"""Least cosine of the words two stories of one day say in their own sentences to join them whatever kinds
of happening their date words name (`_join_same_day_stories`), unless both kind words stand next to their
dates. Over a hundred and nineteen gold sets, 0.05 joins 23 more right pairs for 2 wrong ones (none of them
in blind114 to blind117); without that exception, 0.2 joined 9 for 1, 0.1 22 for 2, 0.05 30 for 2 and 0.02 41
for 10, but also a landing and a treaty signed the same day in the same town."""
NEIGHBOUR_SIM = 0.2
"""Least cosine of the words two stories of adjacent days say in their own sentences to be one happening told
with two days (a conflict): "le 17 février" and "le 18 février 1937" for the fall of one scaffold. Over 243
gold sets: 0.2 joins 29 right pairs for 3 wrong ones (0.1: 43 / 20; 0.3: 18 / 1)."""
SAME_DOC_MIN = 0.15
"""Least similarity of two reports of one article to tell the same thing (see `_clash`)."""
SAME_DOC_PENALTY = 3.0
"""What each pair of dissimilar reports of one article takes off the link of two stories about to merge, times
the weight the same-article model gives it (see `_Clashes`; chosen with the model's `clash_below`, see
bench/same_article.py)."""
SAME_DOC_WIDTH = 28
"""Reports of a month or wider cast no same-article vote: "janvier 2015" in a title is not another event
than the body's "le 7 janvier 2015"."""
NEAR_WORDS, W_FAR = 3.0, 0.3
"""A content word `r` places from the date expression weighs 1 / (1 + r / NEAR_WORDS), at least W_FAR: the
words next to a date name what happened then ("signé le 19 juin", "visite du 18 au 19 juin")."""
W_AWAY = 0.35
"""Factor of the words beyond a neighbouring date expression of the same sentence (another event's words)."""
W_KIND, W_CLASH = 0.2, 0.6
"""Bonus of two reports whose dates name the same kind of happening (see `data/event_types.json`), and the
vote against two stories holding reports that name different kinds of happening on agreeing dates."""
OPENING_CHARS, W_OPENING = 300, 1.0
"""An article's opening (its title and about its first paragraph: sentences starting within this many
characters after the title) tells its main happening, so two openings dated the same day or night tell the
same one unless their kinds clash: over thirty read gold sets, 90 % of cross-article pairs of such reports
were one happening (60 % of same-day pairs elsewhere), and 71 % within one article (19 % elsewhere). Their
link gets this bonus when the two articles are alike in subject (`_alike_articles`: two openings of one day
on other subjects get none); a same-article clash still counts against it. Measured over thirty read sets:
pairwise F1 0.718 -> 0.747; over the four sets written next and never read, 0.676 -> 0.707."""
W_SOLE = 0.1
"""Added to the link-model link of two reports of two articles alike in subject that each are their article's
only report of the day both name (`_Item.sole`): they link from a probability of 0.3 rather than 0.4 and count
more in a story's sum, unless `_unsure_sole`. Over 219 gold sets: +31 right pairs, +2 wrong (0.15: +34 / +15;
0.2: +45 / +48; for articles of any subject, +40 / +8)."""
SOLE_PEERS = 12
"""How many of the alike articles telling a day once `_unsure_sole` compares, the most alike first."""
UNPLACED_MIN = 0.18
"""The least link a report placed only by its article's month (`_Item.unplaced`) takes with a report of
another article: "cette semaine" in an article dated "2023-09" lies somewhere in September, which every story
of that month fits, so faint word links say little. Over 227 gold sets: 3 fewer right pairs, 31 fewer wrong
(0.15: 0 / 3; 0.2: 19 / 57; no such link at all: 144 / 154). So does a report dated by a deadline from the
news (`_Item.deadline`): over 243 gold sets, 8 fewer right pairs and 50 fewer wrong."""
W_COUNTRY, W_TITLE, W_TOPIC = 0.5, 0.2, 0.3
"""Weights of a country of the sentence (persons and organisations weigh 1), of a word of the article's title
and of a topic of the sentence: context, not the event itself."""
BLOCK_MIN_DOCS, BLOCK_SHARE = 50, 0.02
"""Terms found in more documents than max(BLOCK_MIN_DOCS, BLOCK_SHARE x documents) are too common to propose
pairs (they still count in scores): this keeps grouping near-linear on large collections."""
INPUT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "kind",
    "date_start",
    "date_end",
    "vague",
    "granularity",
    "value",
    "sentence",
    "sentence_start",
    "char_start",
    "date_text",
    "persons",
    "countries",
    "organisations",
    "topics",
    "published",
    "published_precision",
    "anchor",
    "source",
    "title",
)
"""The event columns `group_events` reads (a caller may pass a frame with only these)."""


@dataclass(frozen=True)
class Claim:
    """What one source says of the story's date."""

    event_id: str
    doc_id: str
    source: str
    title: str
    date_text: str
    date_start: date
    date_end: date
    granularity: str


@dataclass(frozen=True)
class Story:
    """A group of events telling one real-world event."""

    story_id: str
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    n_sources: int
    date_start: date
    date_end: date
    granularity: str
    conflict: bool
    claims: tuple[Claim, ...]
    reasons: tuple[str, ...] = field(default=())
    near: tuple[str, ...] = field(default=())
    """Stories the user may want to merge it with: first those its reports still link to, then those of its
    day told by alike articles (see `_near_stories`)."""


Override = tuple[Literal["split", "merge"], str, str]
"""A user's choice: ("split", event_id, "") takes an event out of its story; ("merge", event_a, event_b) joins
the stories of two events."""


class _Union:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Item:
    event_id: str
    doc_id: str
    start: date
    end: date
    granularity: str
    row: dict[str, Any]
    local: frozenset[str]
    vector: dict[str, float] = field(default_factory=dict)
    keys: tuple[str, ...] = ()
    mass: float = 1.0
    kind: str | None = None
    point: date | None = None
    span: Span = field(init=False)
    reported: bool = field(init=False)
    another: bool = field(init=False)
    recalls: bool = field(init=False)
    retells: bool = field(init=False)
    quoted: bool = field(init=False)
    opening: bool = field(init=False)
    moment: bool = field(init=False)
    """Its day is taken from the day told, counted in hours, or is its eve or morrow (`_OTHER_MOMENT`)."""
    counted: bool = False
    """Its day is counted from another event named right after its date ("au lendemain de l'attaque")."""
    sole: bool = False
    """It is its article's only report of each day it names (`_mark_sole`)."""
    unplaced: bool = field(init=False)
    """Its date is its article's month only because the article is dated to a month (a weekday, "cette
    semaine"): see `_unplaced`."""
    deadline: bool = field(init=False)
    """Its date is a deadline's span from the news ("d'ici à la fin de l'année"): see `_deadline`."""

    def __post_init__(self) -> None:
        self.reported = dates_a_report(str(self.row["sentence"]), self.own[0])
        self.recalls = _recalls(str(self.row["sentence"]), self.own[0])
        self.retells = _retells(str(self.row["sentence"]), self.own[0]) or _told_elsewhere(
            str(self.row["sentence"]), self.own[0]
        )
        before = str(self.row["sentence"])[: self.own[0]]
        self.quoted = before.count("«") > before.count("»")  # the date is inside « ... »
        said = str(self.row["date_text"] or "").lower()
        # "le même jour", "dans la soirée" take the day the text named ("dans la soirée de mardi" does not)
        inherited = self.row.get("anchor") == "previous"
        self.moment = inherited and _OTHER_MOMENT.search(said) is not None
        # "dans la nuit" takes the night after the day told; "dans la nuit de mardi à mercredi" names its own
        own_night = _own_night().search(said) is not None
        # the part of its day a report names ("mardi soir"), 0 for none (`later_day_parts`)
        self.part = max((n for word, n in _day_parts() if word.search(said)), default=0)
        self.another = (
            inherited and not own_night and event_kinds().another_same_day.search(said) is not None
        ) or _tells_another(str(self.row["sentence"])) or _also(str(self.row["sentence"]), self.own)
        self.span = span_of(self.row, self.start, self.end, self.granularity)
        title = self.row.get("title")
        title_len = len(title) if isinstance(title, str) else 0
        self.opening = int(self.row["sentence_start"]) <= title_len + OPENING_CHARS
        self.unplaced = _unplaced(self.row, self.start, self.end)
        self.deadline = _deadline(self.row, self.own, self.start, self.end)

    @property
    def own(self) -> tuple[int, int]:
        return _own(self.row)


def _unplaced(row: dict[str, Any], start: date, end: date) -> bool:
    """Whether a report is dated to its article's whole month only because the article is dated to a month:
    its expression names no month nor year ("Mercredi dernier", "cette semaine" in an article of "2023-09";
    "en septembre" or "ce mois-ci" does name it)."""
    published = row.get("published")
    if row.get("published_precision") != "month" or published is None or pd.isna(published):
        return False
    month = pd.Timestamp(published).date().replace(day=1)
    if start != month or (end - start).days < 27 or (end.year, end.month) != (month.year, month.month):
        return False
    said = str(row.get("date_text") or "")
    words = {fold(x) for x in re.findall(r"[^\W\d_]+", said)}
    return words.isdisjoint(_month_words()) and re.search(r"\d{4}", said) is None


DEADLINE_DAYS = 6
"""A deadline's span wider than a week ("d'ici à la fin de l'année" told in June) places its plan nowhere in
it (over 243 gold sets, 6, 20 and 45 days keep the same right pairs; 6 keeps 4 fewer wrong ones than 20)."""


def _deadline(row: dict[str, Any], own: tuple[int, int], start: date, end: date) -> bool:
    """Whether a report dates a plan by a deadline from its article's news ("d'ici à la fin de l'année",
    "avant l'été" told in June): a span from the publication day wider than `DEADLINE_DAYS`, in which the
    plan may fall on any day, so, like `_unplaced`, a faint word link says little of it."""
    published = row.get("published")
    if published is None or pd.isna(published) or (end - start).days <= DEADLINE_DAYS:
        return False
    if start != pd.Timestamp(published).date():
        return False
    sentence = str(row["sentence"])
    said = str(row.get("date_text") or "")
    from timeline.temporal import words  # here: the temporal package imports dateparser (seconds)

    before = words.DEADLINE_BEFORE.search(sentence, max(0, own[0] - 25), own[0])
    return before is not None or words.DEADLINE_OPENS.match(said) is not None


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """The month names of the temporal lexicon, and "mois", folded."""
    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)

    return frozenset(fold(m) for m in [*load().months, "mois"])


def _recalls(sentence: str, start: int) -> bool:
    """Whether the date expression at `start` completes the noun of a happening nobody schedules ("le drame de
    lundi", "la catastrophe de la veille", "l'explosion du 4 août") or of those who recall one ("en mémoire
    des victimes du 30 juillet", `recalling_nouns` of data/event_types.json), or of a happening set in
    advance named with a definite article ("la manifestation du 25 mars", "La cérémonie de vendredi": one the
    reader knows; over a hundred and seven gold sets, 9 more gold pairs and no wrong one): the sentence
    recalls a happening its article tells, rather than telling another one of that day."""
    noun = completed_noun(sentence, start)
    if noun in _planned_nouns() and _DEFINITE_OF.search(sentence, max(0, start - 60), start):
        return True
    return noun in _happening_nouns() or fold(noun or "") in event_kinds().recalling_nouns


_DEFINITE_OF = re.compile(r"(?:^|\s)(?:l['’]|la |le |les )[^\W\d_]+\s+(?:de|du|d['’])\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _planned_nouns() -> frozenset[str]:
    """The nouns of happenings set in advance (the temporal lexicon's `planned_happenings`)."""
    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)

    return load().planned_happenings


def _told_elsewhere(sentence: str, start: int) -> bool:
    """Whether the date expression at `start` gives the time the happening took place at somewhere else
    ("En Corée du Sud, où il était lundi en début d'après-midi au moment du sacre"): a time zone's
    retelling, not another happening."""
    return _elsewhere().search(sentence, max(0, start - 40), start) is not None


@lru_cache(maxsize=1)
def _elsewhere() -> re.Pattern[str]:
    said = sorted(event_kinds().time_elsewhere, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in said)})\s+$", re.IGNORECASE)


RETOLD_GAP = 15
"""Characters at most between a retelling verb and the date it is told with ("s'est produit mercredi")."""


def _retells(sentence: str, start: int) -> bool:
    """Whether the date expression at `start` follows a happening nobody schedules named with a definite
    article and a verb telling that it took place ("l'accident s'est produit mercredi vers 9 h 40", "les
    crues survenues hier"): the article retelling when its happening took place, not another happening."""
    return any(0 <= start - m.end() <= RETOLD_GAP for m in _retelling().finditer(sentence, 0, start))


@lru_cache(maxsize=1)
def _retelling() -> re.Pattern[str]:
    """A definite happening noun (`_happening_nouns`), not completed by another noun, then a retelling verb
    (`retelling_verbs` of data/event_types.json)."""
    from timeline.temporal.lexicon import alternation  # here: the temporal package imports dateparser

    nouns = alternation(_happening_nouns())
    said = sorted(event_kinds().retelling_verbs, key=len, reverse=True)
    verbs = "|".join(re.escape(v).replace("'", "['’]") for v in said)
    return re.compile(
        rf"\b(?:l['’]|le |la |les |cet |cette |ce )(?:{nouns})\b(?! (?:de|du|des|d['’]))\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


def _tells_another(sentence: str) -> bool:
    """Whether a sentence names a happening as another one ("Un autre incendie s'était déclaré plus tôt lundi
    à Kineta", "une nouvelle secousse"): over sixty-three gold sets, treating its reports as those of "le
    même jour" (another happening of their article's day) kept 24 wrong pairs apart and no right one."""
    return _another().search(sentence) is not None


def _also(sentence: str, own: tuple[int, int]) -> bool:
    """Whether the date at `own` is set off by one of `also_words` (data/event_types.json) right before or
    after it ("Hier également, à Luxembourg, la Cour...", "Ce dimanche aussi, l'Allemagne vote", "Arrivé lui
    aussi jeudi soir"): it tells another happening of that day than its article's other reports of it (none
    of 63 such reports of 227 read gold sets told theirs; treated like "le même jour": 15 fewer wrong pairs,
    no right one lost)."""
    after, before = _also_words()
    return after.match(sentence, own[1]) is not None or before.search(sentence, 0, own[0]) is not None


@lru_cache(maxsize=1)
def _also_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(w) for w in event_kinds().also_words) or "(?!)"
    after = re.compile(rf"\s*,?\s*(?:{words})\b", re.IGNORECASE)
    before = re.compile(rf"\b(?:{words})\s*,?\s*$", re.IGNORECASE)
    return after, before


@lru_cache(maxsize=1)
def _another() -> re.Pattern[str]:
    """An indefinite article, one of `another_words` (data/event_types.json), at most one word, then a noun of
    a happening, planned or not (the temporal lexicon's)."""
    from timeline.temporal.lexicon import alternation, load  # here: the temporal package imports dateparser

    lx = load()
    nouns = alternation(lx.unplanned_happenings | lx.planned_happenings)
    words = "|".join(re.escape(w) for w in event_kinds().another_words)
    return re.compile(rf"\b(?:un|une)\s+(?:{words})\s+(?:[^\W\d_]+\s+)?(?:{nouns})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """The nouns of happenings nobody schedules (the temporal lexicon's `unplanned_happenings`)."""
    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)

    return load().unplanned_happenings


def _own(row: dict[str, Any]) -> tuple[int, int]:
    """Offsets of a report's date expression in its sentence."""
    s0 = int(row["char_start"]) - int(row["sentence_start"])
    return s0, s0 + len(str(row["date_text"] or ""))


def _clause(sentence: str, own: tuple[int, int], others: list[tuple[int, int]]) -> tuple[int, int]:
    """The part of the sentence between the neighbouring date expressions: the clause this date dates."""
    lo = max((b for a, b in others if b <= own[0]), default=0)
    hi = min((a for a, b in others if a >= own[1]), default=len(sentence))
    return lo, hi


def _terms(
    row: dict[str, Any], others: list[tuple[int, int]], counted: bool
) -> tuple[dict[str, float], frozenset[str], str | None]:
    """Weighted terms of one report: words near its date expression weigh most (they name what happened
    then), the rest of the sentence less, words of another date's clause least; then actors and title.
    Also the kind of happening its date's clause names, if any. `counted`: its day is counted from another
    event (`_counts_from_event`)."""
    sentence = str(row["sentence"])
    own = _own(row)
    others = [o for o in others if o != own]
    lo, hi = _clause(sentence, own, others)
    terms: dict[str, float] = {}

    def put(t: str, w: float) -> None:
        if w > terms.get(t, 0.0):
            terms[t] = w

    words = stem_spans(sentence)
    if counted:
        # "Le lendemain du séisme, Bachelet a décrété...": the séisme is the other event it counts from
        from timeline.temporal.words import event_word  # here: the temporal package imports dateparser

        named = event_word(sentence, own[1])
        words = [w for w in words if named is None or w[0] != named[0]]
    before = [w for w in words if w[1] <= own[0]]
    after = [w for w in words if w[0] >= own[1]]
    for rank, (a, _b, stem) in enumerate(reversed(before)):
        put(stem, _near(rank) * (1.0 if a >= lo else W_AWAY))
    for rank, (a, _b, stem) in enumerate(after):
        put(stem, _near(rank) * (1.0 if a < hi else W_AWAY))
    kind_words = words
    if counted:
        # "dix jours après la tentative d'assassinat": the happening counted from is not the one dated
        stop = next((m.start() for m in _KIND_STOP.finditer(sentence, own[1])), len(sentence))
        kind_words = [w for w in words if not own[1] <= w[0] < stop]
    kind = date_kind(sentence, own, (lo, hi), kind_words)
    days = (pd.Timestamp(row["date_end"]) - pd.Timestamp(row["date_start"])).days  # a list or a range of days
    night = _night().search(str(row["date_text"] or "")) is not None  # one night over two days: one happening
    if kind in event_kinds().instant and row["granularity"] == "day" and days >= 1 and not night:
        kind = None  # a signature or a launch takes one day: "les 19 et 20 juillet" dates something else
    for name in (*row["persons"], *row["organisations"]):
        put("@" + name, 1.0)
    for name in row["countries"]:
        put("@" + name, W_COUNTRY)
    local = set(terms)
    for stem in content_stems(str(row["title"] or "")):
        put(stem, W_TITLE)
    for topic in row["topics"]:
        put("#" + topic, W_TOPIC)
    return terms, frozenset(local), kind


_COUNTED_FROM = re.compile(r"(après|lendemain|veille)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _night() -> re.Pattern[str]:
    """The word of a night, as the temporal rules read it."""
    from timeline.temporal.relative import NIGHT_WORD  # here: the temporal package imports dateparser

    return NIGHT_WORD


@lru_cache(maxsize=1)
def _own_night() -> re.Pattern[str]:
    """A night that names its days ("la nuit de mardi à mercredi", "la nuit du 3 au 4 mai", "la nuit
    d'hier")."""
    return re.compile(_night().pattern + r"\s+(?:de|du|d['’])", re.IGNORECASE)


_KIND_STOP = re.compile(r"[,;:()«»—–\[\].]")


def _counts_from_event(row: dict[str, Any], sentence: str, end: int) -> bool:
    """The report's day is counted from another event named right after its date expression ("cinq jours
    après l'incendie", "la veille de l'effondrement"): that event's word names what it does not date. Not
    when the count ends now ("Neuf mois après la visite, ..." dates the visit: anchored on the DCT)."""
    word = _COUNTED_FROM.search(str(row["date_text"] or ""))
    if word is None or row.get("anchor") != "previous":
        return False
    from timeline.temporal.relative import counts_from_event, day_of_event  # here: imports dateparser

    follows = counts_from_event if word.group(1).lower() == "après" else day_of_event
    return follows(sentence, end)


def _near(rank: int) -> float:
    """Weight of the content word `rank` places away from the date expression."""
    return max(W_FAR, 1.0 / (1.0 + rank / NEAR_WORDS))


def _items(df: pd.DataFrame) -> list[_Item]:
    recs = [{str(k): v for k, v in r.items()} for r in df.to_dict("records")]
    spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for r in recs:
        spans[(r["doc_id"], int(r["sentence_start"]))].append(_own(r))
    items, raw = [], []
    for r in recs:
        if r["kind"] != "dated" or pd.isna(r["date_start"]) or pd.isna(r["date_end"]) or r["vague"]:
            continue
        counted = _counts_from_event(r, str(r["sentence"]), _own(r)[1])
        terms, local, kind = _terms(r, spans[(r["doc_id"], int(r["sentence_start"]))], counted)
        raw.append(terms)
        items.append(
            _Item(
                event_id=r["event_id"],
                doc_id=r["doc_id"],
                start=pd.Timestamp(r["date_start"]).date(),
                end=pd.Timestamp(r["date_end"]).date(),
                granularity=str(r["granularity"]),
                row=r,
                local=local,
                kind=kind,
                point=_counted_back(r),
                counted=counted,
            )
        )
    _weigh(items, raw)
    _mark_sole(items)
    return items


def _unsure_sole(items: list[_Item], alike: dict[str, dict[str, float]]) -> None:
    """Unmark the reports alone on their day (`_mark_sole`) whose alike articles telling that day alone are
    not alike to one another: a piece on a vigil in Hong Kong, alike to the reports of the crackdown and to
    those of a protest that night, names one of the two, which is unsaid."""
    by_span: dict[Span, list[_Item]] = defaultdict(list)
    for i in items:
        if i.sole:
            by_span[i.span].append(i)
    unsure = []
    for group in by_span.values():
        for i in group:
            near = alike.get(i.doc_id, {})
            # the articles most alike to its own only (`SOLE_PEERS`): the check stays linear in the reports
            peers = {j.doc_id for j in group if j.doc_id != i.doc_id and j.doc_id in near}
            docs = heapq.nlargest(SOLE_PEERS, peers, key=lambda d: near[d])
            if any(y not in alike.get(x, {}) for x, y in combinations(docs, 2)):
                unsure.append(i)
    for i in unsure:
        i.sole = False


def _mark_sole(items: list[_Item]) -> None:
    """Mark the reports of days that are their article's only report of each of their days: an article that
    dates one thing to a day mostly tells, on that day, what another article telling only one thing of it
    tells too (over 219 gold sets, 97 % of such cross-article pairs the link model links were one
    happening, and 71 % to 75 % of those it put at 0.2 to 0.4, against 27 % to 48 % for other pairs of
    days)."""
    count: Counter[tuple[str, date]] = Counter()
    for i in items:
        if _days(i):
            count.update((i.doc_id, d) for d in days_of(i.start, i.end))
    for i in items:
        i.sole = _days(i) and all(count[(i.doc_id, d)] == 1 for d in days_of(i.start, i.end))


def _weigh(items: list[_Item], raw: list[dict[str, float]]) -> None:
    """tf-idf weights of each report's raw term weights, and the uncommon terms that propose pairs: idf
    counts documents, so one article repeating a word does not make it common."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    for i, terms in zip(items, raw, strict=True):
        for t in terms:
            docs_of[t].add(i.doc_id)
    n_docs = len({i.doc_id for i in items}) or 1
    idf = {t: _idf(len(d), n_docs) for t, d in docs_of.items()}
    cap = _common(n_docs)
    for i, terms in zip(items, raw, strict=True):
        i.keys = tuple(t for t in terms if len(docs_of[t]) <= cap)
        i.vector = {t: w * idf[t] for t, w in terms.items()}
        i.mass = sum(i.vector.values()) or 1.0


def _idf(holding: int, n_docs: int) -> float:
    """Inverse document frequency of a term `holding` of `n_docs` articles hold."""
    return math.log(1 + (n_docs - holding + 0.5) / (holding + 0.5))


def _common(n_docs: int) -> float:
    """How many articles may hold a term before it is too common to propose pairs (see `BLOCK_SHARE`)."""
    return max(BLOCK_MIN_DOCS, BLOCK_SHARE * n_docs)


def _counted_back(row: dict[str, Any]) -> date | None:
    """The day a count back from the publication day points at ("il y a un an"), if the report is one; from
    the middle of the month (`MID_MONTH`) for a month-precise publication date ("Il y a vingt ans" in an
    article of September 2012 remembers a day of September 1992)."""
    precision = row.get("published_precision")
    if row.get("anchor") != "dct" or precision not in ("day", "month") or pd.isna(row["published"]):
        return None
    if row["granularity"] not in ("month", "year"):
        return None
    published = pd.Timestamp(row["published"]).date()
    if precision == "month":
        published = published.replace(day=MID_MONTH)
    return _point_of(str(row["date_text"]), published)


def _reach(i: _Item) -> int:
    """How many days from its `point` a day may lie and agree with a count back (see `ANNIVERSARY_DAYS`)."""
    return ANNIVERSARY_DAYS if i.row.get("published_precision") == "day" else ANNIVERSARY_DAYS + MID_MONTH


@lru_cache(maxsize=4096)
def _point_of(phrase: str, published: date) -> date | None:
    from timeline.temporal import counted_back  # here: the temporal package imports dateparser (seconds)

    return counted_back(phrase, published)


def _specificity(a: _Item, b: _Item) -> float:
    """How much agreeing dates say: two matching days say much, two matching years little, a day on the
    anniversary a count back points at ("il y a trente ans" in an article of 9 November 2019) as a month."""
    width = max((a.end - a.start).days, (b.end - b.start).days) + 1
    spec = 1.0 if width <= 3 else SPEC_MONTH if width <= 31 else SPEC_SEASON if width <= 100 else SPEC_YEAR
    for x, y in ((a, b), (b, a)):
        day = y.point if y.point is not None else y.start if (y.end - y.start).days < 3 else None
        if x.point is not None and day is not None and abs((day - x.point).days) <= _reach(x):
            spec = max(spec, SPEC_ANNIVERSARY)
    return spec


def pair_score(
    a: _Item, b: _Item, related: bool, link: stories_link.Model | None = None
) -> tuple[float, str]:
    """How surely two reports of different articles tell the same event (0 when they cannot, below 0 when
    their dates name different kinds of happening), and why. `related`: their articles are alike in subject
    (or one), so two openings of one day get `W_OPENING`, the only link two reports of one article get.
    Two reports of days (`_DAY_WIDTH`) of two articles link at least as much as the link model says
    (`stories_link`: its probability less its shift), which finds pairs the words alone miss."""
    fits, conflict = dates_fit(a.span, b.span)
    if a.span != b.span and max(a.end - a.start, b.end - b.start).days > PERIOD_DAYS:
        return 0.0, ""  # a period links only to itself (`PERIOD_DAYS`)
    opening = related and _both_open(a, b)
    if not fits or (a.doc_id == b.doc_id and not opening) or (conflict and (a.reported or b.reported)):
        return 0.0, ""
    if event_kinds().clash(a.kind, b.kind) or _other_parts(a, b):
        return -W_CLASH, ""
    lead = W_OPENING if opening else 0.0
    shared, sim, anchored = _overlap_of(a, b)
    spec = _specificity(a, b)
    score = sim + W_DATE * spec + (W_KIND if a.kind and a.kind == b.kind else 0.0)
    if score < (CONFLICT_MIN if conflict else MIN_SCORE) or anchored < SIM_FLOOR:
        score, why = lead, _opening_why(a, b) if opening else ""
    else:
        why = _why(a, b, shared, conflict) + ("; " + _opening_why(a, b) if opening else "")
        score += lead
    if (a.unplaced or b.unplaced or a.deadline or b.deadline) and score < UNPLACED_MIN:
        return 0.0, ""  # a faint word link says little of a report its month or a deadline places nowhere
    if score < W_OLD_DAY and _old_day(a) and _old_day(b) and a.span == b.span:
        score, why = W_OLD_DAY, _why(a, b, shared, conflict) + "; même jour ancien, daté en toutes lettres"
    model = link or stories_link.load()
    # the model's link is below 1 - shift: a score that reaches it needs no probability
    if a.doc_id != b.doc_id and _days(a) and _days(b) and score < 1.0 - model.shift:
        signals = _link_signals(a, b, opening, shared, (sim, anchored, spec), conflict)
        p = stories_link.probability(signals, model)
        # like a word link, the model's links below `MIN_SCORE` are none: many faint links to the reports of
        # one story would otherwise add up to a merge ("le 2 janvier 2006" of another disaster, linked at
        # 0.07 to each of five reports of the roof collapse that day)
        # two reports each alone on its day in its article, dating the same day or night (`_mark_sole`)
        alone = related and a.sole and b.sole and a.span == b.span and not conflict
        linked = p - model.shift + (W_SOLE if alone else 0.0)
        if linked > score and linked >= MIN_SCORE:
            likely = f"même fait d'après le modèle de liens ({round(100 * p)} %)"
            if alone:
                likely += "; seuls rapports de ce jour dans leurs articles"
            return linked, _why(a, b, shared, conflict) + "; " + likely
    return score, why


def _old_day(i: _Item) -> bool:
    """Whether a report names a day with its year ("le 12 septembre 1940") more than `OLD_DAYS` before its
    article's publication date."""
    published = i.row.get("published")
    if i.start != i.end or i.row.get("anchor") != "absolute" or published is None or pd.isna(published):
        return False
    return (pd.Timestamp(published).date() - i.end).days > OLD_DAYS


def _days(i: _Item) -> bool:
    """Whether a report is dated to a day (or a night, a list of two or three days)."""
    return (i.end - i.start).days < _DAY_WIDTH


def _why(a: _Item, b: _Item, shared: list[str], conflict: bool) -> str:
    """The reason two reports were joined: their dates, kind of happening, actors and words in common."""
    top = sorted(shared, key=lambda t: -a.vector[t] * b.vector[t])
    actors = [t[1:] for t in top if t.startswith("@")]
    words = [t for t in top if not t.startswith("@")]
    why = f"dates compatibles ({_span(a)} / {_span(b)}{', en désaccord' if conflict else ''})"
    if a.kind and a.kind == b.kind:
        why += f"; même fait : {a.kind}"
    if actors:
        why += "; acteurs communs : " + ", ".join(actors[:4])
    if words:
        why += "; mots communs : " + ", ".join(words[:6])
    return why


def _link_signals(
    a: _Item,
    b: _Item,
    opening: bool,
    shared: list[str],
    overlap: tuple[float, float, float],
    conflict: bool,
) -> dict[str, float]:
    """The signals `stories_link.probability` weighs for two reports of two articles; `overlap`: their
    similarity and anchored similarity (`_overlap_of`) and how much their agreeing dates say
    (`_specificity`), which the caller has computed."""
    sim, anchored, spec = overlap
    width = max((a.end - a.start).days, (b.end - b.start).days)
    return {
        "bias": 1.0,
        "similarity": sim,
        "anchored_similarity": anchored,
        "own_words": _words_sim(a, b),
        "date_precision": spec,
        "adjacent_days": float(conflict),
        "same_kind": float(a.kind is not None and a.kind == b.kind),
        "openings_of_one_day": float(opening),
        "recalls": float(a.recalls or b.recalls),
        "another_same_day": float(a.another or b.another),
        "quoted": float(a.quoted or b.quoted),
        "dates_a_report": float(a.reported or b.reported),
        "shared_actor": float(any(t.startswith("@") for t in shared)),
        "log_width": math.log1p(width) / 5,
        "both_days": float(width <= 1),
        "an_opening": float(a.opening or b.opening),
    }


def _opening_why(a: _Item, b: _Item) -> str:
    where = "de l'article" if a.doc_id == b.doc_id else "des deux articles"
    return f"même jour en ouverture {where} ({_span(a)})"


def _both_open(a: _Item, b: _Item) -> bool:
    """Whether two reports both open their articles and give the same day or night (see `W_OPENING`); one
    dated "le même jour" or "dans la soirée" tells another happening of that day (see `_Item.another`), one
    dated "quelques heures plus tard" another moment of it (see `_Item.moment`)."""
    if a.another or b.another or a.moment or b.moment:
        return False
    return a.opening and b.opening and a.span == b.span and (a.end - a.start).days <= 1


def _span(i: _Item) -> str:
    return i.start.isoformat() if i.start == i.end else f"{i.start.isoformat()}..{i.end.isoformat()}"


def _candidates(items: list[_Item]) -> Iterable[tuple[_Item, _Item]]:
    """Pairs of reports whose dates can agree and that share at least one term.

    A sweep over reports sorted by start keeps the reports still open (their end not yet passed) in an
    inverted index by term, so each report meets only the open reports sharing a word or actor with it
    instead of every report of its period."""
    ordered = sorted(items, key=lambda i: (i.span.start, i.span.end))
    ends: list[tuple[date, int]] = []  # heap of (end, index) of the open reports
    postings: dict[str, list[int]] = defaultdict(list)
    alive: dict[int, _Item] = {}

    for k, b in enumerate(ordered):
        while ends and (b.span.start - ends[0][0]).days > NEAR_DAYS:
            _, gone = heapq.heappop(ends)
            alive.pop(gone, None)
        seen: set[int] = set()
        for t in b.keys:
            plist = postings[t]
            if len(plist) > 64:  # drop closed reports from long lists now and then
                plist[:] = [x for x in plist if x in alive]
            for x in plist:
                if x in alive and x not in seen:
                    seen.add(x)
                    yield alive[x], b
        alive[k] = b
        heapq.heappush(ends, (b.span.end, k))
        for t in b.keys:
            postings[t].append(k)


def _overlap_of(a: _Item, b: _Item) -> tuple[list[str], float, float]:
    """The terms two reports share, their weighted overlap (the idf mass they share over the geometric mean
    of their masses), and the same over the terms at least one of the two sentences holds (one report's
    words may meet the other article's title; what the two articles' contexts alone share does not count)."""
    shared = [t for t in a.vector if t in b.vector]
    both = anchored = 0.0
    for t in shared:
        x = min(a.vector[t], b.vector[t])
        both += x
        if t[0] != "#" and (t in a.local or t in b.local):
            anchored += x
    norm = math.sqrt(a.mass * b.mass)
    return shared, both / norm, anchored / norm


def _words_sim(a: _Item, b: _Item) -> float:
    """Overlap of the words two reports say in their own sentences (title, topics and actors left out: the
    reports of one article share them)."""
    la = {t: x for t, x in a.vector.items() if t in a.local and t[0] != "@"}
    lb = {t: x for t, x in b.vector.items() if t in b.local and t[0] != "@"}
    shared = sum(min(x, lb[t]) for t, x in la.items() if t in lb)
    ma, mb = sum(la.values()) or 1.0, sum(lb.values()) or 1.0
    return shared / math.sqrt(ma * mb)


_SINCE_BEFORE = re.compile(r"\bdepuis\s+$", re.IGNORECASE)
"""A "depuis" the date expression leaves out. Not the tense module's pattern, which also takes an article
after it ("depuis le"): over 159 gold sets that joined 8 more wrong pairs and no right one."""


def _votes(i: _Item) -> bool:
    """Whether a report's day is its own evidence: narrower than `SAME_DOC_WIDTH`, not inherited from
    another date of its text ("vers 22 heures", "le lendemain", "ce jour-là" take the day the text last
    named, which may be another happening's), not the start of a state ("Depuis samedi, deux cents
    habitants sont évacués" follows the happening of that day: over twenty-two gold sets, letting such
    reports vote kept 15 gold pairs apart for 1 wrong one; so does "depuis" left out of the expression,
    "Depuis le 31 mars, les stocks fondent": +33 right pairs, +14 wrong over 147 sets, where "dès" made
    144 wrong) and not said in a quotation ("« Lundi matin, j'ai entendu un grondement »", a witness telling
    the happening in their own words: letting them vote kept 20 gold pairs apart for 3 wrong ones). A day
    counted in hours from the day told, its eve or "dès le lendemain" votes (`_Item.moment`)."""
    text = str(i.row["date_text"] or "").lower()
    since = text.startswith("depuis") or _SINCE_BEFORE.search(str(i.row["sentence"]), 0, i.own[0]) is not None
    own_day = (i.end - i.start).days < SAME_DOC_WIDTH and (i.row.get("anchor") != "previous" or i.moment)
    return own_day and not since and not i.quoted


_OTHER_MOMENT = re.compile(
    r"\b(?:heures?|minutes?)\s+(?:plus\s+tard|plus\s+tôt|après|avant)\b"
    r"|^la\s+veille(?:\s+au\s+(?:soir|matin))?$|^dès\s+le\s+lendemain\b",
    re.IGNORECASE,
)
"""A day counted in hours or minutes from the day told ("Quelques heures plus tard, un second incendie..."),
the eve of it ("La veille, le maire avait inauguré la salle") or "dès le lendemain", is another moment than
the day told: its words show whether it tells the same happening as the other reports of its day, so it
votes, and it is no opening of its article's happening. Over seventy-four gold sets, reports counted in
hours told another happening than an earlier report of their day and article in 37 of 45 pairs, "la veille"
in 9 of 14 and "dès le lendemain" in 3 of 3; letting them vote kept 72 wrong pairs apart and joined 1 right
one more, and taking their openings' bonus away 19 more for 1 right one."""


@lru_cache(maxsize=1)
def _day_parts() -> list[tuple[re.Pattern[str], int]]:
    """Each part of a day of `later_day_parts` as a whole word ("soir" in "mardi soir", not in "soirée"), with
    its rank."""
    parts = event_kinds().later_day_parts.items()
    return [(re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.IGNORECASE), n) for word, n in parts]


def _later_part(x: _Item, y: _Item) -> bool:
    """Whether the later of two reports of one article, both dated on their own, names a later part of their
    day than the earlier ("Mardi, le président a reçu les syndicats [...] Mardi soir, il a démissionné"): an
    afternoon or an evening after a report naming no part or an earlier one tells another happening."""
    first, second = sorted((x, y), key=lambda i: int(i.row["char_start"]))
    own = first.row.get("anchor") != "previous" and second.row.get("anchor") != "previous"
    return own and second.part >= 2 and first.part < second.part and _overlap(first, second)


def _other_parts(a: _Item, b: _Item) -> bool:
    """Whether two reports of two articles name different parts of their day ("mercredi matin" / "mercredi
    soir"), or one a night and the other a part of its days but the evening it begins ("dans la nuit de mardi
    à mercredi" / "mercredi matin"): they tell different happenings, as different kinds do (over eighty-two
    read gold sets, 2 of 63 pairs of two parts of one day told one, and 9 of 156 pairs of a night and such a
    part; 50 of 107 with the evening it begins)."""
    if a.doc_id == b.doc_id or not _overlap(a, b):
        return False
    for x, y in ((a, b), (b, a)):
        if _is_night(x) and y.part > 0:
            # the evening the night begins (the latest part of a day) may tell its happening; its morning
            # after, another
            evening = y.part == max(event_kinds().later_day_parts.values())
            return not (evening and y.start == y.end == x.start)
    return a.part > 0 and b.part > 0 and a.part != b.part


def _is_night(i: _Item) -> bool:
    """Whether a report is dated to a night over two days ("dans la nuit de mardi à mercredi")."""
    return (i.end - i.start).days == 1 and _night().search(str(i.row["date_text"] or "")) is not None


def _clash(x: _Item, y: _Item) -> bool:
    """Whether two reports of one article say different things: an article telling two things of one day (the
    arrival and the signature) votes against merging them. Only reports whose day is their own vote (see
    `_votes`): a wide date ("janvier 2015" in a title) next to a day of one article is no such evidence, nor
    is one recalling a happening of its article ("le drame de lundi", see `_recalls`: over eighteen gold sets,
    all 12 pairs of such a report and another of its article and day told one happening). A report dated "le
    même jour" or "dans la soirée" (`another_same_day` of data/event_types.json) tells another happening than
    the reports of that day of its article, whatever their words. One retelling when the article's happening
    took place ("l'accident s'est produit mercredi vers 9 h 40", see `_retells`: over fifty-eight gold sets,
    17 more gold pairs for 10 wrong ones) casts no vote. A later part of the day than an earlier report names
    ("Mardi [...] Mardi soir", see `_later_part`) is another happening, however alike the words."""
    if (x.another or y.another) and _overlap(x, y):
        return True
    if x.retells or y.retells:
        return False
    if not (_votes(x) and _votes(y)) or x.recalls or y.recalls:
        return False
    return _later_part(x, y) or _words_sim(x, y) < SAME_DOC_MIN


_CLOCK = re.compile(r"\d{1,2}\s*h\b|\d{1,2}\s*heures?\b|\bminuit\b|\bmidi\b", re.IGNORECASE)


def _pair_signals(x: _Item, y: _Item, between: int) -> dict[str, float]:
    """The signals `same_article.probability` weighs for two reports of one article, `x` the earlier, with
    `between` reports of the article between them."""
    _, sim, _ = _overlap_of(x, y)
    _, conflict = dates_fit(x.span, y.span)
    distance = abs(int(y.row["char_start"]) - int(x.row["char_start"]))
    return {
        "bias": 1.0,
        "similarity": sim,
        "log_distance": math.log1p(distance) / 8,
        "reports_between": min(between, 5) / 5,
        "first_opens": float(x.opening),
        "second_quoted": float(y.quoted),
        "recalls": float(x.recalls or y.recalls),
        "day_then_full_date": float(
            x.row.get("anchor") == "dct" and y.row.get("anchor") == "absolute" and x.span == y.span
        ),
        "another_same_day": float(x.another or y.another),
        "adjacent_days": float(conflict),
        "kinds_clash": float(event_kinds().clash(x.kind, y.kind)),
        "first_votes": float(_votes(x)),
        "both_vote": float(_votes(x) and _votes(y)),
        "second_clock_time": float(_CLOCK.search(str(y.row["date_text"] or "")) is not None),
    }


class _Clashes:
    """How strongly the reports of one same article, one from each of two stories, vote against merging
    them: each pair that `_clash`es counts as much as `same_article.clash_weight` says, so a lead and its
    retelling a few lines below it ("assassiné hier matin" / "Il était 9 h 45, mardi, quand ...") count
    little though their words differ. Weights of clashing pairs are cached: stories meet many times while they
    grow."""

    def __init__(self, items: list[_Item], model: same_article.Model | None = None) -> None:
        starts: dict[str, list[int]] = defaultdict(list)
        for i in items:
            starts[i.doc_id].append(int(i.row["char_start"]))
        self.starts = {d: sorted(v) for d, v in starts.items()}
        self.weights: dict[tuple[str, str], float] = {}
        self.model = model or same_article.load()

    def weight(self, x: _Item, y: _Item) -> float:
        if not _clash(x, y):
            return 0.0
        key = (x.event_id, y.event_id) if x.event_id < y.event_id else (y.event_id, x.event_id)
        got = self.weights.get(key)
        if got is None:
            p = same_article.probability(self.signals(x, y), self.model)
            got = self.weights[key] = same_article.clash_weight(p, self.model)
        return got

    def signals(self, x: _Item, y: _Item) -> dict[str, float]:
        """`_pair_signals` of two reports of one article, in text order, with the reports between them."""
        first, second = sorted((x, y), key=lambda i: int(i.row["char_start"]))
        lo, hi = int(first.row["char_start"]), int(second.row["char_start"])
        starts = self.starts[x.doc_id]
        between = max(0, bisect.bisect_left(starts, hi) - bisect.bisect_right(starts, lo))
        return _pair_signals(first, second, between)

    def __call__(self, a: list[_Item], b: list[_Item]) -> float:
        docs_b: dict[str, list[_Item]] = defaultdict(list)
        for i in b:
            if _votes(i) or i.another:
                docs_b[i.doc_id].append(i)
        return sum(
            self.weight(x, y) for x in a if _votes(x) or x.another for y in docs_b.get(x.doc_id, ())
        )


def group_events(
    df: pd.DataFrame,
    overrides: Sequence[Override] = (),
    model: same_article.Model | None = None,
    link: stories_link.Model | None = None,
) -> tuple[pd.Series, list[Story]]:
    """A story id for every row of `df` (empty for events that cannot be dated) and the stories. `model`:
    the same-article model (`same_article.load()`, the shipped one, by default); `link`: the model of
    reports of two articles (`stories_link.load()` by default).

    Pairs of reports from different articles are scored, then merged best first, and a merge happens only
    when the two stories' dates still agree (so one wide date cannot chain unrelated events together).
    Reports of days (`_days`) are merged first; wider ones ("cette semaine", "en novembre") then join the
    stories of days whole, by their links summed over each story, rather than the first day they meet ("le
    départ de Thomas Pesquet est prévu en novembre" joins his launch, not his docking two days later).
    Over a hundred and nineteen gold sets: 31 fewer wrong pairs for 2 right ones.
    """
    items = _items(df)
    by_id = {i.event_id: i for i in items}
    uf = _Union(by_id)
    span = {i.event_id: i.span for i in items}
    pairs: list[tuple[float, str, str, str]] = []
    alike = _alike_articles(items)
    _unsure_sole(items, alike)
    for a, b in _candidates(items):
        score, why = pair_score(a, b, a.doc_id == b.doc_id or b.doc_id in alike.get(a.doc_id, {}), link)
        if score:
            pairs.append((score, a.event_id, b.event_id, why))
    pairs += _appositions(items)
    members_of = {i.event_id: [i] for i in items}
    clashes = _Clashes(items, model)
    # reports of days first, then the wider ones join the stories those made, by their summed links
    days = {i.event_id for i in items if _days(i)}
    of_days = [p for p in pairs if p[1] in days and p[2] in days]
    reasons = _agglomerate(of_days, uf, span, members_of, clashes)
    for event, whys in _agglomerate(_by_story(pairs, uf), uf, span, members_of, clashes).items():
        reasons[event].extend(whys)
    _join_same_day_stories(items, uf, reasons)
    _join_lone_reports(items, uf, alike, reasons)
    _join_neighbour_day_stories(items, uf, reasons)
    _apply_overrides(uf, by_id, overrides)
    members: dict[str, list[_Item]] = defaultdict(list)
    for i in items:
        members[uf.find(i.event_id)].append(i)
    by_root = {root: _story(group, reasons, overrides) for root, group in members.items()}
    near = _near_stories(pairs, uf, members, by_root, alike)
    stories = [replace(story, near=near.get(root, ())) for root, story in by_root.items()]
    story_of = {e: s.story_id for s in stories for e in s.event_ids}
    ids = pd.Series(
        [story_of.get(e, "") for e in df["event_id"]], index=df.index, dtype="str", name="story_id"
    )
    return ids, sorted(stories, key=lambda s: (s.date_start, s.story_id))


def _by_story(pairs: list[tuple[float, str, str, str]], uf: _Union) -> list[tuple[float, str, str, str]]:
    """The links of `pairs` between the stories `uf` holds: each pair of stories linked by the sum of their
    members' pair scores, with the reason of their best pair."""
    total: dict[tuple[str, str], float] = defaultdict(float)
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for score, a, b, why in pairs:
        ra, rb = sorted((uf.find(a), uf.find(b)))
        if ra == rb:
            continue
        total[(ra, rb)] += score
        if (ra, rb) not in best or score > best[(ra, rb)][0]:
            best[(ra, rb)] = (score, why)
    return [(t, ra, rb, best[(ra, rb)][1]) for (ra, rb), t in total.items()]


_BETWEEN_APPOSED = re.compile(r"[\s,;:()–—-]*")
W_APPOSED = 10.0
"""Link of two date expressions of one sentence set side by side ("Il y a un an, le 4 août 2020, ..."): one
date said twice, so one report; it outweighs any same-article clash."""


@lru_cache(maxsize=1)
def _to_the_day() -> re.Pattern[str]:
    """ "jour pour jour" and its kin (the temporal lexicon's `to_the_day`): said after a count back, they
    stand outside its date expression ("Il y a un an jour pour jour, le 1er janvier 1999")."""
    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)
    from timeline.temporal.relative import to_the_day_pattern

    return to_the_day_pattern(load().to_the_day)


def _appositions(items: list[_Item]) -> list[tuple[float, str, str, str]]:
    """Pairs of date expressions of one sentence with only punctuation between them (or "jour pour jour"
    after the first) and nested intervals."""
    ordered = sorted(items, key=lambda i: (i.doc_id, int(i.row["char_start"])))
    out = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.doc_id != b.doc_id or a.row["sentence_start"] != b.row["sentence_start"]:
            continue
        gap = str(a.row["sentence"])[a.own[1] : b.own[0]]
        said = _to_the_day().match(gap)
        gap = gap[said.end() :] if said is not None else gap
        nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
        if nested and _BETWEEN_APPOSED.fullmatch(gap):
            why = f"même date dite deux fois ({a.row['date_text']}, {b.row['date_text']})"
            out.append((W_APPOSED, a.event_id, b.event_id, why))
    return out


NEAR_STORIES = 3
"""How many unmerged stories a story lists as perhaps the same (a user may merge)."""
ALIKE_MIN = 0.1
"""Least cosine of two articles' tf-idf vectors for their stories of one day to be offered as perhaps the
same: reports of one happening often share no word next to their dates ("le ciel de Rouen virait au noir" /
"le feu n'a été déclaré éteint"), but their articles share the rare words of their subject. Over our sixteen
gold sets, 70 % of the gold pairs the grouping misses then have the partner among the offers (47 % from links
alone), with as large a share of right offers (42 %)."""
ALIKE_TERMS = 50
"""How many of an article's heaviest terms propose the articles it is compared with (keeps it near-linear)."""
_DAY_WIDTH = 3
"""Stories narrower than this many days are day stories (a night of two days, a list of two or three)."""


def _alike_articles(items: list[_Item]) -> dict[str, dict[str, float]]:
    """For each article, the other articles alike in subject and their cosine (at least `ALIKE_MIN`): tf-idf
    over the content words of the sentences its reports come from and its title. Only articles sharing one
    of each other's `ALIKE_TERMS` heaviest terms held by another article too are compared; terms too common
    to block pairs are left out."""
    texts: dict[str, dict[int, str]] = defaultdict(dict)
    for i in items:
        sentences = texts[i.doc_id]
        sentences.setdefault(-1, str(i.row["title"] or ""))
        sentences.setdefault(int(i.row["sentence_start"]), str(i.row["sentence"]))
    counts = {d: Counter(content_stems(" ".join(t.values()))) for d, t in texts.items()}
    docs_of = Counter(t for c in counts.values() for t in c)
    n = len(counts) or 1
    cap = _common(n)
    vectors: dict[str, dict[str, float]] = {}
    for d, c in counts.items():
        v = {t: (1 + math.log(k)) * _idf(docs_of[t], n) for t, k in c.items() if docs_of[t] <= cap}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[d] = {t: x / norm for t, x in v.items()}
    heads = {
        d: heapq.nlargest(ALIKE_TERMS, (t for t in v if docs_of[t] > 1), key=v.__getitem__)
        for d, v in vectors.items()
    }
    holders: dict[str, list[str]] = defaultdict(list)
    for d, ts in heads.items():
        for t in ts:
            holders[t].append(d)
    alike: dict[str, dict[str, float]] = defaultdict(dict)
    for d, ts in heads.items():
        for o in {o for t in ts for o in holders[t] if o > d}:
            small, large = sorted((vectors[d], vectors[o]), key=len)
            cosine = sum(x * large.get(t, 0.0) for t, x in small.items())
            if cosine >= ALIKE_MIN:
                alike[d][o] = alike[o][d] = cosine
    return alike


def _near_stories(
    pairs: list[tuple[float, str, str, str]],
    uf: _Union,
    members: dict[str, list[_Item]],
    stories: dict[str, Story],
    alike: dict[str, dict[str, float]],
) -> dict[str, tuple[str, ...]]:
    """For each story (by root), the stories a user may want to merge it with, at most `NEAR_STORIES`: first
    those its reports still link to (summed pair scores above 0) and whose dates can agree, strongest first
    (kept apart by another article's reports, too weak a sum, or the user's split); then, for a story of one
    day, the stories of that day told by alike articles (`ALIKE_MIN`), most alike first."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for score, a, b, _ in pairs:
        ra, rb = uf.find(a), uf.find(b)
        if ra != rb:
            totals[ra][rb] += score
            totals[rb][ra] += score
    story_of = {r: s.story_id for r, s in stories.items()}
    spans = {r: _span_of(group) for r, group in members.items()}

    def agree(r: str, o: str) -> bool:  # the two stories' dates can still be one (as a merge requires)
        sr, so = spans[r], spans[o]
        return sr is not None and so is not None and merge(sr, so)[0] is not None

    def days(r: str) -> list[date]:  # the days of a day story's date (its most precise one)
        s = stories[r]
        width = (s.date_end - s.date_start).days
        return days_of(s.date_start, s.date_end) if width < _DAY_WIDTH else []

    told_on: dict[tuple[str, date], list[str]] = defaultdict(list)  # (article, day) -> its day stories
    for r in members:
        for d in dict.fromkeys(i.doc_id for i in members[r]):
            for day in days(r):
                told_on[(d, day)].append(r)
    out = {}
    for r in members:
        linked = sorted((-w, story_of[o]) for o, w in totals.get(r, {}).items() if w > 0 and agree(r, o))
        ranked = [sid for _, sid in linked]
        told: dict[str, float] = {}  # a story of the same day told by an alike article -> how alike
        for d in {i.doc_id for i in members[r]} if days(r) else ():
            for other_doc, c in alike.get(d, {}).items():
                for day in days(r):
                    for o in told_on.get((other_doc, day), ()):
                        if o != r and c > told.get(o, 0.0):
                            told[o] = c
        ranked += [story_of[o] for o in sorted(told, key=lambda o: (-told[o], story_of[o]))]
        ranked = list(dict.fromkeys(ranked))[:NEAR_STORIES]
        if ranked:
            out[r] = tuple(ranked)
    return out


LONE_MIN_SOURCES = 2
"""How many articles must tell the story a lone report joins (see `_join_lone_reports`)."""


def _join_same_day_stories(items: list[_Item], uf: _Union, reasons: dict[str, list[str]]) -> None:
    """Two stories of the same day or night, every report of them of days, told by different articles, whose
    own sentences share words (`STORY_SIM`), are one story though a word near one of their dates names
    another kind of happening than the other's: what a whole story says outweighs a kind word further from
    one date ("Le tribunal a déclaré lundi la compagnie responsable de l'accident" is the judgment, not the
    accident). Stories stay apart whose reports name different parts of the day (`_other_parts`) or kinds
    that clash, each named right next to its date (`kind_named_at`: a landing and a treaty signed the same
    day). Two stories every report of which is its article's only one of that day need no more than the
    uncommon term that proposed them (+14 right pairs, +2 wrong over 219 gold sets). Best match first; a story
    never takes in a second report of an article it already holds."""
    members: dict[str, list[_Item]] = defaultdict(list)
    for i in items:
        members[uf.find(i.event_id)].append(i)
    by_span: dict[Span, list[str]] = defaultdict(list)
    for root, group in members.items():
        span = _span_of(group)
        if span is not None and all(_days(i) for i in group):
            by_span[span].append(root)
    found = []
    words: dict[str, dict[str, float]] = {}  # each story's words, kept up to date as stories join
    for roots in by_span.values():
        words.update((r, _story_words(members[r])) for r in roots)
        # only stories sharing an uncommon term are compared (`BLOCK_SHARE`), as reports are
        holding: dict[str, set[str]] = defaultdict(set)
        for r in roots:
            for t in {t for i in members[r] for t in i.keys if t in i.local}:
                holding[t].add(r)
        pairs = {(ra, rb) for rs in holding.values() for ra, rb in combinations(sorted(rs), 2)}
        for ra, rb in pairs:
            sim = sum(x * words[rb].get(t, 0.0) for t, x in words[ra].items())
            # stories each report of which is its article's only one of that day (`_Item.sole`) need no
            # more than the uncommon term they share
            alone = all(i.sole for i in members[ra] + members[rb])
            if sim > STORY_SIM or alone:
                found.append((sim, ra, rb))
    for _sim, a, b in sorted(found, reverse=True):
        ra, rb = uf.find(a), uf.find(b)
        ga, gb = members[ra], members[rb]
        if ra == rb or {i.doc_id for i in ga} & {i.doc_id for i in gb}:
            continue
        if any(_other_parts(x, y) for x in ga for y in gb):
            continue
        kinds = event_kinds()
        if any(kinds.clash(x.kind, y.kind) and _named_at(x) and _named_at(y) for x in ga for y in gb):
            continue  # "s'est posé le 19 juin" / "ont signé le 19 juin": each date's own word names its kind
        wa, wb = words[ra], words[rb]
        shared = sorted(set(wa) & set(wb), key=lambda t: -wa[t] * wb[t])
        uf.union(ra, rb)
        root = uf.find(ra)
        members[root] = ga + gb
        words[root] = _story_words(members[root])
        named = ", ".join(t.lstrip("@") for t in shared[:6])
        reasons[root].append(f"même jour ({_span(ga[0])}) ; les deux récits disent : {named}")


def _join_neighbour_day_stories(items: list[_Item], uf: _Union, reasons: dict[str, list[str]]) -> None:
    """Two stories of one day each, adjacent days, told by different articles none of which tells the other
    day too, whose own sentences say much the same (`NEIGHBOUR_SIM`), are one happening on whose day the
    articles disagree; the story is then flagged as a conflict. An article telling both days tells two
    happenings (the resignation, then the departure the next day), so its days stay apart. Pairs with reports
    of other parts of the day or clashing kinds stay apart too. Best match first."""
    members: dict[str, list[_Item]] = defaultdict(list)
    for i in items:
        members[uf.find(i.event_id)].append(i)
    told: dict[str, set[date]] = defaultdict(set)  # article -> the single days it tells
    for i in items:
        if _days(i) and i.start == i.end:
            told[i.doc_id].add(i.start)
    on_day: dict[date, list[str]] = defaultdict(list)
    for root, group in members.items():
        span = _span_of(group)
        if span is not None and span.start == span.end and all(_days(i) for i in group):
            on_day[span.start].append(root)
    words: dict[str, dict[str, float]] = {}
    docs = {root: {i.doc_id for i in members[root]} for roots in on_day.values() for root in roots}
    found = []
    for day, roots in on_day.items():
        after = day + timedelta(days=NEAR_DAYS)
        # only stories sharing an uncommon term are compared (`BLOCK_SHARE`), as reports are
        holding: dict[str, set[str]] = defaultdict(set)
        for rb in on_day.get(after, ()):
            if not any(day in told[d] for d in docs[rb]):
                for t in {t for i in members[rb] for t in i.keys if t in i.local}:
                    holding[t].add(rb)
        for ra in roots:
            if any(after in told[d] for d in docs[ra]):
                continue
            near = {rb for i in members[ra] for t in i.keys if t in i.local for rb in holding.get(t, ())}
            for rb in near:
                if docs[ra] & docs[rb]:
                    continue
                for root in (ra, rb):
                    if root not in words:
                        words[root] = _story_words(members[root])
                sim = sum(x * words[rb].get(t, 0.0) for t, x in words[ra].items())
                if sim >= NEIGHBOUR_SIM:
                    found.append((sim, ra, rb))
    kinds = event_kinds()
    for sim, a, b in sorted(found, reverse=True):
        ra, rb = uf.find(a), uf.find(b)
        ga, gb = members[ra], members[rb]
        if ra == rb or {i.doc_id for i in ga} & {i.doc_id for i in gb}:
            continue
        if any(_other_parts(x, y) or kinds.clash(x.kind, y.kind) for x in ga for y in gb):
            continue
        if _span_of(ga + gb) is None or any(i.counted for i in ga + gb):
            continue  # a day counted from an event ("au lendemain de l'attaque") is no disagreement
        uf.union(ra, rb)
        members[uf.find(ra)] = ga + gb
        reasons[uf.find(ra)].append(
            f"jours voisins ({_span(ga[0])}, {_span(gb[0])}) ; les récits disent la même chose "
            f"(similarité {sim:.2f}) : date en désaccord"
        )


def _named_at(i: _Item) -> bool:
    return kind_named_at(str(i.row["sentence"]), i.own, i.kind)


def _story_words(group: list[_Item]) -> dict[str, float]:
    """The words and actors a story's reports say in their own sentences, summed, as a unit vector."""
    total: dict[str, float] = defaultdict(float)
    for i in group:
        for t, x in i.vector.items():
            if t in i.local:
                total[t] += x
    norm = math.sqrt(sum(x * x for x in total.values())) or 1.0
    return {t: x / norm for t, x in total.items()}


def _join_lone_reports(
    items: list[_Item], uf: _Union, alike: dict[str, dict[str, float]], reasons: dict[str, list[str]]
) -> None:
    """A report its article tells no other day beside, and that joined no story, joins the one story of its
    day that at least `LONE_MIN_SOURCES` articles alike to its own tell (`ALIKE_MIN`), unless kinds clash:
    an article on the subject that names the day once names the happening its kin tell, in words of its own
    ("Le bilan de la nuit du 3 au 4 juin 1989 n'a jamais été établi", in a piece on a Hong Kong vigil, shares
    no word with the reports of the crackdown). With two such stories of that day, which one it names is
    unsaid: it stays alone. A report dating a telling or another happening of a day the text named stays
    alone too. Over sixty-six read gold sets: +16 right pairs, +3 wrong ones."""
    members: dict[str, list[_Item]] = defaultdict(list)
    for i in items:
        members[uf.find(i.event_id)].append(i)
    spans: dict[str, Span | None] = {}
    docs_of: dict[str, set[str]] = {}
    kinds_of: dict[str, set[str]] = {}
    by_day: dict[date, list[str]] = defaultdict(list)  # day -> the day stories told by enough articles
    for r, group in members.items():
        docs = {i.doc_id for i in group}
        if len(docs) < LONE_MIN_SOURCES:
            continue
        s = spans[r] = _span_of(group)
        if s is None or (s.end - s.start).days >= _DAY_WIDTH:
            continue
        docs_of[r], kinds_of[r] = docs, {i.kind for i in group if i.kind}
        for day in days_of(s.start, s.end):
            by_day[day].append(r)
    day_reports: dict[str, list[_Item]] = defaultdict(list)  # article -> its reports of days
    for i in items:
        if _days(i):
            day_reports[i.doc_id].append(i)
    for r, group in list(members.items()):
        i = group[0]
        near = alike.get(i.doc_id)
        if len(group) > 1 or not near or not _days(i) or i.another or i.reported:
            continue
        if any(j is not i and merge(j.span, i.span)[0] is not None for j in day_reports[i.doc_id]):
            continue
        found = set()
        for day in days_of(i.start, i.end):
            for o in by_day.get(day, ()):
                root = uf.find(o)
                s = spans.get(root)
                fit = merge(s, i.span) if s is not None else (None, False)
                if (
                    fit[0] is None
                    or fit[1]
                    or near.keys().isdisjoint(docs_of[o])
                    or any(event_kinds().clash(i.kind, kind) for kind in kinds_of[o])
                ):
                    continue
                found.add(root)
        if len(found) != 1:
            continue
        (root,) = found
        kin = spans[root]
        assert kin is not None  # only stories with a span are found
        uf.union(r, root)
        spans[uf.find(r)] = merge(kin, i.span)[0]
        reasons[i.event_id].append(
            f"seul rapport de ce jour dans son article ({_span(i)}), proche des articles du seul récit "
            "de ce jour qu'en racontent plusieurs"
        )


def _story_id(group: list[_Item]) -> str:
    """A story's stable id: from its smallest event id, so it holds while its members do."""
    return stable_id("story", min(i.event_id for i in group))


def _span_of(group: list[_Item]) -> Span | None:
    """The span all the reports of a story agree on, None when they cannot (a user's merge)."""
    span: Span | None = group[0].span
    for i in group[1:]:
        span = merge(span, i.span)[0] if span is not None else None
    return span


def _agglomerate(
    pairs: list[tuple[float, str, str, str]],
    uf: _Union,
    span: dict[str, Span],
    members_of: dict[str, list[_Item]],
    clashes: _Clashes,
) -> dict[str, list[str]]:
    """Merge stories best link first, where the link of two stories is the sum of their members' pair scores.

    Summing lets the reports already gathered vote: "en juillet 2000" joins the visit that four articles
    tell rather than the summit it shares a word with, and reports naming another kind of happening vote
    against (their pair score is negative). A merge must keep the dates in agreement (a link that fails it
    is dropped for good: intervals only narrow as stories grow) and outweigh the same-article clashes (a
    link that fails this is kept: more reports joining either side may outvote them).
    Returns the reason of each merge, keyed by an event of it."""
    link: dict[str, dict[str, float]] = defaultdict(dict)
    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    for score, a, b, why in pairs:
        link[a][b] = link[b][a] = score
        best[(a, b)] = best[(b, a)] = (score, a, why)
    heap = [(-score, a, b) for score, a, b, _ in pairs if score > 0]
    heapq.heapify(heap)
    reasons: dict[str, list[str]] = defaultdict(list)
    while heap:
        neg, ra, rb = heapq.heappop(heap)
        if link[ra].get(rb) != -neg:
            continue  # stale: one side merged since, or the link was dropped
        merged, conflict = merge(span[ra], span[rb])
        if merged is None:
            del link[ra][rb], link[rb][ra]
            continue
        if conflict and any(m.counted for m in members_of[ra] + members_of[rb]):
            continue  # "au lendemain de l'attaque" tells another day than the attack's, no disagreement on it
        support = link[ra][rb] - SAME_DOC_PENALTY * clashes(members_of[ra], members_of[rb])
        need = CONFLICT_MIN if conflict else MIN_SCORE
        if support < need:
            continue
        _, event, why = best[(ra, rb)]
        reasons[event].append(why)
        uf.union(ra, rb)
        root = uf.find(ra)
        gone = rb if root == ra else ra
        span[root] = merged
        members_of[root] = members_of.pop(ra) + members_of.pop(rb)
        del link[root][gone]
        for other, w in link.pop(gone).items():
            if other == root:
                continue
            del link[other][gone]
            total = link[root].get(other, 0.0) + w
            link[root][other] = link[other][root] = total
            old = best.get((root, other), (0.0, "", ""))
            cand = best.get((gone, other), old)
            if cand[0] > old[0]:
                best[(root, other)] = best[(other, root)] = cand
            if total > 0:  # the root's other links keep their value and their place in the heap
                heapq.heappush(heap, (-total, root, other))
    return reasons


def _apply_overrides(uf: _Union, by_id: dict[str, _Item], overrides: Sequence[Override]) -> None:
    for action, a, b in overrides:
        if a not in by_id:
            continue
        if action == "split":
            root = uf.find(a)
            rest = [e for e in by_id if e != a and uf.find(e) == root]
            uf.parent[a] = a
            if rest:
                new_root = min(rest)
                for e in rest:
                    uf.parent[e] = new_root
        elif action == "merge" and b in by_id:
            uf.union(a, b)


def _overlap(a: _Item, b: _Item) -> bool:
    return a.span.start <= b.span.end and b.span.start <= a.span.end


def _disagree(group: list[_Item]) -> bool:
    """Two articles give days that cannot both be right: no day one article gives the happening is a day
    the other gives it. An article's own days only count: a day inherited from another date of its text ("le
    lendemain", "vers 4 heures"), the day of a telling ("KCNA a annoncé ce mercredi") and dates of a week or
    wider ("il y a dix ans") claim nothing. Reports of one article that do not overlap tell parts of the
    event (arrived on Wednesday, left on Thursday), or another happening of its sentence, not a
    disagreement."""
    claims: dict[str, list[_Item]] = defaultdict(list)
    for i in group:
        if i.row.get("anchor") != "previous" and not i.reported and (i.span.end - i.span.start).days < 7:
            claims[i.doc_id].append(i)
    return any(
        not any(_overlap(a, b) for a in claims[x] for b in claims[y]) for x, y in combinations(claims, 2)
    )


def _story(
    group: list[_Item],
    reasons: dict[str, list[str]],
    overrides: Sequence[Override],
) -> Story:
    group = sorted(group, key=lambda i: (i.row["published"] is None, i.doc_id, i.event_id))
    start = max(i.span.start for i in group)
    end = min(i.span.end for i in group)
    if start <= end:
        inside = [i for i in group if start <= i.start and i.end <= end]
        best = min(inside, key=lambda i: (i.end - i.start).days) if inside else group[0]
        start, end = (best.start, best.end) if inside else (start, end)
    else:
        # No day fits every report: the days most of the reports that give days agree on (a month that
        # overlaps them all decides nothing), then most reports overall, the finest, the earliest.
        days = [i for i in group if (i.end - i.start).days < 7] or group

        def agreement(c: _Item) -> tuple[int, int, int, int]:
            return (
                sum(_overlap(c, i) for i in days),
                sum(_overlap(c, i) for i in group),
                -(c.end - c.start).days,
                -c.start.toordinal(),
            )

        best = max(days, key=agreement)
        start, end = best.start, best.end
    ids = tuple(sorted(i.event_id for i in group))
    doc_ids = tuple(dict.fromkeys(i.doc_id for i in group))
    why = [w for i in group for w in reasons.get(i.event_id, [])]
    why += [f"choix de l'utilisateur : {a} {x} {y}".strip() for a, x, y in overrides if x in ids or y in ids]
    return Story(
        story_id=_story_id(group),
        event_ids=ids,
        doc_ids=doc_ids,
        n_sources=len(doc_ids),
        date_start=start,
        date_end=end,
        granularity=best.granularity,
        conflict=_disagree(group),
        claims=tuple(
            Claim(
                i.event_id,
                i.doc_id,
                str(i.row["source"]),
                str(i.row["title"]),
                str(i.row["date_text"]),
                i.start,
                i.end,
                i.granularity,
            )
            for i in group
        ),
        reasons=tuple(why),
    )


def pairwise_scores(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping against gold groups (over the items both name)."""
    keys = sorted(set(predicted) & set(gold))
    tp = fp = fn = 0
    for x in range(len(keys)):
        for y in range(x + 1, len(keys)):
            same_p = predicted[keys[x]] == predicted[keys[y]]
            same_g = gold[keys[x]] == gold[keys[y]]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
