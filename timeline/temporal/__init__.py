"""French temporal expressions: find them, normalise them to inclusive calendar intervals, anchor them.

find_timexes(text, pub, doc=None) -> list[Timex]
    Every temporal expression of `text` (offsets into `text`, sorted), resolved against the publication date
    (DCT) `pub`, the dates already read in the text, and the verb tense around bare weekdays and months.
infer_publication_date(text) -> PubDate;  read_header(text) -> (PubDate, body offset).

How intervals are drawn:
- every interval is inclusive and calendar-aligned: "mars 2020" is 2020-03-01..2020-03-31, "l'été 2000" the
  astronomical summer 2000-06-21..2000-09-22, "les années 1990" 1990..1999, "le XXe siècle" 1900..1999;
  début / mi / fin are days 1-10, 11-20, 21-end of a month, January-March / May-August / October-December of
  a year, or thirds of a longer period.
- open ends: "depuis février 2022" gives its period (February 2022) with mod SINCE, the start of a state
  whose open end the mod says; "jusqu'en 2025" or "dès mars" give the named period itself too.
- relative expressions count from the DCT ("hier", "la semaine dernière" = the ISO week before); anchored ones
  ("trois ans plus tôt", "le lendemain", a bare "18 h") count from the latest date of the text resolved on its
  own, or from the DCT when there is none, and say which in `anchor`.
- "au lendemain de la signature", "six jours après l'explosion" (counted from an event, not a date) are the
  day their sentence names ("jeudi, au lendemain de ...": that Thursday); else they count from the latest
  earlier date of the text next to the same event word ("l'explosion du 4 août"); a happening nobody
  schedules ("du drame", "l'attentat") that no earlier date names is the article's own, the latest earlier
  day before the news day naming such a happening, else the latest, else with no earlier day the earliest
  day told later; else they stay vague and unresolved,
  since the text's previous date is rarely that event's. "les 19 et 20 juillet" (consecutive
  days) is one span.
- a deadline still ahead ("d'ici à la fin de l'année", "avant la fin du mois", "d'ici dix jours", "avant
  l'été") spans from the news's first day to it, not the period it names.
- a day named after what happened then ("le 13-Novembre", "le 11-Septembre") is that day of its year.
- a month-precise DCT ("date 2024-06") gives day-relative expressions at month precision (the hull of the
  readings at the first and last day of the month, widened to whole months); with no DCT at all, relative
  expressions are reported with date_start/date_end None and anchor "none".
- vague quantities ("il y a quelques mois", "presque un quart de siècle plus tard") give a wide interval
  with `vague` set, never a made-up day.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from timeline.schema import Granularity
from timeline.temporal import calendar as cal
from timeline.temporal import words as w
from timeline.temporal.context import Context, Result, value_of
from timeline.temporal.inference import infer
from timeline.temporal.lexicon import Lexicon, alternation, load, norm
from timeline.temporal.patterns import PATTERNS
from timeline.temporal.pieces import Piece, Resolver
from timeline.temporal.pubdate import read_header
from timeline.temporal.ranges import join_ranges, shifted
from timeline.temporal.relative import (
    THAT_TIME,
    counts_from,
    counts_from_event,
    day_of_event,
    day_of_happening,
    remembered_day,
    to_the_day_pattern,
)
from timeline.temporal.rules import interpret
from timeline.temporal.tense import TenseOracle, in_apposition
from timeline.temporal.types import PubDate, Timex

__all__ = ["PubDate", "Timex", "find_timexes", "infer_publication_date", "read_header", "warm_up"]


def warm_up() -> None:
    """Load once what find_timexes may need later: the compiled patterns and the small morphology model
    that decides the tense when no verb form does (a few seconds, paid at the first such clause else)."""
    from timeline.temporal.tense import _pipeline

    _pipeline()


def _select(text: str, body: int) -> list[Piece]:
    """Hits in order of preference (longest, then surest); a refused hit frees its span for the others."""
    taken: list[tuple[int, int]] = []  # disjoint spans, sorted
    pieces: list[Piece] = []
    for c in PATTERNS.hits(text):
        i = bisect.bisect_left(taken, (c.start, c.end))
        if (
            c.start < body
            or (i > 0 and taken[i - 1][1] > c.start)
            or (i < len(taken) and taken[i][0] < c.end)
        ):
            continue
        got = interpret(c, text, PATTERNS.lexicon)
        if got:
            taken.insert(i, (c.start, c.end))
            pieces.extend(got)
    pieces.sort(key=lambda p: (p.start, p.end))
    return pieces


_DAY_RULES = frozenset({"dctday", "weekday", "date", "numeric", "holiday"})
_TIME_GAP = re.compile(r"[ \t]{0,3},?[ \t]{0,3}")


_OF_GAP = re.compile(r"\s{1,3}(?:de|du|d['’])\s{0,3}", re.IGNORECASE)
_YEAR_WORD = re.compile(r"\b(?:an|année)\b", re.IGNORECASE)


def _shifted(resolve: Resolver, days: int) -> Resolver:
    """A resolver for the day `days` away from what `resolve` gives ("la veille de Noël")."""

    def res(ctx: Context) -> Result | None:
        r = resolve(ctx)
        if r is None or r.interval is None or r.granularity != "day":
            return r
        d = r.interval[0] + timedelta(days=days)
        return Result((d, d), "day", d.isoformat(), r.anchor, r.vague, r.confidence, r.mod)

    return res


def _into_next_day(resolve: Resolver) -> Resolver:
    """A resolver for the day `resolve` gives and the next one ("la nuit du 28 février")."""

    def res(ctx: Context) -> Result | None:
        r = resolve(ctx)
        if r is None or r.interval is None or r.granularity != "day" or r.interval[0] != r.interval[1]:
            return r
        return replace(r, interval=(r.interval[0], r.interval[0] + timedelta(days=1)))

    return res


def _in_year_of(resolve: Resolver, year: Resolver) -> Resolver:
    """A resolver for the day or month `resolve` gives, moved into the year `year` gives ("de l'an dernier");
    `resolve`'s own reading when `year` names no single year."""

    def res(ctx: Context) -> Result | None:
        r, y = resolve(ctx), year(ctx)
        if r is None or r.interval is None or y is None or y.interval is None or y.granularity != "year":
            return r
        a, b = r.interval
        shift = y.interval[0].year - a.year
        if shift == 0:
            return replace(r, anchor=y.anchor)
        iv = (cal.with_year(a, a.year + shift), cal.with_year(b, b.year + shift))
        return replace(r, interval=iv, value=value_of(iv, r.granularity), anchor=y.anchor)

    return res


def _offset_of(text: str, p: Piece) -> int:
    """The days an anchored-day piece counts ("la veille": -1, "le lendemain": +1), from its longest word."""
    said = text[p.start : p.end].lower()
    days = PATTERNS.lexicon.anchored_days
    return days[max((k for k in days if k in said), key=len)]


def _names_the_day(t: Timex) -> bool:
    """Whether an expression counted from an event is that event's own day ("le jour du drame")."""
    last = t.text.lower().split()[-1] if t.text.split() else ""
    return PATTERNS.lexicon.anchored_days.get(last) == 0


_WEEKDAY_AND = re.compile(r"\s+et\s+(?:le\s+)?", re.IGNORECASE)
_WEEKDAY_TO = re.compile(r"\s+(?:à|au)\s+", re.IGNORECASE)
_FROM_WEEKDAY = re.compile(r"\b(?:de|du)\s+$", re.IGNORECASE)


def _weekdays_apart(text: str, p: Piece, q: Piece) -> int:
    """Days from weekday piece `p` to weekday piece `q` when they name one span: "mardi et mercredi"
    (consecutive days), "de lundi à mercredi"; 0 otherwise ("lundi et jeudi" are two days)."""
    names = PATTERNS.lexicon.weekdays
    found = [w.fold(x) for x in re.findall(r"[^\W\d_]+", text[p.start : p.end] + " " + text[q.start : q.end])]
    wds = [names[x] for x in found if x in names]
    if len(wds) != 2:
        return 0
    apart = (wds[1] - wds[0]) % 7
    if _WEEKDAY_AND.fullmatch(text, p.end, q.start):
        return apart if apart == 1 else 0
    opened = _FROM_WEEKDAY.search(text, max(0, p.start - 4), p.start)
    return apart if opened and _WEEKDAY_TO.fullmatch(text, p.end, q.start) else 0


