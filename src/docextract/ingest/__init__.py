"""Ingest: a path in, a `Source` out (the file opened, its kind known, its pages reachable).

Stage 1 of the pipeline. No interpretation happens here: the layout stage reads the pages.
"""

from .source import SUPPORTED_SUFFIXES, RawPage, Source, open_source, publication_of

__all__ = ["SUPPORTED_SUFFIXES", "RawPage", "Source", "open_source", "publication_of"]
