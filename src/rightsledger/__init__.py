"""rightsledger: a ledger of who says what happened to how many people, where and when.

Data flows left to right through the package:

    documents/  (input formats -> Document)
    ingest.py   (documents -> the ledger, in atomic batches)
    store/      (the ledger: SQLAlchemy models, Alembic migrations, repository functions)
    cli.py      (thin commands over the library)
"""

__version__ = "0.1.0"
