"""Sentences and tokens, every span in original-text offsets.

Tokens are words (Arabic or Latin letters, digits, marks inside words) and single punctuation
characters. Clitics stay inside the word token; ``rasid.arabic.clitics`` proposes splits and
the matchers that need them try each split. Sentences end at ``. ! ? ؟ …`` and line breaks,
but not inside numbers (3.5, 2017.6.1) or web addresses (www.aljazeera.net), after one-letter
abbreviations (د.), after the number of a list item, inside an open quotation or brackets
(nested: «… “…” …», and mirrored ”…“ as some writers set them) or before another end mark (a
run such as ``؟!`` or ``...`` ends at its last mark). A quotation closed on an end mark ends the
sentence unless a comma, a colon or another end mark follows it, or (closed on ! or ؟) a
preposition carries it on. A bracket whose closer is not on its line holds nothing open. Unicode's
line and paragraph separators end a line. In text wrapped at a fixed width (e-mail, copied PDF) a
line break inside a sentence is a space (``soft_breaks``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasid.arabic.chars import WORD_RE
from rasid.arabic.normalize import normalize
from rasid.model import Sentence, Token

_PUNCT_RE = re.compile(r"[^\s]")
#: A word, or one character that is neither a word character nor white space.
_TOKEN_RE = re.compile(f"({WORD_RE.pattern})|\\S")
_END = set(".!?؟…")
_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“”"}
_BRACKETS = {"(": ")", "[": "]"}
_CLOSERS = set("”»\"')]“")
#: line breaks: \n, a lone \r of old Mac text, and Unicode's line and paragraph separators
_LINE_BREAK_RE = re.compile("[\n\u2028\u2029]|\r(?!\n)")
_QUOTE_END_RE = re.compile("[”“]")
_LATIN_TITLE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|No|vs)$")
_MAX_QUOTE = 600
#: a wrapped line fills at least this share of the widest line; wrapping widths lie in between
_FULL_LINE = 0.6
_WRAP_WIDTH = (25, 150)
#: marks that open a list item
BULLETS = frozenset("-–—•*▪●◾")
#: a line that begins a list item is never the rest of the line before it
_LIST_ITEM_RE = re.compile("\\s*(?:[" + re.escape("".join(sorted(BULLETS))) + "]|\\d{1,3}[.)\\-])")
#: a line ending with one of these words (or a comma) is cut inside its sentence: the text is
#: wrapped ("… في بلدة⏎كفرنبل")
_CUT_AFTER = {normalize(w) for w in (
    "في من على إلى الى عن مع بين أن إن التي الذي الذين و أو ثم قد لا لم لن ما حتى منذ خلال بعد "
    "قبل عند ضد نحو حول عبر دون لدى بلدة مدينة قرية محافظة ناحية قضاء صباح مساء فجر يوم").split()}
#: what may stand before a one-letter abbreviation: "(د.ب.أ)", "«م.»" (not a mark: "عامًا.")
_BEFORE_ABBR = set(".([«“\"'-–/")
#: after a quotation closed on an end mark, the sentence goes on (or ends at a mark of its own)
_GOES_ON = set("،,؛;:") | _END
#: ... or, closed on ! or ؟, when a preposition carries it on ("«الشعب يريد إسقاط النظام!» في
#: ساحة التحرير"), unless the preposition opens a sentence of its own ("في غضون ذلك")
_GOES_ON_WORDS = {normalize(w) for w in
                  "في خلال أمام عند على إلى أثناء وسط داخل خارج ضد عبر لدى".split()}
_OPENS_SENTENCE = {normalize(w) for w in
                   "غضون سياق المقابل الأثناء حين الوقت هذا ذلك أعقاب".split()}
#: a bracket whose closer is further than this, or on another line, is a stray one (no nesting)
_MAX_BRACKET = 200


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and punctuation of ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group()
        if m.lastindex == 1:
            out.append(Token(m.start(), m.end(), word, normalize(word), True))
        else:
            out.append(Token(m.start(), m.end(), word, word, False))
    return out


def _is_boundary(text: str, i: int, inside: bool) -> bool:
    """Whether the mark at ``i`` ends its sentence (``inside``: within a quotation or brackets)."""
    ch = text[i]
    if ch in "\n\u2028\u2029":
        return True
    if ch not in _END:
        return False
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch == "." and prev.isdigit() and nxt.isdigit():
        return False  # 3.5, 2017.6.1
    if ch == "." and _is_latin_alnum(prev) and _is_latin_alnum(nxt):
        return False  # www.aljazeera.net, U.S.News
    if nxt in _END:
        return False  # a run of marks (... ؟! !! …؟) ends at its last mark
    if (ch == "…" or ch == "." and prev == ".") and nxt.isalpha():
        return False  # "...الخ": an ellipsis leaning on the next word does not end the sentence
    if (ch == "." and prev.isalpha() and not _after_number(text, i - 1)
            and (i == 1 or text[i - 2].isspace() or text[i - 2] in _BEFORE_ABBR)):
        return False  # one-letter abbreviations: د. م. (ت. 2010) and dotted ones: (أ.ف.ب)
    if ch == "." and prev.isdigit() and _list_number(text, i):
        return False  # "1. وقف إطلاق النار": a numbered item begins its sentence
    if ch == "." and _LATIN_TITLE_RE.search(text, max(0, i - 6), i):
        return False  # "Mr. Smith"
    return not inside


def _after_number(text: str, i: int) -> bool:
    """Whether the letter at ``i`` follows a number and ends its sentence: a unit or era, not a
    title ("الساعة 8 م. وينتهي", "عام 1950 م. ودرس"; but "300 ق.م على" and "ق. م." go on)."""
    before = text[max(0, i - 12) : i].rstrip()
    after = text[i + 2 : i + 6].split()
    return bool(before) and before[-1].isdigit() and text[i + 2 : i + 3].isspace() \
        and bool(after) and len(after[0].rstrip(".")) > 1


def _list_number(text: str, i: int) -> bool:
    """Whether the digits before ``i`` (one to three) open a list item: all its line holds before
    it ("\n2. تبادل الأسرى"), or, after a colon or the end of a sentence and before a word, the
    first of items "1." … "2." or the one after "n-1." ("المطالب: 1. وقف القتال. 2. فتح المعابر.")."""
    line = text.rfind("\n", 0, i) + 1
    start = i
    while start > line and text[start - 1].isdigit():
        start -= 1
    if not 1 <= i - start <= 3:
        return False
    window = text[max(line, start - 30) : start]
    if not window.strip() and (start - 30 <= line or not text[line:start].strip()):
        return True
    before = window.rstrip()
    word_next = i + 2 < len(text) and text[i + 1] == " " and text[i + 2].isalpha()
    if not before or before[-1] not in ":.؟!" or not word_next:
        return False
    number = int(text[start:i])
    end = text.find("\n", i)
    if number == 1:
        return text.find(" 2. ", i, end if end != -1 else len(text)) != -1
    return text.rfind(f"{number - 1}. ", line, start) != -1


def _is_latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _reversed_opener(text: str, i: int) -> bool:
    """Whether the ``”`` at ``i`` opens a quotation, as some writers use ``”`` for both marks:
    it follows white space, a colon or the start of the text, and another ``”`` closes it
    further on in the same paragraph."""
    if i > 0 and not (text[i - 1].isspace() or text[i - 1] == ":"):
        return False
    j = _QUOTE_END_RE.search(text, i + 1, i + _MAX_QUOTE)
    return j is not None and "\n" not in text[i : j.start()]


def _opens_after_space(text: str, prev: Token, tok: Token) -> bool:
    """Whether ``tok``, a mark that can close a quotation, opens one instead: it is set apart
    from the end of the sentence before it and (a straight ``"``) leans on the next word, or is
    a ``”`` used as an opener."""
    if tok.start == prev.end:
        return False
    if tok.text == '"':
        return tok.end < len(text) and not text[tok.end].isspace()
    return tok.text == "“" or tok.text == "”" and _reversed_opener(text, tok.start)


def _hard_break(text: str, start: int, end: int, soft: frozenset[int]) -> bool:
    """Whether ``text[start:end]`` holds a line break that is not a soft one (a lone ``\r`` of
    old Mac text is a line break too)."""
    return any(m.start() not in soft for m in _LINE_BREAK_RE.finditer(text, start, end))


def _ends_sentence(line: str) -> bool:
    line = line.rstrip().rstrip("".join(_CLOSERS))
    return bool(line) and line[-1] in _END


def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of the line breaks that only wrap a sentence onto the next line.

    A text of three lines or more is taken as wrapped when one of its lines is cut inside a
    phrase (it ends with a comma, a preposition or a word that needs the next: في، بلدة، صباح)
    and its wrapping width (the 90th
    percentile of its line lengths, so that one long line of a forwarded mail does not count;
    no more than a tenth of the lines may be longer) is 25 to 150 characters. A break
    is soft when the line before it has no end mark, fills 60% to 110% of that width and is
    followed in the same paragraph by lines of the same kind up to one that does end with a
    mark (so a list of headlines, none of them ending with a mark, stays apart), and the next
    line is no list item; the first line (maybe a title) only when it is cut mid-phrase or full.
    """
    if "\n" not in text:
        return frozenset()
    lines = line_spans(text)
    widths = [len(text[s:e].strip()) for s, e in lines]
    filled = sorted(w for w in widths if w)
    width = filled[int(0.9 * (len(filled) - 1))] if filled else 0
    longer = sum(w > 1.1 * width for w in filled)
    if len(filled) < 3 or longer > -(-len(filled) // 10) or not _WRAP_WIDTH[0] <= width <= _WRAP_WIDTH[1]:
        return frozenset()  # a title and its one-line body, or paragraphs a line each
    soft: set[int] = set()
    chain: list[int] = []
    first = next(k for k, w in enumerate(widths) if w)  # a title joins only when cut or full
    cut = 0
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        nxt = text[lines[k + 1][0] : lines[k + 1][1]] if k + 1 < len(lines) else ""
        if (_FULL_LINE * width <= widths[k] <= 1.1 * width and not _ends_sentence(line) and nxt.strip()
                and not _LIST_ITEM_RE.match(nxt) and end < len(text) and (k != first or _cut(line) or widths[k] >= 0.9 * width)):
            chain.append(end)
            cut += _cut(line)
            continue
        if chain and widths[k] and _ends_sentence(line):
            soft.update(chain)
        chain = []
    return frozenset(soft) if cut else frozenset()  # no line cut mid-phrase: lines of their own


def _cut(line: str) -> bool:
    words = line.split()
    return bool(words) and (words[-1][-1] in "،," or normalize(words[-1]) in _CUT_AFTER)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text``, without its line break."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


@dataclass(frozen=True, slots=True)
class _Open:
    """A quotation or bracket open in the sentence: what closes it, where it opened, whether it
    is a bracket, and whether it opened the sentence."""

    closers: str
    at: int
    bracket: bool
    first: bool


def _opener(text: str, tok: Token, nesting: list[_Open]) -> str | None:
    """The marks that close what ``tok`` opens, or None when it opens nothing."""
    ch = tok.text
    if ch in _BRACKETS:
        close = text.find(_BRACKETS[ch], tok.end, tok.end + _MAX_BRACKET)
        return _BRACKETS[ch] if close != -1 and "\n" not in text[tok.end : close] else None
    if ch == "“" and _reversed_closer(text, tok):
        return None  # ”لن نتراجع“: mirrored marks, this one closes
    if ch in _OPEN_QUOTES:
        return _OPEN_QUOTES[ch]
    if ch == '"':
        return '"'
    if ch == "”" and (not nesting or "”" not in nesting[-1].closers) \
            and _reversed_opener(text, tok.start):
        return "”“"
    return None


def _reversed_closer(text: str, tok: Token) -> bool:
    """Whether a ``“`` leans on the word before it and not on the next one ("نتراجع“ ثم")."""
    before = text[tok.start - 1] if tok.start else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return not before.isspace() and before not in _OPEN_QUOTES \
        and (after.isspace() or after in _GOES_ON or after in _CLOSERS)


def _carried_on(tokens: list[Token], i: int) -> bool:
    """Whether the quotation closed at token ``i`` on ! or ؟ goes on in a preposition's phrase."""
    return (i >= 1 and tokens[i - 1].text in "!?؟" and i + 1 < len(tokens)
            and tokens[i + 1].norm in _GOES_ON_WORDS
            and not (i + 2 < len(tokens) and tokens[i + 2].norm in _OPENS_SENTENCE))


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group tokens into sentences; each sentence span runs from its first to last token."""
    soft = soft_breaks(text)
    sentences: list[Sentence] = []
    first = 0
    nesting: list[_Open] = []  # quotations and brackets open, innermost last
    n = len(tokens)
    for i, tok in enumerate(tokens):
        ch = tok.text
        closed: _Open | None = None
        if not tok.is_word:
            # the awaited closer first: “ closes „ (as ” closes “) before it could open a quote
            depth = next((k for k in reversed(range(len(nesting))) if ch in nesting[k].closers), None)
            if depth is not None and (depth == len(nesting) - 1 or ch not in _OPEN_QUOTES):
                closed = nesting[depth]
                del nesting[depth:]  # an inner mark left open closes with its outer one
            else:
                closers = _opener(text, tok, nesting)
                if closers is not None:
                    nesting.append(_Open(closers, tok.start, ch in _BRACKETS, i == first))
        if nesting and tok.start - nesting[0].at > _MAX_QUOTE:
            nesting.clear()  # an unclosed quote must not eat the text
        boundary = False
        closes_quoted_sentence = (
            not tok.is_word and (closed is not None or ch in _CLOSERS) and not nesting and i > first
            and tokens[i - 1].text in _END
            and not (i + 1 < n and tokens[i + 1].text in _GOES_ON)  # «أين المساعدات؟»، مضيفا
            and not (closed is not None and closed.bracket and not closed.first)  # الحكومة (...) لن
            and not _carried_on(tokens, i)  # «…!» في ساحة التحرير
        )
        if closes_quoted_sentence:
            boundary = True
        elif not tok.is_word and _is_boundary(text, tok.start, bool(nesting)):
            boundary = True
        elif i + 1 < n and _hard_break(text, tok.end, tokens[i + 1].start, soft):
            boundary = True
            nesting.clear()
        if boundary:
            # keep closing quotes and brackets that follow the full stop in this sentence
            j = i
            while (j + 1 < n and tokens[j + 1].text in _CLOSERS
                   and not _LINE_BREAK_RE.search(text, tokens[j].end, tokens[j + 1].start)
                   and not _opens_after_space(text, tokens[j], tokens[j + 1])):
                j += 1
            if j != i:
                continue
            sentences.append(Sentence(tokens[first].start, tok.end, first, i + 1))
            first = i + 1
    if first < n:
        sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, n))
    return [_without_bullet(tokens, s) for s in sentences]


def _without_bullet(tokens: list[Token], s: Sentence) -> Sentence:
    """"- اغتيال قيادي …": the sentence's span is the item's words (its evidence then opens no
    cell of a spreadsheet as a formula); its tokens still include the bullet, so that the
    sentences keep covering every token."""
    k = s.first_token
    while k < s.last_token - 1 and tokens[k].text in BULLETS:
        k += 1
    return s if k == s.first_token else Sentence(tokens[k].start, s.end, s.first_token, s.last_token)
