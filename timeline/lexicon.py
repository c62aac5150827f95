"""Actor lexicon: canonical persons, countries, organisations and dated roles, and a fast alias matcher.

Knowledge is data: `data/actors.json` (persons, organisations, roles with dated holders, ministry
portfolios), `data/countries.json` (curated short names, adjectives, metonyms, blocked phrases) and
pycountry's French ISO 3166 catalogue (the French name of every country). This module loads them once,
validates them (raising `LexiconError`) and matches aliases in a text.

Matching works on a *key string*: the text lower-cased, accents stripped, every non alphanumeric character
turned into a space, with exactly the same length as the text, so offsets need no mapping. Aliases are
tuples of key words; the longest alias starting at a word wins. Case matters only where it must: an alias
written with a capital needs a capital in the text ("Chine" but not "chine"), an acronym needs capitals
("ONU", not "onu"), a lower-case alias (adjectives, roles) matches any case.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, Literal

from timeline.errors import LexiconError

Kind = Literal["person", "country", "organisation"]
TargetKind = Literal["person", "country", "organisation", "role", "adjective", "blocked"]
Case = Literal["any", "title", "upper"]

_WORD = re.compile(r"[a-z0-9]+")


def _build_key_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x250):
        ch = chr(cp)
        if ch.isalnum():
            base = unicodedata.normalize("NFKD", ch)[0].lower()
            table[cp] = base if len(base) == 1 and base.isascii() and base.isalnum() else ch.lower()[:1]
        else:
            table[cp] = " "
    for ch in "\u2019\u2018\u02bc\u2010\u2011\u2012\u2013\u2014\u00ab\u00bb\u201c\u201d\u2022\u00a0\u202f":
        table[ord(ch)] = " "
    return table


_KEY_TABLE = _build_key_table()


def key_string(text: str) -> str:
    """`text` lower-cased, unaccented, non-alphanumerics as spaces; same length as `text`."""
    out = text.translate(_KEY_TABLE)
    if len(out) != len(text):  # a character outside the table expanded: fall back char by char
        out = "".join(c if len(c) == 1 else " " for c in (ch.translate(_KEY_TABLE) for ch in text))
    return out


def key_words(text: str) -> tuple[str, ...]:
    """The key words of `text` ("Kim Jong-Un" -> ("kim", "jong", "un"))."""
    return tuple(_WORD.findall(key_string(text)))


def case_rule(alias: str) -> Case:
    """How an alias constrains the case of the text it matches (see module docstring)."""
    letters = [c for c in alias if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "upper"
    if letters and letters[0].isupper():
        return "title"
    return "any"


@dataclass(frozen=True)
class Actor:
    """A canonical actor. `country` is an ISO 3166 alpha-2 id (or a historic id such as SU)."""

    id: str
    kind: Kind
    name: str
    country: str | None = None
    implies_country: bool = False
    parent: str | None = None


@dataclass(frozen=True)
class Holder:
    person: str
    start: date
    end: date | None


@dataclass(frozen=True)
class Role:
    """A title whose holder depends on the date ("le président russe")."""

    id: str
    label: str
    country: str | None
    holders: tuple[Holder, ...]
    organisation: str | None = None
    """The organisation the role belongs to ("procureur de la CPI" -> CPI), named with it."""

    def holder(self, when: date | None) -> str | None:
        """Id of the person holding the role on `when` (the latest holder when the date is unknown)."""
        if when is None:
            return self.holders[-1].person if self.holders and self.holders[-1].end is None else None
        for h in self.holders:
            if h.start <= when and (h.end is None or when < h.end):
                return h.person
        return None


@dataclass(frozen=True)
class Target:
    """What an alias stands for."""

    kind: TargetKind
    id: str
    case: Case


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    targets: tuple[Target, ...]
    word_index: int
    """Index of the first matched word in the document's key words (for context checks)."""
    words: tuple[str, ...] = ()
    """The matched key words."""


