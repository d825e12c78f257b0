"""A protest and the force that dispersed it, told in one sentence ("فرقت قوات الأمن بالرصاص
الحي، أمس الأربعاء، تظاهرة خرجت في مدينة جاسم"): one place and one day for both, each filling
what the other's words give (the day told with the dispersal, the town with the protest)."""

from __future__ import annotations

from dataclasses import replace

from rasid.model import Event


def share_setting(mentions: list[Event], sentence_start: int) -> None:
    """Give the dispersals and protests reported in the sentence at ``sentence_start`` the
    place and the told day each lacks, in place."""
    here = [k for k, e in enumerate(mentions) if e.evidence.start == sentence_start]
    force = [k for k in here if mentions[k].mode == "crowd-control"]
    protests = [k for k in here if mentions[k].event_type == "PROTEST"]
    for a in force:
        for b in protests:
            force_, protest = mentions[a], mentions[b]
            mentions[a], mentions[b] = _filled(force_, protest), _filled(protest, force_)


def _filled(e: Event, other: Event) -> Event:
    if e.location is None and other.location is not None:
        e = replace(e, location=other.location)
    if e.date_is_published and not other.date_is_published and other.date is not None:
        e = replace(e, date=other.date, date_is_published=False)
    return e
