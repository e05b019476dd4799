"""Publishing the ledger: what leaves it for readers.

    view.py        gathers a report's contents from the ledger, with every figure's anchor
    highlight.py   a document's text as escaped HTML with its evidence marked
    timeline.py    the timeline chart, as SVG we write (no script, no network)
    report.py      the self-contained HTML report (``rightsledger report``)
    templates/     Jinja2 templates and the stylesheet (shared with the web app)
"""
