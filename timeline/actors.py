"""Who every sentence is about: canonical persons, countries and organisations, plus its topics.

Reads a spaCy Doc made by `timeline.nlp.parse_many` (sentences, lookup lemmas, gated NER, and the lexicon
matches stored in ``doc.user_data["frise_matches"]``) and writes nothing: `analyse_sentences` returns one
`SentenceInfo` per sentence.

Sources of actors, in order of trust:

1. the lexicon (`timeline.lexicon`): aliases of persons, organisations, countries, metonyms ("Moscou",
   "le Kremlin"), adjectives ("sud-coréen") and dated roles ("le président russe" -> holder on the
   publication date; "l'ancien président russe" is not resolved);
2. a rule for ministries qualified by a country ("le ministère de la Défense sud-coréen",
   "le ministère russe des Affaires étrangères");
3. spaCy's NER for people and organisations the lexicon does not know, filtered for precision (shape,
   stop words, common French words, titles) and merged within the document: a surname alone is the
   fullest name seen in the document that contains it ("Desportes" -> "Vincent Desportes").

Countries also come from the people and state institutions named (a leader implies their country).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from timeline.lexicon import Lexicon, Match, key_string, key_words, load_lexicon
from timeline.nlp import common_words, doc_text, sentences
from timeline.temporal import read_header
from timeline.topics import assign_topics

MentionKind = Literal["person", "country", "organisation"]

_INDEFINITE = {"un", "une", "aucun", "aucune", "chaque", "autre", "tout", "haut", "haute"}
"""Words right before a role that make it someone, not the holder ("un haut dirigeant russe")."""
_NOT_CURRENT = {
    "ancien",
    "ancienne",
    "anciens",
    "ex",
    "futur",
    "future",
    "feu",
    "prochain",
    "prochaine",
    "precedent",
    "precedente",
    "predecesseur",
    "successeur",
    "defunt",
    "defunte",
}
_PARTICLES = {
    "de",
    "du",
    "des",
    "d",
    "von",
    "van",
    "der",
    "den",
    "al",
    "el",
    "ben",
    "bin",
    "da",
    "di",
    "le",
    "la",
    "y",
    "ibn",
    "abou",
    "abu",
    "mac",
    "mc",
    "st",
    "saint",
}
_LINKS = {"de", "du", "von", "van", "al", "el", "ben", "bin"}
_MINISTRY_LINKS = {"de", "la", "l", "des", "du", "d"}


@dataclass(frozen=True)
class SentenceInfo:
    """One sentence of a document: offsets into the original text, its actors and topics."""

    start: int
    end: int
    text: str
    persons: tuple[str, ...]
    countries: tuple[str, ...]
    organisations: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """An actor found at `start` (canonical name), with the country it implies, if any."""

    start: int
    end: int
    kind: MentionKind
    name: str
    implied_country: str | None = None


def _add_actor(lex: Lexicon, out: list[Mention], start: int, end: int, actor_id: str) -> None:
    a = lex.actors[actor_id]
    implied = lex.country_name(a.country) if a.implies_country and a.country else None
    out.append(Mention(start, end, a.kind, a.name, implied))
    if a.parent is not None:
        _add_actor(lex, out, start, end, a.parent)


def _foreign_qualifier(lex: Lexicon, matches: list[Match], i: int, words: list[str]) -> str | None:
    """Country id of an adjective right after a state body of another country ("Sénat" + "italien")."""
    if i + 1 >= len(matches):
        return None
    m, nxt = matches[i], matches[i + 1]
    if nxt.word_index != m.word_index + len(m.words):
        return None
    for t in nxt.targets:
        if t.kind == "adjective":
            for own in m.targets:
                if own.kind == "organisation" and lex.actors[own.id].country not in (None, t.id):
                    return t.id
    return None


def lexicon_mentions(
    lex: Lexicon, matches: Iterable[Match], words: list[str], published: date | None, text: str = ""
) -> list[Mention]:
    """Mentions from lexicon matches; roles resolved by `published` unless qualified as former/future."""
    out: list[Mention] = []
    matches = list(matches)
    for i, m in enumerate(matches):
        targets = list({(t.kind, t.id): t for t in m.targets}.values())
        if any(t.kind == "blocked" for t in targets):
            continue
        qualifier = _foreign_qualifier(lex, matches, i, words)
        for t in targets:
            if t.kind == "organisation" and qualifier is not None and lex.actors[t.id].implies_country:
                # "l'Assemblée nationale sud-coréenne": that country's body, not the French one
                nxt = matches[i + 1]
                adjective = text[nxt.start : nxt.end].lower() or lex.adjectives.get(qualifier, "")
                name = f"{lex.actors[t.id].name} {adjective}".strip()
                out.append(Mention(m.start, m.end, "organisation", name, lex.country_name(qualifier)))
            elif t.kind in ("person", "organisation", "country"):
                _add_actor(lex, out, m.start, m.end, t.id)
            elif t.kind == "adjective":
                out.append(Mention(m.start, m.end, "country", lex.country_name(t.id)))
            elif t.kind == "role":
                role = lex.roles[t.id]
                if role.country:
                    out.append(Mention(m.start, m.end, "country", lex.country_name(role.country)))
                if role.organisation:
                    _add_actor(lex, out, m.start, m.end, role.organisation)
                before = words[max(0, m.word_index - 2) : m.word_index]
                if _NOT_CURRENT & set(before) or (before and before[-1] in _INDEFINITE):
                    continue
                holder = role.holder(published)
                if holder is not None:
                    _add_actor(lex, out, m.start, m.end, holder)
    return out


def _country_at(lex: Lexicon, words: list[str], i: int) -> tuple[str, int] | None:
    """A country named by an adjective or a name at word `i`: (country id, words used)."""
    for n in (4, 3, 2, 1):
        targets = lex.index.get(tuple(words[i : i + n]))
        if targets and len(words[i : i + n]) == n:
            for t in targets:
                if t.kind in ("adjective", "country") and lex.actors[t.id].kind == "country":
                    return t.id, n
    return None


def _portfolio_at(lex: Lexicon, words: list[str], i: int) -> tuple[str, int] | None:
    for n in (5, 4, 3, 2, 1):
        written = lex.portfolios.get(tuple(words[i : i + n]))
        if written is not None:
            return written, n
    return None


def ministry_mentions(lex: Lexicon, spans: list[tuple[int, int, str]]) -> list[Mention]:
    """'ministère [adj] de la Défense [adj | de la <pays>]' -> "ministère de la Défense <adj>" + country."""
    words = [w for _, _, w in spans]
    out: list[Mention] = []
    for i, w in enumerate(words):
        if w not in ("ministere", "ministeres"):
            continue
        j = i + 1
        country = _country_at(lex, words, j)
        if country is not None:
            j += country[1]
        while j < len(words) and words[j] in _MINISTRY_LINKS:
            j += 1
        portfolio = _portfolio_at(lex, words, j)
        if portfolio is None:
            continue
        j += portfolio[1]
        if country is None:
            k = j
            while k < len(words) and k < j + 2 and words[k] in _MINISTRY_LINKS:
                k += 1
            country = _country_at(lex, words, k) if k < len(words) else None
            if country is not None:
                j = k + country[1]
        if country is None:
            continue
        cid = country[0]
        adjective = lex.adjectives.get(cid)
        where = adjective if adjective else f"({lex.country_name(cid)})"
        name = f"ministère {portfolio[0]} {where}"
        end = spans[min(j, len(spans)) - 1][1]
        out.append(Mention(spans[i][0], end, "organisation", name, lex.country_name(cid)))
    return out


def _is_common(word: str, common: Container[str]) -> bool:
    low = word.lower()
    return low in STOP_WORDS or low in common


@dataclass(frozen=True)
class _Word:
    """A word of the document with hyphenated pieces glued back ("Min-jong", not "Min" "-" "jong")."""

    start: int
    end: int
    text: str


def _words(doc: Doc) -> list[_Word]:
    text = doc_text(doc)
    out: list[_Word] = []
    for tok in doc:
        if tok.is_space:
            continue
        start = tok.idx
        end = start + len(tok.text)
        if out and out[-1].end == start and (tok.text == "-" or out[-1].text.endswith("-")):
            out[-1] = _Word(out[-1].start, end, text[out[-1].start : end])
        else:
            out.append(_Word(start, end, tok.text))
    return out


def _name_word(t: str) -> bool:
    """A capitalised word that can be part of a person's name ("Guillard", "Jong-Un"; not "LCI", "2024")."""
    return (
        t[:1].isupper()
        and t.replace("-", "").replace("'", "").isalpha()
        and not (len(t) > 1 and t.isupper())
        and t.lower() not in STOP_WORDS
    )


