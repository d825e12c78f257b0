"""rasid.store stage."""
