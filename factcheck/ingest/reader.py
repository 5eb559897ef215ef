"""Walk the paths given, read each supported file, collect articles and errors.

:func:`iter_paths` streams one item at a time (an ``Article`` or a
``ReadError``) and keeps only the set of ids handed out, so a caller that
processes articles as they come never holds the whole corpus;
:func:`read_paths` is the convenience wrapper that gathers everything into an
:class:`IngestResult`.  Nothing here raises for bad input: missing paths,
unreadable or undecodable files and bad records all become ``ReadError``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from factcheck.ingest.decode import UndecodableError, read_text
from factcheck.ingest.formats import READERS, SourceFile
from factcheck.model import Article, ReadError

PathLike = Union[str, Path]


@dataclass
class IngestResult:
    """Everything read from the paths given."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files with an unsupported extension


@dataclass
class _FileToRead:
    path: Path      # as walked: the given root joined with the relative path
    id_base: str    # path relative to the given root (the file name for a given file)


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def walk(paths: Iterable[PathLike]) -> Iterator[_FileToRead | ReadError]:
    """Files under ``paths`` in a deterministic order, hidden ones left out.

    Each folder's files are sorted by their relative path; folders are taken
    in the order given.  A missing path is a ``ReadError``, not an exception.
    """
    for given in paths:
        root = Path(given)
        if root.is_file():
            yield _FileToRead(root, root.name)
        elif root.is_dir():
            yield from _walk_folder(root)
        else:
            yield ReadError(str(given), "no such file or folder")


def _walk_folder(root: Path) -> Iterator[_FileToRead | ReadError]:
    found: list[tuple[str, Path]] = []
    problems: list[ReadError] = []

    def report(exc: OSError) -> None:
        problems.append(ReadError(str(exc.filename or root), f"cannot list folder: {exc.strerror}"))

    for folder, dirnames, filenames in os.walk(root, onerror=report):
        dirnames[:] = [d for d in dirnames if not _is_hidden(d)]   # prune .git etc.
        for name in filenames:
            if not _is_hidden(name):
                path = Path(folder) / name
                found.append((path.relative_to(root).as_posix(), path))
    yield from problems
    for relative, path in sorted(found):
        yield _FileToRead(path, relative)


def _unique(article_id: str, seen: set[str]) -> str:
    """Keep ids unique when two files map to the same relative path ("a.txt" given twice
    from different folders): the later one gets "~2", "~3"..."""
    candidate, n = article_id, 1
    while candidate in seen:
        n += 1
        candidate = f"{article_id}~{n}"
    seen.add(candidate)
    return candidate


def read_file(path: Path, id_base: str) -> list[Article | ReadError]:
    """Articles and errors of one file of a supported extension."""
    reader = READERS[path.suffix.lower()]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [ReadError(str(path), f"cannot read file: {exc.strerror or exc}")]
    try:
        text = read_text(data)
    except UndecodableError as exc:
        return [ReadError(str(path), str(exc))]
    return reader(SourceFile(display_path=str(path), id_base=id_base, text=text))


def iter_paths(
    paths: Iterable[PathLike],
    on_file: Callable[[Path], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Article | ReadError]:
    """Stream the articles and read errors of ``paths``, file by file.

    ``on_file`` is called with each file about to be read (progress display);
    ``on_skip`` with each file left out for its extension.  The same file
    reached twice (given twice, or as a file and inside a folder) is read once.
    """
    seen_files: set[Path] = set()
    seen_ids: set[str] = set()
    for entry in walk(paths):
        if isinstance(entry, ReadError):
            yield entry
            continue
        if entry.path.suffix.lower() not in READERS:
            if on_skip is not None:
                on_skip(str(entry.path))
            continue
        real = entry.path.resolve()
        if real in seen_files:
            continue
        seen_files.add(real)
        if on_file is not None:
            on_file(entry.path)
        for item in read_file(entry.path, entry.id_base):
            if isinstance(item, Article):
                item.id = _unique(item.id, seen_ids)
            yield item


def read_paths(
    paths: Iterable[PathLike],
    on_file: Callable[[Path], None] | None = None,
) -> IngestResult:
    """Read every supported file under ``paths`` (see :func:`iter_paths`)."""
    result = IngestResult()
    for item in iter_paths(paths, on_file=on_file, on_skip=result.skipped.append):
        if isinstance(item, Article):
            result.articles.append(item)
        else:
            result.errors.append(item)
    return result
