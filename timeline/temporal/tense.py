"""Past or future for a bare weekday, month or season, from the verbs around it.

Reads: the clause around an expression. Writes: "past", "future" or "present".
First the unambiguous French verb forms listed in the lexicon (an auxiliary with a participle, an imperfect, a
future or conditional ending, "doit / va ... + infinitive", a participle just before the date) decide, which
needs no parse; when none is there, spaCy's French morphology decides: from the caller's Doc when it carries
morphology, else from tok2vec + morphologizer run on about 50 characters each side of the expression (the
shared pipeline of timeline.nlp has no morphologizer, so a small one is loaded once here).
The nearest verb group wins; a clause without any verb (a title, a list after a colon) reports the past.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from timeline.temporal.context import Direction
from timeline.temporal.lexicon import Lexicon, VerbForms, alternation, load, norm
from timeline.temporal.words import AFTER_WORD_COMMA, NEGATION, SENTENCE_STOP

_MAX_SPAN = 300
_PARSE_REACH = 50
_MODEL = "fr_core_news_sm"
_FUTURE_FORMS = frozenset(
    "doit doivent devra devront devait devaient devrait devraient va vont ira iront allait allaient prévoit "
    "prévoient compte comptent envisage envisagent entend entendent espère espèrent".split()
)


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    """A spaCy pipeline with a morphologizer, loaded once: the shared one (timeline.nlp) when it has one,
    else fr_core_news_md reduced to what morphology needs (the shared pipeline skips the morphologizer)."""
    try:
        from timeline import nlp as shared

        nlp = shared.get_nlp()
        if "morphologizer" in nlp.pipe_names:
            return nlp
    except (ImportError, AttributeError):
        pass
    import spacy

    return spacy.load(_MODEL, exclude=["ner", "parser", "lemmatizer", "senter", "attribute_ruler"])


def _lemma_table() -> Any:
    """The model's lemma lookup table, the one `timeline.nlp.common_words` holds, loaded the first time a form
    needs it."""
    from timeline import nlp as shared

    return shared.common_words().table


@lru_cache(maxsize=4096)
def _imperfect_of_er(form: str) -> bool:
    """Whether a form ending like a conditional is the imperfect of a verb in -er ("retiraient", "chaviraient"
    end like "finiraient"): the model's lemma table names its verb."""
    bare = _ELISION.sub("", form)
    found = _lemma_table().get(bare)
    lemmas = found if isinstance(found, list) else [found] if found else []
    return any(x.endswith("er") and bare in (x[:-2] + "ait", x[:-2] + "aient") for x in lemmas)


def _morph_doc(text: str) -> Any:
    nlp = _pipeline()
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "morphologizer"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc


