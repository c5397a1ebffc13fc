"""The build driver: read each source once, check tools for the asked formats, run the writers.

The format table maps a format name to the writer module that produces it; one writer
may serve several formats (the audiobook writer makes both m4b and mp3 from one synthesis).
Each writer module has `requirements(job) -> tuple[Tool, ...]` and `write(job) -> list[Path]`.
"""

from __future__ import annotations

import errno
import importlib
from dataclasses import replace
from pathlib import Path
from types import ModuleType

from producer.diagnostics import report
from producer.errors import ToolFailure, UsageError
from producer.job import BuildJob, BuildOptions, finishing, slugify
from producer.model import Document
from producer.publish import staged_folder
from producer.tools import require

# format name -> writer module, in build order (later writers may reuse earlier outputs)
FORMATS: dict[str, str] = {
    "epub": "producer.epub.writer",
    "m4b": "producer.audio.audiobook",
    "mp3": "producer.audio.audiobook",
    "readaloud": "producer.readaloud.writer",
    "daisy": "producer.readaloud.daisy",
    "web": "producer.readaloud.web",
}


def parse_formats(spec: str | None) -> tuple[str, ...]:
    """Format names from a comma list (None: every format); raises UsageError on unknown names."""
    if spec is None:
        return tuple(FORMATS)
    names = [s.strip().lower() for s in spec.split(",") if s.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise UsageError(f"--formats {spec}: unknown format {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}")
    return tuple(n for n in FORMATS if n in names)


def _writers(formats: tuple[str, ...]) -> list[ModuleType]:
    modules: list[ModuleType] = []
    for name in formats:
        module = importlib.import_module(FORMATS[name])
        if module not in modules:
            modules.append(module)
    return modules


def _read(source: Path, encoding: str | None) -> Document:
    from producer.read import load  # the reader is loaded only by commands that read

    return load(source, encoding)


def read_all(sources: list[Path], encoding: str | None, jobs: int) -> list[Document]:
    """Each source's Document, in order; several sources are read in parallel in fresh processes.

    One source is read in this process. Raises the first ProducerError in source order, or
    ToolFailure when a reading process dies (killed, out of memory).
    """
    if len(sources) == 1 or jobs <= 1:
        return [_read(source, encoding) for source in sources]
    import multiprocessing  # only a build of several books reads in other processes: a single book starts faster without
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=context) as pool:
        futures = [pool.submit(_read, source, encoding) for source in sources]
        try:
            return [future.result() for future in futures]
        except BrokenProcessPool:
            failed = next((s for s, f in zip(sources, futures, strict=True) if f.done() and f.exception()), sources[0])
            raise ToolFailure(f"{failed}: the process reading it ended unexpectedly (killed, or out of memory?); "
                              "try again with --jobs 1") from None
        finally:
            for future in futures:
                future.cancel()


def job_for(source: Path, doc: Document, out_root: Path, formats: tuple[str, ...], options: BuildOptions) -> BuildJob:
    """Report `doc`'s diagnostics and decide where its results go; nothing is written outside `out_root`."""
    report(str(source), doc.diagnostics, strict=options.strict, quiet=options.quiet)
    slug = slugify(source.stem)
    root = out_root.resolve()
    out_dir = (root / slug).resolve()
    if root not in out_dir.parents:
        raise UsageError(f"{source}: output folder {out_dir} would fall outside {root}; rename the source file")
    return BuildJob(doc, source, slug, out_dir, frozenset(formats), options)


def build(sources: list[Path], out_root: Path, formats: tuple[str, ...], options: BuildOptions, encoding: str | None = None) -> list[Path]:
    """Build every source in every format; tools are checked before any work starts."""
    writers = _writers(formats)
    if set(formats) <= {"epub"}:
        return _build(sources, out_root, formats, writers, options, encoding)
    from producer.audio.audiobook import warmed  # every other format speaks the book

    with warmed(options):  # the speech's start-up runs on another core while the books are read
        return _build(sources, out_root, formats, writers, options, encoding)


def _build(sources: list[Path], out_root: Path, formats: tuple[str, ...], writers: list[ModuleType],
           options: BuildOptions, encoding: str | None) -> list[Path]:
    docs = read_all(sources, encoding, options.jobs)
    jobs = [job_for(source, doc, out_root, formats, options) for source, doc in zip(sources, docs, strict=True)]
    claimed: dict[Path, Path] = {}
    for job in jobs:
        if (other := claimed.setdefault(job.out_dir, job.source)) != job.source:
            raise UsageError(f"{other} and {job.source} would both build into {job.out_dir}; rename one of them")
    tools = {t for job in jobs for w in writers for t in w.requirements(job)}
    require(*sorted(tools, key=lambda t: t.command))
    written: list[Path] = []
    for job in jobs:
        try:
            with staged_folder(job.out_dir) as staging, finishing():
                staged = replace(job, out_dir=staging)
                paths = [path for writer in writers for path in writer.write(staged)]
        except OSError as e:  # a full disk, a read-only or vanished folder: the staging is gone, the book as it was
            raise UsageError(cannot_write(e, job)) from None
        written.extend(job.out_dir / path.relative_to(staging) for path in paths)
    return written


def cannot_write(e: OSError, job: BuildJob) -> str:
    """One line for an OSError while building `job`: the path, the reason, the fix, and that nothing was lost."""
    where = e.filename or job.out_dir
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        fix = "free some space there"
    elif e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        fix = "make it writable or choose another --out / --cache folder"
    else:
        fix = "check the folder"
    return f"{where}: cannot write ({e.strerror or e}); {fix}; the previous outputs of {job.source} are kept"