@dataclass
class Lexicon:
    actors: dict[str, Actor]
    roles: dict[str, Role]
    index: dict[tuple[str, ...], list[Target]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    adjectives: dict[str, str] = field(default_factory=dict)
    """Masculine singular adjective of each country id that has one ("KR" -> "sud-coréen")."""
    portfolios: dict[tuple[str, ...], str] = field(default_factory=dict)
    """Ministry portfolios: key words -> written form ("defense" -> "de la Défense")."""
    person_titles: frozenset[str] = frozenset()
    """Key words of titles that precede a surname ("general", "m", "ministre")."""
    organisation_heads: frozenset[str] = frozenset()
    """Key words that open an organisation name ("institut", "agence")."""
    strong_titles: frozenset[str] = frozenset()
    """Key words of titles always followed by a name ("general", "mme"): the shape rule for persons."""
    first_names: frozenset[tuple[str, ...]] = frozenset()
    """Key words of common given names ("jean", "pierre"), for persons the lexicon does not know."""

    def add(self, alias: str, target_kind: TargetKind, target_id: str, case: Case | None = None) -> None:
        words = key_words(alias)
        if not words:
            raise LexiconError(f"alias vide pour {target_id!r}")
        if target_kind == "blocked":
            target_id = " ".join(words)
        t = Target(target_kind, target_id, case or case_rule(alias))
        lst = self.index.setdefault(words, [])
        if t not in lst:
            lst.append(t)

    def finish(self) -> None:
        firsts: dict[str, set[int]] = {}
        for words in self.index:
            firsts.setdefault(words[0], set()).add(len(words))
        self.lengths = {w: tuple(sorted(n, reverse=True)) for w, n in firsts.items()}

    def country_name(self, cid: str) -> str:
        return self.actors[cid].name

    def find(self, text: str, key: str | None = None) -> list[Match]:
        """Non-overlapping alias matches in `text`, longest first at each word, in text order."""
        key = key if key is not None else key_string(text)
        spans = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(key)]
        words = [w for _, _, w in spans]
        out: list[Match] = []
        i, n = 0, len(words)
        while i < n:
            lengths = self.lengths.get(words[i])
            hit = None
            if lengths:
                for length in lengths:
                    if i + length > n:
                        continue
                    targets = self.index.get(tuple(words[i : i + length]))
                    if not targets:
                        continue
                    start, end = spans[i][0], spans[i + length - 1][1]
                    surface = text[start:end]
                    ok = tuple(t for t in targets if _case_ok(t.case, surface))
                    if ok:
                        hit = Match(start, end, ok, i, tuple(words[i : i + length]))
                        i += length
                        break
            if hit is not None:
                out.append(hit)
            else:
                i += 1
        return out


def _case_ok(case: Case, surface: str) -> bool:
    if case == "any":
        return True
    if case == "title":
        return surface[:1].isupper()
    letters = [c for c in surface if c.isalpha()]
    return all(c.isupper() for c in letters)


def inflect(adjective: str) -> list[str]:
    """Regular French inflections of a masculine singular adjective ("russe", "coréen" -> "coréennes")."""
    a = adjective
    if a.endswith("e"):
        return [a, a + "s"]
    if a.endswith(("ais", "ois", "s")):
        return [a, a + "e", a + "es"]
    if a.endswith("en"):
        return [a, a + "s", a + "ne", a + "nes"]
    if a.endswith("c"):  # turc -> turque, grec -> grecque
        stem = a if a.endswith("ec") else a[:-1]
        return [a, a + "s", stem + "que", stem + "ques"]
    if a.endswith("i"):
        return [a, a + "s", a + "e", a + "es"]
    return [a, a + "s", a + "e", a + "es"]


def _short_country_name(fr_name: str) -> str:
    """'Bolivie, état plurinational de' -> 'Bolivie'; 'Salomon, Îles' -> 'Îles Salomon'."""
    if ", " not in fr_name:
        return fr_name
    head, tail = fr_name.split(", ", 1)
    if tail in {"Îles", "Île"}:
        return f"{tail} {head}"
    return head


def _data(name: str) -> Any:
    try:
        raw = resources.files("timeline").joinpath("data", name).read_text(encoding="utf-8")
        return json.loads(raw)
    except (OSError, ValueError) as exc:
        raise LexiconError(f"fichier de lexique illisible : timeline/data/{name} ({exc})") from exc


def _french_catalogue() -> gettext.NullTranslations:
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError as exc:  # pragma: no cover - depends on the installed pycountry
        raise LexiconError(f"catalogue français de pycountry introuvable ({exc})") from exc


