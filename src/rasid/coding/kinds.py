"""Families of PLOVER event types the coder treats alike, and of actors."""

from __future__ import annotations

from rasid.model import Actor

#: either party may be named first: a swapped dyad is the same event
SYMMETRIC = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
#: acts of force, done by a state's military
MATERIAL_FORCE = {"ASSAULT", "MOBILIZE"}
#: the types PLOVER gives no modes (spec/PLOVER.md): a declared ceasefire or withdrawal is CONCEDE
#: with no mode, whatever the trigger's
MODELESS = {"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"}
#: acts done, not said
MATERIAL = {"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "RETREAT", "AID", "COOPERATE", "PROTEST"}
#: measures on everyone in a place: with no one named, they fall on its people (a crowd
#: dispersed: "فرقت قوات الأمن تظاهرة في جاسم")
ON_EVERYONE = {"curfew", "martial-law", "withhold", "crowd-control"}
#: the plain mode of a type, which a more exact one told in another mention of the act replaces
#: ("تجددت التظاهرات …، حيث قطع المحتجون الطريق": the protest is a road blocked; "داهمت قوة
#: أمنية منزلا واعتقلت ثلاثة متهمين": the raid is an arrest)
PLAIN_MODE = {"PROTEST": "demo", "COERCE": "seize"}
#: a state's organs: its government, army, police and intelligence (who do not protest, and
#: who own the bodies told as theirs)
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY"})
#: group codes of paramilitaries (spec/ACTORS.md: PMF → IRQ-PRM, HEZ → LBN-PRM)
MILITIAS = {"PMF", "HEZ"}


def militia(actor: Actor) -> bool:
    return actor.sector == "PRM" or actor.code in MILITIAS
