import json

from rightsledger.documents import Source, read_source
from rightsledger.documents.metadata import derive_id
from rightsledger.models import Document, Problem


def read_all(path, **options):
    return list(read_source(Source(str(path), path.stat().st_size), max_size=10_000_000, **options))


def split(items):
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Problem)])


def test_jsonl_reads_records_and_reports_bad_lines_by_number(write):
    lines = [
        json.dumps({"id": "a", "text": "Forty detained.", "published": "2019-01-15",
                    "publisher": "Wire", "url": "https://example.org/a", "lang": "en"}),
        "",
        "{not json}",
        json.dumps({"id": "b"}),
        json.dumps([1, 2]),
        json.dumps({"id": 7, "text": "Numeric id."}),
        json.dumps({"id": "c", "text": "Bad date.", "published": "someday"}),
    ]
    documents, problems = split(read_all(write("feed.jsonl", "\n".join(lines) + "\n")))
    assert [d.id for d in documents] == ["a", "7"]
    assert documents[0].original == lines[0].encode()
    assert documents[0].source_line == 1 and documents[1].source_line == 6
    assert documents[0].meta == {"lang": "en"}
    assert [(p.line, p.message) for p in problems] == [
        (3, "not valid JSON: Expecting property name enclosed in double quotes (column 2)"),
        (4, "the record has no 'text'"),
        (5, "expected a JSON object, found list"),
        (7, "published: 'someday' is not a date"),
    ]


def test_records_without_id_get_a_stable_one_from_url_or_text(write):
    lines = [json.dumps({"text": "One.", "url": "https://example.org/1"}), json.dumps({"text": "Two."})]
    documents, _ = split(read_all(write("noid.jsonl", "\n".join(lines))))
    assert [d.id for d in documents] == [derive_id("https://example.org/1", "One."), derive_id(None, "Two.")]
    again, _ = split(read_all(write("again.jsonl", "\n".join(reversed(lines)))))
    assert {d.id for d in again} == {d.id for d in documents}


def test_json_array_keeps_each_element_exactly_with_its_line(write):
    content = '[\n  {"id": "j1", "text": "One."},\n  {"id": "j2",\n   "text": ""}\n]\n'
    documents, problems = split(read_all(write("arr.json", content)))
    [document] = documents
    assert document.original == b'{"id": "j1", "text": "One."}'
    assert document.source_line == 2
    assert [(p.line, p.message) for p in problems] == [(3, "the record's 'text' is empty")]


def test_json_single_object_and_broken_array(write):
    [document] = read_all(write("one.json", '{"id": "solo", "text": "Alone."}'))
    assert document.id == "solo"
    items = read_all(write("broken.json", '[{"id": "x", "text": "ok"},\n {"id": }]'))
    documents, problems = split(items)
    assert documents == [] and problems[0].line == 2 and "not valid JSON" in problems[0].message


def test_csv_reads_quoted_multiline_records_and_reports_bad_rows(write):
    content = 'id,text,title,published\r\n1,"Hello, world",T1,2019-01-15\r\n2,"multi\r\nline",T2,\r\n3,too,many,fields,x\r\n'
    documents, problems = split(read_all(write("feed.csv", content)))
    assert [(d.id, d.text, d.title) for d in documents] == [
        ("1", "Hello, world", "T1"), ("2", "multi\r\nline", "T2")]
    assert documents[1].original == b'id,text,title,published\r\n2,"multi\r\nline",T2,\r\n'
    assert documents[1].source_line == 3
    assert [(p.line, p.message) for p in problems] == [(5, "the record has 5 fields, the header has 4")]


def test_csv_semicolon_delimiter_and_header_aliases(write):
    [document] = read_all(write("semi.csv", "ID;Body;Date\nx;Ten calls, no more;2019-01-14\n"))
    assert (document.id, document.text, document.published) == ("x", "Ten calls, no more", "2019-01-14")


def test_csv_without_text_column_is_refused_at_line_1(write):
    [problem] = read_all(write("nohead.csv", "id,title\n1,T\n"))
    assert problem.line == 1
    assert problem.message == "the header has no 'text' column (found: id, title)"


def test_csv_unterminated_quote_is_reported_not_swallowed(write):
    items = read_all(write("quote.csv", 'id,text\n1,ok\n2,"never closed\n3,later\n'))
    documents, problems = split(items)
    assert [d.id for d in documents] == ["1"]
    assert problems[0].line == 3 and problems[0].message.startswith("malformed CSV")


def test_csv_reads_a_field_longer_than_the_csv_module_default(write):
    long_text = "word " * 60_000
    [document] = read_all(write("long.csv", f'id,text\nlong,"{long_text}"\n'))
    assert document.text == long_text
