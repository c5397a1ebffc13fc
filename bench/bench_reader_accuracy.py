"""The reader's accuracy on real annotated chapters (tests/corpus/), and on the older held-out and golden cases.

Usage: .venv/bin/python bench/bench_reader_accuracy.py [-v]

For tests/corpus/tuning/ and tests/corpus/blind/ it prints the reader issue's four measures:
notes found with their text and author tag, quoted documents F1 (found and not spurious),
fields found (senders, recipients, date, place, destination), and field precision (a value
given is right). The tuning half is shown chapter by chapter (-v lists every failed check);
the blind halves (blind/, and blind2/ made when blind/ had been looked at) only in total: nobody who
changes the reader reads their chapters or misses.
blind3/ to blind15/ (annotated unseen after blind2/; blind4/ after the fourth session's changes, blind5/ during the
fifth, blind6/ and blind7/ during the sixth, blind8/ during the seventh, blind9/ during the eighth, blind10/ during
the ninth, blind11/ during the tenth, blind12/ during the eleventh, blind13/ during the twelfth, blind14/ during the
thirteenth, blind15/ during the fourteenth, blind16/ to blind18/ in the sessions after, blind19/ during
the nineteenth, each before the reader changed) are found by main()'s blind* scan and
likewise printed only in total.
Then the check-by-check scores of tests/heldout/ (chapters written for the purpose) and
tests/cases/.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a bench script run by path: the checkout's tests/ and producer/

from producer.read import load
from producer.read.jsonform import to_json
from tests.expected import Measures, measures, problems, score

CORPUS = ROOT / "tests" / "corpus"


def _chapters(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if (p / "expected.json").is_file()) if folder.is_dir() else []


def _line(name: str, m: Measures) -> str:
    f = m.figures()
    show = {k: "  -  " if v is None else f"{v:5.2f}" for k, v in f.items()}
    return (f"  {name:34} notes {show['notes']} ({m.notes_found}/{m.notes_expected})  documents F1 {show['documents_f1']} "
            f"({m.docs_matched} of {m.docs_expected}, {m.docs_reported - m.docs_matched} spurious)  "
            f"fields found {show['fields_found']} ({m.fields_found}/{m.fields_expected})  "
            f"field precision {show['field_precision']} ({m.fields_right}/{m.fields_given})")


def corpus(half: str, verbose: bool) -> Measures:
    """The four measures over one half of the corpus; per chapter only for the tuning half."""
    total = Measures()
    chapters = _chapters(CORPUS / half)
    for case in chapters:
        got = to_json(load(case / "input.txt"))
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        m = measures(got, expected)
        total.add(m)
        if not half.startswith("blind"):
            print(_line(case.name, m))
            if verbose:
                for problem in problems(got, expected):
                    print(f"      {problem}")
    print(_line(f"{half} total, {len(chapters)} chapters", total))
    return total


def main() -> None:
    verbose = "-v" in sys.argv
    results = {}
    halves = ["tuning", *sorted(p.name for p in CORPUS.iterdir() if p.name.startswith("blind") and p.is_dir())]
    for half in halves:
        print(f"tests/corpus/{half}/ (real chapters)")
        results[half] = corpus(half, verbose).figures()
        print()
    for group in ("heldout", "cases"):
        passed = total = 0
        for case in _chapters(ROOT / "tests" / group):
            ok, n, found = score(to_json(load(case / "input.txt")), json.loads((case / "expected.json").read_text(encoding="utf-8")))
            passed, total = passed + ok, total + n
            print(f"{group}/{case.name:28} {ok:4}/{n:<4} {ok / n:6.1%}")
            if verbose:
                for problem in found:
                    print(f"    {problem}")
        print(f"{group:>7} total {passed}/{total} = {passed / total:.1%}\n")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "reader_accuracy.json").write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
