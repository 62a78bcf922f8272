"""The B1 analyser: pure Python, no network, no Django models.

`analyse(text, language)` splits a text into sentences and words (keeping character offsets),
finds the spots that make a text harder than B1 (long sentences, rare and long words, passive
voice, officialese, piles of nominalisations) and combines a few rates into one score.

Word frequency comes from `wordfreq` (Zipf scale: 6 is "de"/"the", 3 is about once per million
words) and syllables from `pyphen`'s hyphenation dictionaries; both ship their data in the wheel.
"""

from __future__ import annotations

import functools
import html
import math
import re
from dataclasses import asdict, dataclass, field
from html.parser import HTMLParser

import pyphen
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wordfreq import get_frequency_dict, zipf_frequency

from . import lexicon
from .conf import thresholds

LANGUAGES = ("nl", "en", "de")
PYPHEN_LANGUAGES = {"nl": "nl_NL", "en": "en_US", "de": "de_DE"}

# A word: letters, optionally joined by hyphens or apostrophes ("e-mail", "zo'n", "don't").
WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by white space, or at a
# line break: headings, list items and table cells are sentences of their own.
SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n+|[:;](?=\s*\n)")
MIN_RATE_WORDS = 30
KINDS = ("long_sentence", "rare_word", "long_word", "passive", "jargon", "nominalisation")


@dataclass
class Issue:
    kind: str
    message: str
    start: int
    end: int
    sentence: int
    excerpt: str

    def as_dict(self):
        return asdict(self)


@dataclass
class Analysis:
    language: str
    verdict: str
    score: float
    flesch_douma: float
    sentence_count: int
    word_count: int
    issues: list[Issue] = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    @property
    def is_b1(self):
        return self.verdict == "b1"

    @property
    def readability_index_name(self):
        return {"nl": "Flesch-Douma", "en": "Flesch Reading Ease", "de": "Amstad"}[self.language]

    def as_dict(self):
        return {
            "language": self.language,
            "verdict": self.verdict,
            "score": self.score,
            "flesch_douma": self.flesch_douma,
            "readability_index": self.readability_index_name,
            "sentence_count": self.sentence_count,
            "word_count": self.word_count,
            "metrics": self.metrics,
            "issues": [issue.as_dict() for issue in self.issues],
        }


@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self):
        return self.text.lower()


# --- text extraction -------------------------------------------------------------------------

BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
    "blockquote", "section", "article", "dd", "dt", "figcaption", "summary", "details", "pre",
}  # fmt: skip


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style", "template"}:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in {"script", "style", "template"}:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML fragment (e.g. rich text): block elements become line breaks."""
    if not markup:
        return ""
    parser = _TextExtractor()
    parser.feed(str(markup))
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# --- tokenising ------------------------------------------------------------------------------


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, skipping abbreviations such as "bijv." or "e.g."."""
    abbreviations = lexicon.abbreviations(language)
    spans = []
    start = 0
    for match in SENTENCE_END_RE.finditer(text):
        end = match.end()
        if match.group().startswith("."):
            before = text[start : match.start()].split()
            last = (before[-1] if before else "").lower() + "."
            # "bijv.", "o.a.", "art." and initials ("J.") do not end a sentence; "1." in a
            # numbered list or date does not either.
            if last.lstrip("(") in abbreviations or re.fullmatch(r"\(?(\w|\d+)\.", last):
                following = text[end:].lstrip()
                if following and not following[0].isupper() or last.rstrip(".").isdigit():
                    continue
                if len(last) == 2 and last[0].isupper():
                    continue
        if text[start:end].strip():
            spans.append(_strip_span(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_strip_span(text, start, len(text)))
    return spans


def _strip_span(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def words_in(text: str, start: int, end: int) -> list[Token]:
    return [
        Token(match.group(), start + match.start(), start + match.end())
        for match in WORD_RE.finditer(text[start:end])
    ]


@functools.cache
def _hyphenator(language):
    return pyphen.Pyphen(lang=PYPHEN_LANGUAGES[language])


@functools.lru_cache(maxsize=50_000)
def syllables(word: str, language: str) -> int:
    """Syllables from the hyphenation dictionary; at least the number of vowel groups' guess."""
    word = word.lower()
    parts = 0
    for piece in word.split("-"):
        if piece:
            parts += len(_hyphenator(language).positions(piece)) + 1
    vowel_groups = len(re.findall(r"[aeiouyàáâäèéêëìíîïòóôöùúûü]+", word))
    # Hyphenation dictionaries leave short final syllables unsplit; vowel groups overcount
    # diphthongs. The larger of the two, capped by vowel groups, is a fair count.
    return max(1, min(max(parts, vowel_groups - 1), vowel_groups or 1))


