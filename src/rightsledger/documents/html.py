"""HTML pages: the main text and metadata through trafilatura, the original HTML kept."""

from __future__ import annotations

from collections.abc import Iterator

from rightsledger.documents.metadata import build_document
from rightsledger.errors import InputError
from rightsledger.models import Document, Problem

# Only dates the page states in its metadata or markup; no guessing from dates that
# happen to appear in the article text, which would anchor relative times wrongly.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(text: str, *, raw: bytes, path: str, doc_id: str, encoding: str) -> Iterator[Document]:
    """Reads one HTML page.

    Args:
        text: the decoded HTML.
        raw: the original bytes (kept unchanged in the ledger).
        path: where it came from.
        doc_id: the id to give it (the file stem).
        encoding: the codec the HTML was decoded with.

    Yields:
        The document, its text the page's main content.

    Raises:
        InputError: no main text could be found in the page.
    """
    import trafilatura

    result = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True,
        date_extraction_params=_DATE_PARAMS,
    )
    page = result.as_dict() if result is not None else {}
    body = (page.get("text") or "").strip()
    if not body:
        raise InputError(Problem(
            path, None, "no main text found in this HTML page",
            "check that it is an article page, or save its text as .txt",
        ))
    fields = {
        "id": doc_id,
        "title": page.get("title"),
        "published": page.get("date"),
        "publisher": page.get("sitename"),
        "url": page.get("url"),
    }
    yield build_document(fields, text=body, raw=raw, path=path, line=None,
                         media_type="text/html", encoding=encoding)
