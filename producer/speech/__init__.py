"""Speech: voice profiles, the pronunciation lexicon, the speech script and cached offline synthesis."""
