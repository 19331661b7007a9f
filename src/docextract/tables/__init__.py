"""Tables: ruled and unruled tables, panels and chart labels -> grids of cells -> fact candidates.

Stage 3a of the pipeline.
"""

from .extract import extract_tables, table_facts

__all__ = ["extract_tables", "table_facts"]
