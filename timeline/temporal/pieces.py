"""What every interpretation rule shares: the `Piece` record and the readers of year, direction and anchors.

A piece is a span of the text with a resolver; a resolver reads the Context (DCT, previous dates, tense).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from timeline.temporal import calendar as cal
from timeline.temporal import words as w
from timeline.temporal.context import (
    Context,
    Direction,
    Result,
)
from timeline.temporal.lexicon import alternation, load, norm
from timeline.temporal.patterns import Candidate
from timeline.temporal.tense import participle_before
from timeline.temporal.types import FINE

Resolver = Callable[[Context], Result | None]


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    resolve: Resolver
    rule: str = ""


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÀ-ÖØ-Þ«\"]")
_OPENS_SENTENCE = re.compile(r"[.!?]\s+$")


_OF_NOUN = re.compile(r"(?<![\w'’-])(?:[ld]['’])?([^\W\d_]{3,})\s+(?:de|du|d['’])\s*$", re.IGNORECASE)
# "l'attentat de vendredi", "l'arrestation, vendredi à Molenbeek": a weekday completing or set after a noun,
# within its line (a title's last words, "[...] fait débat", name no happening of the next paragraph)
_OF_HAPPENING = re.compile(
    r"(?<![\w-])([^\W\d_]{3,})(?:[^\S\n]+([^\W\d_]{3,}))?(?:[^\S\n]+([^\W\d_]{3,}))?"
    r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:de|du|d['’])[^\S\n]*|[^\S\n]+)$",
    re.IGNORECASE,
)


_GOES_ON = re.compile(r"[^,;:.()]{0,20},\s*(?:de|du|des|d['’])\s*", re.IGNORECASE)


def _next_to_the(word: str) -> re.Pattern[str]:
    """ "<word> le <happening> de" right before a weekday: "après le coup de tonnerre de", "avant le scrutin
    de"."""
    return re.compile(
        rf"\b{word}\s+(?:le|la|les|l['’])\s*(?:[^\W\d_]+\s+){{0,3}}?[^\W\d_]+\s+(?:de|du|d['’])\s*$",
        re.IGNORECASE,
    )


# "Après le coup de tonnerre de lundi, Washington tente...": what comes after a happening of that weekday
_AFTER_THE = _next_to_the("après")


_APPOSED_AFTER = re.compile(r"[^,;:.!?()«»]{0,40},")
_UNTIL = re.compile(r"\bjusqu['’]\s*(?:au|à)\s+(?:(?:le|la)\s+)?$", re.IGNORECASE)
_BY_THEN = re.compile(r"\bd['’]ici" + w.DEADLINE_TAIL, re.IGNORECASE)
_BEFORE = re.compile(r"\bavant" + w.DEADLINE_TAIL, re.IGNORECASE)

# "avant le scrutin de dimanche": what comes before a happening set for that weekday
_BEFORE_THE = _next_to_the("avant")
# "avant l'ouverture du Salon de l'agriculture, samedi": a weekday set after "avant <a happening>,"
_BEFORE_APPOSED = re.compile(r"\bavant\s+(?:le|la|les|l['’])\s*[^,;:.!?()«»]{3,60},\s*$", re.IGNORECASE)
# "Le lendemain de la cérémonie, lundi, le cardinal a présidé": a weekday set after "le lendemain de <noun>,"
# is the day after the happening, not the happening's own
_DAY_NEXT_TO = re.compile(
    r"\b(?:lendemain|surlendemain|veille|avant-veille)\s+(?:de\s+la|de\s+l['’]|du|des|d['’])\s*[^,;:.!?()]{0,50},\s*$",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"\s*,\s*([^\W\d_]+)((?:\s+[\w'’]+){1,3})")


def _done_after(text: str, end: int) -> bool:
    """Whether a relative clause right after the date tells in a compound past what the happening did or gave
    ("le scrutin de mardi, qui a valu à M. Roosevelt un troisième mandat"): the happening is behind."""
    m = _RELATIVE_AFTER.match(text, end)
    vf = load().verb_forms
    if m is None or norm(m.group(1)) not in vf.relative_pronouns:
        return False
    return any(norm(x) in vf.auxiliaries - vf.etre_present for x in m.group(2).split())


