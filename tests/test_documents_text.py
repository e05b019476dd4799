import pytest

from rightsledger.documents import Source, find_sources, read_source
from rightsledger.models import Document, Problem
from tests.conftest import front_matter


def read_all(path, **options):
    source = Source(str(path), path.stat().st_size)
    return list(read_source(source, max_size=options.pop("max_size", 10_000_000), **options))


def test_text_front_matter_becomes_metadata(write):
    path = write("cpr-2019-01-15.txt", front_matter(
        "Around 40 people have been detained.", title="Activists say 40 detained",
        published="15 January 2019", publisher="CPR News", url="https://example.org/a",
        author="A. Reporter"))
    [document] = read_all(path)
    assert document.id == "cpr-2019-01-15"
    assert (document.title, document.published, document.publisher, document.url) == (
        "Activists say 40 detained", "2019-01-15", "CPR News", "https://example.org/a")
    assert document.text == "Around 40 people have been detained."
    assert document.meta == {"author": "A. Reporter"}
    assert document.original == path.read_bytes()
    assert document.media_type == "text/plain"


def test_text_without_front_matter_is_all_body(write):
    [document] = read_all(write("plain.md", "# Heading\n\nBody: with a colon.\n"))
    assert document.text == "# Heading\n\nBody: with a colon."
    assert document.title is None and document.media_type == "text/markdown"


def test_text_front_matter_values_may_be_quoted_and_contain_colons(write):
    path = write("q.txt", '---\ntitle: "Chechnya: a second wave"\n# a comment\n\ndate: 2019-01-14\n'
                          "---\nBody.\n")
    [document] = read_all(path)
    assert document.title == "Chechnya: a second wave"
    assert document.published == "2019-01-14"


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        ("---\ntitle: ok\npublished 2019\n---\nText\n", 3, "expected 'key: value', found 'published 2019'"),
        ("---\ntitle: never closed\nText body here\n", 1, "front matter opened on line 1 is never closed"),
        ("---\ntitle: a\ntitle: b\n---\nText\n", 3, "'title' is given twice"),
        ("---\ntitle: a\n---\n\n", None, "no text after the front matter"),
        ("---\npublished: 32 Foo 2019\n---\nText\n", None, "published: '32 Foo 2019' is not a date"),
    ],
)
def test_text_broken_front_matter_is_reported_with_its_line(write, content, line, message):
    path = write("broken.txt", content)
    [problem] = read_all(path)
    assert isinstance(problem, Problem)
    assert problem.line == line
    assert message in problem.message
    assert problem.hint


def test_text_front_matter_id_differing_from_stem_is_kept_in_meta(write):
    [document] = read_all(write("stem.txt", front_matter("Body.", id="other")))
    assert document.id == "stem"
    assert document.meta == {"front_matter_id": "other"}


def test_read_source_refuses_files_over_the_size_limit_before_reading(write):
    path = write("big.txt", "word " * 1000)
    [problem] = read_all(path, max_size=1000)
    assert problem.message == "5 KB is larger than the 1 KB limit"
    assert "--max-size" in problem.hint


def test_read_source_names_unsupported_types_and_format_overrides(write):
    path = write("notes.rtf", "Plain words really.")
    [problem] = read_all(path)
    assert "unsupported file type '.rtf'" in problem.message
    [document] = read_all(path, format="text")
    assert isinstance(document, Document) and document.text == "Plain words really."


def test_find_sources_walks_folders_sorted_skipping_hidden(write, tmp_path):
    write("b.txt", "b")
    write("sub/a.txt", "a")
    write(".hidden.txt", "h")
    write(".git/config", "c")
    sources, problems = find_sources([str(tmp_path / "docs"), str(tmp_path / "missing.txt")])
    assert [s.path.split("docs/")[1] for s in sources] == ["b.txt", "sub/a.txt"]
    [problem] = problems
    assert problem.message == "no such file or folder"
