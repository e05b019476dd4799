import pytest

from rightsledger.extract.times import resolve


@pytest.mark.parametrize(
    ("words", "published", "expected"),
    [
        ("in December", "2019-01-14", ("2018-12", "2018-12")),
        ("since December", "2019-01-14", ("2018-12", None)),
        ("in April", "2017-07-07", ("2017-04", "2017-04")),
        ("back in May", "2017-07-07", ("2017-05", "2017-05")),
        ("on Dec. 29", "2019-01-14", ("2018-12-29", "2018-12-29")),
        ("on Monday", "2019-01-16", ("2019-01-14", "2019-01-14")),
        ("last week", "2019-01-16", ("2019-01-07", "2019-01-07")),
        ("yesterday", "2019-01-16", ("2019-01-15", "2019-01-15")),
        ("last month", "2019-01-16", ("2018-12", "2018-12")),
        ("on 16 March 2017", "2017-10-17", ("2017-03-16", "2017-03-16")),
        ("in 2017", None, ("2017", "2017")),
        ("since December", None, (None, None)),
        ("on Monday", None, (None, None)),
        ("in recent years", "2019-01-16", (None, None)),
    ],
)
def test_times_resolve_against_publication_date_at_the_precision_given(words, published, expected):
    assert resolve(words, published=published) == expected
