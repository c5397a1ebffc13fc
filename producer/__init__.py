"""producer: plain-text chapters to accessible EPUB3, chaptered audiobooks and read-aloud EPUBs."""

from producer import regexcache

__version__ = "0.1.0"

regexcache.load()  # the patterns `make` compiled ahead (see regexcache.py): ~80 ms less per command
