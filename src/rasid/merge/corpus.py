"""The corpus layer in the store: copies of stored articles, and incidents kept up to date.

Written once for every dialect through the common ``Store`` (``?`` placeholders, plain
``SELECT``/``INSERT``/``DELETE``). ``rasid run`` calls ``drop_copies`` before processing (a copy
is not processed or stored again: its outlet, URL and headline are kept in ``article_sources``)
and ``update_incidents`` after storing: the events of the articles just written are linked into
the stored incidents; nothing else is rebuilt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from rasid.merge.duplicates import Duplicate, DuplicateIndex
from rasid.merge.incidents import Incident, Member, link, members_of
from rasid.merge.similarity import Evidence
from rasid.merge.summary import incident_json
from rasid.model import Article

Copy = tuple[Article, Duplicate]


def drop_copies(store: Any, articles: Iterable[Article]) -> tuple[list[Article], list[Copy]]:
    """The articles to process (new, or stored by an older rasid), and the copies of stored or
    earlier articles (with the article they copy). An article stored under its own name, or a
    copy already recorded, is left out; nothing is written here.

    A copy is the same or nearly the same text under another name: another outlet's reprint,
    the same text twice in one run. The same name with a slightly other text (a page fetched
    again) is the stored article, not a copy of it."""
    index = DuplicateIndex()
    name_of: dict[str, str] = {}  # a text's hash → the name it was stored (or first read) under
    canonical: dict[str, str] = {}  # a text's hash → the stored article it is, or copies
    for h, text, doc_id in store.query("SELECT content_hash, text, doc_id FROM articles ORDER BY doc_id"):
        index.insert(h, text)  # stored articles copy none of each other: not compared
        name_of[h], canonical[h] = doc_id, h
    recorded = set(store.query("SELECT copy_hash, doc_id FROM article_sources"))
    keep: list[Article] = []
    copies: list[Copy] = []
    for art in articles:
        h = art.content_hash
        if (h, art.doc_id) in recorded:
            continue
        if h in name_of and name_of[h] != art.doc_id:  # the very text under another name
            copies.append((art, Duplicate(h, canonical[h], 100.0)))
            continue
        if h in name_of and store.is_current(art):
            continue
        dup = index.add(h, art.text) if h not in name_of else None
        name_of.setdefault(h, art.doc_id)
        canonical.setdefault(h, dup.of if dup is not None else h)
        if dup is None:
            keep.append(art)
        elif name_of.get(dup.of) != art.doc_id:
            copies.append((art, dup))
    return keep, copies


def record_copies(store: Any, copies: Sequence[Copy]) -> int:
    """Keep each copy's outlet, URL and headline beside the stored article it copies.

    A copy of an article that is not stored (its processing failed) is left out. Returns the
    number of copies recorded."""
    stored = {h for (h,) in store.query("SELECT content_hash FROM articles")}
    rows = [(a.content_hash, d.of, a.doc_id, a.published.isoformat() if a.published else None,
             a.outlet, a.url, a.title, d.score) for a, d in copies if d.of in stored]
    if rows:
        with store.transaction():
            for row in rows:
                store.execute("DELETE FROM article_sources WHERE copy_hash = ? AND doc_id = ?",
                              (row[0], row[2]))
            store.execute_many("INSERT INTO article_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               rows)
    return len(rows)


def sources(store: Any) -> dict[str, list[dict[str, Any]]]:
    """Stored article hash → the copies of it (doc_id, outlet, url, title, published, score)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in store.query("SELECT article_hash, doc_id, outlet, url, title, published, score "
                           "FROM article_sources ORDER BY doc_id"):
        out.setdefault(row[0], []).append(dict(zip(
            ("doc_id", "outlet", "url", "title", "published", "score"), row[1:], strict=True)))
    return out


def unlinked(store: Any) -> list[str]:
    """Stored articles whose events belong to no incident: a run stopped after storing them and
    before linking them (Ctrl-C); the next run links them."""
    rows = store.query(
        "SELECT DISTINCT e.article_hash FROM events e WHERE e.negated = 0 AND e.hypothetical = 0 "
        "AND NOT EXISTS (SELECT 1 FROM incident_members m WHERE m.article_hash = e.article_hash) "
        "ORDER BY e.article_hash")
    return [h for (h,) in rows]


