"""Errors a user can act on. The CLI prints their message on one line, never a traceback."""


class DocextractError(Exception):
    """Base class for errors with a message meant for the user."""


class IngestError(DocextractError):
    """The input file is missing, unreadable, of an unsupported kind or broken."""