def _days_through(first: Resolver, days: int) -> Resolver:
    """A resolver for the span from the day `first` gives to `days` days later."""

    def res(ctx: Context) -> Result | None:
        a = first(ctx)
        if a is None or a.interval is None or a.granularity != "day" or a.interval[0] != a.interval[1]:
            return a
        iv = (a.interval[0], a.interval[0] + timedelta(days=days))
        return Result(iv, "day", value_of(iv, "day"), a.anchor, a.vague, a.confidence, a.mod)

    return res


def _attach_times(text: str, pieces: list[Piece]) -> list[Piece]:
    """A clock time written just before its day ("4 h mardi", "vers 15 h 30, hier") is one expression, and
    so is "la veille de Noël" or "le lendemain du 3 mai" (a day counted from the date that follows)."""
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p.rule == "weekday" and i + 1 < len(pieces) and pieces[i + 1].rule == "weekday":
            q = pieces[i + 1]
            days = _weekdays_apart(text, p, q)
            if days:  # "mardi et mercredi derniers", "de lundi à mercredi": one span of days
                out.append(Piece(p.start, q.end, _days_through(p.resolve, days), p.rule))
                i += 2
                continue
        if p.rule in _DAY_RULES and i + 1 < len(pieces) and pieces[i + 1].rule == "daypart":
            q = pieces[i + 1]
            if _PART_GAP.fullmatch(text, p.end, q.start) and not _NEXT.search(text, q.start, q.end):
                # "ce mardi dans la journée", "lundi, dans la soirée": the part refines the day, no other date
                out.append(p)
                i += 2
                continue
        if p.rule in ("time", "anchday", "daypart", "thispart", "date", "month") and i + 1 < len(pieces):
            q = pieces[i + 1]
            if q.rule in _DAY_RULES and p.rule == "time" and _TIME_GAP.fullmatch(text, p.end, q.start):
                out.append(Piece(p.start, q.end, q.resolve, q.rule))
                i += 2
                continue
            if q.rule in _DAY_RULES and p.rule == "anchday" and _OF_GAP.fullmatch(text, p.end, q.start):
                out.append(Piece(p.start, q.end, _shifted(q.resolve, _offset_of(text, p)), q.rule))
                i += 2
                continue
            if (
                p.rule in ("date", "month")
                and q.rule == "relunit"
                and _OF_GAP.fullmatch(text, p.end, q.start)
                and _YEAR_WORD.search(text, q.start, q.end)
            ):
                # "le 15 mars de l'an dernier", "en juillet de l'année prochaine": the day in that year
                out.append(Piece(p.start, q.end, _in_year_of(p.resolve, q.resolve), p.rule))
                i += 2
                continue
            if (
                p.rule in ("daypart", "thispart")
                and q.rule in _DAY_RULES | {"dayrange"}
                and _NIGHT_OF.fullmatch(text, p.end, q.start)
            ):
                # "dans la nuit du 12 au 13 août 1961", "cette nuit du 16 au 17 août 1999": the date's own
                # interval; "la nuit du 28 février": the night that day opens, to the next morning
                night = q.rule == "date" and _NIGHT.search(text, p.start, p.end) is not None
                out.append(Piece(p.start, q.end, _into_next_day(q.resolve) if night else q.resolve, q.rule))
                i += 2
                continue
        if p.rule == "anchday" and day_of_event(text, p.end):
            # "au lendemain de la signature"
            p = Piece(p.start, p.end, _of_event(_offset_of(text, p)), "anchevent")
        elif p.rule in ("sameday", "daypart") and day_of_happening(text, p.end, PATTERNS.lexicon):
            # "le soir du drame", "le jour même de l'attentat", "dans la nuit du séisme": that happening's day
            p = Piece(p.start, p.end, _of_event(0), "anchevent")
        elif p.rule == "shift" and _AFTER.search(text, p.start, p.end) and counts_from_event(text, p.end):
            p = Piece(p.start, p.end, p.resolve, "anchevent")  # "six jours après la catastrophe", "... avant"
        out.append(p)
        i += 1
    return out


_PART_GAP = re.compile(r"[ \t]{0,3}[,«\"]?[ \t]{0,3}")
_NEXT = re.compile(r"suivante", re.IGNORECASE)
_NIGHT = re.compile(rf"\b(?:{alternation(load().night_parts)})$", re.IGNORECASE)
_NIGHT_OF = re.compile(r"\s{1,3}(?:(?:de|du|d['’])\s{0,3})?", re.IGNORECASE)
_AFTER = re.compile(r"(?:après|avant)$", re.IGNORECASE)


def _of_event(offset: int) -> Resolver:
    """ "Au lendemain de <an event>" says nothing of its day by itself: the day `offset` days from the event
    where a later pass found it dated (`ctx.event`), else vague until its sentence gives one."""

    def res(ctx: Context) -> Result:
        base = ctx.event
        if base is None or base.interval is None or not counts_from(base, "day"):
            return Result(None, "day", "", "none", vague=True, confidence=0.3)
        # the day after a night "du 26 au 27 janvier" is the 28th, the day before it the 25th
        d = (base.interval[1] if offset > 0 else base.interval[0]) + timedelta(days=offset)
        return Result(cal.day(d), "day", d.isoformat(), "previous", confidence=0.6)

    return res


NowCount = Callable[[int, Timex], bool]
"""Whether expression k counted from date `u` lands on the news days (see `_lands_now`)."""


def _on_sentence_day(text: str, out: list[Timex], rules: list[str], now: NowCount) -> list[Timex]:
    """ "Hier, au lendemain de la démission", "jeudi, à la veille du sommet", "le 10 août, six jours après la
    catastrophe": the expression is the day (or period of its unit) its sentence names, the nearest other
    resolved one of the sentence, unless the sentence dates the event counted from (see `_dates_named_event`:
    it is counted from that date then); without one it stays vague, unresolved.
    Counting from the text's previous date would be wrong whenever the event is not that date's."""
    for k, (t, rule) in enumerate(zip(out, rules, strict=True)):
        if rule != "anchevent" or t.resolved or _names_the_day(t):
            continue  # "le jour du drame" is the drama's day, not the day its sentence tells
        lo, hi = w.sentence_around(text, t.char_start, t.char_end)
        named = w.event_word(text, t.char_end)
        # a clock time tells no day of its own ("A 14 h 11, le pays a observé une minute de silence, comme il
        # l'avait fait une semaine après l'éruption")
        near = [
            u
            for u, r in zip(out, rules, strict=True)
            if r not in ("anchevent", "time") and lo <= u.char_start < hi
        ]
        # the event's own date is there to count from (`_on_named_event`), unless too coarse to count days
        # from ("trente-sept ans jour pour jour après le séisme de 1985": the day its sentence names)
        own = [u for u in near if u.resolved and _dates_named_event(text, u, named, now(k, u))]
        if any(_counts_days_of(u, t) for u in own):
            continue
        # the nearest other date of the sentence, when of the expression's unit ("Dix jours après la
        # catastrophe, le président a survolé vendredi [a month-wide weekday] le pont, effondré le 26 mars")
        # never a date a state runs from ("Greenspan, en poste depuis le 11 août 1987"): no day of a clause
        days = [u for u in near if u.resolved and u not in own and u.mod != "SINCE"]
        u = min(
            days,
            key=lambda u: min(abs(u.char_end - t.char_start), abs(u.char_start - t.char_end)),
            default=None,
        )
        if u is None or u.granularity != t.granularity:
            continue
        gap = (u.char_end, t.char_start) if u.char_end <= t.char_start else (t.char_end, u.char_start)
        if _ACROSS.search(text, *gap) is None:  # not a date of another clause, across a colon
            out[k] = replace(
                t,
                date_start=u.date_start,
                date_end=u.date_end,
                value=u.value,
                anchor="previous",
                vague=False,
                confidence=0.6,
            )
    return out


