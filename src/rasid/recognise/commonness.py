"""How common an Arabic word is in general text: a Zipf-scale bucket per matching form.

The table (``rasid/data/ner/arabic.zipf.json.gz``: matching form → Zipf value × 10) is built at
training time from the ``wordfreq`` package's large Arabic list (``build_table``; wordfreq code
Apache-2.0, its word lists CC BY-SA 4.0) and read by the ``freq`` feature group: a word never
seen in the training split but frequent in Arabic is rarely a name.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

from rasid.arabic.chars import ARABIC_RE
from rasid.arabic.normalize import normalize
from rasid.recognise.tables import existing, read_json, write_json

TABLE = Path(__file__).resolve().parent.parent / "data" / "ner" / "arabic.zipf.json.gz"


@cache
def table(path: Path = TABLE) -> dict[str, int]:
    """The shipped table (empty when the file is missing)."""
    path = existing(path)
    if not path.is_file():
        return {}
    return read_json(path)


#: Zipf × 10 under which a word is rare: read less than once in a million words
RARE = 30


def rare(norm: str) -> bool:
    """A word (matching form) too rare in Arabic to be a common noun or particle: a name's part."""
    return table().get(norm, 0) < RARE


#: Zipf × 10 from which a word is common: read about three times in a million words or more
COMMON = 35


def common(norm: str) -> bool:
    """A word (matching form) common in Arabic as written whole: "فالح", "وسيم" are words of
    their own, not و/ف before a fragment."""
    return table().get(norm, 0) >= COMMON


def bucket(norm: str, path: Path = TABLE) -> str:
    """``"z0"`` … ``"z15"`` (Zipf value in half steps) for a matching form; ``"zx"`` if
    unlisted."""
    z = table(path).get(norm)
    return "zx" if z is None else f"z{z // 5}"


def build_table(top: int = 200_000) -> dict[str, int]:
    """Zipf values (× 10, rounded) of the ``top`` most frequent Arabic words, by matching
    form (frequencies of words with the same matching form are added)."""
    from wordfreq import get_frequency_dict

    freq: dict[str, float] = {}
    for word, f in get_frequency_dict("ar", "large").items():
        if not ARABIC_RE.search(word) or " " in word:
            continue
        key = normalize(word)
        if key:
            freq[key] = freq.get(key, 0.0) + f
    best = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return {k: round(10 * (math.log10(f) + 9)) for k, f in sorted(best)}


def write_table(path: Path = TABLE, top: int = 200_000) -> int:
    data = build_table(top)
    write_json(path, data)
    table.cache_clear()
    return len(data)