@functools.cache
def _frequencies(language):
    return get_frequency_dict(language, wordlist="best")


@functools.lru_cache(maxsize=100_000)
def zipf(word: str, language: str) -> float:
    """Zipf frequency of a lower-case word; a plain dictionary look-up for simple words."""
    if word.isalpha():
        frequency = _frequencies(language).get(word, 0.0)
        return round(math.log10(frequency * 1e9), 2) if frequency else 0.0
    # Hyphens and apostrophes need wordfreq's own tokeniser.
    return zipf_frequency(word, language)


# --- the analyser ----------------------------------------------------------------------------


def analyse(
    text: str,
    language: str = "nl",
    *,
    extra_jargon: tuple[str, ...] = (),
    extra_allowed: tuple[str, ...] = (),
) -> Analysis:
    """Analyse plain text (use `html_to_text` first for HTML) in nl, en or de.

    `extra_jargon` ("term | alternative") and `extra_allowed` add to the word lists, e.g. the
    terms editors manage in the admin (see terms.editor_terms()).
    """
    language = (language or "nl").split("-")[0].lower()
    if language not in LANGUAGES:
        raise ValueError(f"Unsupported language {language!r}; use one of {', '.join(LANGUAGES)}.")
    text = text or ""
    limits = thresholds(language)
    checker = _Checker(text, language, limits)
    if extra_allowed:
        checker.allowed = checker.allowed | {word.lower() for word in extra_allowed}
    if extra_jargon:
        checker.jargon = checker.jargon + tuple(lexicon.compile_jargon(e) for e in extra_jargon)
    return checker.run()


