"""spaCy French pipeline: text cleaning, sentences, lookup lemmas and named entities, built once.

Model: ``fr_core_news_sm``, chosen by measurement (CPU time, one core, ~3 KB French articles):

* quality: on the seed gold set both models give actor precision and recall 1.0 for persons, countries
  and organisations, and the same figures on the scored documents of ``tests/test_actors_documents.py``;
  on the 27 bundled articles ``_md`` found one more real organisation and one garbage span. The lexicon
  and the shape rules of `timeline.actors` find almost every actor; NER only adds unknown people and
  organisations, where the two models hardly differ;
* speed: with this pipeline ``_sm`` parses and analyses 73-87 articles/s, ``_md`` 60-79 (the NER of each
  model has its own tok2vec; full-text NER alone costs ~28 ms per article, i.e. ~36 articles/s);
* size: ``_sm`` needs 300 MB of memory once loaded against 490 MB (26 MB on disk against 63 MB), which
  matters for several worker processes.

What runs, and why (target: 50 articles/s/core for the whole pipeline, NER included):

* the model's tokenizer;
* ``frise_sentences``: a rule-based splitter (terminal punctuation and closing quotes, line breaks,
  French abbreviations). The trained ``parser``/``senter`` cost more than all the rest together;
* ``frise_lemmas``: lemmas looked up (in lower case) in the model's own ``lemma_lookup`` table, for
  topics; the morphologizer and rule lemmatizer would halve the speed;
* ``frise_ner``: the model's trained ``ner``, run only on the sentences with a capitalised word that
  nothing else explains (lexicon aliases, stop words, common words, a given name or a title followed by a
  name, which the shape rules of `timeline.actors` handle). Known actors ("Poutine", "Moscou", "ONU")
  need no NER, so most sentences skip it (3x faster than NER over the whole text). The lexicon matches
  made for the gate are kept in ``doc.user_data["frise_matches"]`` for `timeline.actors`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any, cast

import numpy
import spacy
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from timeline.lexicon import key_string, load_lexicon

MODEL = "fr_core_news_sm"

# --- cleaning ---------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_BULLETS = re.compile(r"[\u2022\u25cf\u25aa\u25a0\u2023\u2043\u25e6\u2219\u27a2\u2794\u25ba]")
# footnote calls glued to a word: "terrain3.", "d'artillerie4", "humains »5" (not "G7", "F-16", "COP28")
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc\u2018](?=\w)")
_FOOTNOTE = re.compile(r"(?<=[a-zà-ÿ\u00bb\u201d\")])(\d{1,2})(?=[\s.,;:!?\u00bb)\]]|$)")


def clean_text(text: str) -> str:
    """Same-length copy of `text` with footnote digits, bullets and control characters made spaces.

    Typographic apostrophes inside words become "'" (the tokenizer and NER were trained on those).
    Offsets are unchanged so every later span indexes the original text too.
    """
    text = _CONTROL.sub(" ", text)
    text = _APOSTROPHE.sub("'", text)
    text = _BULLETS.sub(" ", text)
    return _FOOTNOTE.sub(lambda m: " " * len(m.group(1)), text)


# --- sentences --------------------------------------------------------------------------------------

_NEWLINE = re.compile(r"\n\s*(?=\S)")
_TERMINAL = re.compile(r"([.!?\u2026]+)(?:[ \u00a0\u202f]*[\u00bb\"\u201d)\]\u2019'])*\s+(?=\S)")
_GLUED = re.compile(r"(?<=[a-z\u00e0-\u00ff])[.!?](?=[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff])")
_WORD_BEFORE = re.compile(r"(\w+)$")
_ABBREVIATIONS = frozenset(
    "m mm mme mmes mlle dr pr me mgr st ste gén col cf etc env av apr p pp n no vol art lt cdt c.-à-d".split()
)


def sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences start: after . ! ? … (and closing quotes) before a non lower-case
    character, after line breaks, and at "mot.Mot" glued by a missing space. "M. Dupont" does not split."""
    starts = {0}
    for m in _NEWLINE.finditer(text):
        starts.add(m.end())
    for m in _TERMINAL.finditer(text):
        nxt = text[m.end()]
        if nxt.islower():
            continue
        if m.group(1) == ".":
            w = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if w is not None and (
                w.group(1).lower() in _ABBREVIATIONS or (len(w.group(1)) == 1 and w.group(1).isupper())
            ):
                continue
        starts.add(m.end())
    for m in _GLUED.finditer(text):
        starts.add(m.end())
    return sorted(starts)


