"""rasid.coding stage."""
