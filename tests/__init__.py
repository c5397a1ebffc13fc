"""producer's tests; shared pieces are in fixtures.py and conftest.py."""