_ACROSS = re.compile(r"[:;]")
"""A colon or a semicolon between a count and a date of its sentence: another clause's date."""
_EVENT_WINDOW = 80
"""Characters either side of a date within its sentence where the event it dates may be named."""


def _around_timex(text: str, u: Timex) -> str:
    """The words of `u`'s sentence within `_EVENT_WINDOW` characters either side of it (not its own)."""
    lo, hi = w.sentence_around(text, u.char_start, u.char_end, _EVENT_WINDOW)
    return text[lo : u.char_start] + " " + text[u.char_end : hi]


# "le massacre du marché, qui a fait 68 morts samedi", "le drame du Heysel, où 39 personnes sont mortes le 29
# mai", "la tempête qui, dimanche, avait ravagé", "l'incendie du 26 septembre": a date inside the phrase of
# the event named
_EVENT_CLAUSE = re.compile(
    r"[^,;:]*,?\s*(?:qui|où|dont|qu['’]|que)\b[^,;:]*$"  # its relative clause
    r"|[^,;:]*,?\s*(?:qui|où|dont|que)\s*,\s*$"  # the day set first in it: "celle qui, dimanche, avait"
    r"|[^,;:]*\b(?:du|de|d['’])\s*$"  # its "du <date>"
    r"|[^,;:]*,\s*[^\W\d_]{3,}(?:é|ée|és|ées)\s+(?:le\s+|ce\s+)?$",  # "des 70 ans, célébrés vendredi"
    re.IGNORECASE,
)


# "après la sortie aux États-Unis, le 16 mars, du film": a date set between commas inside the event's phrase,
# whose "de" complement goes on after it
_EVENT_APPOSED = re.compile(r"[^,;:.]*,\s*$")
# a day after a comma and a word of the main clause, whose verb has its auxiliary ("..., le président a
# annoncé mercredi"), not in a relative clause, a pluperfect, an apposed participle ("son ami Fidel Castro,
# mort le 25 novembre 2016") or the event's own "de <date>"
_MAIN_CLAUSE_DAY = re.compile(
    r"[^,;:.]*,(?![^.;:]*\b(?:avait|avaient|était|étaient|qui|où|dont)\b)"
    r"(?=[^.;:]*\b(?:a|ont|est|sont|va|vont|doit|doivent)\s)[^.;:]*\b(?!(?:de|du|des|d)\b)\w+['’]?\s*$",
    re.IGNORECASE,
)
_PHRASE_GOES_ON = re.compile(r"[^,;:.()]{0,40},\s*(?:de|du|des|d['’])\s", re.IGNORECASE)


def _dates_named_event(text: str, u: Timex, named: tuple[int, int, str] | None, lands_now: bool) -> bool:
    """Whether `u` dates the event an expression counts from: it follows that event's word within its
    phrase (a relative clause of it, its "du <date>", or set between commas inside it), so the expression is
    counted from `u`. A date set between commas right after the event's phrase ("Douze jours après sa mort,
    le 25 juin, X a reçu un hommage") may date the event or the main clause ("Huit jours avant la découverte
    des débris, le 14 juin, un chalutier avait sombré"): the event's, when counting from it lands on the news
    days (`lands_now`: an article tells what happens now). So does any later day of the sentence that is its
    own evidence ("Deux jours après l'accident survenu mercredi", "Une semaine après la tuerie, [...] à
    l'heure où le tireur avait commencé, le vendredi 26 avril" in a piece of 4 May) when the count from it
    lands on the news days, unless it dates the main clause after the count's phrase (`_MAIN_CLAUSE_DAY`:
    "Au lendemain de la prise d'assaut du Parlement, le président a annoncé mercredi" is that Wednesday)."""
    if named is None or u.char_start < named[1]:
        return False
    if _EVENT_CLAUSE.fullmatch(text, named[1], u.char_start) is not None:
        return True
    if lands_now and u.anchor != "previous" and not _MAIN_CLAUSE_DAY.fullmatch(text, named[1], u.char_start):
        return True  # not itself counted from the text ("la nuit")
    if _EVENT_APPOSED.fullmatch(text, named[1], u.char_start) is None:
        return False
    return _PHRASE_GOES_ON.match(text, u.char_end) is not None or (
        lands_now and _APPOSITION_ENDS.match(text, u.char_end) is not None
    )


_APPOSITION_ENDS = re.compile(r"\s*,")
NOW_DAYS = 3
"""How many days before the publication day a count from an apposed date may land and still be the news of
the day ("Douze jours après sa mort, le 25 juin" in an article of 8 July: the 7th)."""


def _lands_now(resolvers: list[Resolver], ctx: Context, bounds: list[date | None]) -> NowCount:
    """Whether expression k, counted in days from `u`, lands within `NOW_DAYS` before the DCT period."""
    lo, hi = bounds[0], bounds[-1]

    def now(k: int, u: Timex) -> bool:
        if lo is None or hi is None or u.date_start is None or u.date_end is None or u.granularity != "day":
            return False
        got = resolvers[k](replace(ctx, event=_as_event(u)))
        if got is None or got.interval is None or got.vague or got.granularity != "day":
            return False
        return got.interval[1] >= lo - timedelta(days=NOW_DAYS) and got.interval[0] <= hi

    return now


