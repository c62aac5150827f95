"""spaCy French pipeline: text cleaning, sentences, lookup lemmas and named entities, built once.

Model: ``fr_core_news_sm``. Measured on a 2-core machine with one core per process (3 KB French articles):
both models run their NER at the same speed (about 30 articles/s for NER over the whole text, the NER of
each model has its own small tok2vec), but ``_sm`` loads in a third of the time and a fifth of the memory,
and on the seed gold set it gives the same actor precision and recall as ``_md`` once the lexicon has
done its part (the lexicon, not NER, finds almost every known actor; NER only has to find people and
organisations that the lexicon does not know). See the report of issue 4 for the figures.

What runs, and why it is fast enough (target: 50 articles/s/core for the whole pipeline):

* the model's tokenizer;
* ``frise_sentences``: a rule-based splitter (terminal punctuation, line breaks, French abbreviations).
  The trained ``parser``/``senter`` cost more than the whole rest and were no better on news paragraphs;
* ``lemmatizer`` in *lookup* mode with the model's own ``lemma_lookup`` table: lemmas for topics without
  the morphologizer (which would halve the speed);
* ``frise_ner``: the model's trained ``ner`` component, run only on the sentences that contain a
  capitalised word the actor lexicon does not already explain (a name, an unknown organisation). Known
  actors ("Poutine", "Moscou", "ONU") need no NER, so most sentences skip it. The lexicon matches computed
  for the gate are stored in ``doc.user_data["frise_matches"]`` for `timeline.actors` to reuse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import Any

import spacy
from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.lookups import Lookups
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

_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??"}
_CLOSERS = {"»", '"', "”", ")", "]", "’", "'"}
_ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "pr",
    "me",
    "mgr",
    "st",
    "ste",
    "gén",
    "col",
    "cf",
    "etc",
    "env",
    "av",
    "apr",
    "j.-c",
    "p",
    "pp",
    "n",
    "no",
    "vol",
    "art",
    "lt",
    "cdt",
}


@Language.component("frise_sentences")
def frise_sentences(doc: Doc) -> Doc:
    """Sentence starts from punctuation and line breaks (reads tokens, writes ``is_sent_start``)."""
    n = len(doc)
    starts = [False] * n
    if n:
        starts[0] = True
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            if i + 1 < n:
                starts[i + 1] = True
        elif tok.text in _TERMINAL or (tok.text.endswith(".") and tok.text[:-1].isalpha() and len(tok) > 3):
            prev = doc[i - 1].lower_.rstrip(".") if i > 0 else ""
            if tok.text == "." and (prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isalpha())):
                i += 1
                continue
            j = i + 1
            while j < n and doc[j].text in _CLOSERS:
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and not doc[j].text[:1].islower():
                starts[j] = True
            i = j
            continue
        i += 1
    for k, tok in enumerate(doc):
        tok.is_sent_start = starts[k]
    return doc


# --- gated NER ------------------------------------------------------------------------------------------


class GatedNER:
    """Run a trained NER only on sentences with capitalised words the actor lexicon does not explain.

    Reads sentences and tokens; writes ``doc.ents`` and ``doc.user_data["frise_matches"]``.
    """

    def __init__(self, ner: Any, common_words: Any) -> None:
        self.ner = ner
        self.common = common_words

    def _needs_ner(self, doc: Doc) -> list[Span]:
        lex = load_lexicon()
        text = doc.text
        matches = lex.find(text, key_string(text))
        doc.user_data["frise_matches"] = matches
        covered = bytearray(len(text) + 1)
        for m in matches:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        out: list[Span] = []
        for sent in doc.sents:
            first = True
            for tok in sent:
                t = tok.text
                if not t[:1].isalpha():
                    continue
                if t[:1].isupper() and not covered[tok.idx]:
                    low = tok.lower_
                    if low not in STOP_WORDS and not (first and low in self.common):
                        out.append(sent)
                        break
                first = False
        return out

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
        owners: list[tuple[Doc, Span]] = []
        subs: list[Doc] = []
        for doc in docs:
            for sent in self._needs_ner(doc):
                owners.append((doc, sent))
                subs.append(sent.as_doc())
        found: dict[int, list[Span]] = {id(d): [] for d in docs}
        for (doc, sent), sub in zip(owners, self.ner.pipe(subs, batch_size=256), strict=True):
            for e in sub.ents:
                found[id(doc)].append(Span(doc, sent.start + e.start, sent.start + e.end, label=e.label))
        for doc in docs:
            doc.set_ents(found[id(doc)], default="outside")
        return list(docs)


@cache
def get_nlp() -> Language:
    """The French pipeline, loaded once: tokenizer, rule sentences, lookup lemmas, gated NER."""
    full = spacy.load(MODEL)
    full_lemmatizer: Any = full.get_pipe("lemmatizer")
    lemma_table = full_lemmatizer.lookups.get_table("lemma_lookup")
    nlp = spacy.blank("fr")
    nlp.tokenizer = full.tokenizer
    nlp.add_pipe("frise_sentences")
    lem: Any = nlp.add_pipe("lemmatizer", config={"mode": "lookup", "overwrite": True})
    lookups = Lookups()
    lookups.set_table("lemma_lookup", lemma_table)
    lem.initialize(lookups=lookups)
    nlp.add_pipe("frise_ner", config={})
    gate: Any = nlp.get_pipe("frise_ner")
    gate.ner = full.get_pipe("ner")
    gate.common = lemma_table
    return nlp


@Language.factory("frise_ner")
def _make_gated_ner(nlp: Language, name: str) -> GatedNER:
    return GatedNER(None, frozenset())


def lemma_table() -> Any:
    """The model's lemma lookup table (form -> lemma), as used by the pipeline's lemmatizer."""
    lemmatizer: Any = get_nlp().get_pipe("lemmatizer")
    return lemmatizer.lookups.get_table("lemma_lookup")


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """spaCy Docs of `clean_text(text)` for each text, in order (same length, same offsets as the text)."""
    nlp = get_nlp()
    yield from nlp.pipe((clean_text(t) for t in texts), batch_size=batch_size)


def parse(text: str) -> Doc:
    """One Doc (see `parse_many`)."""
    return next(parse_many([text]))
