"""Places named again: "في المنطقة ذاتها", "في القضاء نفسه", "بالمدينة ذاتها" (after a
preposition: where something was) stand for the place last named before them, of the same kind
when the noun tells it, so a second act told there has a place."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.model import PlaceRef, Token

#: the noun named again → the features of the place it may stand for (None: any but a country)
_NOUNS = {normalize(w): f for w, f in (
    ("المنطقة", None), ("المنطقه", None), ("القضاء", ("admin2",)), ("المدينة", ("city",)),
    ("البلدة", ("city",)), ("القرية", ("city",)), ("المحافظة", ("admin1",)), ("الناحية", ("city",)),
    ("المخيم", ("point", "city")))}
_SAME = {normalize(w) for w in ("ذاتها", "ذاته", "نفسها", "نفسه")}
_AT = {normalize(w) for w in ("في", "وفي", "من", "إلى", "الى", "داخل", "قرب")}


def named_again(text: str, tokens: Sequence[Token], places: Sequence[PlaceRef]) -> list[PlaceRef]:
    """A place for each "<noun> ذاتها/نفسها" after a place its noun fits was named."""
    out: list[PlaceRef] = []
    for k in range(len(tokens) - 1):
        noun, clitic = tokens[k].norm, ""
        for prefix in ("في", "ب", "ل", "و"):  # "بالمنطقة ذاتها"
            if noun not in _NOUNS and noun.startswith(prefix) and noun[len(prefix):] in _NOUNS:
                noun, clitic = noun[len(prefix):], prefix
        if noun not in _NOUNS or tokens[k + 1].norm not in _SAME:
            continue
        if clitic not in ("في", "ب") and not (k and tokens[k - 1].norm in _AT):
            continue  # "تعرضت المدينة ذاتها لقصف", "إن المنطقة نفسها ستشتعل": not where, but what
        kinds = _NOUNS[noun]
        before = [p for p in places if p.end <= tokens[k].start and p.place.feature != "country"
                  and (kinds is None or p.place.feature in kinds)]
        if before:
            last = max(before, key=lambda p: p.end)
            start, end = tokens[k].start, tokens[k + 1].end
            while clitic and start < tokens[k].end \
                    and normalize(text[tokens[k].start : start]) != clitic:
                start += 1  # the span begins after the clitic, as a gazetteer match does
            out.append(PlaceRef(start, end, text[start:end], last.place))
    return out
