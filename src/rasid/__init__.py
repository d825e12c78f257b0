"""rasid (راصد): Arabic-first event data from Arabic news.

Public API: ``process`` turns an ``Article`` into a document record (spec/OUTPUT.md);
``pipe`` does it for many, in parallel; ``open_store`` opens the SQLite/PostgreSQL store.
"""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
