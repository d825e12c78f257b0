"""rasid's errors: one tree, one line for users.

    RasidError                 base; ``str(err)`` is the one line a user sees
    ├── InputError             a file or record that cannot be read (path + reason)
    ├── UsageError             wrong arguments or options (exit code 2)
    ├── ProcessingError        an article that made a stage fail (reported, skipped)
    ├── StoreError             the database cannot be opened or written
    └── ModelError             a model or data file is missing or unusable

Only ``rasid.cli`` turns these into messages and exit codes; the library raises them.
"""

from __future__ import annotations


class RasidError(Exception):
    """Base of every error rasid raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        self.reason = message
        super().__init__(f"{path}: {message}" if path else message)


class InputError(RasidError):
    """A file or a record that cannot be read; the run skips it and goes on."""

    code = "E100"


class NotRead(InputError):
    """A file in a folder that rasid does not read (notes.md beside the articles): named on one
    line, not an error (the run's exit status stays 0)."""


class UsageError(RasidError):
    code = "E200"


class StoreError(RasidError):
    code = "E300"


class ModelError(RasidError):
    code = "E400"


class ProcessingError(RasidError):
    """An unexpected failure inside the pipeline on one article; the run skips it."""

    code = "E500"
