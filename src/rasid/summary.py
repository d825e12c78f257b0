"""The short report ``rasid run`` prints after storing a corpus."""

from __future__ import annotations

from rasid.store.sqlite import SQLiteStore


def summarise(store: SQLiteStore, *, read: int, processed: int, db: str) -> str:
    counts = store.counts()
    conn = store.conn
    by_type = conn.execute(
        "SELECT event_type, count(*) FROM events WHERE negated = 0 AND hypothetical = 0 "
        "GROUP BY event_type ORDER BY count(*) DESC, event_type"
    ).fetchall()
    top_actors = conn.execute(
        "SELECT source_code, count(*) FROM events WHERE negated = 0 AND hypothetical = 0 "
        "GROUP BY source_code ORDER BY count(*) DESC, source_code LIMIT 5"
    ).fetchall()
    places = conn.execute(
        "SELECT place_name, count(*) FROM events WHERE place_name IS NOT NULL "
        "GROUP BY place_name ORDER BY count(*) DESC, place_name LIMIT 5"
    ).fetchall()
    lines = [
        f"rasid: {read} articles read, {processed} processed, {read - processed} already stored",
        f"  database {db}: {counts['articles']} articles, {counts['events']} events, "
        f"{counts['entities']} entities, {counts['quotes']} quotes",
    ]
    if by_type:
        lines.append("  events by type: " + ", ".join(f"{t} {n}" for t, n in by_type))
    if top_actors:
        lines.append("  most active sources: " + ", ".join(f"{c} {n}" for c, n in top_actors))
    if places:
        lines.append("  most frequent places: " + ", ".join(f"{p} {n}" for p, n in places))
    return "\n".join(lines)
