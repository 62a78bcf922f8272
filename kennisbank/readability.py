"""A rough measure of sentence length for the demo articles, until the project's B1 checker exists.

Counts words per sentence in running text: the summary, paragraphs, list items, steps, tips and
questions with answers. Headings and link titles are not sentences, so they are left out.
"""

import re
from html import unescape

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
BLOCK_TAGS = re.compile(r"</?(p|li|ul|ol|br)[^>]*>", re.I)
TAGS = re.compile(r"<[^>]+>")


def sentences_from_html(html):
    text = unescape(TAGS.sub("", BLOCK_TAGS.sub("\n", html)))
    for line in text.split("\n"):
        yield from (part for part in SENTENCE_END.split(line.strip()) if part)


def article_sentences(fields):
    yield from sentences_from_html(fields["summary"])
    for block_type, value in fields["body"]:
        if block_type == "paragraph":
            yield from sentences_from_html(value)
        elif block_type == "tip":
            yield from sentences_from_html(value)
        elif block_type == "steps":
            for item in value:
                yield from sentences_from_html(item)
        elif block_type == "faq":
            for item in value:
                yield item["question"]
                yield from sentences_from_html(item["answer"])


def sentence_lengths(articles, language):
    return [
        len(sentence.split())
        for article in articles
        for sentence in article_sentences(article[language])
        if sentence.split()
    ]


def average_sentence_length(articles, language):
    lengths = sentence_lengths(articles, language)
    return sum(lengths) / len(lengths)


def article_text(fields):
    """An article from demo_content as plain text, one block a paragraph, for the B1 checker."""
    from plainlanguage.analysis import html_to_text

    parts = [fields["title"], fields["summary"]]
    for block_type, value in fields["body"]:
        if block_type in ("heading", "tip"):
            parts.append(value)
        elif block_type == "paragraph":
            parts.append(html_to_text(value))
        elif block_type == "steps":
            parts.extend(value)
        elif block_type == "faq":
            for item in value:
                parts += [item["question"], html_to_text(item["answer"])]
    return "\n\n".join(parts)
