"""The chaptered audiobook: per-chapter PCM assembly, loudness, encoding, M4B/MP3 packaging and the timeline."""
