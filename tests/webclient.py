"""A synchronous client for the web app, in-process through httpx's ASGI transport."""

from __future__ import annotations

import asyncio
import re

import httpx

from rightsledger.web import create_app
from rightsledger.web.auth import hash_password

PASSWORD = "correct horse battery staple"


class Client:
    """Requests to the app without a server; cookies kept between requests."""

    def __init__(self, app):
        self.app = app
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                         base_url="http://testserver", follow_redirects=False)

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        return self._loop.run_until_complete(self._client.request(method, path, **kwargs))

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def csrf(self, path: str = "/") -> str:
        """The CSRF token of the current session (read from a page's form)."""
        page = self.get(path)
        found = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert found, f"no form with a CSRF token on {path}"
        return found.group(1)

    def login(self, name: str, password: str = PASSWORD) -> httpx.Response:
        token = re.search(r'name="csrf" value="([^"]+)"', self.get("/login").text).group(1)
        return self.post("/login", data={"name": name, "password": password, "csrf": token,
                                         "next": "/"})

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


def app_with_users(url: str):
    """The app over ``url`` with one user of each role: viewer, analyst, admin (set up
    straight in the ledger, so the edit log starts empty for the tests to read)."""
    app = create_app(url)
    for role in ("viewer", "analyst", "admin"):
        app.state.ledger.add_user(role, role, hash_password(PASSWORD))
    return app
