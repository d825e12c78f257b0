"""The per-document pipeline: ``Article`` → ``Doc`` → document record.

read → clean → segment → recognise → resolve → code. ``process`` is a pure function of the
article (plus the shipped data), so the same function runs in-process, in worker processes
(``pipe``) and inside Spark.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from rasid.arabic.datelines import datelines
from rasid.clean import clean
from rasid.coding.affiliation import with_owned_crafts
from rasid.coding.coder import code_events
from rasid.coding.mentions import refine_actors
from rasid.coding.quotes import find_quotes
from rasid.coding.sites import names_a_site
from rasid.errors import ProcessingError, RasidError
from rasid.model import Article, Doc, PlaceRef, Token
from rasid.recognise.backends import load_tagger
from rasid.recognise.ner import recognise
from rasid.record import to_record
from rasid.resolve.actor_words import backed_by, someone_elses
from rasid.resolve.actors import ActorResolver
from rasid.resolve.again import named_again
from rasid.resolve.bearings import lying_by, projected_places, road_end
from rasid.resolve.bodies import (
    camp_of,
    district_meant,
    houthi_forces,
    occupiers,
    slash_twin,
    speakers_forces,
)
from rasid.resolve.capitals import find_capitals, find_territories, is_nisba, nisba_countries
from rasid.resolve.dates import find_dates
from rasid.resolve.entities import named_mentions
from rasid.resolve.outlets import outlet_name
from rasid.resolve.places import Gazetteer, outside_names
from rasid.resolve.quoted import with_kind
from rasid.segment import split_sentences, tokenize

_CHUNK = 8
log = logging.getLogger(__name__)


def analyse(article: Article, ner_model: str | None = None) -> Doc:
    """Run every per-document stage and return the fully layered ``Doc``.

    ``ner_model`` names another NER model than the shipped one (see ``recognise.backends``)."""
    cleaned = clean(article)
    text = cleaned.text
    tokens = tokenize(text)
    sentences = split_sentences(text, tokens)
    doc = Doc(article=article, clean=cleaned, tokens=tuple(tokens), sentences=tuple(sentences))
    doc = replace(doc, mentions=tuple(recognise(text, tokens, sentences, load_tagger(ner_model))))
    gaz = Gazetteer.load()
    places, starts = gaz.find(text, tokens, nisba_countries(tokens)), [t.start for t in tokens]
    places = [p for p in places if not is_nisba(p.text)  # "سوري" is Syrian, not Surrey
              and not outlet_name(text, p)  # "في تصريح لـ«الشرق الأوسط»": a newspaper
              and not backed_by(tokens, bisect_right(starts, p.start) - 1)  # "موالية لإيران"
              and not road_end(tokens, bisect_right(starts, p.start) - 1,  # "طريق تدمر - دير
                               bisect_right(starts, p.end - 1))]  # الزور": a road's ends
    places = sorted(places + find_capitals(tokens, places, gaz)
                    + find_territories(tokens, places, gaz), key=lambda p: p.start)
    places = sorted(places + projected_places(text, tokens, places), key=lambda p: p.start)
    places = lying_by(tokens, places)  # "القضاء الواقع شمال بغداد": a point north of Baghdad
    places = sorted(places + named_again(text, tokens, places), key=lambda p: p.start)
    filed = datelines(text)  # where a report was filed says nothing of its main country
    written = dateline_day(text, filed, article.published)
    placed = [p for p in places if p.place.country and not any(a <= p.start < b for a, b in filed)]
    towns = [p for p in placed if p.place.feature != "country"]
    actors = ActorResolver.load().find(  # with no town named, the countries named as places
        text, tokens, on=article.published,
        places=[p.place.country for p in towns or placed], towns=_first_tokens(tokens, towns))
    actors = with_kind(text, tokens, actors)  # "لتنظيم «داعش»": the kind and marks are the name's
    actors = with_owned_crafts(text, tokens, actors)  # "طائرات التابعة للقوة الجوية العراقية"
    actors = occupiers(text, actors, ActorResolver.load().state_actor)  # "قوات الاحتلال الأمريكي"
    actors = houthi_forces(sentences, actors)  # "القوات المسلحة اليمنية" in Yahya Saree's words
    actors = speakers_forces(sentences, tokens, actors)  # "قال الجيش الإسرائيلي إن … سلاح الجو"
    doc = replace(
        doc,
        actors=tuple(a for a in actors if not someone_elses(a, places, doc.mentions, text, actors)
                     and not district_meant(a, places, text)  # "تعزيزات إلى القضاء": the district
                     and not slash_twin(a, actors, text)  # "ي ب ك/بي كي كي": one group
                     and not camp_of(a, places, text)),  # "معسكر أبو شوك للنازحين"
        places=tuple(replace(p, text=article.text[p.start : p.end]) for p in outside_names(places, actors)),
        dates=tuple(find_dates(text, written or article.published)),
        written=written,
    )
    doc = replace(doc, mentions=tuple(named_mentions(text, doc.tokens, doc.mentions, doc.places, doc.actors)))
    doc = replace(doc, events=code_events(doc))
    speakers = [a for a in refine_actors(text, doc.tokens, doc.actors, doc.places)  # as the coder
                if not names_a_site(a)]  # reads them, but "الموقع الأمريكي قال": a website speaks
    return replace(doc, quotes=tuple(find_quotes(text, doc.tokens, doc.sentences, speakers)))


#: how long before its publication a report may have been written
_WRITTEN_WITHIN = 7
_DATELINE_REACH = 300


def _first_tokens(tokens: list[Token], places: list[PlaceRef]) -> dict[int, str]:
    """The token each place begins in, with the place's country ("بدرعا" begins in its word)."""
    starts = [t.start for t in tokens]
    return {bisect_right(starts, p.start) - 1: p.place.country for p in places if p.place.country}


