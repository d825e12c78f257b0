"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1256 and ISO-8859-6; binary refused."""

from __future__ import annotations

import codecs

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
                return data.decode(name).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable {name} text ({exc.reason})", path=path) from None
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
    # Windows-1256 and ISO-8859-6 share the Arabic letters' high bytes only partly;
    # cp1256 decodes every byte, so check that the result is mostly Arabic letters.
    text = data.decode("cp1256", errors="replace")
    arabic = sum("\u0600" <= c <= "\u06ff" for c in text)
    letters = sum(c.isalpha() for c in text)
    if letters and arabic / letters > 0.5 and "\ufffd" not in text:
        return text
    try:
        text = data.decode("iso-8859-6")
        if sum("\u0600" <= c <= "\u06ff" for c in text) > 0.5 * max(1, letters):
            return text
    except UnicodeDecodeError:
        pass
    raise InputError("undecodable text (not UTF-8, UTF-16, Windows-1256 or ISO-8859-6)", path=path)
