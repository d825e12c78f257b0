"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1256 and ISO-8859-6; binary refused."""

from __future__ import annotations

import codecs
import re

from rasid.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: every other byte is NUL (Latin) or 0x06 (Arabic block)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, name in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(b in (0, 6) for b in high) / len(high)
        if share > 0.9:
            return name
    return None


def _binary_reason(data: bytes) -> str | None:
    if b"\x00" in data[:4096]:
        return "binary file (contains NUL bytes)"
    sample = data[:4096]
    controls = sum(b < 9 or 13 < b < 32 for b in sample)
    if sample and controls / len(sample) > 0.05:
        return "binary file (control bytes)"
    return None


def decode(data: bytes, path: str) -> str:
    """Decode a file's bytes to text or raise ``InputError`` with a one-line reason."""
    if not data.strip():
        raise InputError("empty file", path=path)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable {name} text ({exc.reason})", path=path) from None
            if not text.strip():
                raise InputError("empty file (a byte-order mark alone)", path=path)
            return text
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    reason = _binary_reason(data)
    if reason:
        raise InputError(reason, path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1256 decodes every byte, and ISO-8859-6 or UTF-8 bytes read as Windows-1256 are
    # Arabic letters too, only the wrong ones: each reading is judged by how many of its words
    # are common Arabic words. UTF-8 with a stray or cut byte keeps the rest of its text.
    best, best_share = None, 0.0
    for name in ("utf-8", "cp1256", "iso-8859-6"):
        text = data.decode(name, errors="replace")
        if name == "utf-8" and text.count("\ufffd") > max(3, len(text) // 200):
            continue
        share = _known_share(text)
        if share > best_share:
            best, best_share = text, share
    if best is not None and best_share >= _KNOWN_SHARE:
        return best
    raise InputError("undecodable text (not UTF-8, UTF-16, Windows-1256 or ISO-8859-6)", path=path)


#: the share of a text's Arabic words that must be common words for a reading to be right
_KNOWN_SHARE = 0.3
_ARABIC_WORD = re.compile("[\u0621-\u064a]{2,}")


def _known_share(text: str) -> float:
    from rasid.arabic.normalize import normalize
    from rasid.recognise.commonness import table

    words = _ARABIC_WORD.findall(text[:20_000])
    if not words:
        return 0.0
    common = table()
    return sum(normalize(w) in common for w in words) / len(words)