def _trim_name(name: list[_Word], common: Container[str]) -> list[_Word]:
    while name and not _name_word(name[-1].text):
        name = name[:-1]
    return name


def _ent_person(
    ent: Span, words: list[_Word], starts: list[int], lex: Lexicon, common: Container[str], covered: bytearray
) -> tuple[list[_Word], bool] | None:
    """The name words of a PER entity without titles or lexicon words, and whether a title precedes it."""
    i = bisect_left(starts, ent.start_char)
    j = bisect_left(starts, ent.end_char)
    inside = [w for w in words[i:j] if not covered[w.start] and w.text[:1].isalnum()]
    titled = False
    while inside and (
        key_string(inside[0].text).strip() in lex.person_titles or inside[0].text.lower() in STOP_WORDS
    ):
        titled = titled or key_string(inside[0].text).strip() in lex.person_titles
        inside = inside[1:]
    if not inside:
        return None
    k = words.index(inside[0], i)
    if k > 0 and key_string(words[k - 1].text).strip() in lex.strong_titles:
        titled = True
    if not 1 <= len(inside) <= 4 or words[k : k + len(inside)] != inside:
        return None
    before = words[k - 1] if k > 0 else None
    if (
        before is not None
        and before.end + 1 == inside[0].start
        and _name_word(before.text)
        and not covered[before.start]
        and before.text.lower() not in common
        and not before.text.lower().endswith("ment")
        and key_string(before.text).strip() not in lex.person_titles | lex.strong_titles
        and len(inside) < 4
    ):
        inside = [before, *inside]  # NER often leaves out a first name opening the sentence ("Greta")
    for w in inside:
        if not (w.text.lower() in _PARTICLES and w.text[:1].islower()) and not _name_word(w.text):
            return None
    if not _name_word(inside[0].text) or not _name_word(inside[-1].text):
        return None
    if all(_is_common(w.text, common) for w in inside):
        return None
    return inside, titled


