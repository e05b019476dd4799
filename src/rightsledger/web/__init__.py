"""The web app (``rightsledger serve``): read the ledger, review claims, merge and split
incidents, upload documents; every page has a JSON twin under ``/api/``.

    app.py     the FastAPI application, security headers, who is asking, JSON twins
    auth.py    argon2 passwords, sessions, roles, CSRF
    pages.py   the pages and the changes they make
    templates/ Jinja2 templates (the report's stylesheet is shared)
    static/    the one script (text selection for adding a claim) and the app's styles
"""

from rightsledger.web.app import create_app

__all__ = ["create_app"]
