"""rasid.export stage."""
