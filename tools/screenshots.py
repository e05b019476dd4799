"""Takes the README's screenshots (docs/report.png, docs/review.png) in headless chromium.

    python tools/screenshots.py            # needs Debian's chromium and the test extras

Builds the demo ledger from examples/ in a temporary folder, writes its report, serves the
web app, logs in as an analyst and photographs a document under review.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import browser, serving  # noqa: E402  (the tests' helpers)
from webclient import PASSWORD, app_with_users  # noqa: E402

from rightsledger.cli import cli  # noqa: E402


def main() -> None:
    out = ROOT / "docs"
    out.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "demo.db")
        report = Path(folder) / "report.html"
        runner = CliRunner()
        for args in (["ingest", "--db", db, str(ROOT / "examples" / "chechnya")],
                     ["extract", "--db", db], ["reconcile", "--db", db],
                     ["report", "--db", db, "-o", str(report)]):
            result = runner.invoke(cli, args)
            assert result.exit_code == 0, result.output
        app = app_with_users(f"sqlite:///{db}")
        with browser() as chromium, serving(app) as base:
            page = chromium.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(report.as_uri())
            page.screenshot(path=str(out / "report.png"))
            page.goto(base + "/login")
            page.fill("input[name=name]", "analyst")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.goto(base + "/documents/network-new-wave")
            first = page.locator("li.claim").first
            first.locator("button[value=accept]").click()
            page.wait_for_load_state()
            page.evaluate("""() => {
                const text = document.getElementById('doc-text');
                const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                let node; while ((node = walker.nextNode()) && node.textContent.length < 60) {}
                const range = document.createRange();
                range.setStart(node, 0); range.setEnd(node, Math.min(node.textContent.length, 90));
                getSelection().removeAllRanges(); getSelection().addRange(range);
                window.scrollTo(0, 0);
            }""")
            page.wait_for_timeout(200)
            page.screenshot(path=str(out / "review.png"))
        app.state.ledger.close()
    print(f"wrote {out / 'report.png'} and {out / 'review.png'}")


if __name__ == "__main__":
    main()
