"""Speech: voice profiles, the pronunciation lexicon, the speech script and cached offline synthesis."""

# The roles a profile voices and where notes can be read; here so the command line can offer
# them without loading the profile machinery.
ROLES = ("narration", "document", "note", "announcement")
NOTES_MODES = ("after-paragraph", "end-of-chapter", "skip")