@lru_cache(maxsize=2048)
def _parse_window(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, lower form, pos, morph) of the tokens of a window parsed on its own."""
    return tuple((t.idx, t.idx + len(t.text), t.lower_, t.pos_, str(t.morph)) for t in _morph_doc(text))


def _feats(morph: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in morph.split("|") if "=" in kv)


def _direction_of(
    tokens: list[tuple[int, int, str, str, str]], i: int, inside: frozenset[int] | None = None
) -> Direction | None:
    """The direction a verb token gives, or None when another token of its group decides. `inside`: the
    indices of tokens inside an adverbial phrase ("en outre"), computed here when not given."""
    _, _, form, pos, morph = tokens[i]
    f = _feats(morph)
    verb_form, tense = f.get("VerbForm", ""), f.get("Tense", "")
    if verb_form == "Inf":
        return None
    if inside is None:
        inside = _phrase_tokens(tokens)
    ahead = enumerate(tokens[i + 1 : i + 10], i + 1)
    nxt = [(p, _feats(m)) for k, (_, _, _, p, m) in ahead if k not in inside][:3]
    part_follows = any(
        p in ("VERB", "AUX") and g.get("VerbForm") == "Part" and g.get("Tense") == "Past" for p, g in nxt
    )
    inf_follows = any(g.get("VerbForm") == "Inf" for _, g in nxt)
    if verb_form == "Part":
        # the auxiliary of a compound form decides, but the group sits where its participle is
        aux = [k for k in range(max(0, i - 3), i) if tokens[k][3] == "AUX"]
        return _direction_of(tokens, aux[-1], inside) if aux else "past"  # a bare participle reports the past
    if form in _FUTURE_FORMS and inf_follows:
        return "future"
    if f.get("Mood") == "Cnd":
        auxiliary = pos == "AUX" or norm(form) in load().verb_forms.conditional_auxiliaries
        return "past" if part_follows and auxiliary else "future"
    if f.get("Mood") == "Sub":
        return "future"
    if tense == "Fut":
        return "future"
    if tense in ("Past", "Imp"):
        return "past"
    future = form.endswith(load().verb_forms.future_endings)
    if verb_form == "Fin" and tense == "Pres" and future and len(form) > 4:
        return "future"  # the model tags some futures ("augmenteront") as present
    if verb_form == "Fin" and tense == "Pres":
        if not part_follows:
            return "present"
        vf = load().verb_forms
        participle = next(
            t[2]
            for k, t in enumerate(tokens[i + 1 :], i + 1)
            if k not in inside and _feats(t[4]).get("VerbForm") == "Part"
        )
        reflexive = i > 0 and tokens[i - 1][2] in _REFLEXIVE
        if form in vf.etre_present and not (participle.startswith(vf.etre_participles) or reflexive):
            return "present"  # "est fixé": a present passive, not a compound past
        return "past"
    return None


def phrase_marks(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> set[int]:
    """The indices of `words` (key forms) inside one of `phrases` ("en outre", "à son tour")."""
    marks: set[int] = set()
    firsts = {ph[0] for ph in phrases}
    for k in range(len(words)):
        if words[k] not in firsts:
            continue
        for ph in phrases:
            if tuple(words[k : k + len(ph)]) == ph:
                marks.update(range(k, k + len(ph)))
    return marks


def _phrase_tokens(tokens: list[tuple[int, int, str, str, str]]) -> frozenset[int]:
    """`phrase_marks` of parsed tokens (their lower forms)."""
    return frozenset(phrase_marks([norm(t[2]) for t in tokens], load().verb_forms.skippable_phrases))


Token = tuple[int, int, str, str, str]
"""(start, end, lower form, pos, morph) of one token."""


def _nearest_verb(tokens: list[Token], start: int, end: int, lx: Lexicon) -> tuple[list[Token], int] | None:
    """The tokens (the expression's own words masked) and the index of the verb nearest [start, end) that
    gives a direction, None without one."""
    best: tuple[tuple[bool, bool, bool, int], int] | None = None
    # the expression's own words are no verbs (the small model tags some weekdays as participles)
    dated = lx.weekdays.keys() | lx.months.keys()
    tokens = [
        (s, e, f, "X" if start <= s < end or f in dated else "ADJ" if _mistagged(f, p, m, lx) else p, m)
        for s, e, f, p, m in tokens
    ]
    tokens = _reflexive_verbs(tokens)
    inside = _phrase_tokens(tokens)
    commas, relatives = _clause_marks(tokens, lx.verb_forms)
    # "avait promis, le 4 février, que l'exploration continuerait": a verb after a "que" that follows the
    # date is its subordinate's, even right after the date unless it is clefted ("C'est le 4 février que")
    later = [t for t in tokens if t[0] >= end]
    first = 0
    if later and later[0][2].lower() in _THAT_FORMS:  # only a "que" right after the date may be clefted
        before = " ".join(t[2] for t in tokens if t[1] <= start)
        first = 1 if _cleft(before, len(before)) else 0
    that = next((t[0] for t in later[first:] if t[2].lower() in _THAT_FORMS), 1 << 30)
    for i, (s, e, _, pos, _) in enumerate(tokens):
        if pos not in ("VERB", "AUX") or start <= s < end or _direction_of(tokens, i, inside) is None:
            continue
        dist = start - e if e <= start else s - end
        # a colon or a semicolon opens the date's own clause, whose verbs come first (as in `lexical`)
        across = any(t[2] in (":", ";") and min(e, end) <= t[0] < max(s, start) for t in tokens)
        rank = (s > that, across, _relative_text(commas, relatives, s, start), dist)
        if best is None or rank < best[0]:
            best = (rank, i)
    return (tokens, best[1]) if best else None


_PRESENT_SHAPE = ("e", "es", "ent")


def _reflexive_verbs(tokens: list[Token]) -> list[Token]:
    """A word right after a reflexive pronoun is a verb, whatever the tagger says ("Le Tour s'élance samedi":
    the small model calls "élance" a noun); one shaped like a present is read as one."""
    out = list(tokens)
    for k in range(1, len(out)):
        s, e, f, p, m = out[k]
        if p in ("NOUN", "ADJ") and out[k - 1][2] in _REFLEXIVE and f.endswith(_PRESENT_SHAPE):
            out[k] = (s, e, f, "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin")
    return out


def _clause_marks(tokens: list[Token], vf: VerbForms) -> tuple[list[tuple[int, int]], list[int]]:
    """(start, end) of the clause punctuation of parsed tokens and where their relative pronouns start, as
    `_relative_text` reads them."""
    commas = [(t[0], t[1]) for t in tokens if t[2] in _CLAUSE_PUNCT]
    return commas, [t[0] for t in tokens if t[2] in vf.relative_pronouns]


def _mistagged(form: str, pos: str, morph: str, lx: Lexicon) -> bool:
    """A word the tagger calls a past participle that cannot be one: "une offensive terrestre pour la
    mi-février" holds no past, and read as one it put mid-February a year back."""
    if pos not in ("VERB", "AUX") or "VerbForm=Part" not in morph or "Tense=Past" not in morph:
        return False
    vf = lx.verb_forms
    shaped = form.endswith(vf.participle_endings) or form.endswith(vf.tagged_participle_endings)
    return not shaped and form not in vf.irregular_participles


def decide(tokens: list[Token], start: int, end: int, lx: Lexicon) -> Direction:
    """The direction given by the verb group nearest [start, end) among `tokens` (offsets in one space);
    a clause without any verb (a title, a list after a colon) reports the past, unless it holds a form of
    planning (`requesting_forms`) the tagger read as a noun."""
    got = _nearest_verb(tokens, start, end, lx)
    if got is None and any(t[2] in lx.verb_forms.requesting_forms and t[3] != "PROPN" for t in tokens):
        # "Le programme prévoit jeudi une excursion": a verb of planning the tagger took for a noun
        return "future"
    return (_direction_of(*got) or "past") if got else "past"


_CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "«", "»", "."})


