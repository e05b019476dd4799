import pytest

from rightsledger.extract.quantities import parse_count
from rightsledger.models import Count


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("40 people", Count(40, 40, "exact")),
        ("two men", Count(2, 2, "exact")),
        ("forty-one detainees", Count(41, 41, "exact")),
        ("Forty - two", Count(42, 42, "exact")),
        ("1,200 protesters", Count(1200, 1200, "exact")),
        ("around 40", Count(40, 40, "approx")),
        ("some 40", Count(40, 40, "approx")),
        ("nearly 40", Count(40, 40, "approx")),
        ("an estimated 40", Count(40, 40, "approx")),
        ("a dozen", Count(12, 12, "approx")),
        ("two dozen", Count(24, 24, "approx")),
        ("at least 6", Count(6, None, "at_least")),
        ("no fewer than 6", Count(6, None, "at_least")),
        ("more than 100", Count(101, None, "more_than")),
        ("over 100", Count(101, None, "more_than")),
        ("more than a million", Count(1_000_001, None, "more_than")),
        ("up to 20", Count(None, 20, "at_most")),
        ("as many as 20", Count(None, 20, "at_most")),
        ("between 10 and 20", Count(10, 20, "range")),
        ("10-20", Count(10, 20, "range")),
        ("between four and 20", Count(4, 20, "range")),
        ("between three and five protesters", Count(3, 5, "range")),
        ("one hundred and five people", Count(105, 105, "exact")),
        ("a hundred and twenty-one", Count(121, 121, "exact")),
        ("a thousand five hundred", Count(1500, 1500, "exact")),
        ("several", Count(3, None, "vague")),
        ("dozens of", Count(24, None, "vague")),
        ("scores of", Count(40, None, "vague")),
        ("hundreds of", Count(200, None, "vague")),
        ("thousands of", Count(2000, None, "vague")),
        ("tens of thousands of", Count(20000, None, "vague")),
        ("gay men", Count()),
        ("many", Count()),
    ],
)
def test_quantities_follow_the_claims_v1_table(words, expected):
    assert parse_count(words) == expected


def test_quantities_singular_head_counts_one_but_ages_do_not_count():
    assert parse_count("a 16-year-old boy", singular_head=True) == Count(1, 1, "exact")
    assert parse_count("a 16-year-old boy") == Count()
    assert parse_count("the 30-year-old", singular_head=True) == Count(1, 1, "exact")


@pytest.mark.parametrize(
    ("words", "expected"),
    [("more than a dozen", Count(13, None, "more_than")), ("7,000 or 8,000", Count(7000, 8000, "range")),
     ("a six-month-old girl", Count())],
)
def test_quantities_qualified_dozens_alternatives_and_ages_in_words(words, expected):
    assert parse_count(words) == expected