# "A 20 h 02, l'heure exacte de l'attaque": the hour of a happening on another day (an anniversary)
_HOUR_OF = re.compile(r"\s*,?\s*l['’]heure\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"\b(?:ce|cet|cette|ces)\s", re.IGNORECASE)


def _on_named_event(
    text: str,
    out: list[Timex],
    rules: list[str],
    resolvers: list[Resolver],
    contexts: list[Context],
    now: NowCount,
) -> list[Timex]:
    """ "cinq jours après l'incendie", "au lendemain de la catastrophe" left vague by their sentence: counted
    from the date of the event's own phrase ("après le massacre du marché, qui a fait 68 morts samedi"), else
    from the latest earlier date of the text whose neighbourhood (same sentence, `_EVENT_WINDOW` characters)
    names the same event word ("Un incendie s'est déclaré jeudi 26 septembre"; of that sentence's dates, the
    nearest the word, see `_nearest_to_words`) or that opens the sentence after an undated lead naming it
    ("Le verdict est tombé. Le 5 novembre, le tribunal a condamné"), or from the latest earlier date when a
    demonstrative points back at it ("la veille de ce premier accident"), else from the first later date
    naming it (a scheduled happening: "La veille de l'investiture, [...] L'investiture s'est déroulée le 20
    janvier"). A happening nobody schedules that no such date names is the one the article tells
    (`_happening_days`), or with no day told before, the earliest day told later ("Le lendemain du drame,
    [...] Samedi 11 novembre, le train s'était arrêté"): days counted from it, never months ("cinq mois après
    l'incendie" of another factory)."""
    ctx = contexts[0]  # resolving with the DCT's first day (its last day bounds the news days)
    for k, (t, rule) in enumerate(zip(out, rules, strict=True)):
        # a count read as ending now ("Dix jours après les attentats, la rumeur a couru") still counts from
        # the event's own date when its phrase gives one ("les attentats du 11 septembre")
        counted_now = t.resolved and t.anchor == "dct"
        if rule != "anchevent" or (t.resolved and not counted_now):
            continue
        named = w.event_word(text, t.char_end)
        if named is None:
            continue
        hi = w.sentence_around(text, t.char_start, t.char_end)[1]
        after = [u for u in out[k + 1 :] if u.char_start < hi]
        own = [u for u in after if _dates_named_event(text, u, named, now(k, u))][:1]
        if counted_now and not own:
            continue
        earlier = _dates_before(text, out, rules, resolvers, k, ctx, counts=False)
        # "la veille de ce premier accident": a demonstrative points back at the happening last told
        pointed = _DEMONSTRATIVE.search(text, t.char_end, named[0]) is not None
        # the latest mention of the event decides; else, for a happening nobody schedules, the article's one
        # the count's own phrase names the event for no other date ("Jeudi, cinq ans après l'incendie")
        masked = text[: t.char_start] + " " * (named[1] - t.char_start) + text[named[1] :]
        told = next((u for u in earlier if _datable(u) and (pointed or _names(masked, u, named[2]))), None)
        if told is not None and not pointed:
            dates = [u for u in earlier if _datable(u)]
            told = _nearest_to_words(text, told, dates, frozenset({named[2]})) or told
        if told is None and named[2] not in _happening_words():
            # a scheduled happening named by a lead sentence without a date, the next one opening on its day
            # ("Le verdict est tombé sous les cris de l'accusé. Le 5 novembre, le tribunal a condamné")
            lead = (u for u in earlier if _datable(u) and _named_just_before(masked, u, named[2], out))
            told = next(lead, None)
        if told is None and named[2] not in _happening_words():
            # a scheduled happening whose day the text tells only later ("La veille de l'investiture, [...]
            # L'investiture s'est déroulée le 20 janvier"): its first later mention
            ahead = [u for u in out[k + 1 :] if u.char_start >= hi and _datable(u)]
            told = next((u for u in ahead if _names(masked, u, named[2])), None)
        # "Quatre jours après l'éruption, le 13 décembre 2019, des militaires...": a day the count from the
        # event's earlier mention lands on is the day counted to, not the event's
        if (
            own
            and _datable(own[0])
            and not (told is not None and _counts_to(resolvers[k], ctx, told, own[0]))
        ):
            told = own[0]
        # a happening nobody schedules is the article's one; "le jour du drame" takes it only from a sentence
        # that names such a happening (`_happening_days`), not from the day the text tells most
        fallback = told is None and named[2] in _happening_words()
        if fallback:
            # the days of the events earlier counts count from ("cinq jours après la catastrophe") are told
            counted = _dates_before(text, out, rules, resolvers, k, ctx, counts=True)
            later = [u for u, r in zip(out[k + 1 :], rules[k + 1 :], strict=True) if r != "anchevent"]
            # the first of the happening's likely days a count from which can be right
            most_told = not _names_the_day(t)
            # told in the past of a story ("avait promis au lendemain du drame"), it may count from a
            # happening of years ago; told as news ("Le lendemain du drame, le collège a accueilli"), from a
            # recent one
            news = not ctx.told_before(t.char_start, t.char_end)
            candidates = _happening_days(text, counted, later, contexts[-1].today, most_told, news)
        else:
            candidates = [told] if told is not None else []
        if _TO_THE_DAY.search(t.text):
            # "Un an jour pour jour après l'attaque [...] le soir du 2 novembre 2020" in a piece of November
            # 2021: a count to the day lands on the news days, from a day the text tells anywhere
            days = [u for u in out if u is not t and _datable(u) and u.granularity == "day"]
            candidates += [u for u in days if now(k, u)]
        if fallback and not candidates:
            # no day before names a happening: the earliest day told later, which the rest counts from
            # ("Le lendemain du drame, [...] Samedi 11 novembre, le train s'était arrêté")
            later_days = _days_before(out[k + 1 :], contexts[-1].today)
            candidates = sorted(later_days, key=lambda u: u.date_start or date.max)[:1]
        for told in candidates:
            got = _count_from(t, told, resolvers[k], ctx, contexts[-1].today, fallback)
            if got is not None:
                out[k] = _with_result(t, got)
                _recount_next(text, out, rules, resolvers, ctx, k, got)
                break
    return out


_TO_THE_DAY = to_the_day_pattern(load().to_the_day)


def _dates_before(
    text: str,
    out: list[Timex],
    rules: list[str],
    resolvers: list[Resolver],
    k: int,
    ctx: Context,
    counts: bool,
) -> list[Timex]:
    """The dates before expression k, latest first, without the hour of a happening of another day ("A 20 h
    02, l'heure exacte de l'attaque"). A count from an event ("cinq jours après la catastrophe") is left out,
    or with `counts` stands for the day of the event it counts from (`_event_of_count`)."""
    found = []
    for u, r, res in zip(reversed(out[:k]), reversed(rules[:k]), reversed(resolvers[:k]), strict=True):
        if r == "time" and _HOUR_OF.match(text, u.char_end):
            continue
        v = u if r != "anchevent" else _event_of_count(u, res, ctx) if counts else None
        if v is not None:
            found.append(v)
    return found


def _count_from(
    t: Timex, told: Timex, resolve: Resolver, ctx: Context, last: date | None, fallback: bool
) -> Result | None:
    """`t` counted from the event dated `told`, None when that count cannot be right."""
    if told.date_start is None or told.date_end is None:
        return None
    got = resolve(replace(ctx, event=_as_event(told)))
    if got is None or got.interval is None or got.vague or (fallback and got.granularity != "day"):
        return None  # "cinq mois après l'incendie" is no count from the article's happening
    if last is not None and got.interval[0] > last and ctx.tense(t.char_start, t.char_end) != "future":
        return None  # "Onze ans après la catastrophe, la justice n'a trouvé" counts to no day ahead
    return got


def _recount_next(
    text: str,
    out: list[Timex],
    rules: list[str],
    resolvers: list[Resolver],
    ctx: Context,
    k: int,
    got: Result,
) -> None:
    """The day counted right after a day this pass found, in the same paragraph ("La veille du drame, ... Le
    lendemain matin, ..."), counts from it, not from the day told before it."""
    j = k + 1
    if got.granularity != "day" or j >= len(out) or rules[j] not in _RECOUNTED or out[j].anchor != "previous":
        return
    if "\n" in text[out[k].char_end : out[j].char_start]:
        return  # a count in another paragraph may follow the story's main day again
    if THAT_TIME.search(out[j].text):
        return  # "ce jour-là" is a day of the story the text tells, not of a count's ("une semaine après")
    fresh = replace(ctx, days=[(out[k].char_end, got)], blurred_end=-1, reference=got, history=[got])
    again = resolvers[j](fresh)
    if again is not None and again.interval is not None and not again.vague:
        out[j] = _with_result(out[j], again)


_RECOUNTED = frozenset({"anchday", "sameday"})
"""Rules of the expressions a day found by a later pass is the base of when right after it ("la veille",
"le lendemain", "le même jour")."""


def _with_result(t: Timex, r: Result) -> Timex:
    """`t` dated as the resolved, not vague, result `r` says."""
    assert r.interval is not None
    return replace(
        t,
        date_start=r.interval[0],
        date_end=r.interval[1],
        granularity=r.granularity,
        value=r.value,
        anchor=r.anchor,
        vague=False,
        confidence=r.confidence,
    )


def _counts_days_of(u: Timex, t: Timex) -> bool:
    """Whether an expression of days (`t`) can be counted from `u`: a day, unless `t` is no day."""
    return t.granularity != "day" or u.granularity == "day"


def _event_of_count(u: Timex, resolve: Resolver, ctx: Context) -> Timex | None:
    """The day of the event a dated count counts from ("Dimanche, [...] cinq jours après la catastrophe":
    five days before that Sunday), placed where the count is; None for a count not dated to a day. A count
    that ends now ("Cinq jours après le naufrage, une question obsède...", anchored on the DCT) already
    dates the event."""
    if not _datable(u) or u.granularity != "day" or u.date_start != u.date_end:
        return None
    if u.anchor == "dct":
        return u
    got = resolve(replace(ctx, event=_as_event(u)))
    if got is None or got.interval is None or got.vague or got.granularity != "day":
        return None
    assert u.date_start is not None
    d = u.date_start - (got.interval[0] - u.date_start)
    return replace(u, date_start=d, date_end=d, value=d.isoformat())


def _counts_to(resolve: Resolver, ctx: Context, base: Timex, day: Timex) -> bool:
    """Whether counting from `base` gives exactly `day`'s interval."""
    got = resolve(replace(ctx, event=_as_event(base)))
    return got is not None and got.interval == (day.date_start, day.date_end)


def _as_event(u: Timex) -> Result:
    """A dated timex as the event a count counts from (`Context.event`)."""
    assert u.date_start is not None and u.date_end is not None
    return Result((u.date_start, u.date_end), u.granularity, u.value, u.anchor)


def _datable(u: Timex) -> bool:
    return u.resolved and not u.vague and u.date_start is not None and u.date_end is not None


def _happening_words() -> frozenset[str]:
    """The folded nouns of happenings nobody schedules (lexicon `unplanned_happenings`)."""
    return w.folded(load().unplanned_happenings)


def _on_story_day(
    text: str, out: list[Timex], rules: list[str], today: date | None, first: date | None = None
) -> list[Timex]:
    """ "Ce jour-là", "ce soir-là" tell of a happening: when the latest day told before the news lies in an
    earlier paragraph, the day an anniversary piece remembers (`_anniversary_day`: "Il y a un an jour pour
    jour, [...] Dans la paroisse, beaucoup évoquent encore ce matin-là"); else, when that latest day names no
    happening ("On nous avait promis Noël"), the latest earlier day whose sentence names a happening nobody
    schedules; when only a count back told one ("Il y a trente ans, ce car-ferry chavirait. [...] Ce
    soir-là"), the day it points at."""
    words = _happening_words()
    for k, (t, rule) in enumerate(zip(out, rules, strict=True)):
        if rule != "sameday" or not THAT_TIME.search(t.text) or not _datable(t) or t.granularity != "day":
            continue
        told = [(u, _day_told_by(u, today)) for u in reversed(out[:k])]
        days = [(u, d) for u, d in told if d is not None and (today is None or d < today)]
        if not days:
            continue
        # a day of the news period names the news, not the happening of the story ("Un an jour pour jour après
        # l'attaque, l'Autriche a rendu hommage" in a piece of November 2021)
        news = first or today
        named = [
            d
            for u, d in days
            if (news is None or d < news) and _nearest_to_words(text, u, [u], words) is not None
        ]
        apart = "\n" in text[days[0][0].char_end : t.char_start]  # the latest day is of an earlier paragraph
        anniversary = _anniversary_day(days, first, today) if apart else None
        if anniversary is not None and days[0][1] != anniversary:
            day = anniversary  # an anniversary piece: "ce matin-là" is the day it remembers
        elif named and days[0][1] != named[0] and apart:
            day = named[0]  # the latest day told names no happening: the latest that does
        elif not named and t.date_start == today:
            day = days[0][1]  # nothing but the news day was taken: the story's latest day
        else:
            continue
        if day != t.date_start:
            out[k] = replace(t, date_start=day, date_end=day, value=day.isoformat(), anchor="previous")
    return out


def _anniversary_day(days: list[tuple[Timex, date]], first: date | None, last: date | None) -> date | None:
    """Of the days told (latest first), the latest of an earlier year whose day of the year falls on the news
    days (`remembered_day`: "Il y a un an jour pour jour, [...] ouvrait le feu" in a piece of
    18 March 2020, "Le soir du 19 juillet 2012" in one of July 2022)."""
    if last is None:
        return None
    return remembered_day([d for _, d in days], first or last, last)


def _day_told_by(u: Timex, today: date | None) -> date | None:
    """The day a timex tells: its own, or the day a whole count back from the DCT points at."""
    if not _datable(u):
        return None
    if u.granularity == "day":
        return u.date_start
    if today is not None and u.anchor == "dct" and u.granularity in ("month", "year"):
        return counted_back(u.text, today)
    return None


RECENT_DAYS = 365
"""Days before the publication day within which a day told is of the news rather than recalled."""


def _days_before(timexes: list[Timex], today: date | None) -> list[Timex]:
    """The datable single days of `timexes` before `today` (all of them without a DCT)."""
    return [
        u
        for u in timexes
        if _datable(u) and u.granularity == "day" and (today is None or (u.date_start or today) < today)
    ]


def _happening_days(
    text: str,
    earlier: list[Timex],
    later: list[Timex],
    today: date | None,
    most_told: bool = True,
    news: bool = False,
) -> list[Timex]:
    """The likely days of the happening an article tells, best first, for "au lendemain du drame" or "deux
    jours après l'attentat" when no earlier date names that word: of the days before the news day (latest
    first), those whose neighbourhood names a happening nobody schedules ("le 11 décembre 2018, Chekatt
    semait la mort"), then such days the text names later ("Six jours après la catastrophe, le gouvernement
    a démissionné. [...] L'explosion du 4 août..."); then the earlier day told most often, the earliest of
    them on a tie ("Lundi, des obus sont tombés [...] Le lendemain du massacre"). A happening's word after a
    noun that recalls it ("les obsèques des victimes de la crue") does not make its sentence's day the
    happening's. `earlier` may hold the days of the events counts count from (`_event_of_count`). Without
    `most_told` (for "le jour du drame"), only a day whose sentence names a happening counts. With `news`
    (the count is told as news, not in the past of a story), a day named later more than `RECENT_DAYS`
    before the news comes last when the days before are recent: a happening recalled beside the article's
    one ("L'accident rappelle celui d'Allinges, où sept collégiens avaient péri le 2 juin 2008")."""
    before, after = _days_before(earlier, today), _days_before(later, today)
    found: list[Timex] = []
    for u in before + after:
        nearest = _nearest_to_words(text, u, before + after, _happening_words(), recalled=False)
        if nearest is not None and nearest not in found:  # of the days of that sentence, the one nearest
            found.append(nearest)  # a happening's word
    # a day a witness recalls in a quotation ("« Après l'attaque du 18 septembre au Caire, nous avions
    # perdu... »") is rarely the happening the article tells: such days come last
    found.sort(key=lambda u: _quoted(text, u.char_start))
    if not before or not most_told:
        return found
    far: list[Timex] = []
    if news and today is not None and any(_days_ago(u, today) <= RECENT_DAYS for u in before):
        far = [u for u in found if u in after and _days_ago(u, today) > RECENT_DAYS]
        found = [u for u in found if u not in far]
    # then the day the text tells most often ("Lundi, personne ne nous a dit de partir [...] le soir du 23
    # juillet"; "Il y a neuf jours, samedi 24 mai, un homme ouvrait le feu [...] arrêté six jours après la
    # fusillade" when the days naming a happening give no count that can be right), the earliest on a tie:
    # the happening comes first, what follows it later ("Mardi dernier, la rivière avait tout emporté [...]
    # Dimanche, les gendarmes ont retrouvé un corps [...] au lendemain du drame")
    told = Counter((u.date_start, u.date_end) for u in before)
    most = max(
        before, key=lambda u: (told[(u.date_start, u.date_end)], -(u.date_start or date.max).toordinal())
    )
    if told[(most.date_start, most.date_end)] >= 2:
        # a day told twice before ("Il y a dix ans jour pour jour [...] C'était le 23 octobre 2015") is the
        # happening rather than one named later beside it ("Le 11 février 2016, à Rochefort, six lycéens
        # mouraient dans la collision"): over 251 gold sets, 2 dates fixed, none lost
        ahead = [u for u in found if u in after and u is not most]
        found = [u for u in found if u not in ahead]
        return found + ([most] if most not in found else []) + ahead + far
    return found + ([most] if most not in found else []) + far


def _days_ago(u: Timex, today: date) -> int:
    """How many days before `today` the datable `u` starts."""
    return (today - (u.date_start or today)).days


def _quoted(text: str, at: int) -> bool:
    """Whether position `at` lies inside a quotation (« ... » or “ ... ”) opened in its paragraph."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _nearest_to_words(
    text: str, first: Timex, dates: list[Timex], words: frozenset[str], recalled: bool = True
) -> Timex | None:
    """Of the dates of `first`'s sentence, the one nearest a form of the folded `words` ("l'hélicoptère
    disparu mardi a été localisé vendredi [...] trois jours après sa disparition": mardi); None when the
    sentence names none of them. Without `recalled`, a word completing a noun that recalls a happening
    ("les obsèques des victimes de la crue") does not count: the sentence's day is the recalling's."""
    lo, hi = w.sentence_around(text, first.char_start, first.char_end)
    at = [
        p
        for p in w.forms_of_any(text, words, lo, hi)
        if recalled or not _RECALLED.search(text, max(0, p - 40), p)
    ]
    if not at:
        return None
    inside = [u for u in dates if lo <= u.char_start < hi]
    # the date of the happening's own phrase ("l'attentat du café, qui a fait 17 morts le 28 avril") before
    # a nearer one of the main clause ("a annoncé jeudi l'arrestation [...] dans l'enquête sur l'attentat")
    own = [
        u
        for u in inside
        for p in at
        if p < u.char_start and _EVENT_CLAUSE.fullmatch(text, w.word_end(text, p), u.char_start) is not None
    ]
    if own:
        return own[0]
    return min(inside, key=lambda u: min(min(abs(p - u.char_start), abs(p - u.char_end)) for p in at))


_RECALLED = re.compile(
    rf"\b(?:{alternation(load().recalling_nouns)})\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$",
    re.IGNORECASE,
)
"""A noun recalling a happening, then "de", right before a word (lexicon `recalling_nouns`)."""


def _named_just_before(text: str, u: Timex, word: str, out: list[Timex]) -> bool:
    """Whether `u` opens its sentence right after a sentence of its paragraph that names the folded `word`
    and dates nothing itself (the lead of a happening, the next sentence giving its day)."""
    lo, _ = w.sentence_around(text, u.char_start, u.char_end)
    if text[lo : u.char_start].strip(" «\"'"):
        return False
    plo, phi = w.sentence_around(text, max(0, lo - 2), max(0, lo - 1))
    if "\n" in text[phi:lo] or any(plo <= x.char_start < phi for x in out):
        return False
    return w.names_word(text[plo:phi], word)


def _names(text: str, u: Timex, word: str) -> bool:
    """Whether the neighbourhood of `u` in its sentence names the folded `word`, or tells it happened with
    one of its participles ("l'élection" and "élu le 4 novembre", lexicon `event_forms`)."""
    around = _around_timex(text, u)
    if w.names_word(around, word):
        return True
    forms = _event_forms().get(word)
    return forms is not None and not forms.isdisjoint(w.fold(x) for x in re.findall(r"[^\W\d_]+", around))


@lru_cache(maxsize=1)
def _event_forms() -> dict[str, frozenset[str]]:
    """The lexicon's `event_forms`, folded."""
    return {w.fold(k): frozenset(w.fold(x) for x in v) for k, v in load().event_forms.items()}


_APPOSED = re.compile(r"\s{0,3},\s{0,3}")
_COUNTED_FROM_TEXT = frozenset({"anchday", "sameday", "shift", "anchevent"})
"""Rules of expressions counted from a day the text told ("la veille", "ce jour-là", "deux jours après")."""


def _on_apposed_day(text: str, out: list[Timex], rules: list[str], lx: Lexicon) -> list[Timex]:
    """ "Il y a un an, le 19 mars 2012", "Dès le lendemain, samedi 13 juillet", "Ce jour-là, le 21 août 2015":
    a day set right after a relative expression, behind a comma, says which day it is. The day must be its
    own evidence (a date or a weekday, not itself counted from the text). A count from the news day ("il y a
    un an") must hold it; an expression counted from the text takes it whatever day it was counted to, the
    apposed day being what the writer meant. So does a count set right after a day written with its year
    ("le 10 décembre 2007, dix-huit ans plus tôt jour pour jour, que ...")."""
    for k in range(len(out) - 1):
        t, u = out[k], out[k + 1]
        if t.anchor == "absolute" or u.anchor == "previous" or u.granularity != "day" or not u.resolved:
            continue
        gap = _TO_THE_DAY.match(text, t.char_end)
        if u.vague or not _APPOSED.fullmatch(text, gap.end() if gap else t.char_end, u.char_start):
            continue
        if rules[k] in _COUNTED_FROM_TEXT | {"ago"} and rules[k + 1] == "date" and u.anchor == "dct":
            u = out[k + 1] = _near_count(u, t)  # "Il y a onze jours, le 7 mars": that 7 March
        held = t.date_start is not None and t.date_end is not None
        if held and u.anchor == "dct" and not t.date_start <= u.date_start <= t.date_end:  # type: ignore[operator]
            u = out[k + 1] = _year_within(u, t)  # "l'été prochain, du 24 juillet au 9 août": that summer's
        held = held and t.date_start <= u.date_start <= u.date_end <= t.date_end  # type: ignore[operator]
        if rules[k] not in _COUNTED_FROM_TEXT and not held:
            continue
        out[k] = replace(
            t,
            date_start=u.date_start,
            date_end=u.date_end,
            granularity=u.granularity,
            value=u.value,
            anchor="previous" if rules[k] in _COUNTED_FROM_TEXT else t.anchor,
            vague=False,
            confidence=min(t.confidence, u.confidence) if t.resolved else u.confidence,
        )
    # a day said again: a count set right after a day the text writes with its year (not a count from it), or
    # an expression nothing else placed set right after a single day ("Le 28 octobre 2011, exactement six mois
    # après l'attentat, ...", "Dimanche, jour anniversaire du drame")
    for k in range(len(out) - 1):
        t, u = out[k], out[k + 1]
        if not t.resolved or t.granularity != "day" or not _APPOSED.fullmatch(text, t.char_end, u.char_start):
            continue
        counted = t.anchor == "absolute" and rules[k + 1] == "shift" and _APPOSED_END.match(text, u.char_end)
        unplaced = not u.resolved and not t.vague and t.date_start == t.date_end
        if not (counted or unplaced):
            continue
        out[k + 1] = replace(
            u,
            date_start=t.date_start,
            date_end=t.date_end,
            granularity=t.granularity,
            value=t.value,
            anchor="previous",
            vague=False,
            confidence=u.confidence if counted else min(u.confidence, t.confidence, 0.7),
        )
    return out


_APPOSED_END = re.compile(r"\s*(?:jour\s+pour\s+jour\s*)?,")


def _year_within(u: Timex, t: Timex) -> Timex:
    """A day or days written without a year, apposed to a period the text placed ("l'été prochain, du 24
    juillet au 9 août"), moved by a year either way when that puts them within it; else as they are."""
    assert t.date_start is not None and t.date_end is not None
    for years in (-1, 1):
        v = shifted(u, years)
        assert v.date_start is not None and v.date_end is not None
        if t.date_start <= v.date_start <= v.date_end <= t.date_end:
            return v
    return u


def _near_count(u: Timex, t: Timex) -> Timex:
    """ "Moins de trois mois plus tard, le 12 novembre" in a piece of 2009 retelling 1999, "Il y a onze
    jours, le 7 mars" in an anniversary piece: a day and month (with no year told) apposed to a count are in
    the year that puts them nearest the count, not the one the DCT alone gives."""
    if t.date_start is None or t.date_end is None or u.date_start is None or u.date_start != u.date_end:
        return u
    mid = t.date_start + (t.date_end - t.date_start) / 2
    day = u.date_start
    try:
        years = (mid.year - 1, mid.year, mid.year + 1)
        near = min((day.replace(year=y) for y in years), key=lambda d: abs(d - mid))
    except ValueError:  # 29 February
        return u
    if near == day:
        return u
    return replace(u, date_start=near, date_end=near, value=value_of((near, near), "day"), anchor="previous")


def _on_weekday_of_count(text: str, out: list[Timex], rules: list[str], lx: Lexicon) -> list[Timex]:
    """ "Jeudi, cinq ans jour pour jour après l'incendie" under a month-wide DCT: the weekday is the day the
    count right after it lands on, when that day falls in the weekday's span and on that weekday."""
    for k in range(len(out) - 1):
        t, u = out[k], out[k + 1]
        if rules[k] != "weekday" or t.granularity == "day" or t.date_start is None or t.date_end is None:
            continue
        if rules[k + 1] not in _COUNTED_FROM_TEXT or u.granularity != "day" or not _datable(u):
            continue
        weekday = next((lx.weekdays[x] for x in map(norm, t.text.split()) if x in lx.weekdays), None)
        if not _APPOSED.fullmatch(text, t.char_end, u.char_start) or u.date_start != u.date_end:
            continue
        assert u.date_start is not None
        if weekday == u.date_start.weekday() and t.date_start <= u.date_start <= t.date_end:
            out[k] = replace(
                t, date_start=u.date_start, date_end=u.date_end, granularity="day", value=u.value
            )
    return out


_ALREADY_APPOSED = re.compile(r"\s+déjà\s{0,3},\s{0,3}", re.IGNORECASE)
_INDEFINITE_WEEKDAY = re.compile(
    rf"(?<![\w-])un\s+(?P<day>{alternation(frozenset(load().weekdays))})"
    rf"(?:\s+(?:{alternation(load().day_parts)}))?(?![\w-])(?!\s+sur\b)",
    re.IGNORECASE,
)
""" "un dimanche", "un mercredi soir": a weekday named with the indefinite article."""


def _on_indefinite_weekday(text: str, out: list[Timex], lx: Lexicon) -> list[Timex]:
    """ "Elle est morte un dimanche, le 10 janvier 1971", "Il y a cinquante ans jour pour jour, un mercredi":
    a weekday named with the indefinite article says which day it is only when it stands beside a day on that
    weekday, set off by a comma; it is then that day. Elsewhere it names no day ("un dimanche sur deux") and
    is no expression. Found after the other expressions, as it needs them."""
    flat = " ".join(text.lower().split())
    if not any(f"un {day}" in flat for day in lx.weekdays):
        return out  # the cheap test first: most texts name no weekday after "un"
    days = [
        t for t in out if t.granularity == "day" and t.date_start is not None and t.date_start == t.date_end
    ]
    added = []
    for m in _INDEFINITE_WEEKDAY.finditer(text):
        if any(t.char_start < m.end() and m.start() < t.char_end for t in out):
            continue  # read already ("Le 14 avril 2003, un lundi de grand soleil")
        weekday = lx.weekdays[norm(m.group("day"))]
        for t in days:
            assert t.date_start is not None
            if t.date_start.weekday() != weekday:
                continue
            gap = _TO_THE_DAY.match(text, t.char_end)
            after = _APPOSED.fullmatch(text, gap.end() if gap else t.char_end, m.start()) is not None
            before = any(p.fullmatch(text, m.end(), t.char_start) for p in (_APPOSED, _ALREADY_APPOSED))
            if after or before:
                added.append(
                    replace(t, text=m.group(), char_start=m.start(), char_end=m.end(), anchor="previous")
                )
                break
    return sorted(out + added, key=lambda t: t.char_start) if added else out


def _bounds(pub: PubDate) -> list[date | None]:
    """The DCT days to resolve with: one day, or the first and last day of a month- or year-precise DCT."""
    v = pub.value
    if v is None:
        return [None]
    if pub.precision == "month":
        return [v.replace(day=1), cal.month(v.year, v.month)[1]]
    if pub.precision == "year":
        return [date(v.year, 1, 1), date(v.year, 12, 31)]
    return [v]


def _merge(results: list[Result], pub: PubDate) -> Result:
    """One reading from the readings at both ends of an imprecise DCT (identical unless DCT-dependent)."""
    first = results[0]
    if all(r == first for r in results) or first.interval is None:
        return first
    ivs = [r.interval for r in results if r.interval is not None]
    if first.mod == "APPROX":  # "presque jour pour jour": the days around the very day, read at its month
        ivs = [(a + (b - a) / 2, a + (b - a) / 2) for a, b in ivs]
    assert pub.value is not None
    shifted = _year_shifted(results, pub)
    if shifted is not None:
        return replace(shifted, confidence=round(shifted.confidence * 0.85, 2))
    a, b = min(i[0] for i in ivs), max(i[1] for i in ivs)
    gran: Granularity
    if pub.precision == "year":
        iv, gran = (date(a.year, 1, 1), date(b.year, 12, 31)), "year"
    else:
        iv, gran = (a.replace(day=1), cal.month(b.year, b.month)[1]), "month"
        if first.granularity in ("day", "week", "weekend") and iv[0] <= pub.value <= iv[1]:
            iv = cal.month(pub.value.year, pub.value.month)
    g: Granularity = gran if first.granularity in ("day", "week", "weekend", "part") else first.granularity
    conf = round(first.confidence * 0.7, 2)
    return Result(iv, g, value_of(iv, g), first.anchor, first.vague, conf, first.mod)


def _year_shifted(results: list[Result], pub: PubDate) -> Result | None:
    """The reading nearest the DCT period when the readings differ only by their year.

    "le 18 juin" under "date 2024-12" reads 2024-06-18 from 1 December and 2025-06-18 from 31 December: the
    text names its day, only the year is in doubt, and the hull of the two (or the DCT month) would lose what
    the text says. Ties go to the earlier reading, since news tells the past more than the future.
    """
    ivs = [r.interval for r in results]
    if any(i is None for i in ivs) or len({r.granularity for r in results}) != 1:
        return None
    shapes = {((i[0].month, i[0].day), (i[1].month, i[1].day), i[1].year - i[0].year) for i in ivs if i}
    if len(shapes) != 1:
        return None
    bounds = _bounds(pub)
    lo, hi = bounds[0], bounds[-1]
    assert lo is not None and hi is not None

    def gap(r: Result) -> tuple[int, date]:
        assert r.interval is not None
        a, b = r.interval
        return max((a - hi).days, (lo - b).days, 0), a

    return min(results, key=gap)


def find_timexes(text: str, pub: PubDate, doc: Any = None) -> list[Timex]:
    """Every temporal expression of `text`, normalised, sorted by offset. A leading header line is skipped
    (and gives the DCT when `pub` has none)."""
    header, body = read_header(text)
    if pub.value is None and header.value is not None:
        pub = header
    if pub.value is not None and not cal.plausible_year(pub.value.year):
        pub = PubDate(None)  # a DCT in year 9999 anchors nothing (and would overflow the calendar)
    oracle = TenseOracle(text, doc)
    bounds = _bounds(pub)
    contexts = [
        Context(
            today,
            oracle,
            text,
            news_end=bounds[-1],
            news_start=bounds[0],
            told_before=oracle.told_before,
            guessed=pub.origin in ("inferred", "corpus"),
        )
        for today in bounds
    ]
    out: list[Timex] = []
    rules: list[str] = []
    resolvers: list[Resolver] = []
    for p in _attach_times(text, _select(text, body)):
        results = [p.resolve(ctx) for ctx in contexts]
        if any(r is None for r in results):
            continue
        r = _merge([r for r in results if r is not None], pub)
        # a day the month-wide DCT blurs; a vague span ahead ("dans les deux semaines") is no day of the story
        blurred = (
            results[0] is not None
            and results[0].granularity == "day"
            and not results[0].vague
            and r.granularity == "month"
        )
        if in_apposition(text, p.start, oracle.lexicon.verb_forms):
            r = replace(r, aside=True)
        for ctx in contexts:
            ctx.note(r, p.end, p.start)
            if blurred:
                ctx.blurred_end = p.end
        start, end = r.interval if r.interval is not None else (None, None)
        out.append(
            Timex(
                text[p.start : p.end],
                p.start,
                p.end,
                start,
                end,
                r.granularity,
                r.value,
                r.anchor,
                r.vague,
                r.confidence,
                r.mod,
            )
        )
        rules.append(p.rule)
        resolvers.append(p.resolve)
    now = _lands_now(resolvers, contexts[0], bounds)
    out = _on_sentence_day(text, out, rules, now)
    out = _on_named_event(text, out, rules, resolvers, contexts, now)
    out = _on_story_day(text, out, rules, contexts[-1].today, contexts[0].today)
    out = _on_apposed_day(text, out, rules, oracle.lexicon)
    out = _on_weekday_of_count(text, out, rules, oracle.lexicon)
    out = _by_deadline(text, out, rules, bounds[0])
    return join_ranges(text, _week_of(text, _on_indefinite_weekday(text, out, oracle.lexicon)), oracle)


_WEEK_OF = re.compile(r"(?<![\w-])(?:la|une|cette)\s+semaine\s+du\s*$", re.IGNORECASE)
# "le week-end du 4 juillet"; the holiday rule takes "le week-end de Noël" whole, as the feast's day
_WEEKEND_OF = re.compile(r"(?<![\w-])(?:le|ce|un)\s+week-end\s+du\s*$", re.IGNORECASE)
_WEEKEND_OPENS = re.compile(r"(?:le|ce|un)\s+week-end\s+de\b", re.IGNORECASE)


_SPAN_OF: tuple[tuple[re.Pattern[str], Callable[[date], cal.Interval], Granularity], ...] = (
    (_WEEK_OF, cal.week, "week"),
    (_WEEKEND_OF, cal.weekend_holding, "weekend"),
)


def _span_named(text: str, t: Timex) -> tuple[int, Callable[[date], cal.Interval], Granularity] | None:
    """Where an expression naming the week or the week-end that holds the day of `t` starts, and how to
    find that span from the day."""
    if _WEEKEND_OPENS.match(t.text):
        return t.char_start, cal.weekend_holding, "weekend"
    for pattern, span, granularity in _SPAN_OF:
        m = pattern.search(text, max(0, t.char_start - 25), t.char_start)
        if m is not None:
            return m.start(), span, granularity
    return None


def _week_of(text: str, out: list[Timex]) -> list[Timex]:
    """ "la semaine du 9 janvier": the week (Monday to Sunday) that holds the day, not the day; "le week-end
    du 4 juillet", "le week-end de Noël": the Saturday and Sunday it belongs to."""
    for k, t in enumerate(out):
        if t.granularity != "day" or t.date_start is None or t.date_start != t.date_end or t.vague:
            continue
        named = _span_named(text, t)
        if named is None:
            continue
        start, span, granularity = named
        iv = span(t.date_start)
        out[k] = replace(
            t,
            char_start=start,
            text=text[start : t.char_end],
            date_start=iv[0],
            date_end=iv[1],
            granularity=granularity,
            value=value_of(iv, granularity),
        )
    return out


# "ne pourra pas s'ouvrir avant le printemps", "n'est pas rétabli d'ici à dimanche": not before, so no span
# "n'exclut pas de diffuser le film d'ici à la fin de l'année": a possibility, not a negated deadline
_NEGATED = re.compile(w.NEGATION + r"(?!exclu|écart)[^,;:.!?]{0,60}$", re.IGNORECASE)
# the end of the running year, month, week or season: "la fin de l'année", "la fin du mois", "la fin de l'été"
_RUNNING_END = re.compile(
    r"\bfin\s+(?:de\s+l['’]\s*année|d['’]année|du\s+mois|de\s+la\s+semaine|de\s+l['’]\s*(?:été|automne|hiver)"
    r"|du\s+printemps)\b(?!\s+(?:de|d['’])\s)",
    re.IGNORECASE,
)


# "d'ici le 30 juin": the day itself (French TimeBank), not a span from the news
_BY_THE_DAY = re.compile(r"d['’]ici\s+le\s", re.IGNORECASE)


def _by_deadline(text: str, out: list[Timex], rules: list[str], first_news: date | None) -> list[Timex]:
    """A deadline still ahead of the news is the span from the news's first day to it, not the period it
    names: "d'ici à la fin de l'année" or "avant la fin du mois" (to the end of the running year or month),
    "d'ici dix jours", "avant l'été", "d'ici à l'été", "avant juin" or "avant Noël" (to the eve of a season, a
    month or a feast; "d'ici à Noël" to the feast itself: over our gold sets, 3 of 3 and 2 of 3), "d'ici à
    vendredi" (to that day). Not when negated ("ne pourra pas s'ouvrir avant le printemps": not before), nor
    "d'ici juin", "d'ici la fin mai", "d'ici le 30 juin", "d'ici au 31 août" and "avant le 30 juin", which our
    gold sets (and French TimeBank, for the day) mostly date to the month, the end of May and the day."""
    if first_news is None:
        return out
    for k, (t, rule) in enumerate(zip(out, rules, strict=True)):
        if not t.resolved or t.date_start is None or t.date_end is None or t.vague:
            continue
        before = w.DEADLINE_BEFORE.search(text, max(0, t.char_start - 25), t.char_start)
        own = w.DEADLINE_OPENS.match(t.text)
        found = before or own
        if found is None:
            continue
        lo = w.sentence_around(text, t.char_start, t.char_end)[0]
        at = found.start() if before is not None else t.char_start
        if _NEGATED.search(text, lo, at):
            continue
        by = norm(found.group(1)).startswith("d")  # "d'ici", else "avant"
        if _RUNNING_END.search(t.text):
            end = t.date_end
        elif by and rule == "ahead":
            end = t.date_end  # "d'ici dix jours"
        elif rule != "holiday" and (t.granularity == "season" or (t.granularity == "month" and not by)):
            # "avant l'été", "d'ici à l'été", "avant juin": up to the eve of it ("d'ici juin" keeps June)
            end = t.date_start - timedelta(days=1)
        elif rule == "holiday":
            # "avant Noël" runs up to its eve; "d'ici à Noël", "d'ici à la Toussaint" up to the feast itself
            end = t.date_end if by else t.date_start - timedelta(days=1)
        elif by and t.granularity == "day" and rule == "weekday" and not _BY_THE_DAY.match(text, at):
            # "d'ici à vendredi", "d'ici mercredi": up to that day (over our gold sets, 6 fixed, none lost); a
            # day-month ("d'ici au 31 août") mostly keeps its day (3 of 11 spans)
            end = t.date_end
        else:
            continue
        if end < first_news:
            continue  # a deadline already gone keeps its period
        iv = (first_news, end)
        out[k] = replace(t, date_start=iv[0], date_end=iv[1], granularity="day", value=value_of(iv, "day"))
    return out


def _reach(phrase: str) -> timedelta | None:
    """How far back a relative phrase ("il y a huit ans") reaches from a DCT, read by resolving it."""
    probe = date(2000, 1, 1)
    got = [t for t in find_timexes(phrase, PubDate(probe, "day", "given")) if t.date_start is not None]
    return probe - got[0].date_start if len(got) == 1 and got[0].date_start is not None else None


def counted_back(phrase: str, dct: date) -> date | None:
    """The day a whole count of units back from `dct` names ("il y a trente ans" on 9 November 2019: 9
    November 1989), or None when `phrase` is no such count ("l'an dernier", "il y a quelques mois").
    Its interval is the calendar unit, but in an anniversary article it points at that very day."""
    hits = PATTERNS.hits(phrase)
    if not hits or hits[0].rule != "ago" or (hits[0].start, hits[0].end) != (0, len(phrase)):
        return None
    got = [t for t in find_timexes(phrase, PubDate(dct, "day", "given")) if t.date_start is not None]
    if len(got) != 1 or got[0].vague or got[0].granularity not in ("month", "year"):
        return None
    start = got[0].date_start
    assert start is not None  # kept above
    year, month = start.year, start.month if got[0].granularity == "month" else dct.month
    return date(year, month, min(dct.day, cal.last_day(year, month)))


def infer_publication_date(text: str) -> PubDate:
    """A publication date guessed from the text (origin "inferred"): see timeline.temporal.inference."""
    return infer(text, find_timexes(text, PubDate(None)), PATTERNS.lexicon, _reach)