def _parse_date(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise LexiconError(f"date invalide {value!r} dans {where} (actors.json)") from exc


def _add_countries(lex: Lexicon, data: dict[str, Any]) -> None:
    import pycountry

    fr = _french_catalogue()
    curated: dict[str, dict[str, Any]] = data.get("countries", {})
    excluded = set(data.get("excluded_names", []))
    for c in pycountry.countries:
        cid = c.alpha_2
        entry = curated.get(cid, {})
        fr_name = fr.gettext(c.name)
        name = entry.get("name") or _short_country_name(fr_name)
        lex.actors[cid] = Actor(cid, "country", name, cid, True)
        names = {name, fr_name, _short_country_name(fr_name)}
        official = getattr(c, "official_name", None)
        if official:
            names.add(fr.gettext(official))
        for alias in names:
            if alias not in excluded and ", " not in alias and "(" not in alias:
                lex.add(alias, "country", cid)
    unknown = set(curated) - set(lex.actors)
    historic: dict[str, dict[str, Any]] = data.get("historic", {})
    for cid in set(historic) | unknown:
        entry = historic.get(cid) or curated[cid]
        lex.actors[cid] = Actor(cid, "country", entry["name"], cid, True)
        lex.add(entry["name"], "country", cid)
    for cid, entry in list(curated.items()) + list(historic.items()):
        for alias in entry.get("aliases", []) + entry.get("metonyms", []):
            lex.add(alias, "country", cid)
        adjs = entry.get("adjectives", [])
        if adjs:
            lex.adjectives[cid] = adjs[0]
        for adj in adjs:
            for form in inflect(adj):
                lex.add(form, "adjective", cid, "any")
    for phrase in data.get("blocked", []):
        lex.add(phrase, "blocked", phrase, "any")


def _add_actors(lex: Lexicon, data: dict[str, Any]) -> None:
    for raw in data.get("actors", []):
        try:
            aid, kind, name = raw["id"], raw["kind"], raw["name"]
        except KeyError as exc:
            raise LexiconError(f"acteur sans champ {exc} dans actors.json : {raw}") from exc
        if aid in lex.actors:
            raise LexiconError(f"identifiant d'acteur en double dans actors.json : {aid}")
        if kind not in ("person", "organisation"):
            raise LexiconError(f"type d'acteur inconnu {kind!r} pour {aid} (actors.json)")
        country = raw.get("country")
        implies = bool(raw.get("implies_country", kind == "person"))
        lex.actors[aid] = Actor(aid, kind, name, country, implies and country is not None, raw.get("parent"))
        for alias in [name, *raw.get("aliases", [])]:
            lex.add(alias, kind, aid)
    for raw in data.get("roles", []):
        where = raw["id"]
        holders = tuple(
            Holder(h["person"], _parse_date(h["from"], where) or date.min, _parse_date(h.get("to"), where))
            for h in raw.get("holders", [])
        )
        lex.roles[raw["id"]] = Role(
            raw["id"], raw["label"], raw.get("country"), holders, raw.get("organisation")
        )
        for alias in raw.get("aliases", []):
            lex.add(alias, "role", raw["id"], "any")
    for key, written in data.get("ministry_portfolios", {}).items():
        lex.portfolios[key_words(key)] = written
    lex.person_titles = frozenset(w for t in data.get("person_titles", []) for w in key_words(t))
    lex.organisation_heads = frozenset(key_words(h)[0] for h in data.get("organisation_heads", []))
    lex.strong_titles = frozenset(w for t in data.get("person_titles_strong", []) for w in key_words(t))
    lex.first_names = frozenset(key_words(n) for n in data.get("first_names", []))


def validate(lex: Lexicon, ambiguous: set[tuple[str, ...]] | None = None) -> list[str]:
    """Problems of a loaded lexicon: unknown country or person ids, aliases claimed by two actors."""
    problems: list[str] = []
    for a in lex.actors.values():
        if a.country is not None and (a.country not in lex.actors or lex.actors[a.country].kind != "country"):
            problems.append(f"{a.id}: pays inconnu {a.country!r}")
        if a.parent is not None and a.parent not in lex.actors:
            problems.append(f"{a.id}: parent inconnu {a.parent!r}")
    for r in lex.roles.values():
        if r.country is not None and r.country not in lex.actors:
            problems.append(f"{r.id}: pays inconnu {r.country!r}")
        if r.organisation is not None and r.organisation not in lex.actors:
            problems.append(f"{r.id}: organisation inconnue {r.organisation!r}")
        for h in r.holders:
            if lex.actors.get(h.person) is None or lex.actors[h.person].kind != "person":
                problems.append(f"{r.id}: titulaire inconnu {h.person!r}")
    for words, targets in lex.index.items():
        by_case: dict[Case, set[tuple[str, str]]] = {}
        for t in targets:
            by_case.setdefault(t.case, set()).add((t.kind, t.id))
        for case, ids in by_case.items():
            if len(ids) > 1 and words not in (ambiguous or set()):
                problems.append(f"alias {' '.join(words)!r} ({case}) revendiqué par {sorted(ids)}")
    return problems


@cache
def load_lexicon() -> Lexicon:
    """The lexicon built from the data files (loaded once; raises LexiconError when a file is invalid)."""
    lex = Lexicon({}, {})
    countries = _data("countries.json")
    actors = _data("actors.json")
    _add_countries(lex, countries)
    _add_actors(lex, actors)
    lex.finish()
    ambiguous = {key_words(a) for a in actors.get("ambiguous", [])}
    problems = validate(lex, ambiguous)
    if problems:
        raise LexiconError("lexique des acteurs invalide : " + "; ".join(problems[:10]))
    return lex
