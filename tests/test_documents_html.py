from rightsledger.documents import Source, read_source
from rightsledger.models import Problem

PAGE = """<!doctype html><html><head><title>Second wave | Example Daily</title>
<meta property="og:title" content="Chechnya: a second wave of detentions">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2019-01-14T09:30:00+03:00">
<link rel="canonical" href="https://example.org/world/second-wave"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Chechnya: a second wave of detentions</h1>
<p>Around 40 men have been held since late December, a rights group said on Monday.</p>
<p>At least two of them died after torture, the group added.</p>
<p>Officials in Grozny called the reports invented.</p></article>
<footer>Copyright Example Daily. All rights reserved.</footer></body></html>"""


def read_html(write, content):
    path = write("page.html", content)
    return list(read_source(Source(str(path), path.stat().st_size), max_size=10_000_000))


def test_html_main_text_and_metadata_with_original_kept(write):
    [document] = read_html(write, PAGE)
    assert document.id == "page"
    assert document.title == "Chechnya: a second wave of detentions"
    assert document.published == "2019-01-14"
    assert document.publisher == "Example Daily"
    assert document.url == "https://example.org/world/second-wave"
    assert "Around 40 men have been held since late December" in document.text
    assert "Copyright" not in document.text and "Home" not in document.text
    assert document.original == PAGE.encode()
    assert document.media_type == "text/html"


def test_html_without_main_text_is_a_problem(write):
    [problem] = read_html(write, "<html><head><title>x</title></head><body></body></html>")
    assert isinstance(problem, Problem)
    assert problem.message == "no main text found in this HTML page"
