"""Ingest: files and folders in, :class:`~factcheck.model.Article` rows out.

Supported: .txt (BBC-style "headline, blank line, body"), .md (YAML front
matter), .html/.htm (trafilatura), .json, .jsonl; aggregator pages saved as
.txt/.md are split into one article per story.  See :mod:`.reader`.
"""

from factcheck.ingest.reader import IngestResult, iter_paths, read_paths

__all__ = ["IngestResult", "iter_paths", "read_paths"]
