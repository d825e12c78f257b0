"""rasid.resolve stage."""
