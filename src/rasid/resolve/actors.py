"""Actor mentions: find them in a document and code them by spec/ACTORS.md (offline).

The dictionaries (``rasid.resolve.actor_data``) are matched over the tokens with
``PhraseMatcher`` (longest match, through proclitics); adjacent matches are then composed:

* role noun + nisba (الجيش العراقي), + country/capital/النظام in construct (وزير خارجية العراق،
  قوات النظام), + organisation after a relational noun (رئيس هيئة الحشد الشعبي → PMF), then
  السابق/المخلوع (→ ELI); coordinated nisbas give one ref each (وزيرا الداخلية السوري والعراقي);
* role phrase + person (الرئيس السوري بشار الأسد) or person + role phrase (الفياض رئيس هيئة
  الحشد الشعبي) is one ref: the person's office valid on the date and compatible with the role;
* surnames resolve to the person named in full earlier in the document, or alone for persons
  marked so; anaphors (التنظيم، الحزب) to the organisation named last;
* countries and capitals are states (GOV) unless the context makes them a place (في العراق،
  بدمشق، شرق بغداد); bare role nouns take the document's main country when one country clearly
  dominates, and are dropped otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cache

from rasid.arabic.datelines import datelines
from rasid.arabic.matcher import Match
from rasid.arabic.normalize import normalize
from rasid.model import Actor, ActorRef, Place, Token
from rasid.resolve.actor_data import ActorData, Lex, Office, Org, Person, load_actor_data
from rasid.resolve.actor_words import (
    ADJ,
    ARMED,
    BETWEEN,
    COMMAS,
    COUNTRY_TYPES,
    ELI_MODS,
    FORCES,
    SECTOR_NAMES,
    Role,
    State,
    accusative,
    agrees,
    conjoined,
    counted_people,
    country_of,
    designation,
    led_forces,
    lex,
    locative,
    loyal_to,
    main_country,
    member_of,
    ministry_anaphor,
    named_for,
    nationals,
    of_region,
    split_code,
    uncounted,
)
from rasid.resolve.bodies import country_named_in, member_body, named_in, org_role
from rasid.segment import tokenize

_EMIR, _HEADED = (normalize("أمير"),), (normalize("رئاسة"),)

class ActorResolver:
    def __init__(self, data: ActorData) -> None:
        self.data = data
        self._anaphors = {o.en: o.anaphors for o in data.orgs.values() if o.anaphors}
        self._by_name: dict[str, Person] | None = None

    @classmethod
    def load(cls) -> ActorResolver:
        return _shipped()

    # ---------------------------------------------------------------- actors
    def state_actor(self, iso: str, sector: str = "GOV", kind: str = "state") -> Actor:
        en = c.en if (c := self.data.countries.get(iso)) else iso
        name = en if sector == "GOV" else f"{en} {SECTOR_NAMES.get(sector, sector)}"  # "Iraq" is its government
        return Actor(f"{iso}-{sector}", name, iso, sector, kind, c.qid if c and kind == "state" else None)

    def _code_actor(self, code: str, name: str, kind: str, qid: str | None = None) -> Actor:
        return Actor(code, name, *split_code(code), kind, qid)

    def _office(self, offices: Sequence[Office], on: date | None, hint: Role | None) -> str | None:
        if not offices:
            return None
        valid = [o for o in offices if on is None or o.holds(on)]
        if hint is not None:
            h_code = hint.code or (f"{hint.country}-{hint.sector}" if hint.country and hint.sector else None)
            if h_code in {o.code for o in valid}:
                return h_code
            if hint.sector and not hint.country and not hint.code:
                for o in valid:
                    if split_code(o.code)[1] == hint.sector:
                        return o.code
            if h_code:
                return h_code  # the role the text gives wins over missing data
        if valid:
            return valid[0].code if on is not None else max(valid, key=lambda o: o.start).code
        assert on is not None
        past = [o for o in offices if o.end is not None and o.end < on]
        if past:
            last = max(past, key=lambda o: o.end or date.min)
            country, _ = split_code(last.code)
            return f"{country}-ELI" if country else last.code
        return offices[0].code

    def _person_actor(self, p: Person, on: date | None, hint: Role | None) -> Actor:
        return self._code_actor(self._office(p.offices, on, hint) or "UNK", p.en, "person", p.qid)

    def in_sector(self, actor: Actor, sector: str, on: date | None) -> Actor | None:
        """The same person in an office of ``sector`` held on ``on`` ("العبادي" as the Nasr
        coalition's leader when he forms an electoral alliance), or None."""
        if actor.kind != "person":
            return None
        if self._by_name is None:
            self._by_name = {p.en: p for p in self.data.persons.values()}
        person = self._by_name.get(actor.name)
        held = [o for o in (person.offices if person else ()) if split_code(o.code)[1] == sector
                and (on is None or o.holds(on))]
        return self._code_actor(held[0].code, actor.name, "person", person.qid) if held else None

    def _org_actor(self, o: Org, on: date | None) -> Actor | None:
        code = o.code or self._office(o.offices, on, None)
        kind = o.kind if o.kind in ("group", "org", "unknown") else "org"
        return self._code_actor(code, o.en, kind, o.qid) if code else None

    def _compatible(self, p: Person, role: Role) -> bool:
        if role.code:
            country = split_code(role.code)[0]
            return any(o.code == role.code or (country and split_code(o.code)[0] == country) for o in p.offices)
        if role.country and not role.assumed:  # "زار الرئيس بشار الأسد قاعدة حميميم الروسية"
            return any(split_code(o.code)[0] == role.country for o in p.offices)
        return True

    # ---------------------------------------------------------------- helpers
    def _next(self, ms: list[Match[Lex]], k: int, tokens: Sequence[Token] | None = None) -> int | None:
        """The match right after ``ms[k]`` (with ``tokens``: also after up to two adjectives)."""
        if k + 1 >= len(ms):
            return None
        gap = range(ms[k].last_token, ms[k + 1].first_token)
        if not gap or (tokens is not None and len(gap) <= 3
                       and all(tokens[t].norm in ADJ or designation(tokens[t].text) for t in gap)
                       and sum(tokens[t].norm in ADJ for t in gap) <= 2):
            return k + 1
        return None

    def _after_gap(self, ms: list[Match[Lex]], k: int, tokens: Sequence[Token], commas: int = 1) -> int | None:
        """Index of the match after ``ms[k]`` past honorifics and at most one comma."""
        t = ms[k].last_token
        skip = BETWEEN | ELI_MODS
        while t < len(tokens) and (tokens[t].norm in skip or (tokens[t].text in COMMAS and commas > 0)):
            commas -= tokens[t].text in COMMAS
            t += 1
        for j in range(k + 1, min(k + 4, len(ms))):
            if ms[j].first_token == t:
                return j
            if ms[j].first_token > t:
                break
        return None

    def _surname(self, lexes: list[Lex], st: State, on: date | None, hint: Role | None) -> Person | None:
        cands = [self.data.persons[x.key] for x in lexes]
        if hint is not None:
            cands = [p for p in cands if self._compatible(p, hint)] or cands
        ids = {p.id for p in cands}
        named = [pid for pid in reversed(st.named) if pid in ids]

        def alone(p: Person) -> bool:
            v = next((p.alone[s] for s in p.surnames if s in p.alone), False)
            return v is True or (not isinstance(v, bool) and (on is None or on >= v))

        famous = [p for p in cands if alone(p)]
        if named:
            for p in famous:
                if p.id in named:
                    return p
            return self.data.persons[named[0]]
        return famous[0] if len(famous) == 1 else None

    def _person_at(self, m: Match[Lex], st: State, on: date | None, hint: Role | None) -> Person | None:
        full = lex(m, "person")
        if full:
            return self.data.persons[full[0].key]
        sur = lex(m, "surname")
        return self._surname(sur, st, on, hint) if sur else None

    def _org_like(self, m: Match[Lex], st: State, on: date | None) -> Actor | None:
        for x in m.payloads:
            if x.type == "org":
                return self._org_actor(self.data.orgs[x.key], on)
            if x.type == "anaphor" and x.key in st.last_ana:
                return st.last_ana[x.key]
        return None

    # ---------------------------------------------------------------- roles
    def _role(self, ms: list[Match[Lex]], k: int, tokens: Sequence[Token], st: State,
              on: date | None, main: str | None) -> Role | None:
        """The role phrase starting at ``ms[k]`` (its country and sector, or a group code)."""
        roles = lex(ms[k], "role")
        if not roles or ms[k].key == _HEADED and tokens[ms[k].first_token].norm[:1] == "ب":
            return None  # "وفد برئاسة السفير": a delegation headed by him, no presidency
        r = roles[0]
        end, country, sector = k, None, r.key
        nk = self._next(ms, k, tokens)
        if nk is not None and ms[nk].first_token != ms[k].last_token and not lex(ms[nk], "nisba"):
            nk = None
        if nk is None and r.of and k + 1 < len(ms) and member_of(ms[k], ms[k + 1], tokens):
            nk = k + 1  # "وفد من حركة حماس": the movement's delegation
        if nk is not None and (r.of or r.construct):
            org = self._org_like(ms[nk], st, on)
            if org is not None:
                return Role(nk, org.country, org.sector, org.code, org)
            if lex(ms[nk], "role"):
                inner = self._role(ms, nk, tokens, st, on, main)
                if inner is not None and inner.country and inner.sector == "GOV" and ms[k].key in FORCES:
                    return Role(inner.end_k, inner.country, FORCES[ms[k].key])  # "قوات الرئيس السوري"
                if inner is not None and (inner.country or inner.code):
                    return inner if r.of else Role(inner.end_k, inner.country, sector)
            if lex(ms[nk], "country", "capital", "regime", "nisba"):
                country, end = country_of(ms[nk], st.home(main)), nk
                sector = "GOV" if ms[k].key == _EMIR else sector  # "أمير قطر" rules, "أمير داعش" commands
            elif ms[k].key in FORCES and lex(ms[nk], "person", "surname"):
                p = self._person_at(ms[nk], st, on, None)  # "قوات الأسد": the forces of his state
                if p is not None and (led := led_forces(self._office(p.offices, on, None), ms[k].key)):
                    return Role(nk, *led)
        elif nk is not None and lex(ms[nk], "nisba") and agrees(ms[k], ms[nk], tokens):
            country, end = lex(ms[nk], "nisba")[0].key, nk
        elif nk is not None and (iso := accusative(self.data.accusatives, ms[k], ms[nk], tokens)):
            country, end = iso, nk  # "صحفيا سوريا": a Syrian journalist, not Syria
        if country and lex(ms[end], "regime"):
            nn = self._next(ms, end)
            if nn is not None and lex(ms[nn], "nisba"):
                country, end = lex(ms[nn], "nisba")[0].key, nn
        coords: list[tuple[Match[Lex], str]] = []
        if country and lex(ms[end], "nisba"):
            j = self._next(ms, end)
            if j is None and end + 1 < len(ms) and ms[end + 1].first_token == ms[end].last_token + 1 \
                    and tokens[ms[end].last_token].norm == "و":
                j = end + 1
            while j is not None and lex(ms[j], "nisba") and conjoined(ms[j], tokens):
                coords.append((ms[j], lex(ms[j], "nisba")[0].key))
                end, j = j, self._next(ms, j)
        t = ms[end].last_token
        nxt = tokens[t].norm if t < len(tokens) else ""
        sector = "ELI" if nxt in ELI_MODS else "REB" if sector == "OPP" and nxt in ARMED else sector
        if country is None:
            if (j := member_body(ms, end, tokens)) is not None and (body := self._role(  # "ضابطا
                    ms, j, tokens, st, on, main) or org_role(j, self._org_like(ms[j], st, on))):
                return body  # في الشرطة العراقية", "جندي في جيش الاحتلال": the body's
            if (r.of or r.construct) and not (r.construct and of_region(tokens, t)):  # "شرطة محافظة البصرة"
                return Role(end, None, sector) if not r.of else None
            named = r.country or country_named_in(ms, end, tokens, st.towns)
            if not named and (body := named_in(ms, end, tokens)) is not None and lex(body, "org"):
                named = getattr(self._org_like(body, st, on), "country", None)  # "في حكومة الوحدة"
            home = None if r.needs else st.home(main, sector, ms[k].key)  # "فصائل المعارضة"
            return Role(end, named or home, sector, generic=r.needs, assumed=not named)
        return Role(end, country, sector, coords=tuple(coords), generic=r.needs)

    # ---------------------------------------------------------------- main
    def find(self, text: str, tokens: Sequence[Token], on: date | None = None,
             _phrase: bool = False, places: Sequence[str] = (),
             towns: dict[int, str] | None = None) -> list[ActorRef]:
        """Every actor mention in a document, ordered, with spans into ``text``. ``places``: the
        ISO3 country of each place the document names, counted with the countries it names
        when its main country is chosen (the country of bare roles: "فصائل المعارضة"); ``towns``:
        the first token of each town named, with its country ("الشرطة في مدينة الموصل")."""
        ms = self.data.matcher.find(tokens)
        filed = datelines(text)  # "بيروت، لبنان (CNN)--" is not what the report is about
        kept = [m for m in ms if not loyal_to(m, tokens)
                and not any(a <= m.start < b for a, b in filed)]
        codes = (getattr(self._org_actor(self.data.orgs[x.key], on), "code", "")
                 for m in kept for x in m.payloads[:1] if x.type == "org")
        main = main_country(kept, places, [c[:3] for c in codes if c[3:4] == "-"])
        st = State(towns=dict(towns or {}))
        out: list[ActorRef] = []

        def emit(start: int, end: int, actor: Actor) -> None:
            out.append(ActorRef(start, end, text[start:end], actor))
            for a in (*self._anaphors.get(actor.name or "", ()), *ministry_anaphor(text[start:end])):
                st.last_ana[a] = actor  # "التنظيم" is ISIS again, "الوزارة" the ministry just named

        k = 0
        while k < len(ms):
            m = ms[k]
            types = set() if uncounted(m, tokens) else {x.type for x in m.payloads}  # "نزاعا مسلحا"
            if "org" in types and not nationals(ms, k):
                actor = self._org_like(m, st, on)
                end = k
                nk = self._next(ms, k)
                if actor is not None and nk is not None and lex(ms[nk], "nisba") and \
                        lex(ms[nk], "nisba")[0].key == actor.country:
                    end = nk
                pk = self._after_gap(ms, end, tokens) if actor is not None else None
                if actor is not None and pk is not None and lex(ms[pk], "person", "surname"):
                    hint = Role(end, actor.country, actor.sector, actor.code)
                    p = self._person_at(ms[pk], st, on, hint)
                    if p is not None and any(o.code == actor.code for o in p.offices):
                        st.named.append(p.id)
                        emit(m.start, ms[pk].end, self._person_actor(p, on, hint))
                        k = pk + 1
                        continue
                if actor is not None:
                    emit(m.start, ms[end].end, actor)
                k = end + 1
                continue
            if "anaphor" in types and (actor := self._org_like(m, st, on)) is not None:
                emit(m.start, m.end, actor)
                k += 1
                continue
            if types & {"role", "person", "surname"} and named_for(m, tokens):
                k += 1  # "مدينة الصدر": a place named for a person
                continue
            if "role" in types:
                role = self._role(ms, k, tokens, st, on, main)
                k = self._emit_role(ms, k, role, tokens, st, on, emit) if role else k + 1
                continue
            if types & {"person", "surname"}:
                k = self._emit_person(ms, k, tokens, st, on, main, emit)
                continue
            if "regime" in types:
                nk = self._next(ms, k)
                end, iso = k, country_of(m, st.home(main))
                if nk is not None and lex(ms[nk], "nisba"):
                    end, iso = nk, lex(ms[nk], "nisba")[0].key
                if iso:
                    actor = self.state_actor(iso, kind="regime")
                    emit(m.start, ms[end].end, Actor(actor.code, f"{actor.name} (regime)", iso, "GOV", "regime"))
                k = end + 1
                continue
            states = lex(m, *COUNTRY_TYPES)
            if people := counted_people(m, tokens, self.data.accusatives):  # "اعتقلت 14 فلسطينيا"
                emit(m.start, m.end, self.state_actor(people, "CVL", "role"))
            elif states and (_phrase or not locative(m, tokens, states[0].type == "capital")
                             and not loyal_to(m, tokens)):  # "فصائل موالية لتركيا"
                emit(m.start, m.end, self.state_actor(states[0].key))
            k += 1
        return out

    def _emit_role(self, ms, k, role: Role, tokens, st, on, emit) -> int:  # type: ignore[no-untyped-def]
        start = ms[k].start
        pk = self._after_gap(ms, role.end_k, tokens)
        if pk is not None and not role.coords and lex(ms[pk], "person", "surname"):
            p = self._person_at(ms[pk], st, on, role)
            if p is not None and self._compatible(p, role):
                if lex(ms[pk], "person"):
                    st.named.append(p.id)
                emit(start, ms[pk].end, self._person_actor(p, on, role.office_hint()))
                return pk + 1
        if role.org_actor is not None:
            emit(start, ms[role.end_k].end, role.org_actor)
        elif role.code:
            emit(start, ms[role.end_k].end, self._code_actor(role.code, role.code, "group"))
        elif role.country and role.sector:
            end_m = ms[role.end_k - len(role.coords)] if role.coords else ms[role.end_k]
            t = end_m.last_token
            end = tokens[t].end if t < len(tokens) and tokens[t].norm in ELI_MODS | ARMED else end_m.end
            emit(start, end, self.state_actor(role.country, role.sector, "role"))
            for cm, iso in role.coords:
                emit(cm.start, cm.end, self.state_actor(iso, role.sector, "role"))
        return role.end_k + 1

    def _emit_person(self, ms, k, tokens, st, on, main, emit) -> int:  # type: ignore[no-untyped-def]
        m = ms[k]
        rk = self._after_gap(ms, k, tokens)
        role = self._role(ms, rk, tokens, st, on, None) if rk is not None and lex(ms[rk], "role") else None
        p = self._person_at(m, st, on, role)
        if p is None:
            return k + 1
        if lex(m, "person"):
            st.named.append(p.id)
        nxt = self._after_gap(ms, role.end_k, tokens) if role is not None else None
        if role is not None and self._compatible(p, role) and (
                role.country or role.code or any(split_code(o.code)[1] == role.sector for o in p.offices)) \
                and (nxt is None or not lex(ms[nxt], "person", "surname")):
            emit(m.start, ms[role.end_k].end, self._person_actor(p, on, role))
            return role.end_k + 1
        emit(m.start, m.end, self._person_actor(p, on, None))
        return k + 1

    def regional_government(self, place: Place, on: date | None = None) -> Actor | None:
        """The regional government that administers ``place`` (the KRG for Erbil), if any."""
        for o in self.data.orgs.values():
            if o.governs and (place.name in o.governs or place.admin1 in o.governs):
                return self._org_actor(o, on)
        return None

    def names_party(self, tokens: Sequence[Token], k: int) -> bool:
        """A word of the actor lexicon (a name, a role such as "المسلحين") starts at token ``k``,
        whether or not it resolves to an actor in its context."""
        return any(m.first_token == k for m in self.data.matcher.find(tokens, k, min(len(tokens), k + 4)))

    def resolve(self, text: str, on: date | None = None) -> Actor | None:
        """One phrase → the actor of its longest mention (for the CLI)."""
        refs = self.find(text, tokenize(text), on, _phrase=True)
        return max(refs, key=lambda r: (r.end - r.start, -r.start)).actor if refs else None


@cache
def _shipped() -> ActorResolver:
    return ActorResolver(load_actor_data())
