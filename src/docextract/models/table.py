"""Tables as the tables stage finds them: a grid of cells with a caption, every cell with its bbox."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from .fact import BBox, Period


class Cell(BaseModel):
    row: int
    col: int
    text: str
    bbox: BBox | None = None
    row_span: int = 1
    col_span: int = 1
    header: bool = False
    row_path: list[str] = Field(default_factory=list, description="row labels from outer to inner")
    col_path: list[str] = Field(default_factory=list, description="column headers from outer to inner")
    total: bool = Field(False, description="the cell is in a total row (Totaal ...)")


class Caption(BaseModel):
    text: str
    number: str | None = None  # "78" of "Figuur 78"
    title: str | None = None
    period: Period | None = None
    source: str | None = None
    bbox: BBox | None = None
    cumulative: bool = Field(False, description="the period is one span counted as a whole ('totaal 2020 t/m 2022')")
    as_of: Period | None = Field(None, description="the stock date the caption names ('peildatum 31 januari 2023')")


class Table(BaseModel):
    page: int
    bbox: BBox | None = None
    kind: Literal["table", "panel", "ranking", "chart"] = "table"
    method: str = Field("", description="which finder produced it (lattice, stream, text, ...)")
    caption: Caption | None = None
    title: str | None = None
    n_rows: int = 0
    n_cols: int = 0
    cells: list[Cell] = Field(default_factory=list)
    section: str | None = Field(None, description="heading of the group the table sits in (IND sheet band)")
    row_quotes: list[str] = Field(default_factory=list, description="per row: the source text that states it")
    header_rows: int = Field(0, description="how many leading rows are column headers")
    header_cols: int = Field(0, description="how many leading columns are row labels")
    order: int = Field(0, description="position in the source (text line index), for document order")

    def grid(self) -> list[list[str]]:
        grid = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            if c.row < self.n_rows and c.col < self.n_cols:
                grid[c.row][c.col] = c.text
        return grid
