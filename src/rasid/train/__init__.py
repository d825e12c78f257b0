"""rasid.train stage."""
