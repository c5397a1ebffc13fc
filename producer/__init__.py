"""producer: plain-text chapters to accessible EPUB3, chaptered audiobooks and read-aloud EPUBs."""

__version__ = "0.1.0"
