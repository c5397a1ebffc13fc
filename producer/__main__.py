"""`python -m producer` runs the command line."""

from producer.cli import run

run()
