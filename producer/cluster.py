"""Building a shelf on a Dask cluster: one task per book, and a long book's speech in tasks of whole chapters.

Only `producer build --scheduler` imports this module (and with it Dask). Workers must see
the sources, the output folder, the cache and the voices at the same paths as this machine
(a shared file system). For each book the client asks a worker for its speech plan (the
script cut at chapter boundaries into batches), sends each batch of a long book to be spoken
into the shared cache as its own task, and then the book task, which runs the ordinary build
(its speech now all cache hits) and publishes through the same staging-and-swap as a local
build. Results come back in the order the files were given; a book that fails does not stop
the others.

A task changes process-wide state while it runs (the working directory, to the client's; stderr,
captured for the client; SOURCE_DATE_EPOCH, the client's): so workers run one task at a time
(`dask worker --nthreads 1`), and no task waits inside a worker for another.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from producer.errors import ProducerError, UsageError
from producer.job import BuildOptions

if TYPE_CHECKING:
    from distributed import Client

    from producer.speech.script import Utterance

# a book whose script has more utterances than this is spoken in several tasks of at least this many
# (PRODUCER_SPEECH_TASK_UTTERANCES overrides it)
SPEECH_TASK_UTTERANCES = 400
CONNECT_TIMEOUT_S = 15


@dataclass(frozen=True, slots=True)
class BookResult:
    """What a book task sends back: the files written, what it printed, and the error if it failed."""

    source: str
    written: tuple[str, ...]
    output: str  # diagnostics and messages, as a local build prints them to stderr
    error: str | None = None
    exit_code: int = 0


@dataclass(frozen=True, slots=True)
class Setting:
    """What every task needs from the client: where it ran, its options and its SOURCE_DATE_EPOCH."""

    cwd: str
    options: BuildOptions
    formats: tuple[str, ...]
    encoding: str | None
    epoch: str | None


def speech_batches(utterances: Sequence[Utterance], limit: int) -> list[list[Utterance]]:
    """Consecutive utterances cut at chapter boundaries into batches of at least `limit` (one batch: no split)."""
    batches: list[list[Utterance]] = []
    current: list[Utterance] = []
    for u in utterances:
        if current and len(current) >= limit and u.section != current[-1].section:
            batches.append(current)
            current = []
        current.append(u)
    if current:
        batches.append(current)
    return batches


@contextlib.contextmanager
def _as_client(setting: Setting, captured: io.StringIO | None = None) -> Iterator[None]:
    """Run a task as the client would: its working directory, its SOURCE_DATE_EPOCH, stderr into `captured`."""
    from distributed import get_worker

    if get_worker().state.nthreads != 1:
        raise UsageError("the Dask workers run several tasks at once; start them with `dask worker ADDRESS --nthreads 1` "
                         "(and --nworkers N for more)")
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    if setting.epoch is not None:
        os.environ["SOURCE_DATE_EPOCH"] = setting.epoch
    try:
        with contextlib.chdir(setting.cwd), contextlib.redirect_stderr(captured or sys.stderr):
            yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
        if saved is not None:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def _plan(source: str, setting: Setting, limit: int) -> list[list[Utterance]]:
    """A worker task: a book's speech in batches of whole chapters ([] when it speaks nothing or will fail anyway)."""
    from producer.read import load
    from producer.speech.script import build_script
    from producer.speech.voices import load_profile

    if setting.formats == ("epub",):  # the only format that speaks nothing
        return []
    try:
        with _as_client(setting, io.StringIO()):
            doc = load(Path(source), setting.encoding)
            script = build_script(doc, load_profile(setting.options.voice), notes=setting.options.notes)
    except ProducerError:
        return []  # the book task meets the same error and reports it
    return speech_batches(script, limit)


def _speak(batch: list[Utterance], setting: Setting) -> int:
    """A worker task: synthesize one batch of utterances into the shared cache; returns how many."""
    from producer.cache import resolve_cache_dir
    from producer.speech.synth import synthesize
    from producer.speech.voices import load_profile

    options = setting.options
    with _as_client(setting, io.StringIO()):
        synthesize(batch, load_profile(options.voice), resolve_cache_dir(options.cache), options.jobs, quiet=True)
    return len(batch)


def _build_book(source: str, out_root: str, setting: Setting, *spoken: int) -> BookResult:
    """A worker task (after its speech tasks, `spoken`): the ordinary build of one book; errors come back as results."""
    from producer.build import build

    captured = io.StringIO()
    try:
        with _as_client(setting, captured):
            written = build([Path(source)], Path(out_root), setting.formats, setting.options, setting.encoding)
    except ProducerError as e:
        return BookResult(source, (), captured.getvalue(), e.message, int(e.exit_code))
    return BookResult(source, tuple(str(p) for p in written), captured.getvalue())


def connect(address: str) -> Client:
    """A Dask client for the scheduler at `address`; raises UsageError when it cannot be reached."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs Dask's distributed package; install it: pip install 'producer[cluster]'") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as e:
        raise UsageError(f"--scheduler {address}: cannot reach a Dask scheduler ({e}); start one with "
                         "`dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`, or build without --scheduler") from None


def _failed(source: Path, e: BaseException) -> BookResult:
    if isinstance(e, ProducerError):
        return BookResult(str(source), (), "", e.message, int(e.exit_code))
    return BookResult(str(source), (), "", f"{source}: the cluster could not build it ({type(e).__name__}: {e})", 1)


def build_on_cluster(address: str, sources: list[Path], out_root: Path, formats: tuple[str, ...], options: BuildOptions,
                     encoding: str | None = None) -> list[BookResult]:
    """Build every source as its own task on the cluster at `address`; results in source order."""
    from distributed import as_completed

    from producer.cache import resolve_cache_dir

    setting = Setting(str(Path.cwd()), replace(options, cache=resolve_cache_dir(options.cache).resolve()), formats, encoding,
                      os.environ.get("SOURCE_DATE_EPOCH"))
    limit = int(os.environ.get("PRODUCER_SPEECH_TASK_UTTERANCES") or SPEECH_TASK_UTTERANCES)
    paths = [str(s.resolve()) for s in sources]
    client = connect(address)
    try:
        plans = {client.submit(_plan, path, setting, limit, pure=False): i for i, path in enumerate(paths)}
        books: dict[int, Any] = {}
        for plan in as_completed(plans):  # each book starts as soon as its plan is known
            i = plans[plan]
            try:
                batches = plan.result()
            except Exception:  # noqa: BLE001 - the book task will fail the same way and say why
                batches = []
            spoken = [client.submit(_speak, batch, setting, pure=False) for batch in batches] if len(batches) > 1 else []
            books[i] = client.submit(_build_book, paths[i], str(out_root.resolve()), setting, *spoken, pure=False)
        results = []
        for i, source in enumerate(sources):
            try:
                results.append(books[i].result())
            except Exception as e:  # noqa: BLE001 - a worker died, or a speech task failed: that book failed, the rest go on
                results.append(_failed(source, e))
        return results
    finally:
        client.close()


def report_results(results: list[BookResult], quiet: bool) -> int:
    """Print each book's output, files and error in order; returns how many books failed."""
    failed = 0
    for r in results:
        sys.stderr.write(r.output)
        if r.error is not None:
            failed += 1
            print(f"producer: error: {r.error}", file=sys.stderr)
        elif not quiet:
            for path in r.written:
                print(path, file=sys.stderr)
    if failed:
        print(f"producer: {failed} of {len(results)} books failed", file=sys.stderr)
    return failed
