"""Page furniture: paragraphs that are part of the web page, not of the news.

Donation and subscription appeals, newsletter and cookie notices, "Read
more" links, photo credits ("NAME / AFP"), bylines and share buttons yield no
relations. The cues are general shapes of such text, not any one site's words:
an appeal speaks to the reader ("you", "your") about supporting, subscribing
or donating, usually as "we"/"our".

>>> is_furniture("Read more")
True
>>> is_furniture("Ankara-backed rebels claim the deal holds. JOHN SMITH / AFP")
True
>>> is_furniture("Russia backs the Syrian government.")
False

A dateline ("KHARTOUM, Sudan (Reuters) -") opens a story: the place and the
agency are no party to its first sentence, so ``dateline_end`` says where the
story proper starts.

>>> text = "KHARTOUM, Sudan (Reuters) - The army shelled the city."
>>> text[dateline_end(text):]
'The army shelled the city.'
"""

from __future__ import annotations

import re

_STRONG = re.compile(
    r"\b(read more|related:|sign up|subscribe|subscription|newsletter|cookies?\b|"
    r"privacy policy|terms of (use|service)|all rights reserved|click here|donat(e|ion)|"
    r"advertis(e|ement|ing)|ad-free|paywall|follow us|share (this|on)|"
    r"log ?in|remind me later|payment methods?|paiment)",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(you|your|yours)\b", re.IGNORECASE)
_WE = re.compile(r"\b(we|our|us)\b", re.IGNORECASE)
_APPEAL = re.compile(
    r"\b(support|help|contribut\w*|favou?r|journalism|reader\w*|membership|member)\b",
    re.IGNORECASE,
)
# "… / AFP", "Photo: Reuters", "(Getty Images)": a credit at the end of a caption.
_CREDIT = re.compile(
    r"(\s/\s*[A-Z][\w .&-]{1,40}|\b(photo|image|picture|credit)s?\s*(:|by)\s*[\w .&/-]{2,60}|"
    r"\((AFP|AP|Reuters|Getty Images|EPA)[^)]*\))\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\s*(by|written by|reporting by|edited by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}"
    r"\s*(,.*)?$"
)
_SHORT = 80
# "BAGHDAD (AP) —", "KHARTOUM, Sudan (Reuters) -", "GOMA, Congo —": an upper-case
# place, a country or region and/or an agency, a dash.
# A bare "NATO —" is no dateline: a country or an agency must follow the place.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.\- ]{2,40}"
    r"(?:(?:,\s*[A-Z][\w'’.\- ]{1,40}){1,2}(?:\s*\([A-Z][\w&.\- ]{0,30}\))?"
    r"|\s*\([A-Z][\w&.\- ]{0,30}\))"
    r"\s*[-—–]+\s*"
)


# Case-insensitive regexes are slow in Python: ASCII text (nearly all news) is
# lower-cased once and searched case-sensitively, which matches the same.
_LOWER = {r: re.compile(r.pattern) for r in (_STRONG, _READER, _WE, _APPEAL)}
_CREDIT_CUES = ("/", "(", "photo", "image", "picture", "credit")


# "... killed in clashes at the border. Read more »": a teaser's trailing link.
_TRAILING_LINK = re.compile(
    r"(?<=[.!?\"'’”])\s+(?:read more|continue reading|read the full story)\s*[»›→>.…]*\s*$",
    re.IGNORECASE,
)


def without_trailing_link(paragraph: str) -> str:
    """Return ``paragraph`` without a "Read more »" link after its last sentence.

    A teaser on a tag or section page is a sentence of news and a link; the
    link is furniture, the sentence is not. Offsets stay valid: only the end
    is cut.

    >>> without_trailing_link("Rebels shelled the town. Read more »")
    'Rebels shelled the town.'
    >>> without_trailing_link("Read more »")
    'Read more »'
    """
    if "ead" not in paragraph and "ontinue" not in paragraph:
        return paragraph
    found = _TRAILING_LINK.search(paragraph)
    return paragraph[: found.start()] if found else paragraph


def is_furniture(paragraph: str) -> bool:
    """Return True when ``paragraph`` is page furniture, not article text."""
    text = paragraph.strip()
    if not text:
        return True
    if text.isascii():
        low = text.lower()
        search: dict[re.Pattern[str], re.Pattern[str]] = _LOWER
        # every branch of _CREDIT needs one of these
        credit = any(cue in low for cue in _CREDIT_CUES)
    else:
        low, search, credit = text, {r: r for r in _LOWER}, True
    if _BYLINE.match(text) or (credit and _CREDIT.search(text) and _credit_is_caption(text)):
        return True
    if search[_STRONG].search(low) and (len(text) < 4 * _SHORT or search[_READER].search(low)):
        return True
    if not search[_APPEAL].search(low):
        return False
    reader, we = len(search[_READER].findall(low)), len(search[_WE].findall(low))
    return (reader >= 1 and we >= 1) or we >= 3


def _credit_is_caption(text: str) -> bool:
    """A credit ends a caption: the part before it is short or all upper case before '/'."""
    head, _, tail = text.rpartition("/")
    name = head.rsplit(".", 1)[-1].strip()
    return bool(tail.strip()) and (
        name.isupper()
        or len(text) < 2 * _SHORT
        or "photo" in text.lower()
        or "image" in text.lower()
    )


def dateline_end(paragraph: str) -> int:
    """Return where the text after a dateline at the start of ``paragraph`` begins (0: none)."""
    if paragraph[:40].lstrip()[:2].isupper():
        found = _DATELINE.match(paragraph)
        if found:
            return found.end()
    return 0