@Language.component("frise_sentences")
def frise_sentences(doc: Doc) -> Doc:
    """Rule-based sentence starts (reads the text and token offsets, writes ``SENT_START``)."""
    n = len(doc)
    if n == 0:
        return doc
    idx = doc.to_array(["IDX"])
    flags = numpy.full(n, -1, dtype="int64")
    flags[0] = 1
    starts = numpy.asarray(sentence_starts(doc_text(doc)), dtype=idx.dtype)
    pos = numpy.searchsorted(idx, starts)
    ok = pos < n
    pos, starts = pos[ok], starts[ok]
    flags[pos[idx[pos] == starts]] = 1
    doc.from_array(["SENT_START"], cast(Any, flags.astype("uint64").reshape(-1, 1)))
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy joins every token at each access)."""
    text = doc.user_data.get("frise_text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["frise_text"] = text
    return text


def sentences(doc: Doc) -> list[Span]:
    """The sentences of `doc` as spans, read from its SENT_START array (much faster than ``doc.sents``,
    which checks its annotation token by token at every step)."""
    n = len(doc)
    if n == 0:
        return []
    flags = doc.to_array(["SENT_START"]).astype("int64")
    starts = [int(i) for i in numpy.flatnonzero(flags == 1)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = starts[1:] + [n]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True)]


# --- gated NER ------------------------------------------------------------------------------------------

_CAPITALISED = re.compile(r"(?<![\w-])[A-Z\u00c0-\u00d6\u00d8-\u00de][\w-]+")


class GatedNER:
    """Run a trained NER only on sentences with capitalised words that nothing else explains.

    Explained: words of lexicon matches, stop words, a common word opening a sentence, a given name
    followed by a capitalised word and a capitalised word after a title (the shape rules of
    `timeline.actors` find those persons). Reads sentences; writes ``doc.ents``,
    ``doc.user_data["frise_matches"]`` (lexicon matches) and ``doc.user_data["frise_key"]``.
    """

    def __init__(self, ner: Any, common_words: Any) -> None:
        self.ner = ner
        self.common = common_words

    def _needs_ner(self, doc: Doc) -> list[Span]:
        lex = load_lexicon()
        text = doc_text(doc)
        key = key_string(text)
        matches = lex.find(text, key)
        doc.user_data["frise_matches"] = matches
        doc.user_data["frise_key"] = key
        covered = bytearray(len(text) + 1)
        for hit in matches:
            covered[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        sents = sentences(doc)
        bounds = [s.start_char for s in sents]
        needed: dict[int, Span] = {}
        previous_end = -10
        previous_words: tuple[str, ...] = ()
        for m in _CAPITALISED.finditer(text):
            word = m.group()
            start = m.start()
            after_name = previous_end >= start - 1 and previous_words in lex.first_names
            k = tuple(key[start : m.end()].split())
            prev_key = key[max(0, start - 12) : start].split()
            titled = bool(prev_key) and prev_key[-1] in lex.strong_titles
            previous_end, previous_words = m.end(), k
            if covered[start]:
                continue
            low = word.lower()
            if low in STOP_WORDS or after_name or titled:
                continue
            if k in lex.first_names and text[m.end() : m.end() + 1] == " ":
                continue  # "Claire Dupont": the given-name rule sees the name; the next word decides
            if word.isupper():
                continue  # acronyms: the lexicon knows the ones we keep; NER results for others are dropped
            if low in self.common and not (k and k[0] in lex.organisation_heads):
                continue  # "État", "Défense", "Concrètement": common words, not names
            i = bisect_right(bounds, start) - 1
            if i in needed:
                continue
            needed[i] = sents[i]
        return [needed[i] for i in sorted(needed)]

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._process(batch)
                batch = []
        if batch:
            yield from self._process(batch)

    def _process(self, docs: Sequence[Doc]) -> list[Doc]:
        """One sub-document per document made of its selected sentences; entities mapped back by token."""
        subs: list[Doc] = []
        maps: list[list[int]] = []
        for doc in docs:
            words: list[str] = []
            spaces: list[bool] = []
            where: list[int] = []
            for sent in self._needs_ner(doc):
                for tok in sent:
                    words.append(tok.text)
                    spaces.append(bool(tok.whitespace_))
                    where.append(tok.i)
            subs.append(Doc(doc.vocab, words=words, spaces=spaces))
            maps.append(where)
        for doc, sub, where in zip(docs, self.ner.pipe(subs, batch_size=len(subs)), maps, strict=True):
            ents: list[Span] = []
            for e in sub.ents:
                first, last = where[e.start], where[e.end - 1]
                if last - first == e.end - 1 - e.start:  # entity inside one sentence of the original
                    ents.append(Span(doc, first, last + 1, label=e.label))
            doc.set_ents(ents, default="outside")
        return list(docs)


class LookupLemmas:
    """Lemmas from the model's ``lemma_lookup`` table, looked up in lower case, cached per word form.

    spaCy's lookup lemmatizer reads the form as written, so "Nations" or "Sanctions" opening a sentence
    keep their form. Reads ORTH, writes LEMMA (whole arrays, no per-token Python objects).
    """

    def __init__(self, table: Any) -> None:
        self.table = table
        self.cache: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        cache = self.cache
        orths = doc.to_array(["ORTH"])
        lemmas = numpy.empty_like(orths)
        for i, orth in enumerate(orths.tolist()):
            lemma = cache.get(orth)
            if lemma is None:
                form = strings[orth]
                low = form.lower()
                found = self.table.get(low)
                word = (found[0] if isinstance(found, list) else found) if found else low
                lemma = cache[orth] = strings.add(word)
            lemmas[i] = lemma
        doc.from_array(["LEMMA"], cast(Any, lemmas.reshape(-1, 1)))
        return doc


class CommonWords:
    """French words known to the model's lemma table (its inflected forms and its lemmas), lower case.

    Used to tell a capitalised common word opening a sentence ("Concrètement", "Début") from a name.
    """

    def __init__(self, table: Any) -> None:
        self.table = table
        lemmas: set[str] = set()
        for value in table.values():
            lemmas.update(value if isinstance(value, list) else [value])
        self.lemmas = frozenset(lemmas)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.lemmas or word in self.table)


@Language.factory("frise_lemmas")
def _make_lemmas(nlp: Language, name: str) -> LookupLemmas:
    return LookupLemmas({})


@Language.factory("frise_ner")
def _make_gated_ner(nlp: Language, name: str) -> GatedNER:
    return GatedNER(None, frozenset())


@cache
def get_nlp() -> Language:
    """The French pipeline, loaded once: tokenizer, rule sentences, lookup lemmas, gated NER."""
    full = spacy.load(MODEL, exclude=["parser", "senter", "morphologizer", "attribute_ruler", "tok2vec"])
    full_lemmatizer: Any = full.get_pipe("lemmatizer")
    table = full_lemmatizer.lookups.get_table("lemma_lookup")
    nlp = spacy.blank("fr", vocab=full.vocab)
    nlp.tokenizer = full.tokenizer
    nlp.add_pipe("frise_sentences")
    lemmas: Any = nlp.add_pipe("frise_lemmas")
    lemmas.table = table
    gate: Any = nlp.add_pipe("frise_ner")
    gate.ner = full.get_pipe("ner")
    gate.common = CommonWords(table)
    return nlp


@cache
def common_words() -> CommonWords:
    """The common French words of the model (see `CommonWords`), built once."""
    gate: Any = get_nlp().get_pipe("frise_ner")
    common: CommonWords = gate.common
    return common


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """spaCy Docs of `clean_text(text)` for each text, in order (same length, same offsets as the text)."""
    nlp = get_nlp()
    yield from nlp.pipe((clean_text(t) for t in texts), batch_size=batch_size)


def parse(text: str) -> Doc:
    """One Doc (see `parse_many`)."""
    return next(parse_many([text]))
