"""Parties named by nationality adjectives in statements and meetings: the state a statement is
about ("رفض لبنان المقترح الإسرائيلي"), the states a meeting or body is of ("مباحثات عراقية
كويتية"). Acts of force named so are read by ``parties.nisba_doer``."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.parties import nisba_at, role_actor
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, Doc
from rasid.resolve.capitals import nisba_country


def object_state(doc: Doc, trig: TriggerMatch, actors: Sequence[Positioned],
                 source: Positioned | None, owner: bool = False) -> Positioned | None:
    """"رفض لبنان المقترح الإسرائيلي", "دانت الخارجية العراقية التوغل التركي", "جددت تركيا دعمها
    لوحدة الأراضي السورية": the state a statement is about, named by the adjective of its object
    (the first nisba after the verb outside the parties' names, of another state than the
    speaker's). With ``owner`` (an attack on computers), the nisba right after the act is its
    doer's ("هجوم إلكتروني صيني"), and the systems' owner takes the sector of the noun that the
    nisba qualifies ("شركة مياه إسرائيلية": business)."""
    covered = {k for p in actors for k in range(p.first, p.last)}
    mine = source.ref.actor.country if source is not None else None
    words = 0
    for i in range(trig.last_token, len(doc.tokens)):
        if doc.tokens[i].text in (".", "؟", "!", "؛") or words == _OBJECT_REACH:
            break
        if not doc.tokens[i].is_word:
            continue  # "رفض لبنان، الخميس، المقترح", "«التوغل التركي»"
        words += i not in covered  # "هدد زعيم جماعة الحوثي باستهداف السفن الإسرائيلية"
        found = None if i in covered or doc.tokens[i].norm.endswith(("يين", "يون")) else nisba_at(doc, i)
        if found is not None and owner and i == trig.last_token:
            continue  # "هجوم إلكتروني صيني استهدف وكالات أمريكية": the attacker's
        if found is not None and found[1] != mine:
            tok = doc.tokens[i]
            heads = [_OWNERS[w.norm] for w in doc.tokens[max(0, i - 3) : i] if w.norm in _OWNERS]
            sector = heads[-1] if owner and heads else "GOV"
            return Positioned(ActorRef(tok.start, tok.end, tok.text, role_actor(found[1], sector)),
                              i, i + 1, False)
    return None


_OBJECT_REACH = 6
#: the owners of systems attacked, by the noun the nisba qualifies
_OWNERS = {normalize(w): sector for sector, words in (
    ("BUS", ("شركة", "شركات", "بنك", "بنوك", "مصرف", "مصارف", "مصرفا", "بنكا", "الشركات",
             "البنوك", "المصارف", "الشركة", "البنك")),
    ("MED", ("مستشفى", "مستشفيات", "مشفى", "المستشفيات")),
    ("JRN", ("صحيفة", "قناة", "وكالة", "الصحف", "القنوات")))
    for w in words}


def nisba_chain(doc: Doc, trig: TriggerMatch, actors: Sequence[Positioned]) -> list[Positioned]:
    """"مباحثات عراقية كويتية", "اجتماع ثلاثي أردني مصري عراقي", "لجنة أمنية عراقية سورية مشتركة
    اجتماعا": the states a meeting or body is of, named by a chain of adjectives right after the
    act or on its subject just before it (their governments, in the order named); not adjectives
    of a party named otherwise ("القوات الروسية والتركية": the two forces)."""
    named = {k for p in actors if p.last - p.first > 1 for k in range(p.first, p.last)}

    def chain(ks: range, first_only: bool) -> list[Positioned]:
        out: list[Positioned] = []
        for k in ks:
            tok = doc.tokens[k]
            iso = None if not tok.is_word or k in named else nisba_country(tok.norm) or (
                nisba_country(tok.norm[1:]) if tok.norm[:1] == "و" else None)  # "أردني وعراقي"
            if iso is not None:
                if all(p.ref.actor.country != iso for p in out):
                    actor = role_actor(iso, "GOV")
                    out.append(Positioned(ActorRef(tok.start, tok.end, tok.text, actor), k, k + 1, bool(out)))
            elif tok.norm in _CHAIN_WORDS or not out and not first_only:
                continue  # "اجتماع ثلاثي …", "عقدت لجنة أمنية …"
            else:
                break
        return out
    after = chain(range(trig.last_token, min(len(doc.tokens), trig.last_token + 6)), True)
    if len(after) >= 2:
        return after
    before = chain(range(max(0, trig.first_token - 5), trig.first_token), False)
    if len(before) < 2 or any(doc.tokens[k].norm not in _CHAIN_WORDS for k in range(before[-1].last, trig.first_token)):
        return []  # "على الحدود العراقية السورية بعد اجتماع": the border's, not the meeting's
    k = before[0].first - 1
    while k >= 0 and doc.tokens[k].norm in _CHAIN_WORDS:
        k -= 1
    return before if k >= 0 and doc.tokens[k].norm.removeprefix("ال") in _BODIES else []


#: bodies of two or more states that meet ("لجنة أمنية عراقية سورية مشتركة اجتماعا")
_BODIES = {normalize(w) for w in ("لجنة", "لجان", "وفد", "وفدا", "وفود", "فريق", "فرق", "قيادة", "مجلس", "هيئة")}
#: words a chain of nationality adjectives may begin or end with ("ثلاثي", "أمنية", "مشتركة")
_CHAIN_WORDS = {normalize(w) for w in ("ثنائي", "ثنائية", "ثلاثي", "ثلاثية", "رباعي", "رباعية", "مشترك", "مشتركة",
                                       "أمني", "أمنية", "عسكري", "عسكرية", "رفيع", "رفيعة", "وزاري", "وزارية")}


def and_nisbas(doc: Doc, pairs: list[tuple[ActorRef | None, ActorRef | None]],
               doer: Positioned | None, about: Positioned | None,
               ) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """Pairs for a second state named by a nisba joined with و to the one that named the doer or
    the party a statement is about ("الغارات الأمريكية والبريطانية", "السفن الأمريكية
    والبريطانية"): one event each (spec/GOLD.md)."""
    out = list(pairs)
    for party, sector in ((doer, "MIL"), (about, "GOV")):
        i = party.last if party is not None else len(doc.tokens)
        norm = doc.tokens[i].norm if i < len(doc.tokens) else ""
        iso = nisba_country(norm[1:]) if norm[:1] == "و" else None
        if party is None or iso is None or iso == party.ref.actor.country:
            continue
        tok = doc.tokens[i]
        also = ActorRef(tok.start + 1, tok.end, tok.text[1:], role_actor(iso, sector))
        out += [(also, tgt) if party is doer else (src, also) for src, tgt in pairs[:1]]
    return out