def narrative(tokens: list[Token], start: int, end: int, lx: Lexicon) -> bool:
    """Whether the verb group nearest [start, end) is an imperfect or a pluperfect ("se désintégrait",
    "avait promis"): a past told as a story, never a plan just ahead."""
    got = _nearest_verb(tokens, start, end, lx)
    if got is None:
        return False
    tokens, i = got
    back = [t[2] for t in tokens[max(0, i - 8) : i]]
    stop = max((k for k, x in enumerate(back) if x in _CLAUSE_PUNCT), default=-1)
    back = back[stop + 1 :]
    conditional = any(x in ("s'", "s’") and y in ("il", "ils") for x, y in zip(back, back[1:], strict=False))
    if "si" in back or conditional:
        return False  # "si l'ONU ne prenait pas le relais avant le 30 juin": a condition, not a story
    f = _feats(tokens[i][4])
    if f.get("VerbForm") == "Part":
        aux = [k for k in range(max(0, i - 4), i) if tokens[k][3] == "AUX"]
        # "avait pourtant été ouvert": the finite auxiliary before "été" tells the tense
        finite = [k for k in aux if _feats(tokens[k][4]).get("VerbForm") != "Part"]
        f = _feats(tokens[finite[-1]][4]) if finite else {}
    return f.get("VerbForm") == "Fin" and f.get("Tense") == "Imp" and f.get("Mood", "Ind") == "Ind"


