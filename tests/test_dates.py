from datetime import date

import pytest

from rightsledger.documents.dates import parse_date


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2019-01-15", "2019-01-15"),
        ("15 January 2019", "2019-01-15"),
        ("7 Jul 2017 - 1:10 PM", "2017-07-07"),
        ("Jan. 14, 2019", "2019-01-14"),
        ("2017-04-01T10:00:00+03:00", "2017-04-01"),
        ("2017-04-01 23:30", "2017-04-01"),
        ("January 2019", "2019-01"),
        ("2019-01", "2019-01"),
        ("2019", "2019"),
        (date(2019, 1, 15), "2019-01-15"),
        ("", None),
        (None, None),
    ],
)
def test_parse_date_reads_lenient_forms_keeping_precision(written, expected):
    assert parse_date(written) == expected


@pytest.mark.parametrize("written", ["32 Foo 2019", "not a date", "2019-13-45"])
def test_parse_date_rejects_what_is_not_a_date(written):
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(written)
