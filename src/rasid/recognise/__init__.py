"""rasid.recognise stage."""