_BARE_PARTICIPLE = ("é", "ée", "és", "ées")
_GOVERNING = frozenset({"à", "de", "d'", "pour"})
"""Words before an infinitive that make it the complement of another verb ("appelé à manifester")."""
_COMMA = re.compile(r"[,;:()«»]")
_COLON = re.compile(r"[;:]")
_AND_THEN = re.compile(r"\s(?:et|mais|puis)\s", re.IGNORECASE)
_REFLEXIVE = frozenset({"se", "s'", "s’"})
_REFLEXIVE_WORDS = _REFLEXIVE | {"s'y", "s’y", "s'en", "s’en"}
"""A reflexive pronoun as a word of a clause, alone or elided onto "y" / "en" ("s'y est produit")."""
# participles of -ir / -re verbs ("survenu mercredi", "parti lundi"), read only right before a date
_OTHER_PARTICIPLE = ("u", "ue", "us", "ues", "i", "ie", "is", "ies", "ise", "ises")
# an article or a possessive right after the date: the object of the verb before it
_OBJECT_AFTER = re.compile(
    r"\s+(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|sa|son|ses|leur|leurs)\b", re.IGNORECASE
)
_DATE_WORDS = frozenset({*load().weekdays, "midi", "minuit", "aujourd'hui"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=512)
def _clause_words(text: str) -> tuple[tuple[int, int, str, bool], ...]:
    """(start, end, key form, capitalised) of the words of a clause; the expressions of one sentence share
    their clause, so it is read once."""
    return tuple((m.start(), m.end(), norm(m.group()), _capitalised(m.group())) for m in _WORD.finditer(text))


_ELISION = re.compile(r"^[^\W\d_]['’]")


def _capitalised(word: str) -> bool:
    """A name, not a verb: "Paris", and "l'Elysée", "d'Ottawa" behind an elided article or preposition."""
    bare = _ELISION.sub("", word)
    return bare[:1].isupper() and not bare.isupper()


def lexical(
    text: str, offset: int, start: int, end: int, vf: VerbForms, reporting: frozenset[str] = frozenset()
) -> Direction | None:
    """Past or future from unambiguous verb forms of the clause `text` (placed at `offset`): an auxiliary with
    a participle, an imperfect, a future or conditional ending, "doit / va ... + infinitive", a frequent
    present form. None when the clause holds no such form (another present, no verb): spaCy decides then."""
    toks = [(s + offset, e + offset, w, cap) for s, e, w, cap in _clause_words(text)]
    best: tuple[tuple[int, bool, int], Direction] | None = None
    seg_lo = offset + max((m.end() for m in _COMMA.finditer(text, 0, max(0, start - offset))), default=0)
    after_comma = _COMMA.search(text, end - offset)
    seg_hi = offset + (after_comma.start() if after_comma else len(text))
    # "Les compagnies font valoir que samedi, elles avaient...": a verb before the "que" that opens the
    # date's clause is the main clause's, not the date's
    opens = _THAT.search(text, max(0, seg_lo - offset), max(0, start - offset)) or _THAT_COMMA.search(
        text, 0, max(0, start - offset)
    )  # "d'autant plus choqué que, vendredi, le procureur avait inculpé": the date right after "que,"
    if opens and _NE.search(text, max(0, seg_lo - offset), opens.start()):
        opens = None  # "ne devrait rouvrir ses portes que lundi": a restriction, not a clause
    clause_lo = offset + opens.start() if opens else -1
    # "avait promis, le 4 février, que l'exploration continuerait": a verb after a "que" that follows the
    # date is its subordinate's, and so is one right after the date ("a fait savoir samedi qu'il ferait
    # appel") unless the date is clefted ("C'est le 4 février que...")
    then = _THAT_AFTER.search(text, max(0, end - offset))
    at_once = then is not None and not text[end - offset : then.start()].strip()
    cleft = at_once and _cleft(text, start - offset)
    clause_hi = offset + then.start() if then and not cleft else 1 << 30
    # "n'aura pas survécu au budget : le 4 décembre, une motion l'a renversé": a colon or a semicolon opens
    # the date's own clause, whose verbs come before those across it
    colon_lo = offset + max((m.end() for m in _COLON.finditer(text, 0, max(0, start - offset))), default=0)
    across = _COLON.search(text, max(0, end - offset))
    colon_hi = offset + across.start() if across else 1 << 30

    inside = phrase_marks([w for _, _, w, _ in toks], vf.skippable_phrases)
    commas = [(m.start() + offset, m.end() + offset) for m in _COMMA.finditer(text)]
    relatives = [a for a, _, w, _ in toks if w in vf.relative_pronouns]

    def after(i: int) -> list[str]:
        near = [w for k, (_, _, w, _) in enumerate(toks[i + 1 : i + 12], i + 1) if k not in inside][:4]
        out = [
            w
            for w in near
            if (w not in vf.skippable or w == "été") and not (len(w) > 5 and w.endswith(vf.adverb_endings))
        ]
        # "a copieusement sifflé", "a à son tour balayé": what sits inside the verb group is skipped
        return out[:2]

    for i, (s, e, w, cap) in enumerate(toks):
        if start <= s < end or w in vf.not_verbs or (cap and i > 0):
            continue
        if w == "a" and text[s - offset] == "A":
            continue  # "A Paris, dimanche matin, ...": the preposition À written without its accent
        nxt = after(i)
        # "s'est produit", "s'y est tenu": after a reflexive auxiliary a word ending like a participle is one
        # even when it is spelt like a noun
        reflexive = w.startswith(("s'", "s’")) or (i > 0 and toks[i - 1][2] in _REFLEXIVE_WORDS)
        participle = [
            x
            for x in nxt[:1]
            # an irregular participle after an auxiliary is a verb even when it can be a noun ("est mort"),
            # so is a participle of a verb conjugated with "être" ("est parti")
            if x in vf.irregular_participles
            or x in vf.noun_participles
            or (x.endswith(vf.participle_endings) and x not in vf.not_verbs)
            or (w in vf.etre_present and x.startswith(vf.etre_participles))
            or (reflexive and w in vf.auxiliaries and x.endswith(vf.participle_endings))
        ]
        d: Direction | None = None
        if w in vf.dating_forms and nxt[:1] and toks[i + 1][2] in ("à", "au", "aux", "de", "du", "d'"):
            d = "past"  # "l'accident remonterait à la nuit de vendredi à samedi"
        elif w in vf.future_modals and any(x.endswith(vf.infinitive_endings) for x in nxt):
            d = "near" if w in vf.past_plans else "future"
        elif w in vf.auxiliaries and (participle or nxt[:1] == ["été"]):
            # "est fixé" is a present passive; "est arrivé", "s'est réuni" a compound past
            passive = w in vf.etre_present and not (nxt[0].startswith(vf.etre_participles) or reflexive)
            d = "present" if passive else "past"
            if passive and nxt[0] in vf.planning_participles:
                d = "near"  # "est attendu à Moscou le 20 mars": a plan, the nearest such day either side
            # the compound form sits where its participle is
            s, e = next(((a, b) for a, b, x, _ in toks[i + 1 : i + 9] if x == nxt[0]), (s, e))
            if (
                d == "past"
                and w not in vf.imperfect_auxiliaries
                and nxt[0] in vf.planning_participles
                and any(e <= a and b <= start for a, b, _, _ in toks)
            ):
                # "a fixé une audience à vendredi", "a convoqué un sommet le 10 avril": a date after the
                # object of a planning verb in the perfect dates what was planned, the nearest such day
                # either side ("était attendue depuis le 19 mai" tells a story: its date stays behind)
                d = "near"
        elif w in vf.imperfect_auxiliaries:
            d = "past"
        elif (
            len(w) > 4
            and w.endswith(vf.conditional_endings)
            and not w.endswith(vf.imperfect_lookalikes)
            and not _imperfect_of_er(w)
        ):
            # "aurait signé" tells a past; "resterait fermé", a conditional of another verb, a day ahead
            told = (participle or nxt[:1] == ["été"]) and w in vf.conditional_auxiliaries
            d = "past" if told else "future"
            etre_past = participle and (participle[0].startswith(vf.etre_participles) or reflexive)
            if participle and w in vf.etre_conditional and not etre_past:
                # "serait rappelé lundi": a passive to come; "serait arrivé", "se serait effondré" are pasts
                d = "future"
        elif len(w) > 3 and w.endswith(vf.future_endings) and not _noun_after(toks, i, vf, text, offset):
            d = "future"
        elif len(w) > 4 and w.endswith(vf.imperfect_endings) and w not in vf.present_forms:
            d = "past"  # not "espèrent", "considèrent": presents that end like a passé simple
        elif (
            e <= start
            and start - e <= 8
            and w.endswith(_BARE_PARTICIPLE)
            and i + 1 < len(toks)
            and (i == 0 or toks[i - 1][2] not in vf.determiners)  # "par les députés lundi": a noun
            and not _held_by_verb([x for _, _, x, _ in toks[:i]], vf)
            and (toks[i + 1][0] >= start or toks[i + 1][2] in ("dès", "depuis", "le", "ce"))
            and not _planned_before(text, s - offset, vf)  # "doit survoler la zone sinistrée mercredi"
        ):
            d = "past"  # a participle just before the date: "lancé vendredi", "interpellés dès mardi"
        elif (
            seg_lo <= s < seg_hi
            and s < start  # after the date, mostly an adjective ("publier vendredi une carte détaillée")
            and w.endswith(_BARE_PARTICIPLE)
            and len(w) > 4
            and (i == 0 or toks[i - 1][2] not in vf.determiners)  # "la criminalité" is a noun
            and not _held_by_verb([x for _, _, x, _ in toks[:i]], vf)
            and not _planned_before(text, s - offset, vf)
        ):
            # a participle of the date's own stretch between commas: "des habitants, réveillés en sursaut
            # dans la nuit de dimanche à lundi, dorment dehors"; a planning one looks ahead
            d = "future" if w in vf.planning_participles else "past"
        elif (
            e <= start
            and start - e <= 2
            and len(w) > 4
            and w.endswith(vf.infinitive_endings)
            and w not in vf.not_verbs
            and i > 0
            and toks[i - 1][2] in _GOVERNING
            # "avant de célébrer mardi": an infinitive sharing its main verb's time, which then decides
            and not (i > 1 and toks[i - 2][2] == "avant" and toks[i - 1][2] in ("de", "d'"))
        ):
            d = "near"  # "a appelé à manifester samedi": what was called for lies near the news, either side
        elif w in reporting:
            d = "past"  # a reporting verb in the present tells of a day already gone
        elif w in vf.present_forms:
            d = "present"
        if d is None:
            continue
        dist = start - e if e <= start else s - end
        # a verb of the expression's own stretch between commas comes first: "qui a frappé la côte dans la
        # nuit de samedi à dimanche, est la plus forte" dates the striking, not the being
        place = 0 if seg_lo <= s < seg_hi else 1 if colon_lo <= s < colon_hi else 2
        if place == 0 and s >= end and _AND_THEN.search(text, end - offset, s - offset):
            # "devait connaître sa peine le 11 septembre et risquait la prison": a verb after "et" past the
            # date is a second clause's
            place = 1
        rank = (
            3 if s < clause_lo or s > clause_hi else place,
            _relative_text(commas, relatives, s, start),
            dist,
        )
        if best is None or rank < best[0]:
            best = (rank, d)
    return best[1] if best else None


def _noun_after(
    toks: list[tuple[int, int, str, bool]], i: int, vf: VerbForms, text: str, offset: int
) -> bool:
    """Whether word `i` follows a determiner, so is a noun whatever its ending ("de la serra", "une caméra"):
    "le", "la", "les" are articles only at the start, after a preposition or after a comma ("Dimanche, les
    caméras ont montré"), not after a subject ("Le maire les recevra"); "ce" before a future is its
    subject. `text` is the clause the word offsets of `toks` point into, less `offset`."""
    if i == 0 or toks[i - 1][2] not in vf.determiners or toks[i - 1][2] in vf.subject_determiners:
        return False  # "ce sera lundi": "ce" is the subject
    if toks[i - 1][2] in vf.object_pronouns:
        between = text[toks[i - 2][1] - offset : toks[i - 1][0] - offset] if i > 1 else ""
        return i == 1 or toks[i - 2][2] in vf.prepositions or _COMMA.search(between) is not None
    return True


def _relative_text(commas: list[tuple[int, int]], relatives: list[int], s: int, start: int) -> bool:
    """Whether the verb at `s` sits in a relative clause between commas that does not hold the date at
    `start` (a relative pronoun comes before it in its stretch): such a verb tells of its antecedent, so
    another verb of the sentence dates the expression first. `commas`: (start, end) of the clause's commas
    and brackets; `relatives`: where its relative pronouns start."""
    lo = max((e for b, e in commas if e <= s), default=-1)
    hi = min((b for b, _ in commas if b >= s), default=1 << 30)
    if lo <= start < hi:
        return False
    return any(lo <= r < s for r in relatives)


_THAT = re.compile(r"\bqu(?:e\s+|['’])$", re.IGNORECASE)
_THAT_COMMA = re.compile(r"\bque\s*,\s*$", re.IGNORECASE)
_NE = re.compile(NEGATION, re.IGNORECASE)
_THAT_AFTER = re.compile(r"\bqu(?:e\s|['’])", re.IGNORECASE)
_CLEFT = re.compile(r"\b(?:c['’]\s*(?:est|était)|ce\s+fut|ce\s+sera)\b[^.;:!?]{0,40}$", re.IGNORECASE)


def _cleft(text: str, at: int) -> bool:
    """Whether the date ending before a "que" at `at` is set in a cleft ("C'est le 4 février que ..."): the
    "que" opens the date's own clause, not a subordinate ("a fait savoir samedi qu'il ferait appel")."""
    return _CLEFT.search(text, max(0, at - 60), at) is not None


_THAT_FORMS = frozenset({"que", "qu'", "qu’"})
_COMPOUND = frozenset({"être", "avoir", "soit", "sera", "seront", "serait", "aura", "auront"})
# "n'est prévu que": a "ne" opening the clause the restrictive "que" ends
_NEGATED = re.compile(NEGATION + r"[^,;:.!?]*$", re.IGNORECASE)
_ELIDED_QUE = re.compile(r"\bqu['’]\s*$", re.IGNORECASE)


def _restricted(text: str, que: int) -> bool:
    """Whether the "que" (or "qu'") at `que` closes a restrictive "ne ... que" ("n'est prévu que samedi")."""
    return _NEGATED.search(text, max(0, que - 40), que) is not None


_BEFORE_DATE = re.compile(
    r"(?:^|(?<=[^\w'’-]))([^\W\d_][\w'’-]*)\s+(?:(?:dès|depuis|le|ce|dans\s+la\s+nuit\s+de)\s+)?$",
    re.IGNORECASE,
)


def group_head(words: list[str], vf: VerbForms) -> str:
    """The last of `words` (key forms) that is neither a skippable word nor an adverb: what a participle
    after them hangs on ("doit être officiellement proclamé": "être"); "" when there is none."""
    for x in reversed(words):
        if x in vf.skippable or (len(x) > 5 and x.endswith(vf.adverb_endings)):
            continue
        return x
    return ""


def _held_by_verb(words: list[str], vf: VerbForms) -> bool:
    """Whether a participle after `words` (key forms) hangs on a conjugated verb, whose tense then decides: an
    auxiliary ("a été signé", "doit être proclamé") or a verb it is said of ("les écoles resteront fermées
    lundi", "restent fermées"), not a bare participle that tells a past."""
    head = group_head(words, vf)
    if head in vf.auxiliaries | _COMPOUND | {"été"} or head in vf.present_forms:
        return True
    return len(head) > 4 and head.endswith(vf.future_endings + vf.conditional_endings)


# "depuis fin février", "depuis lundi": the start of a state that holds now is gone, whatever the verb
_SINCE = re.compile(r"depuis\b", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bdepuis\s+(?:(?:le|la|l['’]|ce|cette)\s*)?$", re.IGNORECASE)
# "Depuis la déposition de l'empereur, en septembre, le pays est dirigé": a date set between commas after a
# "depuis" noun phrase dates that happening, gone like the state it began
_SINCE_PHRASE_BEFORE = re.compile(
    r"\bdepuis\s+(?:l['’]|les?\s|la\s|son\s|sa\s|ses\s|leurs?\s|cet?\s|cette\s)[^,.;:!?()\d]{1,80},\s*$",
    re.IGNORECASE,
)
_FOR_DAY = re.compile(r"\bpour\s+(?:(?:le|la|ce)\s+)?$", re.IGNORECASE)
_FROM_DAY = re.compile(r"\bà\s+partir\s+d[eu]\s+(?:ce\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=2)
def _set_to(participles: frozenset[str]) -> re.Pattern[str]:
    """A participle that sets a day, then "au" or "à" (group `to`), right before the date ("fixé au 25 mai");
    without them, the date must bring its own ("reporté en septembre", see `participle_before`)."""
    return re.compile(
        rf"\b(?:{alternation(participles)})\s+(?P<to>(?:au|à)\s+(?:(?:le|ce)\s+)?)?$", re.IGNORECASE
    )


# "en septembre", "à l'automne": a date that brings its own preposition
_OWN_TO = re.compile(r"(?:en|à|au)\s", re.IGNORECASE)


_BORN_BEFORE = re.compile(
    r"(?:^|[.!?:;,(]\s*|\n)(?:n[ée]e?s?)\s+(?:à\s+[^\W\d_][\w'’ -]{0,30}?\s+)?$", re.IGNORECASE
)


def in_apposition(text: str, start: int, vf: VerbForms) -> bool:
    """Whether the date at `start` follows a bare past participle set off by a comma ("Nord Stream 2,
    achevé en septembre 2021, n'a jamais été mis en service", "Abaaoud, tué le 18 novembre 2015 lors de
    l'assaut"): it dates something named in passing, not the story the sentence goes on with. Over our gold
    sets, such dates lending their year to the day-months after them gave 8 wrong years and no right one. So
    does a birth opening a sentence or a clause ("Né en 1923 dans une famille modeste, [...]"): over 211
    sets, 2 more exact dates and none lost."""
    if _BORN_BEFORE.search(text, max(0, start - 50), start):
        return True  # "Né en 1923 dans une famille modeste, [...] il avait repéré le 8 septembre": a birth
    before = text[max(0, start - 60) : start]
    if "," not in before and "(" not in before:
        return False  # the cheap test first: most dates have no comma this close before them
    m = _BEFORE_DATE.search(text, max(0, start - 60), start)
    if m is None or not text[max(0, m.start(1) - 40) : m.start(1)].rstrip().endswith((",", "(")):
        return False
    return participle_before(text, start, vf) == "past"


def participle_before(text: str, start: int, vf: VerbForms, end: int | None = None) -> Direction | None:
    """A past participle without auxiliary right before the date is a past ("le texte, paraphé mercredi",
    "l'accord signé lundi"), unless it names a plan ("le sommet prévu mercredi"): ahead, or the nearest day
    when the sentence goes on in the past ("la cérémonie, prévue samedi sur le parvis, a été déplacée"); a day
    set ("fixé au 25 mai", "reportée au 12 mars") is the nearest such day; one set as a target ("une réunion
    convoquée pour jeudi", "pour la fin décembre") is ahead, or the nearest when its sentence is told in the
    imperfect ("qui avait annoncé pour le 4 mars l'examen d'un plan" in April). A restrictive "ne ... que"
    elided before the date ("n'est prévue qu'en novembre") leaves the word before it to tell. None without
    such a cue."""
    set_to = _set_to(vf.setting_participles).search(text, max(0, start - 30), start)
    if set_to is not None and (set_to.group("to") or _OWN_TO.match(text, start)):
        # "fixé au 25 mai", "reportée au 12 mars", "un report en septembre": a day set, the nearest either
        # side ("programmée samedi" is the day of what is programmed, which the tense places)
        return "near"
    if _FOR_DAY.search(text, max(0, start - 12), start):
        # a target set in a story told in the imperfect ("qui avait annoncé pour le 4 mars") may be behind
        # the news: the nearest
        return "near" if _imperfect_before(text, start, vf) else "future"
    if _FROM_DAY.search(text, max(0, start - 16), start) and not _pluperfect_before(text, start, vf):
        return "future"  # "un deuil de trois jours à partir de mercredi": what starts lies ahead
    # the restrictive "ne ... que" elided before the date ("n'est prévue qu'en novembre"): the word before
    # the "qu'" tells
    elided = _ELIDED_QUE.search(text, max(0, start - 4), start)
    at = elided.start() if elided is not None and _restricted(text, elided.start()) else start
    m = _BEFORE_DATE.search(text, max(0, at - 60), at)
    if not m:
        return None
    w = norm(m.group(1))
    restrictive = w == "que" and _restricted(text, m.start(1))
    if w in vf.participle_complements or (len(w) > 5 and w.endswith(vf.adverb_endings)) or restrictive:
        # "rendu public vendredi", "signé officiellement lundi", "n'est prévu que samedi": the word before
        # tells
        m = _BEFORE_DATE.search(text, max(0, m.start(1) - 40), m.start(1))
        if not m:
            return None
        w = norm(m.group(1))
    if w in vf.planning_participles:
        before = [norm(x.group()) for x in _WORD.finditer(text, max(0, m.start() - 40), m.start())]
        if group_head(before, vf) in vf.past_plans:
            return "near"  # "était initialement prévu"
        if end is not None and _BY_NAME.match(text, end):
            return "past"  # "le délai fixé mardi soir par Emmanuel Macron": the day it was set
        told = end is not None and (_told_after(text, end, vf) or _told_before(text, m.start(), vf))
        return "near" if told else "future"
    # an elided word is no participle: "jusqu'au 15 septembre" ends like "survenu"
    regular = (
        w.endswith(_BARE_PARTICIPLE + _OTHER_PARTICIPLE) and w not in _DATE_WORDS and not _ELIDED.search(w)
    )
    if not (regular or w in vf.irregular_participles):
        return None
    # a word that is also a noun ("mort", "fait") is a participle only set off after a comma: "René Lacoste,
    # mort en octobre, n'aura pas vu"
    apposed = AFTER_WORD_COMMA.search(text, max(0, m.start(1) - 3), m.start(1)) is not None
    if w in vf.not_verbs and not (apposed and w in vf.irregular_participles):
        return None
    if end is not None and not w.endswith(_BARE_PARTICIPLE) and _OBJECT_AFTER.match(text, end):
        # "La mairie organise samedi une fête", "Le journal publie samedi des photos": a verb that takes an
        # object after the date is conjugated, however its ending looks ("promise", "partie")
        return None
    if m.group(1)[0].isupper() and m.start(1) > _sentence_start(text, m.start(1)):
        return None  # "attendu à Moscou le 20 mars", "à Paris lundi": a name within a sentence, no participle
    if len(w) < 4 and w not in vf.irregular_participles:  # "élu le 17 juin" is one, "au 15" is not
        return None
    before = [norm(x.group()) for x in _WORD.finditer(text, max(0, m.start() - 80), m.start())]
    if before and before[-1] in vf.skippable or _held_by_verb(before, vf):
        return None  # a compound form ("a été signé", "doit être officiellement proclamé"): its head decides
    if before and before[-1] in vf.determiners:
        return None  # "examiné par les députés lundi": a noun, not a participle
    if _planned_before(text, m.start(), vf):
        return None  # "Il doit survoler la zone sinistrée mercredi": the modal's verb, not the adjective
    return "past"


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts (looking back at most 200 characters)."""
    reach = max(0, at - 200)
    return max((m.end() for m in SENTENCE_STOP.finditer(text, reach, at)), default=reach)


def _sentence_words_before(text: str, at: int) -> list[str]:
    """The key forms of the words of the sentence before `at`."""
    return [norm(x.group()) for x in _WORD.finditer(text, _sentence_start(text, at), at)]


def _pluperfect_before(text: str, at: int, vf: VerbForms) -> bool:
    """Whether the sentence before `at` holds an imperfect auxiliary ("avaient été placés en vigilance rouge à
    partir de mercredi soir"): a story told in the past."""
    return any(w in vf.imperfect_auxiliaries for w in _sentence_words_before(text, at))


def _imperfect_before(text: str, at: int, vf: VerbForms) -> bool:
    """Whether the sentence before `at` holds a verb in the imperfect ("disait", "envisageaient"): an
    auxiliary (`_pluperfect_before`) or another."""
    return any(
        w in vf.imperfect_auxiliaries
        or (len(w) > 4 and w.endswith(vf.imperfect_endings) and w not in vf.not_verbs)
        for w in _sentence_words_before(text, at)
    )


def _planned_before(text: str, at: int, vf: VerbForms) -> bool:
    """Whether the clause before `at` (from the sentence start or the last comma) holds a modal of the future
    and its infinitive ("doit survoler", "va signer")."""
    stop = _sentence_start(text, at)
    lo = max([stop] + [m.end() for m in _COMMA.finditer(text, stop, at)])
    words = [norm(x.group()) for x in _WORD.finditer(text, lo, at)]
    return any(
        w in vf.future_modals and any(x.endswith(vf.infinitive_endings) for x in words[k + 1 : k + 3])
        for k, w in enumerate(words)
    )


_BY_NAME = re.compile(r"\s+par\s+(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-ÖØ-Þ]")
_ELIDED = re.compile(r"['’]")


def _told_after(text: str, end: int, vf: VerbForms) -> bool:
    """Whether the clause after the phrase that ends past `end` (behind its closing comma, within the
    sentence) is told in the past, as `lexical` reads its verb forms."""
    comma = _COMMA.search(text, end)
    stop = SENTENCE_STOP.search(text, end)
    if comma is None or (stop is not None and stop.start() < comma.start()):
        return False
    hi = stop.start() if stop else len(text)
    return lexical(text[comma.end() : hi], comma.end(), hi, hi, vf) == "past"


def _told_before(text: str, pos: int, vf: VerbForms) -> bool:
    """Whether the sentence before `pos` is told in the past, as `lexical` reads its verb forms ("alors que
    le public s'installait pour le concert, prévu vendredi soir": the plan was for a day already told)."""
    stops = [x.end() for x in SENTENCE_STOP.finditer(text, max(0, pos - 300), pos)]
    lo = stops[-1] if stops else max(0, pos - 300)
    return lexical(text[lo:pos], lo, pos, pos, vf) == "past"


class TenseOracle:
    """Answers `direction(start, end)` for one text, parsing each needed clause at most once."""

    def __init__(self, text: str, doc: Any = None) -> None:
        self.text = text
        usable = (
            doc is not None and len(getattr(doc, "text", "")) == len(text) and doc.has_annotation("MORPH")
        )
        self.doc = doc if usable else None
        self.lexicon = load()
        self._cache: dict[tuple[int, int], Direction] = {}

    def _window(self, start: int, end: int) -> tuple[int, int]:
        lo = max(0, start - _MAX_SPAN)
        before = [m.end() for m in SENTENCE_STOP.finditer(self.text, lo, start)]
        ws = before[-1] if before else lo
        after = SENTENCE_STOP.search(self.text, end, min(len(self.text), end + _MAX_SPAN))
        we = after.end() if after else min(len(self.text), end + _MAX_SPAN)
        return ws, we

    def quick(self, start: int, end: int) -> Direction | None:
        """The direction given by unambiguous verb forms only (no parse); None when they do not decide."""
        ws, we = self._window(start, end)
        lx = self.lexicon
        return lexical(self.text[ws:we], ws, start, end, lx.verb_forms, lx.reporting_verbs)

    def __call__(self, start: int, end: int) -> Direction:
        key = (start, end)
        if key not in self._cache:
            ws, we = self._window(start, end)
            quick = (
                "past"
                if _SINCE.match(self.text, start)
                or _SINCE_BEFORE.search(self.text, max(0, start - 20), start)
                or _SINCE_PHRASE_BEFORE.search(self.text, max(0, start - 100), start)
                else participle_before(self.text, start, self.lexicon.verb_forms, end)
            )
            quick = (
                quick
                if quick is not None or self.doc is not None
                else lexical(
                    self.text[ws:we], ws, start, end, self.lexicon.verb_forms, self.lexicon.reporting_verbs
                )
            )
            if quick is not None:
                self._cache[key] = quick
                return quick
            self._cache[key] = decide(self._tokens(start, end), start, end, self.lexicon)
        return self._cache[key]

    def told_before(self, start: int, end: int) -> bool:
        """Whether the expression at [start, end) is told in an imperfect or a pluperfect (`narrative`)."""
        return narrative(self._tokens(start, end), start, end, self.lexicon)

    def _tokens(self, start: int, end: int) -> list[Token]:
        """The tagged tokens of the expression's clause: from the text's parse, or parsed on their own."""
        ws, we = self._window(start, end)
        if self.doc is not None:
            within = (t for t in self.doc if ws <= t.idx < we)
            return [(t.idx, t.idx + len(t.text), t.lower_, t.pos_, str(t.morph)) for t in within]
        # parse only the neighbourhood of the expression: the morphologizer's cost grows with tokens
        ps = self.text.rfind(" ", ws, max(ws, start - _PARSE_REACH)) + 1 if start - ws > _PARSE_REACH else ws
        pe = self.text.find(" ", min(we, end + _PARSE_REACH), we) if we - end > _PARSE_REACH else we
        pe = we if pe < 0 else pe
        return [(s + ps, e + ps, f, p, m) for s, e, f, p, m in _parse_window(self.text[ps:pe])]
