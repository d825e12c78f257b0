"""Score predicted document records against gold ones, exactly as ``SCORING.md`` says.

    records = read_records("gold.jsonl")
    scores = evaluate(gold_records, predicted_records)
    print(scores.format_table()); json.dumps(scores.to_dict())

Decisions the spec leaves open (and how they are settled here):

* Documents are paired by ``doc_id``. A gold document without a prediction scores as all misses
  (its events, entities and quotes are false negatives). Predicted documents that are not in gold
  are ignored entirely (counted only in ``documents.ignored``): gold defines what is scored.
  A ``doc_id`` repeated within one side is an error (``ValueError``).
* Event pairing: only (gold, pred) pairs with equal ``event_type`` are candidates. A pair of
  different types can count for nothing, and forming it could only take a gold event away from
  a same-type prediction. Candidates are ranked by (dyad match, type match, date correct,
  location correct, -evidence distance) and taken best first, one-to-one; ties go to document
  order (gold index, then predicted index). Date/location "correct" in the rank is False when
  the gold value is not scorable (null date, location without coordinates).
* Evidence-span distance: 0 when the spans overlap (or touch), else the gap in characters
  between them; a missing or malformed span is infinitely far.
* Detection: tp = pairs; fp = predicted events - tp; fn = gold events - tp. Dyad: tp = pairs
  whose actors match, fp/fn likewise, so a same-type pair with the wrong actors is one fp and
  one fn for dyad. The attribute accuracies are over dyad pairs only.
* An undefined figure (zero denominator) is ``None`` in ``to_dict`` and ``n/a`` in the table.
* Missing or malformed optional fields in predictions count as wrong, never as a crash.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rasid.evaluate_entities import (
    PRF,
    Accuracy,
    EntityScores,
    QuoteScores,
    score_entities,
    score_quotes,
    sort_labels,
)

__all__ = ["Scores", "evaluate", "judged_predictions", "read_records", "self_check", "PRF",
           "Accuracy"]

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
EARTH_RADIUS_KM = 6371.0088
ADMIN_KM = 100.0
POINT_KM = 25.0


# --------------------------------------------------------------------------- reading

def read_records(path: str | Path) -> list[dict]:
    """Read a JSONL file of document records; blank lines are skipped.

    Raises ``ValueError("line N: reason")`` for a line that is not a JSON object.
    """
    from rasid.read.jsonl import json_problem

    records: list[dict] = []
    try:
        with open(path, encoding="utf-8-sig") as fh:
            lines = list(fh)
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text (a JSONL file is expected)") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {n}: {json_problem(exc)}") from None
        if not isinstance(obj, dict):
            raise ValueError(f"line {n}: expected a JSON object, got {type(obj).__name__}")
        records.append(obj)
    if not records:
        raise ValueError("no records: the file is empty")
    return records


# --------------------------------------------------------------------------- scores

@dataclass
class EventScores:
    detection: PRF = field(default_factory=PRF)
    dyad: PRF = field(default_factory=PRF)
    mode: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    fatalities: Accuracy = field(default_factory=Accuracy)
    dropped_gold: int = 0  # negated/hypothetical events removed before scoring
    dropped_pred: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "detection": self.detection.to_dict(), "dyad": self.dyad.to_dict(),
            "mode": self.mode.to_dict(), "date": self.date.to_dict(),
            "location": self.location.to_dict(), "fatalities": self.fatalities.to_dict(),
            "dropped": {"gold": self.dropped_gold, "pred": self.dropped_pred},
        }


@dataclass
class Scores:
    """Every figure of SCORING.md, with counts. See ``to_dict`` for the names."""

    events: EventScores = field(default_factory=EventScores)
    entities: EntityScores = field(default_factory=EntityScores)
    quotes: QuoteScores = field(default_factory=QuoteScores)
    docs_gold: int = 0
    docs_missing: int = 0  # gold documents with no prediction
    docs_ignored: int = 0  # predicted documents not in gold

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": {"gold": self.docs_gold, "missing": self.docs_missing,
                          "ignored": self.docs_ignored},
            "events": self.events.to_dict(),
            "entities": self.entities.to_dict(),
            "quotes": self.quotes.to_dict(),
        }

    def format_table(self) -> str:
        ev, en, qu = self.events, self.entities, self.quotes
        lines = [
            f"documents: {self.docs_gold} gold, {self.docs_missing} without prediction, "
            f"{self.docs_ignored} predicted not in gold (ignored)",
            f"events dropped as negated/hypothetical: {ev.dropped_gold} gold, "
            f"{ev.dropped_pred} predicted",
            "",
            f"{'figure':<26}{'P':>7}{'R':>7}{'F1':>7}{'tp':>7}{'fp':>7}{'fn':>7}",
        ]
        rows: list[tuple[str, PRF]] = [("event detection", ev.detection),
                                       ("event dyad (headline)", ev.dyad)]
        rows.append((f"entities (micro, {en.documents} docs)", en.micro))
        rows += [(f"  entities {lab}", en.per_label[lab]) for lab in sort_labels(en.per_label)]
        rows.append((f"quotes ({qu.documents} docs)", qu.quotes))
        for name, prf in rows:
            lines.append(f"{name:<26}{_fmt(prf.p):>7}{_fmt(prf.r):>7}{_fmt(prf.f1):>7}"
                         f"{prf.tp:>7}{prf.fp:>7}{prf.fn:>7}")
        lines += ["", f"{'accuracy':<26}{'acc':>7}{'correct':>9}{'total':>7}"]
        accs = [("mode (dyad pairs)", ev.mode), ("date (dyad pairs)", ev.date),
                ("location (dyad pairs)", ev.location),
                ("fatalities (dyad pairs)", ev.fatalities), ("quote speaker", qu.speaker)]
        for name, acc in accs:
            lines.append(f"{name:<26}{_fmt(acc.accuracy):>7}{acc.correct:>9}{acc.total:>7}")
        return "\n".join(lines)


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


# --------------------------------------------------------------------------- event rules

def _code(actor: Any) -> Any:
    return actor.get("code") if isinstance(actor, dict) else None


def dyad_match(gold: dict, pred: dict) -> bool:
    """Equal type and equal (source, target) codes; swapped also counts for symmetric types."""
    etype = gold.get("event_type")
    if etype is None or etype != pred.get("event_type"):
        return False
    gs, gt = _code(gold.get("source")), _code(gold.get("target"))
    ps, pt = _code(pred.get("source")), _code(pred.get("target"))
    if (gs, gt) == (ps, pt):
        return True
    return etype in SYMMETRIC_TYPES and (gs, gt) == (pt, ps)


def _interval(d: Any) -> tuple[date, date] | None:
    if not isinstance(d, dict):
        return None
    try:
        start, end = date.fromisoformat(d["start"]), date.fromisoformat(d["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (start, end) if start <= end else None


def date_correct(gold_date: Any, pred_date: Any) -> bool:
    """Predicted interval overlaps gold widened by a day each side, and its length L_p (days,
    inclusive) satisfies ``L_g/2 - 1 <= L_p <= 2*L_g + 2``. A null/malformed prediction is wrong.
    """
    g, p = _interval(gold_date), _interval(pred_date)
    if g is None or p is None:
        return False
    if p[0].toordinal() > g[1].toordinal() + 1 or p[1].toordinal() < g[0].toordinal() - 1:
        return False
    g_len = (g[1] - g[0]).days + 1
    p_len = (p[1] - p[0]).days + 1
    return g_len / 2 - 1 <= p_len <= 2 * g_len + 2


def _num(x: Any) -> float | None:
    if isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x):
        return float(x)
    return None


def _point(loc: Any) -> tuple[float, float] | None:
    if not isinstance(loc, dict):
        return None
    lat, lon = _num(loc.get("lat")), _num(loc.get("lon"))
    return None if lat is None or lon is None else (lat, lon)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def location_scorable(gold_loc: Any) -> bool:
    return _point(gold_loc) is not None


def location_correct(gold_loc: Any, pred_loc: Any) -> bool:
    """Gold ``country`` feature: same country; ``admin1``/``region``: same country and at most
    100 km apart; any other feature: at most 25 km apart. A null prediction is wrong.
    """
    gp = _point(gold_loc)
    if gp is None or not isinstance(pred_loc, dict):
        return False
    feature = gold_loc.get("feature")
    same_country = gold_loc.get("country") is not None and \
        pred_loc.get("country") == gold_loc.get("country")
    if feature == "country":
        return same_country
    pp = _point(pred_loc)
    if pp is None:
        return False
    if feature in ("admin1", "region"):
        return same_country and haversine_km(gp, pp) <= ADMIN_KM
    return haversine_km(gp, pp) <= POINT_KM


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def evidence_distance(a: Any, b: Any) -> float:
    """0 when the spans overlap or touch, else the gap between them in characters."""
    sa, sb = _ev_span(a), _ev_span(b)
    if sa is None or sb is None:
        return math.inf
    return float(max(0, max(sa[0], sb[0]) - min(sa[1], sb[1])))


def _ev_span(x: Any) -> tuple[int, int] | None:
    if not isinstance(x, dict):
        return None
    s, e = x.get("start"), x.get("end")
    return (s, e) if _is_int(s) and _is_int(e) and e >= s else None


def _kept(events: Any) -> tuple[list[dict], int]:
    """Events minus negated/hypothetical ones, and how many were dropped."""
    if not isinstance(events, list):
        return [], 0
    items = [e if isinstance(e, dict) else {} for e in events]
    kept = [e for e in items if not (e.get("negated") is True or e.get("hypothetical") is True)]
    return kept, len(items) - len(kept)


def pair_events(gold: list[dict], pred: list[dict]) -> list[tuple[int, int, bool]]:
    """Greedy one-to-one pairing, best first; returns (gold index, pred index, dyad match)."""
    cands = []
    for i, g in enumerate(gold):
        gtype = g.get("event_type")
        if gtype is None:
            continue
        for j, p in enumerate(pred):
            if p.get("event_type") != gtype:
                continue  # pairs of different types are never formed
            dyad = dyad_match(g, p)
            rank = (dyad, True, date_correct(g.get("date"), p.get("date")),
                    location_correct(g.get("location"), p.get("location")),
                    -evidence_distance(g.get("evidence"), p.get("evidence")))
            cands.append((rank, i, j, dyad))
    cands.sort(key=lambda c: (tuple(-x for x in c[0]), c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j, dyad in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j, dyad))
    return pairs


def judged_predictions(gold_doc: dict, pred_doc: dict | None) -> list[tuple[dict, bool]]:
    """Each scored predicted event of one document (negated/hypothetical ones are not scored)
    with whether it is right: paired by ``pair_events`` with a gold event whose dyad matches."""
    gold, _ = _kept(gold_doc.get("events"))
    pred, _ = _kept(pred_doc.get("events") if isinstance(pred_doc, dict) else None)
    right = {j for _, j, dyad in pair_events(gold, pred) if dyad}
    return [(p, j in right) for j, p in enumerate(pred)]


def score_events(scores: EventScores, gold_doc: dict, pred_doc: dict | None) -> None:
    gold, dg = _kept(gold_doc.get("events"))
    pred, dp = _kept(pred_doc.get("events") if isinstance(pred_doc, dict) else None)
    scores.dropped_gold += dg
    scores.dropped_pred += dp
    pairs = pair_events(gold, pred)
    tp = len(pairs)
    scores.detection.add(tp, len(pred) - tp, len(gold) - tp)
    dyad_tp = sum(1 for *_, d in pairs if d)
    scores.dyad.add(dyad_tp, len(pred) - dyad_tp, len(gold) - dyad_tp)
    for i, j, dyad in pairs:
        if not dyad:
            continue
        g, p = gold[i], pred[j]
        if g.get("mode") is not None:
            scores.mode.add(p.get("mode") == g.get("mode"))
        if g.get("date") is not None:
            scores.date.add(date_correct(g.get("date"), p.get("date")))
        if location_scorable(g.get("location")):
            scores.location.add(location_correct(g.get("location"), p.get("location")))
        if _is_int(g.get("fatalities")):
            pf = p.get("fatalities")
            scores.fatalities.add(_is_int(pf) and pf == g.get("fatalities"))


# --------------------------------------------------------------------------- entry points

def _by_id(records: list[dict], side: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for n, r in enumerate(records, 1):
        doc_id = r.get("doc_id") if isinstance(r, dict) else None
        if not isinstance(doc_id, str) or not doc_id:
            raise ValueError(f"{side} record {n}: missing doc_id")
        if doc_id in out:
            raise ValueError(f"{side} record {n}: duplicate doc_id {doc_id!r}")
        if not isinstance(r.get("events", []), list):  # (a stray item in it is a wrong event)
            raise ValueError(f"{side} record {n}: 'events' is not a list")
        out[doc_id] = r
    return out


def evaluate(gold: list[dict], pred: list[dict]) -> Scores:
    """Score ``pred`` against ``gold`` (lists of document records). Pure function."""
    gold_by_id, pred_by_id = _by_id(gold, "gold"), _by_id(pred, "pred")
    scores = Scores(docs_gold=len(gold_by_id))
    # Predicted documents that are not in gold are ignored: gold decides what is scored.
    scores.docs_ignored = sum(1 for d in pred_by_id if d not in gold_by_id)
    for doc_id, g in gold_by_id.items():
        p = pred_by_id.get(doc_id)
        if p is None:
            scores.docs_missing += 1  # scored below as all misses
        score_events(scores.events, g, p)
        score_entities(scores.entities, g, p)
        score_quotes(scores.quotes, g, p)
    return scores


def self_check(path: str | Path) -> list[str]:
    """Score a gold file against itself; return the figures that are not 1.0 (empty = fine).

    For CI: every defined figure must be 1.0 and no count of errors (fp, fn) may be non-zero.
    Undefined figures (``None``: nothing to score) are not problems.
    """
    records = read_records(path)
    problems: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                name = f"{where}.{k}" if where else k
                if k in ("p", "r", "f1", "accuracy") and v is not None and v != 1.0:
                    problems.append(f"{name} = {v:.3f}")
                elif k in ("fp", "fn") and v:
                    problems.append(f"{name} = {v}")
                else:
                    walk(v, name)

    walk(evaluate(records, records).to_dict(), "")
    return problems