class _Checker:
    def __init__(self, text, language, limits):
        self.text = text
        self.language = language
        self.limits = limits
        self.issues: list[Issue] = []
        self.allowed = lexicon.allowed_words(language)
        self.jargon = lexicon.jargon(language)

    def add(self, kind, message, start, end, sentence):
        excerpt = self.text[start:end]
        self.issues.append(Issue(kind, message, start, end, sentence, excerpt))

    def run(self):
        spans = split_sentences(self.text, self.language)
        counts = dict.fromkeys(KINDS, 0)
        word_total = syllable_total = long_sentences = 0
        rare = long = nominal = passive = jargon = 0
        content_words = 0
        for index, (start, end) in enumerate(spans):
            tokens = words_in(self.text, start, end)
            if not tokens:
                continue
            word_total += len(tokens)
            syllable_total += sum(syllables(t.text, self.language) for t in tokens)
            if len(tokens) > self.limits["max_sentence_words"]:
                long_sentences += 1
                self.add(
                    "long_sentence",
                    _("Long sentence: %(count)d words. Try to stay under %(max)d.")
                    % {"count": len(tokens), "max": self.limits["max_sentence_words"] + 1},
                    start,
                    end,
                    index,
                )
            for position, token in enumerate(tokens):
                result = self.check_word(token, position, index)
                content_words += result["content"]
                rare += result["rare"]
                long += result["long"]
            nominal += self.check_nominalisations(tokens, index)
            passive += self.check_passive(tokens, index)
            jargon += self.check_jargon(start, end, index)
        for issue in self.issues:
            counts[issue.kind] += 1
        sentence_count = len([s for s in spans if words_in(self.text, *s)])
        metrics = self.metrics(
            word_total, sentence_count, long_sentences, rare, long, nominal, passive, jargon
        )
        metrics["content_words"] = content_words
        metrics["issue_counts"] = counts
        score = self.score(metrics)
        return Analysis(
            language=self.language,
            verdict="b1" if score >= self.limits["pass_score"] else "harder",
            score=score,
            flesch_douma=round(self.readability(word_total, sentence_count, syllable_total), 1),
            sentence_count=sentence_count,
            word_count=word_total,
            issues=sorted(self.issues, key=lambda issue: (issue.start, issue.end)),
            metrics=metrics,
            sentences=spans,
        )

    # Words ----------------------------------------------------------------------------------

    def check_word(self, token, position, sentence):
        word = token.lower
        result = {"content": 0, "rare": 0, "long": 0}
        if len(word) <= 3 or word in self.allowed:
            return result
        # Names: a capital inside a sentence (and anything in capitals, e.g. "AVG").
        if position > 0 and token.text[0].isupper() or token.text.isupper():
            return result
        result["content"] = 1
        count = syllables(word, self.language)
        # Long but everyday words ("informatie", "organiseren") are not worth a remark.
        if (
            count >= self.limits["long_word_syllables"]
            and zipf(word, self.language) < self.limits["common_word_zipf"]
        ):
            result["long"] = 1
            self.add(
                "long_word",
                _("Long word: '%(word)s' (%(count)d syllables). Can you use a shorter one?")
                % {"word": token.text, "count": count},
                token.start,
                token.end,
                sentence,
            )
            return result
        if self.is_rare(word):
            result["rare"] = 1
            self.add(
                "rare_word",
                _(
                    "Uncommon word: '%(word)s'. Not everyone knows it. Explain it or use a common word."
                )
                % {"word": token.text},
                token.start,
                token.end,
                sentence,
            )
        return result

    def is_rare(self, word):
        threshold = self.limits["rare_word_zipf"]
        if zipf(word, self.language) >= threshold:
            return False
        if self.language in ("nl", "de"):
            # Compounds ("fietsenstalling", "Musikschule") are as plain as their parts.
            return not self._plain_compound(word, threshold)
        return True

    def _plain_compound(self, word, threshold):
        linkers = ("", "s", "en", "e", "n", "es")
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if zipf(tail, self.language) < threshold and tail not in self.allowed:
                continue
            for linker in linkers:
                if linker and not head.endswith(linker):
                    continue
                stem = head[: len(head) - len(linker)] if linker else head
                if len(stem) >= 3 and (
                    zipf(stem, self.language) >= threshold or stem in self.allowed
                ):
                    return True
        return False

    def check_nominalisations(self, tokens, sentence):
        found = [
            t
            for i, t in enumerate(tokens)
            if lexicon.is_nominalisation(t.lower, self.language)
            and not (i > 0 and t.text[0].isupper() and self.language != "de")
        ]
        if len(found) >= self.limits["max_nominalisations"]:
            self.add(
                "nominalisation",
                ngettext(
                    "%(count)d noun made from a verb (%(words)s). Use the verb: 'we decide' instead of 'the decision'.",
                    "%(count)d nouns made from verbs (%(words)s). Use the verbs: 'we decide' instead of 'the decision'.",
                    len(found),
                )
                % {"count": len(found), "words": ", ".join(t.text for t in found)},
                found[0].start,
                found[-1].end,
                sentence,
            )
        return len(found)

    def check_passive(self, tokens, sentence):
        found = 0
        for start, end in lexicon.passives(tokens, self.language):
            found += 1
            self.add(
                "passive",
                _("Passive voice: '%(words)s'. Say who does it: 'we send it', not 'it is sent'.")
                % {"words": " ".join(self.text[tokens[start].start : tokens[end].end].split())},
                tokens[start].start,
                tokens[end].end,
                sentence,
            )
        return found

    def check_jargon(self, start, end, sentence):
        found = 0
        segment = self.text[start:end]
        for pattern, _term, alternative in self.jargon:
            for match in pattern.finditer(segment):
                found += 1
                if alternative:
                    message = _("Officialese: '%(term)s'. Try: %(alternative)s.") % {
                        "term": match.group(),
                        "alternative": alternative,
                    }
                else:
                    message = _("Officialese: '%(term)s'. Say it in everyday words.") % {
                        "term": match.group()
                    }
                self.add("jargon", message, start + match.start(), start + match.end(), sentence)
        return found

    # Scores ---------------------------------------------------------------------------------

    def metrics(self, words, sentences, long_sentences, rare, long, nominal, passive, jargon):
        # Word-level rates of a short label ("Inleiding") would be 0% or 100%; counting
        # short texts as at least MIN_RATE_WORDS words keeps one word from deciding the verdict.
        words_ = max(words, MIN_RATE_WORDS)
        sentences_ = max(sentences, 1)
        return {
            "words_per_sentence": round(words / sentences_, 2),
            "long_sentence_share": round(long_sentences / sentences_, 3),
            "rare_word_share": round(rare / words_, 4),
            "long_word_share": round(long / words_, 4),
            "passives_per_sentence": round(passive / sentences_, 3),
            "jargon_per_100_words": round(100 * jargon / words_, 3),
            "nominalisations_per_100_words": round(100 * nominal / words_, 3),
        }

    def score(self, metrics):
        """0-100: an estimate of how plain the text is. The weights are in conf.WEIGHTS."""
        weights = self.limits["weights"]
        z = weights["bias"]
        for name, weight in weights.items():
            if name != "bias":
                z += weight * metrics[name]
        return round(100 / (1 + math.exp(max(-50, min(50, z)))), 1)

    def readability(self, words, sentences, syllables_):
        if not words or not sentences:
            return 0.0
        asl = words / sentences
        asw = syllables_ / words
        if self.language == "nl":
            return 206.835 - 0.93 * asl - 77 * asw  # Flesch-Douma
        if self.language == "de":
            return 180 - asl - 58.5 * asw  # Amstad
        return 206.835 - 1.015 * asl - 84.6 * asw  # Flesch Reading Ease
