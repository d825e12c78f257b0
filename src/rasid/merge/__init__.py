"""rasid.merge stage."""
