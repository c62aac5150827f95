"""Detection: the French temporal patterns, compiled once from the lexicon, and the longest-match scan.

Reads: the lexicon (timeline/data/temporal/fr.json). Writes: `Candidate` records (rule name, span, match).
Every pattern is a sequence of literal alternations and bounded classes with no nested repetition, so a scan
is linear in the text (no catastrophic backtracking on digit runs or long unpunctuated inputs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.temporal.lexicon import Lexicon, load, trie_alternation

AP = "['’]"
B = r"(?<![\w])"  # word start: also refuses digits glued to a word ("terrain3")
E = r"(?![\w])"  # word end


@dataclass(frozen=True)
class Candidate:
    """One pattern hit: `rule` names the handler, `priority` breaks ties between equally long hits."""

    rule: str
    start: int
    end: int
    match: re.Match[str]
    priority: int


def _rules(lx: Lexicon) -> list[tuple[str, str]]:
    month = f"(?:{trie_alternation(lx.months)})"
    monthx = f"(?:{trie_alternation(list(lx.months) + list(lx.month_abbreviations))})"
    wday = f"(?:{trie_alternation(lx.weekdays)})"
    season = f"(?:{trie_alternation(lx.seasons)})"
    past = trie_alternation(lx.past_modifiers)
    fut = trie_alternation(lx.future_modifiers)
    mod = rf"(?:\s+(?P<mod>{past}|{fut}|en\s+cours)(?![\w]))?"
    same_year = f"(?:{trie_alternation(lx.same_year)})"
    part = f"(?:{trie_alternation(lx.parts)})"
    num = f"(?:{trie_alternation(lx.numbers)})"
    # up to four words, joined by hyphens ("quatre-vingt-dix-neuf") or by spaces around "cent" ("deux cents",
    # "cent vingt")
    join = r"(?:-(?:et-)?|\s+(?=cents?\b)|(?<=cent)\s+|(?<=cents)\s+)"
    number = rf"(?:\d{{1,3}}|{num}(?:{join}{num}){{0,3}}(?:\s+et\s+un(?:e)?)?)"
    unit = f"(?:{trie_alternation(list(lx.units) + list(lx.unit_multiples))})"
    approx = f"(?:{trie_alternation(lx.approximators)})"
    vague_q = f"(?:{trie_alternation(lx.vague_quantities)})"
    daypart = f"(?:{trie_alternation(lx.day_parts)})"
    dct_day = f"(?:{trie_alternation(lx.dct_days)})"
    anch_day = f"(?:{trie_alternation(lx.anchored_days)})"
    now = f"(?:{trie_alternation(lx.now_words)})"
    holiday = f"(?:{trie_alternation(lx.holidays)})"
    ordinal = f"(?:{trie_alternation(lx.ordinals)})"
    decade_w = f"(?:{trie_alternation(lx.decade_words)})"
    dnum = r"(?:1er|1re|premier|[0-3]?\d)"
    y4 = r"(?:1[0-9]\d\d|2[01]\d\d)(?![\d])(?![.,]\d)(?!\s\d{3}(?!\d))"
    y2 = r"(?:\d\d)(?=\s*[,.;:)!?»]|\s*$|\s+(?:et|à|au|en|,)\s)"
    year = rf"(?:{y4}|{y2})"
    time = r"(?:[01]?\d|2[0-4])\s?h(?:eures?)?(?:\s?[0-5]\d)?(?![\w])"
    dpx = rf"(?:\s+(?:en\s+)?(?:(?:début|fin)\s+d{AP}\s*)?(?P<dp>{daypart})(?![\w]))?"
    return [
        # 10 février 2024, le mardi 18 juin, 1er mars 2022, le 6 mai dernier, 10 novembre 93
        (
            "date",
            rf"{B}(?:(?P<le>le|ce)\s+)?(?:(?P<wd>{wday})\s+)?(?P<d>{dnum})\s+(?P<m>{monthx})(?:\s+(?P<y>{year})|\s+(?P<same>{same_year}))?{mod}{dpx}",
        ),
        # 19/06/2024, 19.06.24, 2024-06-18
        (
            "numeric",
            r"(?<![\w/.,-])(?:(?P<d>[0-3]?\d)(?P<s>[/.])(?P<m>[01]?\d)(?P=s)(?P<y>\d{4}|\d\d)|(?P<iy>[12]\d{3})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\w/]|[.,-]\d)",
        ),
        # du 3 au 5 mai 2024, entre le 3 et le 5 mai, 3-5 mai, du lundi 4 au mardi 5 avril,
        # de dimanche 28 à lundi 29 juin
        (
            "dayrange",
            rf"{B}(?:(?:du|de(?=\s+{wday}\s)|entre\s+le|entre)\s+)?(?P<wd1>{wday}\s+)?(?P<d1>{dnum})(?:\s+(?P<m1>{month})(?:\s+(?P<y1>{y4}))?)?(?:\s+(?:au|et\s+le)\s+|\s+à\s+(?={wday}\s)|\s*[-–]\s*)(?:{wday}\s+)?(?P<d2>{dnum})\s+(?P<m2>{month})(?:\s+(?P<y2>{y4}))?{mod}",
        ),
        # les 6 et 13 avril prochains: two dates; les 19 et 20 juillet, les 2, 3 et 4 mai, dimanche 4 et lundi
        # 5 octobre: one span
        (
            "daylist",
            rf"{B}(?:les?\s+)?(?:{wday}\s+)?(?P<d1>{dnum})(?P<mid>(?:\s*,\s*{dnum}){{0,5}})\s+et\s+(?:le\s+)?(?:{wday}\s+)?(?P<d2>{dnum})\s+(?P<m>{month})(?:\s+(?P<y>{y4}))?{mod}",
        ),
        # février-mars 2014, de juillet 2011 à octobre 2020, entre mars et mai 2020
        (
            "monthrange",
            rf"{B}(?:(?:de|d{AP}|entre)\s*)?(?P<m1>{month})(?:\s+(?P<y1>{y4}))?(?:\s*[-–/]\s*|\s+(?:à|au|et|jusqu{AP}en)\s+)(?P<m2>{month})(?:\s+(?P<y2>{y4}))?{mod}",
        ),
        # en août 2023, début mars, mi-juin 2022, depuis février 2022, en septembre dernier, octobre 98,
        # la fin du mois d'août
        (
            "month",
            rf"{B}(?:(?P<open>depuis|dès|à\s+partir\s+de|jusqu{AP}en|jusqu{AP}à)\s+)?(?:(?P<en>en|au\s+mois\s+d{AP}|au\s+mois\s+de|le\s+mois\s+de|le\s+mois\s+d{AP}|courant|de|d{AP})\s*)?(?:(?P<part>{part})(?:\s*-\s*|\s+(?:du\s+mois\s+)?(?:de\s+|d{AP}\s*)?))?(?P<m>{month})(?:\s+(?P<y>{year})|\s+(?P<same>{same_year}))?{mod}(?![\w-])",
        ),
        # 1950-1953, (2019/2020), entre 2019 et 2021, de 2011 à 2020
        (
            "yearrange",
            rf"(?<![\w.,/-])(?:(?P<pre>entre|de|depuis)\s+)?(?P<y1>{y4})(?:\s*[-–/]\s*|\s+(?:et|à|au)\s+)(?P<y2>{y4}|\d\d(?![\w]))",
        ),
        # en 2022, l'année 2001, fin 2022, mi-2023, depuis 2019, en 97
        (
            "year",
            rf"(?<![\w.,/-])(?:(?P<open>depuis|dès|à\s+partir\s+de|jusqu{AP}en)\s+)?(?:(?P<pre>en|l{AP}an|l{AP}année|d{AP}ici|avant|après|vers|de|d{AP})\s*)?(?:(?P<part>{part})(?:\s*-\s*|\s+(?:de\s+l{AP}année\s+|d{AP}année\s+)?))?(?P<y>{y4}|(?<=en\s)\d\d(?=\s*[,.;:)(]|\s*$|\s+et\s)|(?<=l{AP}an\s)\d\d)(?![\w])",
        ),
        # les années 1990, début des années 60, années soixante
        (
            "decade",
            rf"{B}(?:(?P<part>{part})\s+(?:des\s+|de\s+la\s+)?)?(?:(?:les|des|aux|dans\s+les)\s+)?années\s+(?P<y>\d{{4}}|\d0|{decade_w})(?![\w])",
        ),
        # au XXe siècle, la fin du XIXe siècle, au début du XXIe siècle
        (
            "century",
            rf"{B}(?:(?:la|le|au|à\s+la|en)\s+)?(?:(?P<part>{part})\s+(?:du\s+)?)?(?:(?:au|du|le)\s+)?(?P<n>[IVXivx]{{1,6}}|\d{{1,2}})(?:e|è|ème|eme)\s+siècle(?![\w])",
        ),
        # l'été 2000, au printemps dernier, cet hiver, fin de l'été, dès le printemps, pour le printemps ("le
        # printemps" alone may be any)
        (
            "season",
            rf"{B}(?:(?P<part>{part})\s+(?:de\s+l{AP}|du\s+|d{AP})\s*)?(?:(?P<det>l{AP}|cet|ce|au|en|à\s+l{AP}|de\s+l{AP}|du|dès\s+l{AP}|depuis\s+l{AP}|dès\s+le|depuis\s+le|(?:(?<=pour\s)|(?<=avant\s))le)\s*)?(?P<s>{season})(?:\s+(?P<y>{y4})|\s+(?P<same>{same_year})|{mod})(?![\w])",
        ),
        # au premier trimestre 2023, la première quinzaine de mars, au second semestre
        (
            "ordpart",
            rf"{B}(?:(?:au|le|du|la|lors\s+du|pendant\s+la|dans\s+la)\s+)?(?P<ord>{ordinal})\s+(?P<u>trimestre|semestre|quinzaine|moitié)(?:\s+(?:de\s+l{AP}année\s+|de\s+|d{AP}\s*)?(?:(?P<m>{month})|(?P<ly>l{AP}année|l{AP}an)(?=\s+\d))?)?(?:\s+(?P<y>{y4}))?{mod}(?![\w])",
        ),
        # aujourd'hui, hier soir, avant-hier, demain matin, hier en début d'après-midi, aujourd'hui vendredi
        ("dctday", rf"{B}(?P<w>{dct_day})(?:\s+(?P<wd>{wday}))?{dpx}(?![\w])"),
        # ce matin, ce soir, cette nuit, cet après-midi
        ("thispart", rf"{B}(?:ce|cette|cet)\s+(?P<dp>{daypart})(?![\w-])"),
        # mardi, ce mardi, lundi prochain, mercredi dernier, dimanche soir, ce même lundi après-midi
        (
            "weekday",
            rf"{B}(?:(?P<det>ce|le|dès|depuis|jusqu{AP}à|ce\s+même|le\s+même)\s+)?(?P<wd>{wday})(?![\w]){mod}{dpx}",
        ),
        # le premier dimanche du printemps, le dernier lundi de septembre 2024
        (
            "ordwday",
            rf"{B}(?:le\s+)?(?P<ord>{ordinal}|dernier)\s+(?P<wd>{wday})\s+(?:de\s+l{AP}|de\s+|du\s+|d{AP})\s*(?:(?P<m>{month})(?:\s+(?P<y>{y4}))?|(?P<s>{season})(?:\s+(?P<sy>{y4}))?)(?![\w])",
        ),
        # "En octobre dernier, dans la nuit du 14 au 15": a night of the month the text told
        (
            "nightdays",
            rf"{B}(?:(?:dans|durant|pendant)\s+)?la\s+nuit\s+du\s+(?P<d1>{dnum})\s+au\s+(?P<d2>{dnum})(?![\w])(?!\s+{monthx})",
        ),
        # "Le lundi 26, l'avion est pris d'assaut" in a paper of January: a weekday and a day of a month left
        # unsaid, the one nearby where that day falls on that weekday
        (
            "wdaynum",
            rf"{B}(?:(?:le|ce|dès|depuis)\s+)?(?P<wd>{wday})\s+(?P<d1>{dnum})(?![\w])(?!\s+{monthx})"
            rf"(?=\s*[,.;:)]|\s+(?:au|à|dans|en|vers|dès|matin|soir|après-midi)\b)",
        ),
        # "Le 14 au soir": a day of the month the text told, its evening or morning
        ("monthday", rf"{B}le\s+(?P<d1>{dnum})\s+au\s+(?:soir|matin)(?![\w])"),
        # ... or set off by commas ("Cinq jours plus tard, le 16, un commando [...]")
        ("bareday", r"(?:(?<=,\s)|(?<=^)|(?<=[.;]\s)|(?<=\n))[Ll]e\s+(?P<d1>[0-3]?\d)(?=\s*,(?!\d))"),
        # la nuit de lundi à mardi: a night of both days, read from the first
        (
            "nightspan",
            rf"{B}(?:(?:dans|durant|pendant)\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd>{wday})\s+(?:à|au)\s+{wday}(?![\w])"
            # "de samedi à dimanche 8 juin" names the morning's day; "de lundi à mardi derniers", a night gone
            rf"(?:\s+(?P<nd>{dnum})\s+(?P<nm>{month})(?![\w]))?{mod}",
        ),
        # la semaine dernière, le mois prochain, l'an dernier, cette année, ce week-end, la fin de l'année
        (
            "relunit",
            rf"{B}(?:(?P<part>{part})\s+(?:de\s+|d{AP}\s*|(?=du\s)))?(?P<det>la|le|l{AP}|cette|ce|cet|du)\s*(?:(?P<same>même)\s+)?(?P<u>semaine|mois|année|an|week-end|weekend|trimestre|semestre|décennie|siècle)(?:-ci|(?P<there>-là))?(?![\w-]){mod}",
        ),
        # en fin d'année, en début de mois
        (
            "partunit",
            rf"{B}(?:en\s+)?(?P<part>début|fin|milieu)\s+(?:d{AP}\s*(?P<u>année|an)|de\s+(?P<u2>semaine|mois))(?![\w]){mod}",
        ),
        # il y a trois ans, il y a quelques mois, voici deux semaines; "il y a aujourd'hui trente ans"
        (
            "ago",
            rf"{B}(?:il\s+y\s+a|voici|voilà|cela\s+fait|ça\s+fait)\s+(?:(?P<today>aujourd{AP}\s*hui)\s+)?(?:(?P<q>{approx})\s+)?(?P<n>{number}|{vague_q})\s+(?P<u>{unit})(?![\w])",
        ),
        # dans deux mois
        (
            "ahead",
            rf"{B}(?:dans|d{AP}ici)\s+(?:(?P<q>{approx})\s+)?(?P<n>{number}|{vague_q})\s+(?P<u>{unit})(?![\w])",
        ),
        # dans les deux semaines, dans les trois mois à venir: from now to that far ahead ("dans les trois
        # jours suivant l'accident", "dans les deux semaines qui ont suivi" count from another day)
        (
            "within",
            rf"{B}dans\s+les\s+(?:(?P<q>{approx})\s+)?(?P<n>{number})\s+(?P<u>{unit})(?:\s+(?:à\s+venir|qui\s+viennent))?(?![\w])"
            rf"(?!\s*(?:qui\s|suiv|précéd|de\s|du\s|des\s|d{AP}|après|avant|où|pendant))",
        ),
        # trois ans plus tôt, deux jours plus tard, neuf mois après, six jours seulement après, presque un
        # quart de siècle plus tard
        (
            "shift",
            rf"{B}(?:(?P<q>{approx})(?:\s+|(?<=['’])))?(?P<n>{number}|{vague_q})\s+(?P<u>{unit})\s+"
            rf"(?:(?P<exact>jour\s+pour\s+jour)\s+)?(?:(?:seulement|à\s+peine|tout\s+juste|environ|pile)\s+)?"
            rf"(?P<dir>plus\s+tôt|plus\s+tot|plus\s+tard|auparavant|après|avant)(?![\w])",
        ),
        # le lendemain, la veille, au lendemain de
        ("anchday", rf"{B}(?:(?:le|la|l{AP}|au|à\s+la|dès\s+le)\s*)?(?P<w>{anch_day})(?![\w-]){dpx}"),
        # le même jour, ce jour-là, le jour même, le matin même, l'après-midi même, ce soir-là
        (
            "sameday",
            rf"{B}(?:le\s+même\s+jour|ce\s+jour-là|le\s+jour\s+même|ce\s+même\s+jour|(?:le\s+|l{AP}\s*)(?P<dp>{daypart})\s+même"
            rf"|(?:le|la)\s+même\s+(?:{daypart})"
            rf"|ce\s+moment[\s-]là|(?:ce|cette|cet)\s+(?:{daypart})-là)(?![\w])",
        ),
        # ces dernières années, ces derniers mois, ces prochains jours
        ("recent", rf"{B}(?:ces|les|des)\s+(?P<dir>{past}|{fut})\s+(?P<u>{unit})(?![\w])"),
        # dans la soirée, la nuit, au cours de la nuit, en fin d'après-midi
        (
            "daypart",
            rf"{B}(?:(?:dans|durant|pendant|tard\s+dans|au\s+cours\s+de)\s+)?la\s+(?P<dp>nuit|soirée|matinée)(?:\s+(?:(?P<next>suivante)|(?P<last>dernière|écoulée)))?(?![\w])"
            rf"|{B}(?:dans|durant|pendant|au\s+cours\s+de)\s+l{AP}\s*(?P<dp4>après-midi)(?![\w])"
            rf"|{B}(?:en\s+)?(?:début|fin)\s+(?:d{AP}\s*|de\s+)(?P<dp2>après-midi|matinée|soirée|journée)(?![\w])"
            # "dans la journée" dates the day told; "la journée" alone names too much ("la journée de grève")
            rf"|{B}(?:(?:plus\s+(?:tard|tôt)|tôt)\s+)?(?:dans|durant|au\s+cours\s+de)\s+la\s+(?P<dp5>journée)(?![\w])(?!\s+(?:de|du|d{AP}))"
            # "à la mi-journée": midday of the day told
            rf"|{B}(?:à|vers|en)\s+(?:la\s+)?mi-journée(?![\w])(?!\s+(?:de|du|d{AP}))"
            # "au petit matin", "dès l'aube": the early morning of the day told ("à l'aube de sa vie": none)
            rf"|{B}(?:au\s+petit\s+matin|(?:dès|à)\s+l{AP}\s*aube)(?![\w])(?!\s+(?:de|du|d{AP}))"
            # "depuis le début de l'après-midi", "au milieu de la nuit": a stretch of the day told
            rf"|{B}(?:depuis|dès|au|vers)\s+(?:le\s+)?(?:début|milieu)\s+(?:de\s+la\s+(?P<dp6>nuit|matinée|soirée|journée)|de\s+l{AP}\s*(?P<dp7>après-midi))(?![\w])(?!\s+(?:de|du|d{AP}))"
            # "le soir du drame", "le matin du 5 mai": a part of the day a complement names
            rf"|{B}le\s+(?P<dp3>soir|matin)(?=\s+(?:de|du|d{AP}))",
        ),
        # 18 h, 21 h 45, vers midi
        (
            "time",
            rf"(?<![\w,.:/])(?P<t>{time})|{B}(?P<pre>à|vers|avant|après|dès|jusqu{AP}à)\s+(?P<w>midi|minuit)(?![\w])",
        ),
        # Noël, la Toussaint, Pâques 2024, cette fête de Pentecôte
        (
            "holiday",
            rf"{B}(?:(?:cette\s+fête\s+de|la\s+fête\s+de|le\s+jour\s+de|le\s+week-end\s+de|à|pour|lors\s+de|depuis)\s+)?(?P<h>{holiday})(?:\s+(?P<y>{y4}))?{mod}(?![\w-])",
        ),
        # désormais, à présent
        ("now", rf"{B}(?P<w>{now})(?![\w])"),
    ]


_PRIORITY = {
    "ordwday": 9,
    "date": 9,
    "numeric": 9,
    "dayrange": 8,
    "daylist": 8,
    "monthrange": 7,
    "yearrange": 7,
    "ordpart": 7,
}


_TOKEN = re.compile(r"\w+")
_STOP = frozenset(
    {
        "le",
        "la",
        "les",
        "de",
        "du",
        "l",
        "d",
        "a",
        "à",
        "en",
        "fête",
        "saint",
        "jour",
        "après",
        "avant",
        "demi",
        "hui",
        "end",
    }
    | {"14", "1er", "quart", "quarts"}
    # words of multi-word forms ("heure et demie", "la nuit du Nouvel An", "l'Aïd el-Kébir") too common to
    # open windows: the form's other words trigger it
    | {"et", "demie", "nuit", "soir", "an", "el", "al", "juive"}
)
_AUX_BEFORE_ETE = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "ayant", "aura", "auront"})


def _trigger_words(lx: Lexicon) -> dict[str, frozenset[str]]:
    """Word -> the classes of rules it can trigger (every hit of a rule holds one of its class's words)."""
    units = list(lx.units) + list(lx.unit_multiples) + ["week-end", "weekend"]
    classes: dict[str, list[str]] = {
        "month": list(lx.months) + list(lx.month_abbreviations),
        "decade": ["années"],
        "century": ["siècle"],
        "season": list(lx.seasons),
        "ordpart": ["trimestre", "semestre", "quinzaine", "moitié"],
        "dctday": list(lx.dct_days),
        # "dans la journée" (not a day part of "cette journée"), "dès l'aube"
        "daypart": [*lx.day_parts, "journée", "mi-journée", "aube"],
        "weekday": list(lx.weekdays),
        "unit": units,
        "yearword": ["année", "an", "semaine", "mois"],
        "anchday": list(lx.anchored_days),
        "sameday": ["jour", "même", "là"],
        "holiday": list(lx.holidays),
        "now": list(lx.now_words),
        "time": ["midi", "minuit"],
    }
    out: dict[str, set[str]] = {}
    for cls, forms in classes.items():
        for form in forms:
            parts = [p for p in _TOKEN.findall(form.lower()) if p not in _STOP or form.lower() == p]
            for p in parts or _TOKEN.findall(form.lower())[-1:]:
                out.setdefault(p, set()).add(cls)
    return {k: frozenset(v) for k, v in out.items()}


_CLOCK = re.compile(r"\d{1,2}h\d{0,2}")


_RULE_TRIGGER = {
    "date": "month",
    "numeric": "numeric",
    "dayrange": "month",
    "daylist": "month",
    "monthrange": "month",
    "month": "month",
    "yearrange": "digits",
    "year": "digits",
    "decade": "decade",
    "century": "century",
    "season": "season",
    "ordpart": "ordpart",
    "dctday": "dctday",
    "thispart": "daypart",
    "weekday": "weekday",
    "nightspan": "weekday",
    "nightdays": "daypart",
    "wdaynum": "weekday",
    "monthday": "daypart",
    "bareday": "numeric",
    "ordwday": "weekday",
    "relunit": "unit",
    "partunit": "yearword",
    "ago": "unit",
    "ahead": "unit",
    "within": "unit",
    "shift": "unit",
    "anchday": "anchday",
    "sameday": "sameday",
    "recent": "unit",
    "daypart": "daypart",
    "time": "time",
    "holiday": "holiday",
    "now": "now",
}
_REACH = 60  # characters a hit may extend on either side of its trigger word


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \\w matches


def _plain(c: str) -> bool:
    """A character lower-cased into one character of the same kind (word or not, digit or not)."""
    low = c.lower()
    return len(low) == 1 and _is_word_char(low) == _is_word_char(c) and low.isdigit() == c.isdigit()


# Latin letters, punctuation, the euro sign: news French is written with these; a text with any other
# character is scanned word by word (the slow, general way)
_COMMON = [chr(i) for r in ((0, 0x250), (0x2000, 0x2070), (0x20AC, 0x20AD)) for i in range(*r)]
_UNCOMMON = re.compile("[^" + "".join(re.escape(c) for c in _COMMON if _plain(c)) + "]")
_DIGIT_START = "".join(re.escape(c) for c in _COMMON if c.isdigit())


def _trigger_scan(trigger_words: dict[str, frozenset[str]]) -> re.Pattern[str] | None:
    """One pattern finding, in a lower-cased text, the words `_points` looks at: the tokens starting with a
    digit and the trigger words. None when a trigger word holds an uncommon character."""
    keys = [k for k in trigger_words if not k[0].isdigit()]
    if any(_UNCOMMON.search(k) for k in keys):
        return None
    return re.compile(rf"{B}(?:(?P<num>[{_DIGIT_START}]\w*)|(?:{trie_alternation(keys)}){E})")


def _previous_word(text: str, start: int) -> str:
    """The word (a \\w+ run) before `start`, lower case; "" at the start of the text."""
    i = start
    while i > 0 and not _is_word_char(text[i - 1]):
        i -= 1
    j = i
    while j > 0 and _is_word_char(text[j - 1]):
        j -= 1
    return text[j:i].lower()


@dataclass(frozen=True)
class Patterns:
    lexicon: Lexicon
    compiled: tuple[tuple[str, re.Pattern[str]], ...]
    trigger_words: dict[str, frozenset[str]]
    scan: re.Pattern[str] | None = None

    def _points(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """The spans of the trigger words of each class, in text order (every word looked at)."""
        points: dict[str, list[tuple[int, int]]] = {cls: [] for cls in _RULE_TRIGGER.values()}
        prev = ""
        for m in _TOKEN.finditer(text):
            word = m.group().lower()
            if word[0].isdigit():
                self._digit_point(text, word, m.start(), m.end(), prev, points)
            else:
                classes = self.trigger_words.get(word)
                if classes and not (word == "été" and prev in _AUX_BEFORE_ETE):
                    for cls in classes:
                        points[cls].append((m.start(), m.end()))
            prev = word
        return points

    def _scanned_points(self, text: str, scan: re.Pattern[str]) -> dict[str, list[tuple[int, int]]]:
        """What `_points` gives, looking only at the words the scan pattern finds in the lower-cased text
        (same length and same words when every character is common); the previous word, when it matters, is
        read back from the text."""
        points: dict[str, list[tuple[int, int]]] = {cls: [] for cls in _RULE_TRIGGER.values()}
        for m in scan.finditer(text.lower()):
            start, end = m.span()
            word = text[start:end].lower()
            if m.start("num") >= 0:
                prev = _previous_word(text, start) if len(word) == 2 else ""
                self._digit_point(text, word, start, end, prev, points)
                continue
            classes = self.trigger_words.get(word)
            if classes and not (word == "été" and _previous_word(text, start) in _AUX_BEFORE_ETE):
                for cls in classes:
                    points[cls].append((start, end))
        return points

    @staticmethod
    def _digit_point(
        text: str, word: str, start: int, end: int, prev: str, points: dict[str, list[tuple[int, int]]]
    ) -> None:
        """Digits trigger years, numeric dates and clock times by their shape."""
        after = text[end : end + 2]
        if word.isdigit():
            if len(word) == 4 or (len(word) == 2 and prev in ("en", "an")):
                points["digits"].append((start, end))
            if after[:1] in ("/", ".", "-") and after[1:2].isdigit():
                points["numeric"].append((start, end))
            if len(word) <= 2 and prev == "le" and after[:1] == ",":
                points["numeric"].append((start, end))  # "Cinq jours plus tard, le 16, ..."
            if len(word) <= 2 and (after[:1] in ("h", "H") or after in (" h", " H")):
                points["time"].append((start, end))
        elif _CLOCK.fullmatch(word):
            points["time"].append((start, end))

    def _windows(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Merged [start, end) windows around the trigger words of each class (one pass over the words;
        digits trigger years, numeric dates and clock times by their shape)."""
        n = len(text)
        scan = self.scan
        common = scan is not None and _UNCOMMON.search(text) is None
        points = self._scanned_points(text, scan) if scan is not None and common else self._points(text)
        out: dict[str, list[tuple[int, int]]] = {}
        for cls, hits in points.items():
            spans: list[tuple[int, int]] = []
            for s, e in hits:
                a, b = max(0, s - _REACH), min(n, e + _REACH)
                if spans and a <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], b))
                else:
                    spans.append((a, b))
            out[cls] = spans
        return out

    def hits(self, text: str) -> list[Candidate]:
        """Every hit of every rule, by preference: longest first, then higher priority, then earlier.
        Rules only run in the windows around their trigger words (lookbehinds still see the whole text)."""
        windows = self._windows(text)
        found: list[Candidate] = []
        for name, rx in self.compiled:
            for a, b in windows[_RULE_TRIGGER[name]]:
                for m in rx.finditer(text, a, b):
                    if m.end() > m.start():
                        found.append(Candidate(name, m.start(), m.end(), m, _PRIORITY.get(name, 5)))
        found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
        return found


def compile_patterns(lx: Lexicon) -> Patterns:
    rules = tuple((n, re.compile(p, re.IGNORECASE)) for n, p in _rules(lx))
    words = _trigger_words(lx)
    return Patterns(lx, rules, words, _trigger_scan(words))


PATTERNS = compile_patterns(load())
