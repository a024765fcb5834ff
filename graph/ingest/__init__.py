"""Input readers: paths, folders and stdin to ``graph.records.Document``.

>>> from graph.ingest import read_sources, Skipped
"""

from graph.ingest.decoding import decode
from graph.ingest.readers import DEFAULT_MAX_BYTES, read_file, read_sources
from graph.ingest.skipped import Skipped

__all__ = ["DEFAULT_MAX_BYTES", "Skipped", "decode", "read_file", "read_sources"]