def _rule_persons(
    words: list[_Word],
    lex: Lexicon,
    common: Container[str],
    covered: bytearray,
    demonym_ends: frozenset[int] = frozenset(),
) -> list[tuple[list[_Word], bool]]:
    """Persons by shape: a given name, a title ("le général") or a demonym ("l'Américain") followed by
    capitalised words the lexicon does not know."""
    out: list[tuple[list[_Word], bool]] = []
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        k = key_string(w.text).strip()
        titled = k in lex.strong_titles
        given = w.text[:1].isupper() and not covered[w.start] and tuple(k.split()) in lex.first_names
        after_demonym = (
            not given
            and i > 0
            and words[i - 1].end in demonym_ends
            and not covered[w.start]
            and _name_word(w.text)
        )
        if not (titled or given or after_demonym):
            i += 1
            continue
        titled = titled or after_demonym
        j = i if after_demonym else i + 1
        if titled and j < n and words[j].text == ".":
            j += 1
        name: list[_Word] = [w] if given else []
        while j < n and len(name) < 4:
            t = words[j]
            if covered[t.start]:
                break
            if _name_word(t.text):
                name.append(t)
            elif name and t.text.lower() in _LINKS and j + 1 < n and _name_word(words[j + 1].text):
                name.append(t)  # "Charles de Gaulle", not "le maire de Sébastopol"
            else:
                break
            j += 1
        surnames = name[1:] if given else name
        if surnames:
            out.append((_trim_name(name, common), titled))
            i = j
        else:
            i += 1
    return out


