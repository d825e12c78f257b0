"""rasid.read stage."""
