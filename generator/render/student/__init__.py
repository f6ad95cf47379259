"""The student version: a plain-language page per age band, its texts, bands and LIX."""