def _members(store: Any) -> dict[str, list[Member]]:
    """Stored article hash → its events that can belong to incidents."""
    rows = store.query("SELECT content_hash, outlet, record, text FROM articles")
    return {h: members_of(json.loads(rec), text, outlet, h) for h, outlet, rec, text in rows}


def _stored_incidents(store: Any, stored: dict[str, list[Member]]) -> list[Incident]:
    index = {(h, m.index): m for h, ms in stored.items() for m in ms}
    incidents = {inc_id: Incident(inc_id) for (inc_id,)
                 in store.query("SELECT incident_id FROM incidents ORDER BY incident_id")}
    for inc_id, h, idx in store.query(
            "SELECT incident_id, article_hash, idx FROM incident_members ORDER BY incident_id"):
        member = index.get((h, idx))
        if member is not None and inc_id in incidents:
            incidents[inc_id].members.append(member)
    return list(incidents.values())


def update_incidents(store: Any, hashes: Sequence[str], copied: Sequence[str] = ()) -> int:
    """Link the events of the stored articles ``hashes`` into the stored incidents, and write
    again the incidents of the articles ``copied`` (new copies of them add sources).

    Their earlier memberships are dropped first (a re-processed article may code other
    events); other incidents are left as they are. Returns the number of incidents written.
    """
    hashes = list(dict.fromkeys(hashes))
    affected = {inc_id for h in [*hashes, *copied] for (inc_id,) in store.query(
        "SELECT incident_id FROM incident_members WHERE article_hash = ?", (h,))}
    with store.transaction():
        for h in hashes:
            store.execute("DELETE FROM incident_members WHERE article_hash = ?", (h,))
    stored = _members(store)
    hash_of = {m.key: h for h, ms in stored.items() for m in ms}
    incidents = _stored_incidents(store, stored)
    touched = link(incidents, [m for h in hashes for m in stored.get(h, [])], Evidence())
    rewrite = {i.incident_id: i for i in incidents if i.incident_id in affected and i.members}
    rewrite |= {i.incident_id: i for i in touched}
    emptied = {i.incident_id for i in incidents if not i.members}
    copies = sources(store)
    with store.transaction():
        for inc_id in sorted(emptied):
            store.execute("DELETE FROM incidents WHERE incident_id = ?", (inc_id,))
        for inc in rewrite.values():
            _write_incident(store, inc, hash_of, copies)
    return len(rewrite)


def _write_incident(store: Any, inc: Incident, hash_of: dict[str, str],
                    copies: dict[str, list[dict[str, Any]]]) -> None:
    rec = incident_json(inc)
    extra = [c for m in inc.members for c in copies.get(hash_of[m.key], [])]
    rec = with_copies(rec, extra)
    loc, when = rec["location"] or {}, rec["date"] or {}
    store.execute("DELETE FROM incident_members WHERE incident_id = ?", (inc.incident_id,))
    store.execute("DELETE FROM incidents WHERE incident_id = ?", (inc.incident_id,))
    store.execute(
        "INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (inc.incident_id, rec["event_type"], when.get("start"), when.get("end"),
         loc.get("country"), loc.get("lat"), loc.get("lon"), rec["fatalities"], rec["outlets"],
         json.dumps(rec, ensure_ascii=False)),
    )
    store.execute_many("INSERT INTO incident_members VALUES (?, ?, ?)",
                       [(hash_of[m.key], m.index, inc.incident_id) for m in inc.members])


def with_copies(rec: dict[str, Any], copies: list[dict[str, Any]]) -> dict[str, Any]:
    """The incident with the copies of its articles added as sources; a copy's outlet counts
    when it is known (a copy of unknown origin is not another outlet)."""
    names = set(rec["outlet_names"]) | {c["outlet"] for c in copies if c["outlet"]}
    return {**rec, "copies": [{"doc_id": c["doc_id"], "outlet": c["outlet"], "url": c["url"]}
                              for c in copies],
            "outlets": len(names), "outlet_names": sorted(names)}


def incidents(store: Any) -> list[dict[str, Any]]:
    """Every stored incident record, most reported first, then by id."""
    recs = [json.loads(r) for (r,) in store.query("SELECT record FROM incidents")]
    return sorted(recs, key=lambda r: (-r["outlets"], r["incident_id"]))
