"""The web app's frame: the FastAPI application, its ledger, templates, security headers,
and who is asking. The pages themselves are in ``pages.py``.

Every page is also served as JSON under ``/api/`` (same path, same permissions).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import importlib.resources
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, PackageLoader
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware

from rightsledger.errors import NotFoundError, RightsledgerError
from rightsledger.models import User
from rightsledger.publish.report import CSP as REPORT_CSP
from rightsledger.publish.report import environment
from rightsledger.store import Ledger
from rightsledger.web import auth

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'")


class LoginRequired(Exception):
    """Raised for an anonymous visitor: the login page (or 401 for the API)."""


class Forbidden(Exception):
    """Raised when the user's role does not allow what they asked."""

    def __init__(self, role: str):
        self.role = role


class BadRequest(Exception):
    """A form that cannot be accepted; the message says what to change."""

    def __init__(self, message: str, back: str | None = None):
        self.message, self.back = message, back


@dataclass
class Visit:
    """One request: the ledger, who asks (None when nobody is logged in), their CSRF token."""

    request: Request
    ledger: Ledger
    user: User | None
    csrf: str | None

    @property
    def api(self) -> bool:
        return self.request.url.path.startswith("/api/")

    def need(self, role: str) -> User:
        if self.user is None:
            raise LoginRequired
        if not auth.may(self.user, role):
            raise Forbidden(role)
        return self.user

    async def form(self, role: str) -> dict[str, Any]:
        """The posted form, after checking the role and the CSRF token."""
        self.need(role)
        form = await self.request.form()
        if not auth.same_token(self.csrf, str(form.get("csrf") or "")):
            raise BadRequest("this form has expired or did not come from this site: reload the "
                             "page and try again")
        return {key: (form.getlist(key) if len(form.getlist(key)) > 1 else form.get(key))
                for key in form}


def visit(request: Request) -> Visit:
    ledger: Ledger = request.app.state.ledger
    found = auth.session_of(ledger, request.cookies.get(auth.SESSION_COOKIE))
    user, csrf = found if found else (None, None)
    return Visit(request, ledger, user, csrf)


def create_app(url: str, *, secure_cookies: bool = False) -> FastAPI:
    """The web app over the ledger at ``url`` (a SQLAlchemy URL).

    ``secure_cookies`` marks cookies Secure: set it when serving behind HTTPS.
    """
    ledger = Ledger(url)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ledger.close()

    app = FastAPI(title="rightsledger", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.ledger = ledger
    app.state.secure_cookies = secure_cookies
    env = environment()
    env.loader = ChoiceLoader([PackageLoader("rightsledger.web", "templates"),
                               PackageLoader("rightsledger.publish", "templates")])
    env.filters["urlquote"] = lambda value: quote(str(value), safe="")
    app.state.templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(packages=[("rightsledger.web", "static")]), name="static")
    app.add_middleware(_SecurityHeaders)

    @app.get("/ledger.css", include_in_schema=False)
    def stylesheet() -> Response:
        css = importlib.resources.files("rightsledger.publish").joinpath("templates/ledger.css")
        return Response(css.read_text(encoding="utf-8"), media_type="text/css")

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "log in first", "login": "/login"}, status_code=401)
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, exc: Forbidden) -> Response:
        return _error(request, 403, f"this needs the {exc.role} role; ask an admin")

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest) -> Response:
        return _error(request, 400, exc.message, back=exc.back)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(RightsledgerError)
    async def refused(request: Request, exc: RightsledgerError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    from rightsledger.web import pages
    pages.register(app)
    return app


def render(v: Visit, template: str, data: dict[str, Any], *, status: int = 200,
           **extra: Any) -> Response:
    """A page as HTML, or its JSON twin for ``/api/`` paths (``extra`` is HTML-only)."""
    if v.api:
        return JSONResponse(jsonable(data), status_code=status)
    return v.request.app.state.templates.TemplateResponse(
        v.request, template, {"v": v, "user": v.user, "csrf": v.csrf, **data, **extra},
        status_code=status)


def twin(app: FastAPI, path: str, endpoint: Callable[[Visit], Response]) -> None:
    """Serves a page at ``path`` and its JSON twin at ``/api`` + ``path``."""
    def handler(request: Request) -> Response:
        return endpoint(visit(request))
    handler.__name__ = endpoint.__name__
    app.add_api_route(path, handler, methods=["GET"], include_in_schema=False)
    app.add_api_route("/api" + path, handler, methods=["GET"], include_in_schema=False,
                      name=endpoint.__name__ + "_api")


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, dataclasses as dicts (without raw bytes), recursively."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name != "original"}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if isinstance(value, bytes):
        return None
    return value


def _error(request: Request, status: int, message: str, back: str | None = None) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status)
    return render(visit(request), "error.html", {"status": status, "message": message, "back": back},
                  status=status)


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next) -> Response:
        response = await call_next(request)
        report = request.url.path == "/report"
        response.headers.setdefault("Content-Security-Policy", REPORT_CSP if report else CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if not request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response
