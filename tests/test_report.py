"""The HTML report: self-contained, every figure linked to a marked sentence, and document
text that tries to run script stays text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ledgers import build

from rightsledger.cli import cli
from rightsledger.publish.highlight import Span, render
from rightsledger.publish.report import write_report
from rightsledger.review import review_claim
from rightsledger.store import Ledger


class Page(HTMLParser):
    """Every element's tag and attributes, and the ids by tag."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.ids: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if attributes.get("id"):
            self.ids[attributes["id"]] = tag


@pytest.fixture
def reported(tmp_path: Path) -> tuple[str, Page, str]:
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    build(url, with_hostile=True)
    path = tmp_path / "report.html"
    with Ledger(url) as ledger:
        write_report(ledger, path)
    html = path.read_text(encoding="utf-8")
    return html, Page(html), url


def test_hostile_document_text_is_shown_as_text_and_nothing_can_run(reported):
    html, page, _url = reported
    tags = {tag for tag, _ in page.elements}
    assert "script" not in tags and "img" not in tags and "textarea" not in tags
    assert not [(t, a) for t, a in page.elements for name in a if name.startswith("on")]
    assert all(not (a.get("href") or "").lower().startswith("javascript:") for _t, a in page.elements)
    # the words are there, escaped, for a reader to see
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert "onerror=" in html and "&lt;img src=x onerror=" in html
    assert "javascript:alert(document.cookie)" in html  # shown as text, not as a link
    csp = next(a["content"] for t, a in page.elements if t == "meta"
               and a.get("http-equiv") == "Content-Security-Policy")
    assert "script-src 'none'" in csp and "default-src 'none'" in csp


def test_every_figure_links_to_a_marked_sentence(reported):
    _html, page, _url = reported
    links = [a["href"] for t, a in page.elements if t == "a" and "fig" in (a.get("class") or "")]
    assert len(links) >= 10
    for href in links:
        assert href.startswith("#") and page.ids.get(href[1:]) == "mark", href
    incidents = [a["href"] for t, a in page.elements if t == "a" and (a.get("href") or "").startswith("#inc-")]
    assert incidents and all(page.ids.get(h[1:]) == "article" for h in incidents)


def test_the_report_needs_nothing_from_the_network(reported):
    html, page, _url = reported
    assert not [a for _t, a in page.elements if "src" in a]
    assert "@import" not in html and "url(" not in html
    external = [a["href"] for t, a in page.elements if t == "a" and (a.get("href") or "").startswith("http")]
    assert external == []  # the only document URL given is not http(s), so it stays text
    assert "<svg" in html and "Timeline" in html


def test_figures_statements_and_sources_are_all_there(reported):
    html, _page, _url = reported
    assert "about 40" in html and "at least 2" in html
    assert "Denials" in html and "Alvi Karimov" in html and "Demands" in html
    assert "Russian LGBT Network" in html and "Amnesty International" in html


def test_the_ledger_hash_is_stable_and_changes_with_a_review(reported, tmp_path: Path):
    _html, _page, url = reported
    with Ledger(url) as ledger:
        first = write_report(ledger, tmp_path / "a.html").ledger_hash
        assert write_report(ledger, tmp_path / "b.html").ledger_hash == first
        key = next(c.key for c in ledger.claims() if c.source == "Amnesty International")
        review_claim(ledger, key, "reject", made_by="tester")
        view = write_report(ledger, tmp_path / "c.html")
    assert view.ledger_hash != first
    assert view.stale  # reviewed after the last reconciliation: the report says so
    assert "run <code>rightsledger reconcile</code>" in (tmp_path / "c.html").read_text()


def test_overlapping_evidence_nests_and_every_span_keeps_its_anchor():
    html = str(render("abc<defghij", [Span(0, 6, "a1"), Span(3, 9, "a2"), Span(0, 6, "dup")]))
    page = Page(html)
    assert page.ids == {"a1": "mark", "a2": "mark"}  # identical spans share the first's anchor
    text = re.sub(r"<[^>]+>", "", html)
    assert text == "abc&lt;defghij"


def test_cli_report_says_what_to_do_before_any_reconciliation(runner, tmp_path: Path):
    db = tmp_path / "empty.db"
    result = runner.invoke(cli, ["report", "--db", str(db), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1 and "rightsledger reconcile" in result.output
    assert not (tmp_path / "r.html").exists()


def test_cli_report_writes_the_file_and_names_the_hash(runner, tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    build(url)
    out = tmp_path / "out.html"
    result = runner.invoke(cli, ["report", "--db", url, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "sha256:" in result.output and out.read_text().startswith("<!DOCTYPE html>")