@lru_cache(maxsize=1)
def _called_for() -> re.Pattern[str]:
    """ "ont appelé à une grève de vingt-quatre heures", "des appels pour de nouveaux rassemblements": what is
    called for, up to a date in the same clause (lexicon `calling_forms`); a witness "appelé à la barre" is
    summoned, and calls for nothing."""
    forms = alternation(load().verb_forms.calling_forms)
    aside = r"(?:(?:désormais|aussi|également|déjà|encore|donc|maintenant|toujours|ensuite)\s+)?"
    # "Appelé à la barre jeudi": a witness summoned to the stand, not a call for something to come
    stand = r"(?!la\s+barre\b)"
    return re.compile(rf"\b({forms})\s+{aside}(?:à|pour)\s{stand}[^.;:!?«»()]{{0,60}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _promised() -> re.Pattern[str]:
    """ "a promis de réintégrer l'accord [...] le 20 janvier", "promet une réouverture en 2022", "s'est engagé
    à céder le pouvoir le 7 février": what is promised, from the promise's object up to a date in the same
    sentence and line (lexicon `promising_forms`, which holds proposals and plans told in the imperfect too,
    "prévoyait initialement un passage le 9 décembre"; `requesting_forms`; `pledging_forms`). A promise with
    no object before the date ("a promis lundi") is not one: its date is the promise's own. The match starts
    at its auxiliary, if any."""
    vf = load().verb_forms
    aux = alternation(vf.auxiliaries | vf.imperfect_auxiliaries)
    promise = alternation(vf.promising_forms | vf.requesting_forms)
    pledge = alternation(vf.pledging_forms)
    obj = r"(?:de|que|pour|un|une|des|le|la|les|leur|leurs|son|sa|ses)\s|(?:d|qu|l)['’]"
    # "n'excluent pas de nouvelles plongées", "promettent en revanche un centre commun"
    # or an adverb in -ment ("prévoyait initialement un passage le 9 décembre")
    aside = r"(?:(?:pas|en\s+revanche|aussi|déjà|désormais|toujours|encore|[^\W\d_]{3,}ment)\s+)?"
    # "à la demande de sa famille": a noun after its determiner, no request
    noun = r"(?<!\bla\s)(?<!\bune\s)(?<!\bsa\s)(?<!\bleur\s)(?<!\bcette\s)"
    return re.compile(
        rf"(?:\b(?:{aux})\s+(?:\w+\s+)?)?\b{noun}(?:(?:{promise})\s+{aside}(?:{obj})|(?:{pledge})\s+à\s)[^.;:!?()\n]{{0,80}}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _promise_hints() -> frozenset[str]:
    """The first letters of every promising and pledging form: a window holding none of them holds no
    promise, and the search (the costlier part of `direction_for`) is skipped."""
    vf = load().verb_forms
    return frozenset(f[:4].lower() for f in vf.promising_forms | vf.pledging_forms | vf.requesting_forms)


def direction_for(ctx: Context, c: Candidate, mod: str) -> tuple[Direction, bool]:
    """Past/future from an explicit modifier (strict: never the DCT's own unit), else from the verb tense. A
    day-month after "jusqu'au" or a month after "jusqu'à" or "jusqu'en" ends a state that runs on from the
    news: ahead (near when told before). A day-month that completes a noun ("vainqueur des élections du 14
    mars, il doit être investi") reads as told in the past (so a day just ahead stays ahead): the clause's
    verb tells of something else (one completing a happening set in advance in a clause told ahead is the
    nearest: "la cérémonie du 10 décembre se déroulera à distance"). So does a weekday completing a happening
    nobody schedules ("l'attentat de vendredi") or after "après le <happening> de" in a clause not told ahead;
    one completing a happening set in advance, in a clause told in the past, is the nearest ("les élections de
    dimanche"), or ahead after "avant" told as news ("avant le scrutin de dimanche", "avant l'ouverture du
    Salon, samedi"), or behind when a relative clause in a compound past tells what it gave (`_done_after`);
    not one set after "le lendemain de la cérémonie,", the day after it. A weekday called for is ahead
    ("appellent à une grève jeudi", "ont appelé à une grève mardi"), or the nearest when the call is told in
    the imperfect ("appelaient à une grève jeudi"); so is a date promised ("a promis de réintégrer l'accord le
    20 janvier"; "avait promis [...] début janvier"). A weekday completing another noun in a clause told in
    the present is the nearest ("L'annonce de lundi intervient [...]" on a Tuesday: the day before)."""
    if mod == "past":
        return "past", True
    if mod == "future":
        return "future", True
    if _BY_THEN.search(ctx.text, max(0, c.start - 20), c.start):
        # "d'ici à la fin août", "d'ici le 15 mars": a deadline ahead, or near when told in the imperfect or
        # the pluperfect ("avait promis d'ici la fin mars": a deadline that may have passed)
        return ("near" if ctx.told_before(c.start, c.end) else "future"), False
    if c.rule in ("season", "holiday") and _BEFORE.search(ctx.text, max(0, c.start - 20), c.start):
        # "pour une adoption espérée avant l'été", "promet de former un gouvernement avant Noël": a season or
        # a feast ahead of the news, whatever the verb says; near when told in the imperfect or the pluperfect
        return ("near" if ctx.told_before(c.start, c.end) else "future"), False
    until = c.rule in ("date", "month") and _UNTIL.search(ctx.text, max(0, c.start - 20), c.start) is not None
    if c.rule == "month" and norm(c.match.groupdict().get("open") or "").startswith("jusqu"):
        until = True  # "jusqu'en janvier"
    if until:
        # "a prolongé le moratoire jusqu'au 6 août", "un report du Brexit, jusqu'au 31 octobre", "la
        # prolongation de l'état d'urgence jusqu'à fin janvier": the end of a state that runs on from the
        # news, ahead; near when told in the imperfect or the pluperfect
        return ("near" if ctx.told_before(c.start, c.end) else "future"), False
    tense = ctx.tense(c.start, c.end)
    lx = load()
    # a weekday or a day-month set between commas after a noun ("la finale [...], samedi soir à Saint-Denis,
    # restera comme un fiasco"; "le sacre du nageur, le 14 août, sur 100 m"): the noun's day, which the future
    # of the clause does not place; the nearest
    apposed = (
        w.AFTER_WORD_COMMA.search(ctx.text, max(0, c.start - 3), c.start) is not None
        and _APPOSED_AFTER.match(ctx.text, c.end) is not None
    )
    if c.rule in ("weekday", "date") and tense == "future" and apposed:
        return "near", False
    call = _called_for().search(ctx.text, max(0, c.start - 90), c.start) if c.rule == "weekday" else None
    # not the call's own day ("L'appel à une trêve lancé vendredi")
    lone = call is not None and participle_before(ctx.text, c.start, lx.verb_forms, c.end) is None
    if call is not None and lone and not ctx.told_before(c.start, c.end):
        # "appellent à une journée de grève jeudi", "ont appelé à une grève mardi": the day called for is
        # ahead (over a hundred and nineteen gold sets, every such call told in the present or the passé
        # composé was for a day to come); "appelaient à une grève jeudi" may be told after it
        told = norm(call.group(1)).endswith(lx.verb_forms.imperfect_endings)
        return ("near" if told else "future"), False
    lo = max(0, c.start - 110)
    window = ctx.text[lo : c.start].lower()
    hinted = any(h in window for h in _promise_hints())
    promise = _promised().search(ctx.text, lo, c.start) if hinted else None
    # "que réclame le président depuis le 20 janvier": a day a state runs from is no day asked for
    since = w.previous_word(ctx.text, c.start) == "depuis"
    if promise is not None and not since and not _OF_NOUN.search(ctx.text, max(0, c.start - 40), c.start):
        # the day promised lies ahead of a promise told as news; one told in the imperfect or the pluperfect
        # ("avait promis que des tests prouveraient ses dires début janvier") may be behind it: the nearest.
        # The promise's auxiliary, or its own form, tells: "avait promis", "promettait"
        first = norm(promise.group(0).split()[0])
        vf = lx.verb_forms
        imperfect = first.endswith(vf.imperfect_endings) and first not in vf.present_forms  # not "espèrent"
        told = ctx.told_before(c.start, c.end) or imperfect
        return ("near" if told else "future"), False
    if (
        c.rule == "weekday"
        and tense in ("future", "present", "near")
        and _BEFORE_APPOSED.search(ctx.text, lo, c.start) is not None
    ):
        # "espèrent tourner la page avant l'ouverture du Salon de l'agriculture, samedi à Paris": the day of
        # what comes after a clause told as news, ahead
        return "future", False
    if c.rule == "weekday" and tense in ("future", "present", "past"):
        m = _OF_HAPPENING.search(ctx.text, max(0, c.start - 50), c.start)
        # the noun, or the noun before its adjective ("l'attentat meurtrier de vendredi"), or before two for a
        # happening set in advance ("les élections législatives anticipées de dimanche")
        said = [norm(x) for x in m.groups() if x] if m else []
        nouns = set(said[-2:])
        after = tense != "future" and _AFTER_THE.search(ctx.text, max(0, c.start - 60), c.start) is not None
        if nouns & lx.unplanned_happenings or after:
            return "past", False
        # not when the weekday is set inside another noun's phrase that goes on after it ("l'annonce par le
        # Centre gabonais des élections, mercredi à l'aube, de la réélection")
        inside = _GOES_ON.match(ctx.text, c.end) is not None
        next_to = _DAY_NEXT_TO.search(ctx.text, max(0, c.start - 80), c.start) is not None
        if tense in ("past", "present") and not inside and not next_to and set(said) & lx.planned_happenings:
            if _done_after(ctx.text, c.end):
                return "past", False  # "le scrutin de mardi, qui a valu à Roosevelt un troisième mandat"
            # "avant le scrutin de dimanche" told as news: a happening still ahead
            ahead = _BEFORE_THE.search(ctx.text, max(0, c.start - 60), c.start) is not None
            return ("future" if ahead and not ctx.told_before(c.start, c.end) else "near"), False
    if c.rule == "weekday" and tense == "present":
        m = _OF_NOUN.search(ctx.text, max(0, c.start - 40), c.start)
        if m and norm(m.group(1)) not in lx.of_phrases and not m.group(1)[0].isupper():
            return "near", False
    if c.rule == "date" and tense in ("future", "present"):
        m = _OF_NOUN.search(ctx.text, max(0, c.start - 40), c.start)
        if m and norm(m.group(1)) not in lx.of_phrases and not m.group(1)[0].isupper():
            if tense == "future" and norm(m.group(1)) in lx.planned_happenings:
                # "la cérémonie du 10 décembre se déroulera à distance": a happening set in advance, of
                # either side of the news; the nearest
                return "near", False
            return "past", False
    return tense, False


def year_group(c: Candidate, group: str, ctx: Context) -> int | None:
    s = c.match.group(group)
    if s is None:
        return None
    s = s.strip("'’")
    if len(s) == 2:
        return w.two_digit_year(int(s), ctx.today.year if ctx.today else None)
    return int(s)


# "les attentats de janvier 2015, et ... le 25 septembre": a date completing a noun names that event; it sets
# no year for the dates that follow
_NAMES_EVENT = re.compile(r"\b(?:de|du|d['’])\s*$", re.IGNORECASE)


# "Comme en 1933, l'Église vit une Année sainte [...] ouverte le 25 mars": a year given to compare sets no
# year for the dates after it
_LIKE = re.compile(r"\bcomme\s+$", re.IGNORECASE)
_APPOSED = re.compile(r"[\s,]*(?:le\s+)?")
# "Le couple, qui s'était rencontré en 2006, avait fait publier ses bans le 18 mai": a date inside a relative
# clause set off by commas tells of the noun it describes, not the time of the main clause after it (over 259
# gold sets: 10 dates fixed, none lost)
_RELATIVE_OPENS = re.compile(
    rf",\s*(?:{alternation(load().verb_forms.relative_pronouns)})\b[^,;:()]*$", re.IGNORECASE
)
_CLAUSE_CLOSES = re.compile(r"[^,;:()]*,")


def year_of_reference(ctx: Context, start: int) -> int | None:
    """The year of the latest absolute date when it is close before `start` in the same paragraph
    ("en 97 (en janvier ..., en octobre ...)": January and October 1997), or of a year counted from the DCT
    set right before it ("L'an dernier, le 24 septembre": 24 September of last year). Not the year of a
    relative clause the date follows ("Le couple, qui s'était rencontré en 2006, [...] le 18 mai")."""
    ref = ctx.reference
    if ref is None or ref.interval is None or ctx.reference_end < 0:
        return None
    apposed = (
        ref.anchor == "dct"
        and ref.granularity == "year"
        and _APPOSED.fullmatch(ctx.text[ctx.reference_end : start])
    )
    if (ref.anchor != "absolute" and not apposed) or ref.aside:
        return None
    if ref.granularity not in ("year", "month", "day", "part", "season", "quarter", "half"):
        return None
    gap = ctx.text[ctx.reference_end : start]
    if (
        _NAMES_EVENT.search(ctx.text, max(0, ctx.reference_start - 4), max(0, ctx.reference_start))
        or _LIKE.search(ctx.text, max(0, ctx.reference_start - 8), max(0, ctx.reference_start))
        or len(gap) > 200
        or "\n" in gap
        or _SENTENCE_BREAK.search(gap)
        or ref.interval[0].year != ref.interval[1].year
    ):
        return None
    if _RELATIVE_OPENS.search(ctx.text, max(0, ctx.reference_start - 120), ctx.reference_start) and (
        _CLAUSE_CLOSES.match(gap)
    ):
        return None
    # opening the next sentence ("[...] le 17 juillet 2014. Fin juillet, la Russie a opposé son veto"), it
    # goes on with that year only when the story goes on too (an imperfect, a pluperfect)
    if _OPENS_SENTENCE.search(gap) and not ctx.told_before(start, start + 1):
        return None
    return ref.interval[0].year


# a past tense moves a day-month to the previous year only when the nearest reading is further ahead than
# this: a day just ahead told in the past is mostly a deadline or a plan ("a donné jusqu'au 30 juin",
# "avant de quitter ses fonctions le 30 octobre", measured on French TimeBank)
_NEAR_AHEAD = timedelta(days=62)
# and a future tense moves it to the next year only when the nearest reading is further behind than this: a
# day a few weeks gone in a clause whose verb looks ahead is mostly told in passing ("pour rendre hommage
# aux soldats tués le 10 décembre" on 22 December). Over our gold sets, every such day read a year ahead
# within four weeks of the news was wrong (8 of 8). A deadline ("d'ici le 15 mars") is ahead unless it is
# within a week gone (a month-wide DCT's last day)
_NEAR_BEHIND = timedelta(days=28)
_DEADLINE_BEHIND = timedelta(days=7)


EPISODE_DAYS = 14
"""A day-month told in the past (or a narrative present) within this many days of a day the text dated with
its year belongs to that day's year: "la catastrophe du 6 juillet 2013 [...] Le 5 juillet vers 23 heures, le
conducteur avait immobilisé son convoi" in an article of August 2014 is 5 July 2013."""
NEWS_RETURN = 2
"""How many days of the news year told since an old day bring the text back to its news even for a day-month
told in the imperfect or the pluperfect (`episode_day`): over 243 gold sets, 4 dates fixed, none lost (1: 9
fixed, 2 lost, among them "Tout avait commencé le 10 novembre", a flashback in the pluperfect)."""


_TO_THE_DAY_AFTER = re.compile(
    rf"\s*,\s*[\w\s-]{{0,30}}?\b(?:{alternation(load().to_the_day)})\s+après\b", re.IGNORECASE
)


_ANNIVERSARY_BEFORE = re.compile(
    rf"\b(?:{alternation(load().anniversary_nouns)})\b[^.;:!?]{{0,60}}$", re.IGNORECASE
)


def _anniversary_told(ctx: Context, episode: date, span: tuple[int, int]) -> bool:
    """Whether a day-month equal to the remembered day's own is set beside a count to the day from it or
    after an anniversary's noun in its sentence: the anniversary ("Une cérémonie s'est tenue le 4 décembre,
    vingt ans jour pour jour après le drame", after "Le 4 décembre 1995"; "Le premier anniversaire de sa
    mort, le 16 septembre, s'est déroulé"), not the remembered day."""
    if span == (0, 0):
        return False
    beside = _TO_THE_DAY_AFTER.match(ctx.text, span[1]) is not None
    after_noun = _ANNIVERSARY_BEFORE.search(ctx.text, max(0, span[0] - 80), span[0]) is not None
    if not beside and not after_noun:
        return False
    return any(r.interval is not None and r.interval[0] == episode for r in ctx.history)


def _same_day(d: date) -> date:
    """`d` in the leap year 2000 (29 February kept), to compare days of the year."""
    return d.replace(year=2000)


def _wide_news(r: Result, today: date) -> bool:
    """Whether `r` is a month, a part of one or a season of the news year, read from the DCT and gone."""
    return (
        r.granularity in FINE - {"day"}
        and r.anchor == "dct"
        and not r.vague
        and r.interval is not None
        and r.interval[0].year == today.year
        and r.interval[1] <= today
    )


def episode_day(ctx: Context, month: int, day: int, span: tuple[int, int] = (0, 0)) -> date | None:
    """The day-month in the year of the latest day of an earlier year the text named, when close to it (not
    of an older episode the text left since: "le 12 juillet 2022 [...] le 25 décembre 2021 [...] son dernier
    vol le 5 juillet" in July 2023 is this year's); none when the text told a day of the news since and the
    day-month of this year is already gone ("le 23 janvier 1958 [...] Le jour même, Washington a reconnu
    Guaidó. Maduro a entamé le 10 janvier un second mandat"). When the day-month at `span` is not told in the
    imperfect or the pluperfect, a day of the news year read from the DCT (or a month or a season of it, gone)
    counts as such a return too ("Les 12 et 13 novembre 1999 [...] Le 15 octobre, l'Aude a atteint [...]
    Les écoles ont rouvert le 5 novembre" in November 2018): over 151 gold sets, 10 dates fixed, 1 lost.
    `NEWS_RETURN` such days are a return whatever the tense ("[...] le 20 juillet 2006. [...] du 14 au 23 mai
    [...] le 15 octobre [...] le 24 juillet, X était déclaré positif" in October 2007 is of 2007)."""
    assert ctx.today is not None
    # the day-month of this year already gone, which a text back on its news may mean
    recent = cal.valid_day(ctx.today.year, month, day) and date(ctx.today.year, month, day) < ctx.today
    news_since = False
    news_days = 0
    for r in reversed(ctx.history):
        if _wide_news(r, ctx.today) and recent:
            # a month or a season of the news year read from the DCT ("début février", "L'été dernier")
            # brings the text back to its news as a day does ("Né le 21 septembre 1998 [...] Le 27
            # septembre, au championnat du monde" in October 2020): over 251 gold sets, 4 dates fixed, 1 lost
            news_since = True
            news_days += 1
            continue
        if r.granularity != "day" or r.vague or r.interval is None or r.aside:
            continue
        # a day of an earlier year: written with its year, counted from such a day ("huit jours plus tard"),
        # or counted back ("il y a vingt ans jour pour jour"); the news day itself ("désormais", "ce lundi")
        # is a return to the news
        y = r.interval[0].year
        same_day = abs((_same_day(r.interval[0]) - _same_day(ctx.today)).days) <= 1
        counted = r.anchor == "dct" and y < ctx.today.year and same_day
        if y >= ctx.today.year and r.anchor in ("absolute", "previous") and recent:
            return None  # the text came back to the news since ("Le jour même" after the old day)
        # or told a day of the news from the DCT ("Le 15 octobre" after the old day)
        of_news = y >= ctx.today.year and recent and not counted and r.interval[1] <= ctx.today
        news_since = news_since or of_news
        news_days += of_news
        if r.anchor not in ("absolute", "previous") and not counted:
            continue
        if y >= ctx.today.year or not cal.valid_day(y, month, day):
            continue
        d = date(y, month, day)
        if abs((d - r.interval[0]).days) <= EPISODE_DAYS or abs((d - r.interval[1]).days) <= EPISODE_DAYS:
            # the parse behind `told_before` only now that an old day is found
            back = news_days >= NEWS_RETURN or (news_since and span != (0, 0) and not ctx.told_before(*span))
            return None if back else d
        return None
    return None


_WORDS = re.compile(r"[^\W\d_]+")
_FRONTED_AFTER = re.compile(r"\s*,")


def fronted(text: str, start: int, end: int) -> bool:
    """Whether the day opens its sentence or a clause after a colon, set off by a comma ("Le 18 novembre, le
    procureur a confirmé"): the day of what the sentence tells, not a deadline or a plan its verb names ("a
    donné jusqu'au 30 juin")."""
    lo, _ = w.sentence_around(text, start, end)
    before = text[lo:start].rstrip()
    return (not before or before.endswith((":", ";"))) and _FRONTED_AFTER.match(text, end) is not None


def _done(text: str, start: int, end: int) -> bool:
    """Whether a participle right before the day tells it happened ("des débats ouverts le 2 février"), in a
    sentence with no future ("Son corps sera exposé, puis inhumé le 15 décembre"): a day gone, no deadline."""
    vf = load().verb_forms
    if participle_before(text, start, vf, end) != "past":
        return False
    lo, hi = w.sentence_around(text, start, end)
    words = [norm(m.group()) for m in _WORDS.finditer(text, lo, hi)]
    return not any(x.endswith(vf.future_endings) and len(x) > 3 and x not in vf.not_verbs for x in words)


def told_year(ctx: Context) -> int | None:
    """The year of the latest date the text resolved on its own, when it lies within one year: the year "de
    la même année" or "de cette année-là" refers to."""
    ref = ctx.reference.interval if ctx.reference is not None else None
    return ref[0].year if ref is not None and ref[0].year == ref[1].year else None


def _weekday_year_told(ctx: Context, month: int, day: int, weekday: int | None) -> date | None:
    """ "Il y a quarante ans, [...] le vendredi 30 juillet au soir": a weekday and a day-month that do not
    meet in the DCT's year are of the year the text last told, when they meet there (not of the nearest year
    where they do, which the weekday alone does not pick); days of the news told since are passed over ("le
    lundi 21 août 1911 [...] Des historiens en doutent aujourd'hui. Il faudra attendre le mardi 22 août")."""
    assert ctx.today is not None
    if weekday is None or not ctx.history:
        return None
    if cal.valid_day(ctx.today.year, month, day) and date(ctx.today.year, month, day).weekday() == weekday:
        return None
    # the latest such year told: a news day said in passing since ("en doutent aujourd'hui") is no answer
    for r in reversed(ctx.history):
        told = r.interval
        if told is None or told[0].year != told[1].year or abs(told[0].year - ctx.today.year) <= 1:
            continue
        y = told[0].year
        if cal.valid_day(y, month, day) and date(y, month, day).weekday() == weekday:
            return date(y, month, day)
        return None
    return None


def _story_year(ctx: Context) -> int | None:
    """The year of the latest date of a day, a month or a season the text told (not a bare year said in
    passing, nor an aside or a state's start): the year its story is in."""
    for r in reversed(ctx.history):
        if r.interval is None or r.vague or r.aside or r.mod == "SINCE" or r.granularity not in FINE:
            continue
        if r.interval[0].year == r.interval[1].year:
            return r.interval[0].year
    return None


def nearest_day(
    ctx: Context,
    month: int,
    day: int,
    direction: Direction,
    strict: bool,
    weekday: int | None,
    span: tuple[int, int] = (0, 0),
) -> date | None:
    """The year of a day-month without year (see `_nearest_day`). Under a guessed DCT, a day-month told in
    the past whose nearest reading falls in a year the text has not named takes the year of the story the
    text tells ("Le 1er décembre 2004 [...] Mi-mars 2005 [...] Le 14 avril, le président paraît désarçonné"
    in an undated piece whose latest date is of 2007 is 14 April 2005, not 2007): the guessed DCT is the
    latest date the text names, a floor, so nearness to it says little. Over 251 gold sets: 16 dates fixed,
    2 lost (with the guess itself mended, `inference`: 18 and 2)."""
    found = _nearest_day(ctx, month, day, direction, strict, weekday, span)
    if found is None or not ctx.guessed or strict or direction not in ("past", "present"):
        return found
    named = {
        y
        for r in ctx.history
        if r.anchor == "absolute" and r.interval is not None
        for y in range(r.interval[0].year, r.interval[1].year + 1)
    }
    year = _story_year(ctx) if found.year not in named else None
    if year is None or not cal.valid_day(year, month, day):
        return found
    told = date(year, month, day)
    return told if weekday is None or told.weekday() == weekday else found


def _nearest_day(
    ctx: Context,
    month: int,
    day: int,
    direction: Direction,
    strict: bool,
    weekday: int | None,
    span: tuple[int, int] = (0, 0),
) -> date | None:
    """The year of a day-month without year, the DCT given: nearest the DCT, in the direction of a modifier
    (strict) or of the verb tense; a past tense keeps a reading at most two months ahead (not an imperfect or
    a pluperfect, which tell a story: "Le 1er février, la navette se désintégrait" in a review of the year), a
    future one a week behind. Told in the past next to a day the text dated with an earlier year, it is of
    that year (`EPISODE_DAYS`). `span` is where the expression is, to read its verb."""
    assert ctx.today is not None
    if direction in ("past", "present") and not strict:  # the past, a narrative present
        episode = episode_day(ctx, month, day, span)
        # "le mardi 24 septembre" after days of September 2013: a Tuesday then, whatever the DCT's year gives
        if (
            episode is not None
            and (weekday is None or episode.weekday() == weekday)
            and not _anniversary_told(ctx, episode, span)
        ):
            return episode
    told = _weekday_year_told(ctx, month, day, weekday)
    if told is not None:
        return told
    options = [
        date(y, month, day)
        for y in (ctx.today.year - 1, ctx.today.year, ctx.today.year + 1)
        if cal.valid_day(y, month, day)
    ]
    if weekday is not None and any(d.weekday() == weekday for d in options):
        options = [d for d in options if d.weekday() == weekday]
    nearest = min(options, key=lambda d: abs((d - ctx.today).days)) if options else None  # type: ignore[operator]
    if not strict and nearest is not None:
        if direction == "past" and nearest - ctx.today <= _NEAR_AHEAD:
            ahead_done = nearest > ctx.today and span != (0, 0) and _done(ctx.text, *span)
            opens = nearest > ctx.today and span != (0, 0) and fronted(ctx.text, *span)
            if not ahead_done and not opens and (nearest <= ctx.today or not ctx.told_before(*span)):
                return nearest
        if direction == "future" and ctx.today - nearest <= _NEAR_BEHIND:
            deadline = span != (0, 0) and _BY_THEN.search(ctx.text, max(0, span[0] - 20), span[0]) is not None
            if not deadline or ctx.today - nearest <= _DEADLINE_BEHIND:
                return nearest  # "commenceront le 28 août" read from 31 August (a month-wide DCT's last day)
    if direction == "past" and any(d <= ctx.today for d in options):
        options = [d for d in options if d <= ctx.today]
    elif direction == "future" and any(d >= ctx.today for d in options):
        options = [d for d in options if d >= ctx.today]
    return min(options, key=lambda d: abs((d - ctx.today).days)) if options else None  # type: ignore[operator]


def since(r: Result | None, ctx: Context, open_word: str | None) -> Result | None:
    """'depuis X' gives the period X itself with mod SINCE: the state starts there and its open end is
    the mod's to say (measured: French TimeBank and our own articles date the start, not the whole span)."""
    if r is None or r.interval is None or not open_word or not norm(open_word).startswith("depuis"):
        return r
    return Result(r.interval, r.granularity, r.value, r.anchor, r.vague, r.confidence, mod="SINCE")


def day_of(s: str) -> int | None:
    return 1 if norm(s) in ("1er", "1re", "premier") else int(s) if s.isdigit() else None
