"""Who a mention refers back to: the two sides or three states named before (الجانبان،
الدول الثلاث), the doers of an act a statement names, the speaker a cue verb gives words to,
and the host of a summit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.clauses import definite
from rasid.coding.kinds import MATERIAL, SYMMETRIC
from rasid.coding.parties import nisba_doer, state_government
from rasid.coding.positions import PREPOSITIONS, Positioned, coordinated_group
from rasid.coding.triggers import TriggerMatch, find_triggers
from rasid.model import ActorRef, Doc, Event, PlaceRef, Sentence, Token

#: words for the parties already named: two (الجانبان) or three (الدول الثلاث)
#: (nominative duals: the subjects "اتفق الجانبان", not "التعاون بين البلدين", "في البلدين")
PAIR_WORDS = {normalize(w) for w in ("الجانبان", "الطرفان", "البلدان", "الدولتان", "الوزيران",
                                     "الزعيمان", "الرئيسان",  # and after إن or a preposition:
                                     "الجانبين", "الطرفين", "البلدين", "الدولتين", "الوزيرين",
                                     "الزعيمين", "الرئيسين", "الجهازين", "الجهازان")}
_BACK_SENTENCES = 3
TRIPLE_WORDS = {normalize(w) for w in ("الثلاث", "الثلاثة")}
_TRIPLE_HEADS = {normalize(w) for w in ("الدول", "البلدان", "الأطراف", "الاطراف", "الزعماء", "الرؤساء",
                                        "الوزراء", "الحكومات")}


def _strip_proclitic(norm: str) -> str:
    for pre in ("وب", "ول", "و", "ف", "ب", "ل"):
        if norm.startswith(pre) and norm[len(pre):].startswith("ال"):
            return norm[len(pre):]
    return norm


def parties_named_before(doc: Doc, sent: Sentence, mentions: Sequence[Event],
                          actors_all: Sequence[Positioned]) -> list[ActorRef]:
    """The parties a "الجانبان"/"الدول الثلاث" in the sentence refers back to: the two sides of
    a meeting or agreement told in the last three sentences, or the last three states named
    together."""
    words = [_strip_proclitic(doc.tokens[k].norm) for k in range(sent.first_token, sent.last_token)]
    if any(w in PAIR_WORDS for w in words):
        k = doc.sentences.index(sent)
        since = doc.sentences[max(0, k - _BACK_SENTENCES)].start
        for e in reversed(mentions):
            if e.evidence.start < since:
                break
            if e.event_type in SYMMETRIC and e.source is not None and e.target is not None \
                    and not e.hypothetical \
                    and (e.source.actor.code, e.source.actor.name) != (e.target.actor.code, e.target.actor.name):
                side = e.target if e.target.text else next(  # "حيث استقبله نظيره الأردني"
                    (p.ref for p in actors_all if e.evidence.start <= p.ref.start < e.evidence.end
                     and p.ref.actor.code == e.target.actor.code), None)
                if side is not None:
                    return [e.source, side]  # the two sides of the meeting just told
        at = next(doc.tokens[k].start for k in range(sent.first_token, sent.last_token)
                  if _strip_proclitic(doc.tokens[k].norm) in PAIR_WORDS)
        named: dict[str, ActorRef] = {}  # else the last two bodies named before it in the sentence
        for p in actors_all:  # ("بالتعاون مع الاستخبارات السعودية … بين الجهازين")
            if sent.start <= p.ref.start and p.ref.end <= at and p.ref.actor.country:
                named.pop(p.ref.actor.code, None)
                named[p.ref.actor.code] = p.ref
        last_two = list(named.values())[-2:]
        return last_two if len(last_two) == 2 and last_two[0].actor.country != last_two[1].actor.country else []
    if any(a in _TRIPLE_HEADS and b in TRIPLE_WORDS for a, b in zip(words, words[1:], strict=False)):
        before = [p for p in actors_all if p.ref.end <= sent.start]
        for i in range(len(before) - 1, -1, -1):
            group = coordinated_group(before, before[i])
            states = {p.ref.actor.country for p in group}
            if len(group) >= 3 and len(states) >= 3:
                return [p.ref for p in group]
    return []


def _told_again(doc: Doc, sent: Sentence) -> tuple[int, int] | None:
    """The span of the words that tell the parties again: "الجانبان", "الدول الثلاث"."""
    tokens = doc.tokens
    for k in range(sent.first_token, sent.last_token):
        word = _strip_proclitic(tokens[k].norm)
        if word in PAIR_WORDS:
            return tokens[k].end - len(word), tokens[k].end  # not the و of "والجانبان"
        if word in _TRIPLE_HEADS and k + 1 < sent.last_token and tokens[k + 1].norm in TRIPLE_WORDS:
            return tokens[k].end - len(word), tokens[k + 1].end
    return None


def standing_after(doc: Doc, sent: Sentence, trig: TriggerMatch,
                   parties: Sequence[ActorRef]) -> tuple[TriggerMatch, list[Positioned]]:
    """The parties as if named "X و Y" right after the trigger's verb (its subjects), told by the
    words that refer back to them ("الجانبان"), and the trigger without the preposition it ends
    in ("اتفقا على": they agreed, not on them)."""
    tokens = doc.tokens
    last = trig.last_token
    while last - 1 > trig.first_token and tokens[last - 1].norm in PREPOSITIONS:
        last -= 1
    verb = replace(trig, last_token=last, end=tokens[last - 1].end)
    start, end = _told_again(doc, sent) or (verb.end, verb.end)  # "اتفقا": told by the verb
    told = doc.text[start:end]
    return verb, [Positioned(replace(r, start=start, end=end, text=told), last, last + 1, i > 0)
                  for i, r in enumerate(parties)]


def host_first(group: Sequence[Positioned], place: PlaceRef) -> list[tuple[ActorRef, ActorRef]]:
    """A summit of three or more held in one of their countries: the host is its source, the
    first other party named its target (spec/GOLD.md, multi-party meetings)."""
    host = next((p.ref for p in group if p.ref.actor.country == place.place.country), None)
    other = next((p.ref for p in group if p.ref.actor.country != place.place.country), None)
    return [(host, other)] if host is not None and other is not None else []


def speaker_of(doc: Doc, sent: Sentence, trig: TriggerMatch,
                actors: Sequence[Positioned]) -> Positioned | None:
    """Whoever a cue verb before the trigger gives the words to (the words are the threat)."""
    from rasid.coding.quotes import _cue_before, _speaker

    tokens = doc.tokens
    cue = _cue_before(tokens, sent.first_token, trig.first_token)
    if cue is None:
        return None
    # the words begin at إن/أن or the colon after the cue: who is named there is spoken of
    words = next((k for k in range(cue, trig.first_token)
                  if tokens[k].norm in COMPLEMENTISERS or tokens[k].text == ":"), trig.first_token)
    ref = _speaker([p.ref for p in actors], tokens, cue, tokens[words].start)
    return next((p for p in actors if p.ref is ref), None)


COMPLEMENTISERS = {normalize(w) for w in ("إن", "ان", "أن", "بأن", "إنه", "إنها", "انه", "انها")}


def doers_of_named_act(doc: Doc, sent: Sentence, trig: TriggerMatch,
                        earlier: Sequence[Event]) -> list[ActorRef]:
    """The states that did the act a statement names before its words with the article ("إن
    الهجوم على حليفتها …"), an act told before: every doer of its last report, as governments."""
    named = [t for t in find_triggers(doc.tokens, sent.first_token, trig.first_token)
             if t.defn.event_type in MATERIAL and definite(doc, t)]  # "إن الهجوم … لن يمر"
    if not named:
        return []
    kind = named[0].defn.event_type
    done = [e for e in earlier if e.event_type == kind and e.source is not None
            and e.source.actor.country and not e.negated and not e.hypothetical]
    if not done:
        return []
    last = done[-1].evidence
    out: dict[str, ActorRef] = {}
    for e in done:
        if e.evidence == last and e.source is not None:
            ref = state_government(e.source, forces=True)
            out.setdefault(ref.actor.code, ref)
    return list(out.values())


def condemned_party(doc: Doc, trig: TriggerMatch, earlier: Sequence[Event],
                    tgt: ActorRef | None) -> ActorRef | None:
    """The party a condemnation is of: the one named, else the doer of the act it names; the
    addressee of the letter it is made in yields to that doer ("أدانت الخارجية في رسالتين إلى
    الأمين العام للأمم المتحدة ورئيس مجلس الأمن العدوان الإسرائيلي")."""
    if tgt is None:
        return doer_of_condemned(doc, trig, earlier)
    between = normalize(doc.text[trig.end : tgt.start])  # "إلى X" or "إلى X وY"
    to = between.rfind(_TO)
    joined = between.endswith(_TO) or between.rstrip().endswith("و")
    if to < 0 or "،" in between[to:] or not joined:
        return tgt
    return doer_of_condemned(doc, trig, earlier, 18) or tgt


_TO = normalize("إلى ")


def doer_of_condemned(doc: Doc, trig: TriggerMatch, earlier: Sequence[Event],
                      reach: int = 12) -> ActorRef | None:
    """"استنكر القصف": the target of a condemnation is whoever did the act it names, an act on
    people rather than forces killing the attackers ("قتلت قوات الأمن جميع المسلحين … ودان
    الرئيس الصومالي الهجوم": the attack)."""
    end = min(len(doc.tokens), trig.last_token + reach)
    nxt = [t for t in find_triggers(doc.tokens, trig.last_token, end)
           if t.defn.event_type in MATERIAL]  # "استنكر الرئيس … في بيان صادر عن مكتبه القصف"
    if nxt:
        named = nisba_doer(doc, nxt[0])  # "انتقدت القصف الإيراني"
        if named is not None:
            return named.ref
        kinds = {nxt[0].defn.event_type}
    elif any(doc.tokens[k].norm in INCIDENTS for k in range(trig.last_token, end)):
        kinds = MATERIAL  # "أمر بفتح تحقيق بملابسات الحادث": the act last told
    else:
        return None
    done = [e for e in earlier if e.event_type in kinds and e.source is not None
            and (e.source.actor.country or e.source.actor.kind == "group")
            and not e.negated and not e.hypothetical]
    done = [e for e in done if not (e.target is not None and (  # not the attackers' killing
        e.target.actor.kind == "group" or e.target.actor.sector in _ARMED))] or done
    return state_government(done[-1].source, forces=True) if done else None


_ARMED = {"REB", "PRM", "UAF"}

#: nouns that refer back to the act told without naming its kind
INCIDENTS = {normalize(w) for w in ("الحادث", "الحادثة", "الواقعة", "بملابسات", "ملابسات", "للحادث",
                                    "الاعتداء")}


#: "أعلن/تبنى X المسؤولية": the claim of an act told before
CLAIM_VERBS = {normalize(w) for w in ("أعلن", "أعلنت", "اعلن", "اعلنت", "تبنى", "تبنت", "ادعى", "ادعت",
                                      "وأعلن", "وأعلنت", "وتبنى", "وتبنت", "وادعى", "وادعت")}
RESPONSIBILITY = {normalize(w) for w in ("المسؤولية", "مسؤولية", "المسئولية", "مسئولية", "مسؤوليته",
                                         "مسؤوليتها", "مسؤوليتهم")}
_CLAIM_REACH = 10  # "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها"
#: "وتبنت حركة الشباب الهجوم": a group adopting the act told before claims it
_ADOPT = {normalize(w) for w in ("تبنى", "تبنت", "وتبنى", "وتبنت")}
_THE_ACT = {normalize(w) for w in ("الهجوم", "الهجومين", "الهجمات", "التفجير", "التفجيرين",
                                   "التفجيرات", "العملية", "الاعتداء", "الانفجار")}


def claim_clause(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """The tokens from a claim verb to the responsibility it claims ("وأعلن تنظيم داعش مسؤوليته",
    "وتبنت حركة الشباب الهجوم"), end exclusive; the claimer stands between them."""
    for k in range(first, last):
        if tokens[k].norm in CLAIM_VERBS:
            claimed = RESPONSIBILITY | (_THE_ACT if tokens[k].norm in _ADOPT else set())
            end = next((j for j in range(k + 1, min(last, k + _CLAIM_REACH))
                        if tokens[j].norm in claimed or _object_before(tokens[j])), None)
            end = end if end is not None and tokens[end].norm in claimed else None
            if end is not None:
                return k, end
    return None


def _object_before(tok: Token) -> bool:
    """A complementiser ("أعلن الرئيس أن الحكومة تتحمل مسؤوليتها") or a text adopted ("تبنى
    مجلس الأمن قرارا يدين الهجوم") ends the search: what follows is not the claim."""
    return tok.norm in _THAT or tok.norm in _TEXTS


#: not "أنها": "أعلنت الحركة أنها تتحمل مسؤولية الهجوم" claims it
_THAT = COMPLEMENTISERS - {normalize(w) for w in ("إنه", "إنها", "انه", "انها")}
_TEXTS = {normalize(w) for w in ("قرارا", "قرار", "مشروع", "مشروعا", "موقفا", "مبادرة", "توصية",
                                 "خطة", "بيانا", "إعلانا", "سياسة", "نهجا", "استراتيجية")}


#: "وأعلنت الحركة مسؤوليتها عن الهجوم، مدعية قتل 20 جنديا": what the claimant says it did
_ALLEGING = {normalize(w) for w in ("مدعيا", "مدعية", "مدعين", "زاعما", "زاعمة", "زاعمين")}


def claimed_content(tokens: Sequence[Token], trig: TriggerMatch, claim: tuple[int, int] | None) -> bool:
    """An act told after a claim of responsibility by a participle of alleging is the claim's
    content (its claimed toll), not another act (spec/GOLD.md: claims are not events)."""
    return claim is not None and trig.first_token > claim[1] \
        and tokens[trig.first_token - 1].norm in _ALLEGING


def claim_back(mentions: list[Event], doc: Doc, sent: Sentence,
               actors: Sequence[Positioned], since: int = 0) -> None:
    """A sentence that claims responsibility ("وأعلن تنظيم الدولة المسؤولية عنها") names the doer
    of the last attack told with no known doer, in an earlier sentence or earlier in this one
    (spec/GOLD.md: the article's own attribution counts wherever it appears; the claim fills
    ``attributed_to``); among ``mentions[since:]`` only."""
    clause = claim_clause(doc.tokens, sent.first_token, sent.last_token)
    claimer = next((p.ref for p in actors if clause is not None and clause[0] < p.first < clause[1]), None)
    if claimer is None or not _armed(claimer):
        return  # "وأعلنت وزارة الداخلية مسؤوليتها عن ملاحقة المنفذين": no attacker claims
    for i in range(len(mentions) - 1, since - 1, -1):
        e = mentions[i]
        if e.event_type == "ASSAULT" and not (e.negated or e.hypothetical) \
                and e.source is not None and e.source.actor.code == "UNK":
            mentions[i] = replace(e, source=claimer, attributed_to=claimer)
            return


def _armed(ref: ActorRef) -> bool:
    """A party that can claim an attack: an armed group, a force, gunmen."""
    return ref.actor.kind == "group" or ref.actor.code == "UAF" \
        or ref.actor.sector in ("MIL", "REB", "PRM", "SPY")