def _fullest(names: list[tuple[tuple[str, ...], str]], words: set[str], name: str) -> str | None:
    best = max(
        ((len(kw), n) for kw, n in names if words < set(kw) or (words == set(kw) and len(n) > len(name))),
        default=None,
    )
    return best[1] if best else None


_CAPITALISED_WORD = re.compile(r"(?<![\w-])[A-Z\u00c0-\u00d6\u00d8-\u00de][\w-]+")


def _surname_mentions(
    text: str,
    covered: bytearray,
    full_names: list[tuple[tuple[str, ...], str]],
    found: list[Mention],
) -> list[Mention]:
    """A surname alone ("Castagnède") that ends exactly one full name of the document is that person."""
    by_surname: dict[str, set[str]] = {}
    for words, name in full_names:
        if len(words) > 1:
            by_surname.setdefault(words[-1], set()).add(name)
    if not by_surname:
        return []
    taken = bytearray(covered)
    for f in found:
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    out: list[Mention] = []
    for m in _CAPITALISED_WORD.finditer(text):
        if taken[m.start()]:
            continue
        word = m.group()
        if word.lower() in STOP_WORDS or len(word) < 3:
            continue
        names = by_surname.get(key_string(word).strip())
        if names and len(names) == 1:
            out.append(Mention(m.start(), m.end(), "person", next(iter(names))))
    return out


def unknown_mentions(
    doc: Doc,
    lex: Lexicon,
    known: list[Mention],
    common: Container[str],
    demonym_ends: frozenset[int] = frozenset(),
) -> list[Mention]:
    """Persons (NER and shape rules) and organisations (NER) the lexicon did not find, in fullest form."""
    covered = bytearray(len(doc_text(doc)) + 1)
    for m in known:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    text = doc_text(doc)
    words = _words(doc)
    starts = [w.start for w in words]
    candidates = _rule_persons(words, lex, common, covered, demonym_ends)
    orgs: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ == "PER":
            cleaned = _ent_person(ent, words, starts, lex, common, covered)
            if cleaned is not None:
                candidates.append(cleaned)
        elif ent.label_ == "ORG":
            if any(covered[t.idx] for t in ent):
                continue
            toks = [t for t in ent if not t.is_space]
            while toks and (toks[0].lower_ in STOP_WORDS or toks[0].is_punct):
                toks = toks[1:]
            while toks and toks[-1].is_punct:
                toks = toks[:-1]
            if len(toks) < 2 or key_string(toks[0].text).strip() not in lex.organisation_heads:
                continue
            if len(toks) > 8 or any(t.is_punct and t.text not in "-'" for t in toks):
                continue
            if toks[-1].lower_ in STOP_WORDS:
                continue
            if not toks[0].text[:1].isupper():
                continue
            orgs.append((ent.start_char, ent.end_char, text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]))
    persons: dict[int, tuple[int, str, bool]] = {}
    for name_words, titled in candidates:
        if not name_words:
            continue
        start, end = name_words[0].start, name_words[-1].end
        name = text[start:end]
        if start not in persons or len(name) > len(persons[start][1]):
            persons[start] = (end, name, titled or persons.get(start, (0, "", False))[2])
    out: list[Mention] = []
    unique = dict.fromkeys([m.name for m in known if m.kind == "person"] + [p[1] for p in persons.values()])
    full_names = [(key_words(n), n) for n in unique]
    fullest: dict[str, str | None] = {}
    for start, (end, name, titled) in persons.items():
        name_keys = set(key_words(name))
        if name not in fullest:
            fullest[name] = _fullest(full_names, name_keys, name)
        best = fullest[name]
        if best is not None:
            out.append(Mention(start, end, "person", best))
        elif len(name_keys) > 1 or titled:
            out.append(Mention(start, end, "person", name))
    out += _surname_mentions(doc_text(doc), covered, full_names, out)
    org_names = [(key_words(n), n) for n in dict.fromkeys(n for _, _, n in orgs)]
    for start, end, name in orgs:
        best = _fullest(org_names, set(key_words(name)), name)
        out.append(Mention(start, end, "organisation", best or name))
    return out


