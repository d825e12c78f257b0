"""Arabic language data and pure string functions (no pipeline knowledge)."""