def dateline_day(text: str, filed: list[tuple[int, int]], published: date | None) -> date | None:
    """The day the opening dateline names ("دمشق، 8 تشرين الأول (أ ف ب) -"), when it is one day
    in the week up to publication: the wire's "today" (None when it names none)."""
    for start, end in filed:
        if start > _DATELINE_REACH:
            break
        for ref in find_dates(text, published, start, end):
            day = ref.interval.start
            if ref.interval.end == day and (published is None or 0 <= (published - day).days <= _WRITTEN_WITHIN):
                return day
    return None


def process(article: Article, ner_model: str | None = None) -> dict[str, Any]:
    """One article → its document record (spec/OUTPUT.md)."""
    return to_record(analyse(article, ner_model))


def process_or_error(article: Article, ner_model: str | None = None) -> dict[str, Any] | ProcessingError:
    """``process``, with an unexpected failure on one article returned as an error value so
    that a run over many articles goes on (the CLI reports it on one line)."""
    try:
        return process(article, ner_model)
    except RasidError:
        raise  # a configuration error (e.g. a missing model) concerns every article
    except Exception as exc:  # noqa: BLE001 — one article must never end a corpus run
        log.exception("processing %s failed", article.doc_id)
        where = article.source or article.doc_id
        return ProcessingError(f"internal error while processing ({type(exc).__name__}: {exc})", path=where)


def _warm(ner_model: str | None = None) -> None:
    ActorResolver.load()
    Gazetteer.load()
    load_tagger(ner_model)


def pipe(articles: Iterable[Article], workers: int | None = None,
         ner_model: str | None = None) -> Iterator[dict[str, Any] | ProcessingError]:
    """Records for many articles, in input order; ``workers`` processes (default: all cores).
    An article whose processing fails yields a ``ProcessingError`` in its place."""
    workers = workers or os.cpu_count() or 1
    _warm(ner_model)  # fail early, once, on a bad model path
    if workers <= 1:
        for art in articles:
            yield process_or_error(art, ner_model)
        return
    # A forked child of a process that has run torch can hang in torch's thread pool; the
    # neural models' workers start afresh instead (and load the models themselves).
    context = multiprocessing.get_context("spawn") if "torch" in sys.modules else None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm, initargs=(ner_model,),
                               mp_context=context)
    try:
        yield from pool.map(partial(process_or_error, ner_model=ner_model), articles,
                            chunksize=_CHUNK)
    except BaseException:  # Ctrl-C, or the caller stopped reading: drop the articles not begun
        pool.shutdown(wait=False, cancel_futures=True)  # (waiting would extract them all)
        raise
    pool.shutdown()