def document_mentions(doc: Doc, published: date | None) -> list[Mention]:
    """All actor mentions of a parsed document, sorted by offset."""
    lex = load_lexicon()
    clean = doc_text(doc)
    key = doc.user_data.get("frise_key") or key_string(clean)
    matches = doc.user_data.get("frise_matches")
    if matches is None:
        matches = lex.find(clean, key)
    spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[a-z0-9]+", key)]
    words = [w for _, _, w in spans]
    mentions = lexicon_mentions(lex, matches, words, published, clean)
    mentions += ministry_mentions(lex, spans)
    demonym_ends = frozenset(
        m.end
        for m in matches
        if clean[m.start : m.start + 1].isupper() and any(t.kind == "adjective" for t in m.targets)
    )
    mentions += unknown_mentions(doc, lex, mentions, common_words(), demonym_ends)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _lemmas(ids: Iterable[int], strings: StringStore, cache: dict[int, str]) -> list[str]:
    out: list[str] = []
    for h in ids:
        h = int(h)
        word = cache.get(h)
        if word is None:
            word = cache[h] = strings[h]
        out.append(word)
    return out


def analyse_sentences(doc: Doc, text: str, published: date | None) -> list[SentenceInfo]:
    """One SentenceInfo per non-blank sentence of `doc` (offsets and text taken from `text`); a header
    line ("date 2024-06-18", see `timeline.temporal.read_header`) is left out of the first sentence."""
    clean = doc_text(doc)
    if len(text) != len(clean):
        raise ValueError("analyse_sentences: the Doc must be parsed from this text (same length)")
    mentions = document_mentions(doc, published)
    out: list[SentenceInfo] = []
    k = 0
    lemma_ids = doc.to_array(["LEMMA"])
    strings = doc.vocab.strings
    lemma_cache: dict[int, str] = {}
    body = read_header(text)[1]  # a leading "date 2024-06" line is metadata, not part of a sentence
    for sent in sentences(doc):
        start, end = max(sent.start_char, body), sent.end_char
        if start >= end:
            continue
        raw = clean[start:end]  # bullets and control characters are spaces here: trim them too
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        while k < len(mentions) and mentions[k].start < sent.start_char:
            k += 1
        here: list[Mention] = []
        j = k
        while j < len(mentions) and mentions[j].start < sent.end_char:
            here.append(mentions[j])
            j += 1
        persons = _unique(m.name for m in here if m.kind == "person")
        organisations = _unique(m.name for m in here if m.kind == "organisation")
        countries = _unique([m.name if m.kind == "country" else m.implied_country or "" for m in here])
        out.append(
            SentenceInfo(
                start=start,
                end=end,
                text=text[start:end],
                persons=persons,
                countries=tuple(c for c in countries if c),
                organisations=organisations,
                topics=assign_topics(
                    _lemmas(lemma_ids[sent.start : sent.end], strings, lemma_cache), text=clean[start:end]
                ),
            )
        )
    return out
