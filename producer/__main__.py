"""`python -m producer` runs the command line."""

from producer.cli import run

if __name__ == "__main__":
    run()
