"""The chaptered audiobook: per-chapter PCM assembly, encoding, M4B/MP3 packaging, timeline and audio checks."""
