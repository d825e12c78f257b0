"""The short report ``rasid run`` prints after storing a corpus."""

from __future__ import annotations

from rasid.store.base import Store


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """"1 article", "5 articles", "1 entity", "163 entities" (``plural`` when not noun + s)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def summarise(store: Store, *, read: int, processed: int, db: str, copies: int = 0) -> str:
    counts = store.counts()
    by_type = store.query(
        "SELECT event_type, count(*) FROM events WHERE negated = 0 AND hypothetical = 0 "
        "GROUP BY event_type ORDER BY count(*) DESC, event_type"
    )
    top_actors = store.query(
        "SELECT source_code, count(*) FROM events WHERE negated = 0 AND hypothetical = 0 "
        "GROUP BY source_code ORDER BY count(*) DESC, source_code LIMIT 5"
    )
    places = store.query(
        "SELECT place_name, count(*) FROM events WHERE place_name IS NOT NULL "
        "GROUP BY place_name ORDER BY count(*) DESC, place_name LIMIT 5"
    )
    lines = [
        f"rasid: {counted(read, 'article')} read, {processed} processed, "
        f"{read - processed - copies} already stored" + (f", {counted(copies, 'copy', 'copies')}" if copies else ""),
        f"  database {db}: {counted(counts['articles'], 'article')}, "
        f"{counted(counts['events'], 'event')}, "
        f"{counted(counts['entities'], 'entity', 'entities')}, {counted(counts['quotes'], 'quote')}",
    ]
    if by_type:
        lines.append("  events by type: " + ", ".join(f"{t} {n}" for t, n in by_type))
    if top_actors:
        lines.append("  most active sources: " + ", ".join(f"{c} {n}" for c, n in top_actors))
    if places:
        lines.append("  most frequent places: " + ", ".join(f"{p} {n}" for p, n in places))
    examples = store.query(
        "SELECT e.event_type, e.source_code, e.target_code, e.place_name, e.date_start, a.doc_id "
        "FROM events e JOIN articles a ON a.content_hash = e.article_hash "
        "WHERE e.negated = 0 AND e.hypothetical = 0 ORDER BY e.confidence DESC, a.doc_id, e.idx LIMIT 3"
    )
    if examples:
        lines.append("  most confident events:")
        for etype, src, tgt, place, when, doc_id in examples:
            where = f" in {place}" if place else ""
            on = f" on {when}" if when else ""
            lines.append(f"    {etype}: {src} → {tgt or '—'}{where}{on}  [{doc_id}]")
    return "\n".join(lines)
