"""The ledger on both backends: the same behaviour on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import create_engine, inspect

from rightsledger.errors import MissingExtraError, NotFoundError, StorageError
from rightsledger.models import Document
from rightsledger.store import Ledger


def document(doc_id="d1", text="Forty detained.", original=None, **fields):
    original = original if original is not None else text.encode()
    return Document(id=doc_id, text=text, original=original, media_type="text/plain",
                    source=f"/in/{doc_id}.txt", **fields)


def test_store_keeps_original_bytes_and_metadata(ledger):
    raw = b"---\ntitle: T\n---\nForty detained \xe2\x80\x94 at least.\n"
    ledger.save_documents([document(original=raw, title="T", published="2019-01", url="u",
                                    publisher="P", encoding="utf-8", meta={"lang": "en"})])
    stored = ledger.document("d1")
    assert stored.original == raw
    assert stored.sha256 == document(original=raw).sha256
    assert (stored.title, stored.published, stored.publisher, stored.url) == ("T", "2019-01", "P", "u")
    assert stored.meta == {"lang": "en"} and stored.version == 1
    assert stored.ingested_at.tzinfo is not None


def test_store_same_bytes_twice_is_unchanged(ledger):
    first = ledger.save_documents([document()])
    second = ledger.save_documents([document()])
    assert [(s.status, s.version) for s in first + second] == [("new", 1), ("unchanged", 1)]
    assert ledger.count_documents() == 1


def test_store_same_id_new_bytes_is_a_new_version_and_keeps_the_old(ledger):
    ledger.save_documents([document(text="v1")])
    saved = ledger.save_documents([document(text="v2"), document(text="v2")])
    assert [(s.status, s.version) for s in saved] == [("version", 2), ("unchanged", 2)]
    assert ledger.document("d1").text == "v2"
    assert ledger.document("d1", version=1).text == "v1"
    assert [d.version for d in ledger.documents(all_versions=True)] == [1, 2]
    assert [(d.id, d.version) for d in ledger.documents()] == [("d1", 2)]


def test_store_reverting_to_older_bytes_is_a_new_version(ledger):
    for text in ("v1", "v2", "v1"):
        ledger.save_documents([document(text=text)])
    assert ledger.document("d1").version == 3


def test_store_lists_latest_versions_by_id_with_sizes(ledger):
    ledger.save_documents([document("b", "Bé"), document("a", "A1"), document("a", "A22")])
    listed = ledger.documents()
    assert [(d.id, d.version, d.chars, d.size) for d in listed] == [("a", 2, 3, 3), ("b", 1, 2, 3)]
    assert [d.id for d in ledger.documents(limit=1)] == ["a"]


def test_store_missing_document_or_version_raises_not_found(ledger):
    ledger.save_documents([document()])
    with pytest.raises(NotFoundError, match="no document 'nope' in the ledger"):
        ledger.document("nope")
    with pytest.raises(NotFoundError, match="document 'd1' has no version 5"):
        ledger.document("d1", version=5)


def test_store_migrations_create_the_schema_once(ledger_url):
    Ledger(ledger_url).close()
    Ledger(ledger_url).close()
    engine = create_engine(ledger_url.replace("postgresql://", "postgresql+psycopg://", 1))
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {"documents", "alembic_version"} <= tables


def test_store_unopenable_sqlite_path_says_what_to_do(tmp_path):
    with pytest.raises(StorageError, match="does not exist — create it first"):
        Ledger(f"sqlite:///{tmp_path}/no/such/folder/l.db")


def test_store_bad_url_is_a_storage_error():
    with pytest.raises(StorageError, match="is not a database URL"):
        Ledger("::nonsense::")


def test_store_missing_postgres_driver_names_the_extra(monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_psycopg(name, *args, **kwargs):
        if name == "psycopg":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(MissingExtraError, match=r"pip install 'rightsledger\[postgres\]'"):
        Ledger("postgresql://user@localhost/db")
