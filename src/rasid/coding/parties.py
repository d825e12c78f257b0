"""Who the parties of an event are, beyond the words that name them: a state acting through its
military, the forces or civilians an act hit where no one is named, a politician in his party
role, the doer named by a nationality adjective, the beneficiary of a supporting operation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import Actor, ActorRef, Doc, PlaceRef, Token
from rasid.resolve.actors import ActorResolver
from rasid.resolve.capitals import is_nisba

REPORTERS = {"JRN", "NGO"}
#: journalists as people (who may be held or hit), not the outlets and monitors that report
JOURNALISTS = {normalize(w) for w in (
    "صحفي صحفيين صحفيون صحفيان صحفيا صحافي صحافيين صحافيون مراسل مراسلين مراسلون مراسلا "
    "إعلامي إعلاميين إعلاميون صحفية صحفيات صحافية صحافيات مراسلة مراسلات إعلامية إعلاميات").split()}


#: parties from no state that come to one: the UN, the EU and other bodies
_ABROAD = {"UNO", "EUR", "IGO", "NGO"}


def _venue(text: str, tgt: ActorRef, place: PlaceRef | None) -> bool:
    """The place is where the meeting was held, not what it was about ("ناقش مع نظيره الأوضاع في
    سيناء"): named before the other party, or right after it ("التقى نظيره الإيراني في بكين")."""
    if place is None or tgt.end <= tgt.start:
        return False
    between = normalize(text[tgt.end : place.start]).split() if place.start >= tgt.end else []
    return place.start < tgt.start or between in ([], ["في"])


def reporting(tokens: Sequence[Token], p: Positioned) -> bool:
    """An outlet or monitor (or a reporter's code), not a journalist named as a person, nor the
    staff of one ("ثلاثة عاملين في منظمة أطباء بلا حدود")."""
    actor = p.ref.actor
    if actor.sector not in REPORTERS and actor.code not in REPORTERS:
        return False
    if any(t.norm in STAFF for t in tokens[max(0, p.first - 3) : p.first + 1]):
        return False  # "العاملين في منظمة X", "موظفين في منظمة X" (the staff named with it)
    first = normalize(p.ref.text.split()[0]) if p.ref.text else ""
    return first.removeprefix("ال") not in JOURNALISTS \
        or any(t.norm in _TELLING for t in tokens[max(0, p.first - 2) : p.first])  # "بحسب ما
    # أفاد مراسل الميادين": the journalist tells of the act


_TELLING = {normalize(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "أفاد", "أفادت", "ذكر", "نقلا",
                                   "لمراسل", "قال")}


STAFF = {normalize(w) for w in ("عاملين عاملون العاملين موظفين موظفون موظفي الموظفين عمال عمالا "
                                  "موظفا موظف موظفة موظفان").split()}


def role_actor(iso: str, sector: str) -> Actor:
    """A state's sector as a party, with the one name it has wherever the text implies or
    recodes it ("Iraq military", "Syria civilians"), so that exports group by name as by code."""
    return ActorResolver.load().state_actor(iso, sector, "role")


def resectored(actor: Actor, sector: str) -> Actor:
    """The actor recoded to another sector of its state; a state, or a sector named only by its
    state, takes that sector's name (a person or a named body keeps its own)."""
    assert actor.country
    generic = actor.kind in ("state", "regime") or actor.name == role_actor(actor.country, actor.sector or "").name
    name = role_actor(actor.country, sector).name if generic else actor.name
    return replace(actor, code=f"{actor.country}-{sector}", sector=sector, name=name)


def as_sector(ref: ActorRef, sector: str, *, people: bool) -> ActorRef:
    """A state (or its government) named as doer of force acts through its military."""
    actor = ref.actor
    if not actor.country or actor.sector != "GOV":
        return ref
    if actor.kind in ("state", "regime") or people and actor.kind in ("person", "role"):
        return replace(ref, actor=resectored(actor, sector))
    return ref


def host_forces(src: ActorRef, place: PlaceRef | None) -> ActorRef | None:
    """A state's strike on sites in another state, no target named: that state's forces; settlers'
    raid on a village across the line: its people."""
    country = place.place.country if place is not None else None
    actor = src.actor
    if not country or not actor.country or actor.country == country or _territory(place):
        return None  # (not "القصف التركي على الأراضي العراقية": no party of it is named)
    if settlers(src):
        return inferred(place, "CVL")  # type: ignore[arg-type]
    if actor.sector != "MIL":
        return None
    beside = (actor.country, country) in _BACKING
    return inferred(place, "REB" if beside else "MIL")  # type: ignore[arg-type]


#: states whose forces fight beside the host state's: their strikes hit its armed opposition
#: ("غارات روسية على ريف إدلب", not the Syrian army; the coalition's in Yemen, the Houthis)
_BACKING = {("RUS", "SYR"), ("IRN", "SYR"), ("SAU", "YEM"), ("ARE", "YEM")}


def _territory(place: PlaceRef | None) -> bool:
    """A country told as its territory ("داخل الأراضي السورية"): no party of it is implied."""
    return place is not None and normalize(place.text).startswith(("الاراضي", "اراضي"))


def inferred(place: PlaceRef, sector: str) -> ActorRef | None:
    """A party of the place's state the text implies but does not name (no text: it yields to a
    named one when merged); none for a place in no state."""
    country = place.place.country
    return ActorRef(place.start, place.start, "", role_actor(country, sector)) if country else None


def people_of(src: ActorRef, place: PlaceRef | None) -> ActorRef | None:
    """The civilians of the place an act on "whoever does X" happens in, else of its doer's country
    (none for a group with no country and no place)."""
    country = place.place.country if place is not None and place.place.country else src.actor.country
    if not country:
        return None
    return ActorRef(src.start, src.start, "", role_actor(country, "CVL"))


#: people and places of care, teaching and worship, farmers and workers: named bare, they are
#: the hit place's
_OF_THE_PLACE = {"CVL", "MED", "EDU", "REF", "JRN", "REL", "AGR", "LAB"}


def civilians_where_hit(tgt: ActorRef, place: PlaceRef | None) -> ActorRef:
    """Civilians (or a hospital, a school, refugees, journalists) named without a nationality
    ("مقتل 5 مدنيين", "قصفت مستشفى في إدلب") are those of the place the act hit, not of the
    country the document speaks of most (often the attacker's)."""
    country = place.place.country if place is not None else None
    sector = tgt.actor.sector
    words = tgt.text.split()
    if sector not in _OF_THE_PLACE or not country or tgt.actor.country == country or settlers(tgt) \
            or len(words) > 1 and not all(normalize(w) in _DWELLINGS for w in words) \
            and normalize(words[0]) not in BUILDINGS \
            or len(words) == 1 and _a_nationality(words[0]):
        return tgt  # "مدنيين سوريين", "مهندسين أتراك", "14 فلسطينيا": their own nationality
    return replace(tgt, actor=ActorResolver.load().state_actor(country, sector, "role"))


def _a_nationality(word: str) -> bool:
    """"فلسطينيين", "فلسطينيا" (the accusative of a count): people named by their nationality."""
    norm = normalize(word)
    return is_nisba(word) or norm.endswith("يا") and is_nisba(norm[:-1])


#: the words of the dwellings named as civilians hit ("أحياء سكنية", "منازل المدنيين")
#: buildings named as a party ("مدرسة", "مستشفى الشفاء", "جامعة الأزهر"): hit, never hitting, and
#: the place's where they stand
BUILDINGS = {normalize(w) for w in (
    "مدرسة", "المدرسة", "مدارس", "المدارس", "مستشفى", "المستشفى", "مستشفيات", "المستشفيات", "مشفى",
    "المشفى", "الجامعة", "جامعة", "مبنى", "مباني", "منازل", "منزل", "أحياء", "حي")}
_DWELLINGS = {normalize(w) for w in (
    "أحياء سكنية الأحياء السكنية حي سكني حيا سكنيا الحي مبنى مباني المباني منازل "
    "المدنيين المواطنين").split()}


_AMID = {normalize(w) for w in ("وسط", "ووسط")}


def amid_whose_act(tokens: Sequence[Token], trig: TriggerMatch, actors: Sequence[Positioned],
                   src: ActorRef) -> ActorRef | None:
    """"أقر مجلس النواب الميزانية وسط مقاطعة النواب الأكراد": a protest amid another party's act
    is against that party (the nearest one named before, not the protesters)."""
    if trig.first_token == 0 or tokens[trig.first_token - 1].norm not in _AMID:
        return None
    before = [p.ref for p in actors if p.last <= trig.first_token and p.ref.start != src.start]
    return before[-1] if before else None


_PROTESTERS = tuple(normalize(w) for w in ("محتج", "متظاهر", "المحتج", "المتظاهر", "ومحتج", "ومتظاهر"))


_SETTLER_STEMS = (normalize("مستوطن"), normalize("مستعمر"))


def settlers(ref: ActorRef) -> bool:
    """"مستوطنون إسرائيليون" (or "مستعمرون"): civilians who also attack (the one kind that does)."""
    words = normalize(ref.text).split()
    return bool(words) and words[0].removeprefix("ال").startswith(_SETTLER_STEMS)


def protesters(ref: ActorRef) -> bool:
    """"محتجين", "المتظاهرون": people protesting (an attack of theirs is a riot)."""
    words = normalize(ref.text).split()
    return ref.actor.sector == "CVL" and bool(words) and words[0].startswith(_PROTESTERS)


def protested_government(src: ActorRef) -> ActorRef | None:
    """Protesters with no target named protest against their own government ("تجددت التظاهرات
    في البصرة … مطالبين بتنفيذ مطالبهم"); workers named by their company, against it ("أضرب
    عمال شركة نفط البصرة")."""
    country = src.actor.country
    if not country or src.actor.sector in ("GOV", "MIL", "COP", "SPY"):
        return None
    sector = "BUS" if src.actor.sector == "LAB" and any(w in _EMPLOYERS for w in normalize(src.text).split()) \
        else "GOV"
    return ActorRef(src.start, src.start, "", role_actor(country, sector))


_EMPLOYERS = {normalize(w) for w in ("شركة", "الشركة", "مصنع", "المصنع", "معمل", "المعمل", "شركات")}


def as_party(ref: ActorRef, on: object) -> ActorRef:
    """A politician forming an electoral alliance acts as a party leader (spec/GOLD.md)."""
    from rasid.resolve.actors import ActorResolver

    actor = ActorResolver.load().in_sector(ref.actor, "PTY", on)  # type: ignore[arg-type]
    return replace(ref, actor=actor) if actor is not None else ref


#: a defence minister or ministry is a state's government save when it acts militarily
#: (spec/ACTORS.md: GOV are "ministers", MIL the "defence ministry acting militarily")
_DEFENCE = tuple(normalize(w) for w in ("وزير الدفاع", "وزيرا الدفاع", "وزيري الدفاع", "وزارة الدفاع",
                                        "وزير دفاع", "وزارة دفاع", "وزراء الدفاع"))


def minister_as_government(ref: ActorRef) -> ActorRef:
    """A defence minister (named or by office) signing, meeting or speaking acts as GOV."""
    actor = ref.actor
    if not actor.country or actor.sector != "MIL" or actor.kind not in ("role", "person"):
        return ref
    text = normalize(ref.text)
    if not any(w in text for w in _DEFENCE[:-1]):
        return ref  # a commander or the army itself stays MIL
    return replace(ref, actor=resectored(actor, "GOV"))


_COUNTERPARTS = tuple(normalize(w) for w in ("نظير", "ونظير"))


def counterpart(ref: ActorRef, of: ActorRef) -> ActorRef:
    """"بحث وزير الداخلية العراقي مع نظيره التركي": the counterpart holds the same office in his
    state (TUR-COP), unless he is known by name."""
    actor = ref.actor
    if actor.kind != "role" or not actor.country or not of.actor.sector or of.actor.sector == actor.sector \
            or not normalize(ref.text).startswith(_COUNTERPARTS):
        return ref
    return replace(ref, actor=replace(actor, code=f"{actor.country}-{of.actor.sector}", sector=of.actor.sector))


def executed(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"نفذت السلطات الإيرانية حكم الإعدام", "أعدمت": a state executes through its government,
    not its military (spec/GOLD.md)."""
    return trig.defn.mode == "targeted" and any(
        "اعدام" in t.norm or "اعدم" in t.norm for t in tokens[trig.first_token : trig.last_token])


def forces_of(tokens: Sequence[Token], trig: TriggerMatch, party: Positioned | None) -> bool:
    """"تعزيزات من الحشد الشعبي", "تعزيزات للجيش", "تعزيزات الجيش": the party the forces belong
    to, named right after them (not "الجبهات مع الحوثيين", "لمواجهة هيئة تحرير الشام")."""
    if party is None or party.first - trig.last_token > 1:
        return False
    if party.first == trig.last_token:
        tok = tokens[party.first]
        return tok.start == party.ref.start or normalize(tok.text[: party.ref.start - tok.start]) in ("ل", "لل")
    return tokens[trig.last_token].norm == "من"


_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}


def own_state(ref: ActorRef, of: ActorRef) -> bool:
    """An organ of the state ``of`` belongs to (a threat names none of them as threatened)."""
    return bool(ref.actor.country) and ref.actor.country == of.actor.country \
        and ref.actor.sector in _STATE_SECTORS


def state_government(ref: ActorRef, forces: bool = False) -> ActorRef:
    """A state's military as the party a statement addresses is its government (spec/GOLD.md);
    with ``forces``, any of its armed forces (الحرس الثوري) is too."""
    actor = ref.actor
    kinds = ("role", "state", "regime", "org") if forces else ("role", "state", "regime")
    if actor.country and actor.sector == "MIL" and actor.kind in kinds:  # the state, by its name
        return replace(ref, actor=replace(resectored(actor, "GOV"), name=role_actor(actor.country, "GOV").name))
    return ref


#: speech acts whose complement is an act that has not happened ("تهدد بنقل هجومها")


_SUPPORT_WORDS = {normalize(w) for w in ("لدعم", "دعما", "لمساندة", "لمساعدة", "دعم", "مساندة", "لنصرة")}


_VICTIM_WORDS = {normalize(w) for w in ("مقتل", "مصرع", "استشهاد", "إصابة", "اصابة", "قتل")}


def victim(doc: Doc, ref: Positioned) -> bool:
    """An actor named right after "مقتل/مصرع" (or "مقتل N من") is among the victims."""
    prev = [doc.tokens[k].norm for k in range(max(0, ref.first - 3), ref.first)]
    return any(w in _VICTIM_WORDS for w in prev)


def beneficiary(doc: Doc, tgt: ActorRef) -> bool:
    """A party named right after "لدعم/لمساندة" is supported, not attacked."""
    before = [t.norm for t in doc.tokens if t.end <= tgt.start][-2:]
    return any(w in _SUPPORT_WORDS for w in before)


def nisba_doer(doc: Doc, trig: TriggerMatch, end: int | None = None,
               adjective: bool = True) -> Positioned | None:
    """"القصف الإيراني", "غارة إسرائيلية": the adjective after the act names its doer (not after
    a verb, ``adjective`` false: "أصيب عراقي" is its subject). With ``end`` (a killing whose doer
    is not named), also the adjective of an attack told after it, before token ``end`` ("قتل 12
    مدنيا في قصف روسي", "… بغارة جوية أمريكية")."""
    found = None if names_the_dead(doc, trig) or not adjective \
        else nisba_at(doc, trig.last_token) or (
        nisba_at(doc, trig.last_token + 1) if trig.last_token < len(doc.tokens)
        and doc.tokens[trig.last_token].norm in MANNER else None)  # "الهجوم الصاروخي الإيراني"
    for k in range(trig.last_token, end or trig.last_token):
        if found is not None:
            break
        stem = doc.tokens[k].norm
        stem = stem[1:] if stem[:1] in "بوف" and stem[1:].removeprefix("ال") in ATTACKS else stem
        stem = stem.removeprefix("ال")  # "في الضربات الجوية الأمريكية", "بالغارات"
        if stem in ATTACKS:
            between = doc.tokens[k + 1].norm if k + 2 < len(doc.tokens) else ""  # "قصف مدفعي تركي"
            nxt = k + 2 if between in MANNER or between.removeprefix("ال") in AIR else k + 1
            found = nisba_at(doc, nxt)
    if found is None or found[0] + 1 < len(doc.tokens) and doc.tokens[found[0] + 1].norm == _MADE:
        return None  # "بطائرات مسيرة إيرانية الصنع": where it was made, not who used it
    i, iso = found
    tok = doc.tokens[i]
    actor = role_actor(iso, "MIL")
    return Positioned(ActorRef(tok.start, tok.end, tok.text, actor), i, i + 1, False)


#: death nouns: the nationality after them is of the dead ("مقتل روسيين في ضربات أمريكية")
DEATHS = {normalize(w) for w in "مقتل ومقتل بمقتل مصرع ومصرع وفاة استشهاد واستشهاد".split()}


def names_the_dead(doc: Doc, trig: TriggerMatch) -> bool:
    return a_death(doc.tokens, trig)


def a_death(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"مقتل فلسطيني", "ما أسفر عن مقتل فلسطيني": the act is a death, the nationality the dead's."""
    return any(tokens[k].norm in DEATHS for k in range(trig.first_token, trig.last_token))


#: attack nouns whose nisba names the doer of a killing told before them, and "جوي" between
ATTACKS = {normalize(w) for w in
           "قصف غارة غارات ضربة ضربات هجوم هجمات مسيرة مسيرات صواريخ قذائف".split()}
AIR = {normalize(w) for w in "جوي جوية الجوي الجوية".split()}
_MADE = normalize("الصنع")
#: how an attack was made, between it and the nationality of who made it
MANNER = AIR | {normalize(w) for w in (
    "صاروخي صاروخية الصاروخي الصاروخية مدفعي مدفعية المدفعي المدفعية العسكري العسكرية عسكري "
    "عسكرية البري البرية بري برية الأخير الأخيرة الجديد الجديدة").split()}


def nisba_at(doc: Doc, i: int) -> tuple[int, str] | None:
    from rasid.resolve.capitals import nisba_country

    iso = nisba_country(doc.tokens[i].norm) if i < len(doc.tokens) else None
    return None if iso is None else (i, iso)


def visit_setting(event_type: str, mode: str | None, src: ActorRef, tgt: ActorRef | None,
                  place: PlaceRef | None, text: str = "") -> tuple[str | None, PlaceRef | None, ActorRef,
                                                             ActorRef | None]:
    """A meeting held in the other party's country is a visit by the source; held in the
    source's, a visit by the other (the visitor is the source, spec/GOLD.md: "التقى الصفدي في
    عمان المبعوث الأممي"); in a third state's, a meeting on third ground (mode, place, source,
    target)."""
    if event_type != "CONSULT" or tgt is None or mode == "phone":  # a call: no venue, the places
        return mode, None if mode == "phone" else place, src, tgt  # after it are what was discussed
    if place is None and tgt.actor.kind == "state" and mode == "visit":
        from rasid.resolve.places import Gazetteer

        gaz = Gazetteer.load()  # "زار … بغداد": the capital named, else the country
        city = gaz.resolve(tgt.text) if tgt.text else None
        where = city if city is not None and city.feature == "city" \
            and city.country == tgt.actor.country else gaz.country(tgt.actor.country or "")
        if where is not None:
            place = PlaceRef(tgt.start, tgt.end, tgt.text, where)
    here, theirs, ours = place.place.country if place is not None else None, tgt.actor.country, src.actor.country
    if mode is None and here and ours and theirs and here == theirs != ours:
        mode = "visit"
    elif mode is None and here and ours and here == ours and (theirs and theirs != ours or tgt.actor.code in _ABROAD) \
            and _venue(text, tgt, place):
        mode, src, tgt = "visit", tgt, src
    elif mode is None and here and ours and theirs and here not in (ours, theirs) and _venue(text, tgt, place):
        mode = "third-party"
    return mode, place, src, tgt
