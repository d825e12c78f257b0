"""Page furniture and artefacts out, offsets untouched.

Cleaning is *length-preserving*: removed characters (furniture lines such as "اقرأ أيضًا",
"مقالات ذات صلة", share/cookie/privacy lines, related-article headlines at the end, HTML entity
artefacts like ``&amp;`` and bidi controls) are replaced by spaces. Every offset in the cleaned
text is therefore the same offset in the original text, which is what spans must point into;
``CleanText.removed`` lists what was masked. Tatweel and diacritics stay in the text: they are
folded away only in matching forms (``rasid.arabic.normalize``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasid.arabic.chars import ARABIC_LETTERS
from rasid.arabic.normalize import normalize
from rasid.model import Article, Span
from rasid.segment import BULLETS, line_spans

#: headers of related-article lists: furniture, and so is the list of headlines under them
_RELATED = tuple(normalize(s) for s in (
    "اقرأ أيضا", "اقرأ ايضاً", "إقرأ أيضا", "اقرا ايضا", "اقرأ المزيد", "مقالات ذات صلة", "مقالات ذات صله",
    "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار متعلقة"))
#: Lines that are page furniture wherever they appear (matched on the normalised line start).
_FURNITURE_STARTS = _RELATED + tuple(
    normalize(s)
    for s in (
        "المصدر:", "يمكنكم تسلم إشعارات", "حمّل تطبيق", "حمل تطبيق",
        "تنويه:", "جميع الحقوق محفوظة", "اشترك في النشرة", "read our privacy policy",
        "privacy policy", "cookie", "cookies", "share this", "click here",
    )
)
#: Words that begin furniture only on a short line ("شارك", "تابعونا على تويتر"): a line of
#: news may begin with them ("شارك وزراء خارجية الأردن والسعودية في اجتماع …")
_SHORT_HEADERS = tuple(normalize(s) for s in ("الأكثر قراءة", "الأكثر مشاهدة", "التعليقات"))
_FURNITURE_WORDS = tuple(normalize(s) for s in ("مرتبط", "شارك", "شاركها", "تابعونا", "تابعوا")) + _SHORT_HEADERS
_FURNITURE_WORDS_MAX = 4
#: furniture lines under which a list of headlines follows
_LIST_HEADERS = _RELATED + _SHORT_HEADERS
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6});|&")
_BIDI = "[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
_LETTER = f"[{ARABIC_LETTERS}A-Za-z0-9]"
#: direction marks, unless one sits inside a word ("بي\u200fروت" stays one word)
_BIDI_RE = re.compile(f"(?<!{_LETTER}){_BIDI}|{_BIDI}(?!{_LETTER})")
_SENTENCE_END = tuple(".!?؟…\"”»:)")
_SHORT_TAIL_WORDS = 14


@dataclass(frozen=True, slots=True)
class CleanText:
    """The article text with furniture masked by spaces (same length as the original)."""

    text: str
    removed: tuple[Span, ...]

    def to_original(self, offset: int) -> int:
        """Cleaning never moves text, so an offset maps to itself."""
        return offset


def _is_furniture(line: str) -> bool:
    norm = normalize(line.strip()).lstrip("-–•*# ")
    return bool(norm) and (norm.startswith(_FURNITURE_STARTS) or norm.startswith(_FURNITURE_WORDS)
                           and len(norm.split()) <= _FURNITURE_WORDS_MAX)


def _is_tail_headline(line: str) -> bool:
    """A short line without closing punctuation or quotation mark: a related-article link."""
    stripped = line.strip()
    words = stripped.split()
    return len(words) < _SHORT_TAIL_WORDS and not stripped.endswith(_SENTENCE_END)


def _is_bullet(line: str) -> bool:
    return line.lstrip()[:1] in BULLETS


def clean(article: Article) -> CleanText:
    text = article.text
    chars = list(text)
    removed: list[Span] = []

    def mask(start: int, end: int) -> None:
        if end > start:
            chars[start:end] = " " * (end - start)
            removed.append(Span(start, end))

    lines = line_spans(text)
    listing = False  # under "اقرأ أيضا": the related headlines it lists
    for start, end in lines:
        line = text[start:end]
        if _is_furniture(line):
            mask(start, end)
            listing = normalize(line.strip()).lstrip("".join(BULLETS) + "# ").startswith(_LIST_HEADERS) \
                and len(line.split()) <= _FURNITURE_WORDS_MAX  # a header, not "اقرأ أيضا: <headline>"
        elif listing and line.strip() and (_is_tail_headline(line) or _is_bullet(line)
                                           and len(line.split()) < _SHORT_TAIL_WORDS):
            mask(start, end)
        else:
            listing = False
    # related-article headlines and furniture remnants at the very end of the text, as long
    # as a paragraph of body text stands before them: two or more, or one beside furniture (a
    # last line of news may lack its full stop); list items are the article's own
    content = [(s, e) for s, e in lines if "".join(chars[s:e]).strip()]
    body_seen = [False] * len(content)
    for k, (s, e) in enumerate(content):
        long_line = not _is_tail_headline("".join(chars[s:e]))
        body_seen[k] = long_line or (k > 0 and body_seen[k - 1])
    tail: list[tuple[int, int]] = []
    headlines = 0
    for k in range(len(content) - 1, 0, -1):
        start, end = content[k]
        line = "".join(chars[start:end])
        letters = sum(c.isalpha() for c in line)
        if body_seen[k - 1] and (letters == 0 or _is_tail_headline(line) and not _is_bullet(line)):
            tail.append((start, end))
            headlines += letters > 0
            continue
        break
    body_end = min((s for s, _ in tail), default=len(text))
    beside_furniture = any(r.start >= body_end for r in removed)
    if headlines >= 2 or headlines and beside_furniture or tail and not headlines:
        for start, end in tail:
            mask(start, end)
    for m in _ENTITY_RE.finditer(text):
        mask(m.start(), m.end())
    for m in _BIDI_RE.finditer(text):
        mask(m.start(), m.end())
    return CleanText("".join(chars), tuple(sorted(removed, key=lambda s: s.start)))
