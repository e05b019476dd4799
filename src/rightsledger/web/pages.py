"""The web app's pages: read the ledger, review claims, merge and split incidents, upload.

Each GET page has a JSON twin under ``/api/``. Each POST needs a role and the session's
CSRF token, is recorded in the edit log (who, when, before, after), and reconciles again
so that the incidents always reflect the reviews.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from rightsledger import review
from rightsledger.extraction import ExtractionReport, extract_ledger
from rightsledger.ingest import IngestOptions, ingest_upload
from rightsledger.models import EVENTS, QUALIFIERS, ROLES, STANCES, Claim, Edit
from rightsledger.publish.highlight import Span, locate
from rightsledger.publish.highlight import render as highlight
from rightsledger.publish.report import render as render_report
from rightsledger.publish.view import NothingToReport, claim_summary, gather
from rightsledger.reconciliation import merge_incidents, rerun, split_incident
from rightsledger.web import auth
from rightsledger.web.app import BadRequest, Visit, render, twin, visit

UPLOAD_LIMIT = 20_000_000
FIELDS = ("kind", "source", "evidence_start", "evidence_end", "event", "count_low", "count_high",
          "qualifier", "victims", "perpetrator", "place", "when_start", "when_end", "when_text",
          "polarity", "speaker", "stance")


def register(app: FastAPI) -> None:
    for path, endpoint in (("/", overview), ("/documents", documents),
                           ("/documents/{doc_id:path}", document), ("/claims/{key}", claim),
                           ("/incidents", incidents), ("/incidents/{incident_id}", incident),
                           ("/history", history), ("/users", users), ("/upload", upload_form)):
        twin(app, path, endpoint)
    app.add_api_route("/login", login_form, methods=["GET"], include_in_schema=False)
    app.add_api_route("/login", login, methods=["POST"], include_in_schema=False)
    app.add_api_route("/logout", logout, methods=["POST"], include_in_schema=False)
    app.add_api_route("/report", report, methods=["GET"], include_in_schema=False)
    app.add_api_route("/claims/{key}", review_claim, methods=["POST"], include_in_schema=False)
    app.add_api_route("/add-claim/{doc_id:path}", add_claim, methods=["POST"],
                      include_in_schema=False)
    app.add_api_route("/merge", merge, methods=["POST"], include_in_schema=False)
    app.add_api_route("/split/{incident_id}", split, methods=["POST"], include_in_schema=False)
    app.add_api_route("/upload", upload, methods=["POST"], include_in_schema=False)
    app.add_api_route("/users", add_user, methods=["POST"], include_in_schema=False)


# --- reading -----------------------------------------------------------------------------

def overview(v: Visit) -> Response:
    v.need("viewer")
    run = v.ledger.reconciliation()
    rows = v.ledger.incidents() if run else []
    waves = []
    for wave in (run or {}).get("waves", []):
        waves.append({**wave, "incidents": [_incident_row(i) for i in rows if i["wave"] == wave["name"]]})
    return render(v, "overview.html", {
        "reconciled_at": run["reconciled_at"] if run else None,
        "counts": {"documents": len(v.ledger.document_infos()), "incidents": len(rows),
                   "claims": run["claim_count"] if run else 0},
        "waves": waves})


def documents(v: Visit) -> Response:
    v.need("viewer")
    claims = v.ledger.claims(rejected=True)
    total, reviewed = Counter(c.doc for c in claims), Counter(c.doc for c in claims if c.review)
    rows = [{"id": d.id, "title": d.title, "published": d.published, "publisher": d.publisher,
             "version": d.version, "chars": d.chars, "claims": total[d.id],
             "reviewed": reviewed[d.id]} for d in v.ledger.documents()]
    return render(v, "documents.html", {"documents": rows})


def document(v: Visit) -> Response:
    v.need("viewer")
    doc_id = v.request.path_params["doc_id"]
    stored = v.ledger.document(doc_id)
    claims = v.ledger.claims(doc_id=doc_id, rejected=True)
    spans, anchors = [], {}
    for c in claims:
        where = locate(stored.text, c.evidence, c.evidence_start, c.evidence_end)
        if where:
            anchor = anchors.setdefault(where, f"ev-{c.key}")
            kind = "rejected" if c.review == "rejected" else c.kind
            spans.append(Span(where[0], where[1], anchor, kind, f"{c.key}: {claim_summary(c)}"))
    rows = [_claim_row(c, anchors) for c in claims]
    edits = v.ledger.edits(doc_id=doc_id, limit=200)
    data = {"document": {"id": stored.id, "version": stored.version, "title": stored.title,
                         "published": stored.published, "publisher": stored.publisher,
                         "url": stored.url, "sha256": stored.sha256, "source": stored.source,
                         "text": stored.text},
            "claims": rows, "history": [_edit_row(e) for e in edits]}
    return render(v, "document.html", data, text_html=highlight(stored.text, spans),
                  choices=_choices())


def claim(v: Visit) -> Response:
    v.need("viewer")
    key = v.request.path_params["key"]
    found = review.find_claim(v.ledger, key)
    edits = v.ledger.edits(target_kind="claim", target=key)
    return render(v, "claim.html", {"claim": _claim_row(found, {}),
                                    "history": [_edit_row(e) for e in edits]}, choices=_choices())


def incidents(v: Visit) -> Response:
    v.need("viewer")
    return render(v, "incidents.html", {"incidents": [_incident_row(i) for i in v.ledger.incidents()]})


def incident(v: Visit) -> Response:
    v.need("viewer")
    found = v.ledger.incident(v.request.path_params["incident_id"])
    others = [{"id": i["id"], "place": i["place"], "first": i["first"]}
              for i in v.ledger.incidents() if i["id"] != found["id"] and i["event"] == found["event"]]
    return render(v, "incident.html", {"incident": found, "merge_candidates": others})


def history(v: Visit) -> Response:
    v.need("viewer")
    return render(v, "history.html", {
        "edits": [_edit_row(e) for e in v.ledger.edits(limit=500)],
        "decisions": [{"kind": d.kind, "made_by": d.made_by, "made_at": d.made_at, "note": d.note,
                       "claims": list(d.claims), "source": d.source}
                      for d in reversed(v.ledger.decisions())]})


def users(v: Visit) -> Response:
    v.need("admin")
    return render(v, "users.html", {"users": [{"name": u.name, "role": u.role} for u in v.ledger.users()],
                                    "roles": list(ROLES)})


def upload_form(v: Visit) -> Response:
    v.need("analyst")
    return render(v, "upload.html", {"limit": UPLOAD_LIMIT, "result": None})


def report(request: Request) -> Response:
    v = visit(request)
    v.need("viewer")
    try:
        view = gather(v.ledger)
    except NothingToReport as e:
        raise BadRequest(str(e)) from None
    return HTMLResponse(render_report(view))


# --- logging in ----------------------------------------------------------------------------

def login_form(request: Request) -> Response:
    v = visit(request)
    token = auth.new_token()
    response = render(v, "login.html", {"login_csrf": token, "error": None,
                                         "next": _safe_next(request.query_params.get("next"))})
    _cookie(request, response, auth.LOGIN_CSRF_COOKIE, token, max_age=3600)
    return response


async def login(request: Request) -> Response:
    form = await request.form()
    target = _safe_next(str(form.get("next") or "/"))
    v = visit(request)
    if not auth.same_token(request.cookies.get(auth.LOGIN_CSRF_COOKIE), str(form.get("csrf") or "")):
        raise BadRequest("the login form has expired: open the login page again", back="/login")
    user = await run_in_threadpool(auth.check_password, v.ledger, str(form.get("name") or ""),
                                   str(form.get("password") or ""))
    if user is None:
        token = auth.new_token()
        response = render(v, "login.html", {"login_csrf": token, "next": target,
                                             "error": "wrong name or password"}, status=401)
        _cookie(request, response, auth.LOGIN_CSRF_COOKIE, token, max_age=3600)
        return response
    auth.end_session(v.ledger, request.cookies.get(auth.SESSION_COOKIE))
    response = RedirectResponse(target, status_code=303)
    _cookie(request, response, auth.SESSION_COOKIE, auth.start_session(v.ledger, user),
            max_age=auth.SESSION_HOURS * 3600)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE)
    return response


async def logout(request: Request) -> Response:
    v = visit(request)
    await v.form("viewer")
    auth.end_session(v.ledger, request.cookies.get(auth.SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE)
    return response


# --- changing ------------------------------------------------------------------------------

async def review_claim(request: Request) -> Response:
    v = visit(request)
    form = await v.form("analyst")
    key = request.path_params["key"]
    action = str(form.get("action") or "")
    fields = {name: form.get(name) for name in FIELDS if name in form}
    back = f"/claims/{key}"
    try:
        reviewed = await run_in_threadpool(
            review.review_claim, v.ledger, key, action, made_by=v.user.name,
            fields=fields if action == "edit" else None, note=_note(form))
    except review.ReviewError as e:
        raise BadRequest(str(e), back=back) from None
    await _reconcile(v)
    return RedirectResponse(f"/documents/{quote(reviewed.doc)}#claim-{key}", status_code=303)


async def add_claim(request: Request) -> Response:
    v = visit(request)
    form = await v.form("analyst")
    doc_id = request.path_params["doc_id"]
    fields = {name: form.get(name) for name in FIELDS if name in form}
    try:
        added = await run_in_threadpool(review.add_claim, v.ledger, doc_id, fields,
                                        made_by=v.user.name, note=_note(form))
    except review.ReviewError as e:
        raise BadRequest(str(e), back=f"/documents/{quote(doc_id)}") from None
    await _reconcile(v)
    return RedirectResponse(f"/documents/{quote(doc_id)}#claim-{added.key}", status_code=303)


async def merge(request: Request) -> Response:
    v = visit(request)
    form = await v.form("analyst")
    ids = _many(form.get("incident"))
    if len(set(ids)) < 2:
        raise BadRequest("choose an incident to merge with", back=f"/incidents/{quote(ids[0])}"
                         if ids else "/incidents")
    await run_in_threadpool(merge_incidents, v.ledger, ids, made_by=v.user.name, note=_note(form))
    return RedirectResponse("/incidents", status_code=303)


async def split(request: Request) -> Response:
    v = visit(request)
    form = await v.form("analyst")
    incident_id = request.path_params["incident_id"]
    await run_in_threadpool(split_incident, v.ledger, incident_id, _many(form.get("claim")),
                            made_by=v.user.name, note=_note(form))
    return RedirectResponse("/incidents", status_code=303)


async def upload(request: Request) -> Response:
    v = visit(request)
    form = await v.form("analyst")
    file = form.get("file")
    if not isinstance(file, UploadFile) or not file.filename:
        raise BadRequest("choose a file to upload", back="/upload")
    try:
        data = await file.read(UPLOAD_LIMIT + 1)
    finally:
        await file.close()
    result = await run_in_threadpool(_ingest_and_extract, v, file.filename, data,
                                     bool(form.get("extract")))
    status = 400 if result["failed"] and not result["written"] else 200
    return render(v, "upload.html", {"limit": UPLOAD_LIMIT, "result": result}, status=status)


async def add_user(request: Request) -> Response:
    v = visit(request)
    form = await v.form("admin")
    name, role = str(form.get("name") or ""), str(form.get("role") or "viewer")
    await run_in_threadpool(auth.add_user, v.ledger, name, role, str(form.get("password") or ""),
                            made_by=v.user.name)
    return RedirectResponse("/users", status_code=303)


def _ingest_and_extract(v: Visit, name: str, data: bytes, extract: bool) -> dict[str, Any]:
    report = ingest_upload(name, data, ledger=v.ledger, options=IngestOptions(max_size=UPLOAD_LIMIT))
    for doc_id in report.written:
        v.ledger.add_edit(Edit(action="upload", target_kind="document", target=doc_id[:200],
                               doc_id=doc_id, made_by=v.user.name,
                               after={"file": name, "bytes": len(data),
                                      "sha256": v.ledger.document(doc_id).sha256}))
    claims = 0
    if extract and report.written:
        extraction = ExtractionReport()
        extract_ledger(v.ledger, report=extraction)
        claims = extraction.incidents + extraction.statements
        rerun(v.ledger)
    return {"file": name, "written": report.written, "unchanged": report.unchanged,
            "failed": report.failed,
            "problems": [{"where": p.path + (f":{p.line}" if p.line else ""), "message": p.message,
                          "hint": p.hint, "severity": p.severity} for p in report.problems],
            "claims": claims}


async def _reconcile(v: Visit) -> None:
    """Reconciles again after a review, when the ledger has been reconciled before."""
    if v.ledger.reconciliation() is not None:
        await run_in_threadpool(rerun, v.ledger)


# --- shapes --------------------------------------------------------------------------------

def _claim_row(c: Claim, anchors: dict) -> dict[str, Any]:
    where = (c.evidence_start, c.evidence_end)
    blank = dict.fromkeys(("event", "count", "victims", "perpetrator", "place", "when", "polarity",
                           "speaker", "stance"))
    return {**blank, **review.record(c), "review": c.review, "summary": claim_summary(c),
            "anchor": anchors.get(where)}


def _incident_row(i: dict[str, Any]) -> dict[str, Any]:
    figures = i.get("figures") or {}
    return {"id": i["id"], "event": i["event"], "wave": i["wave"], "place": i["place"],
            "first": i["first"], "last": i["last"], "claims": len(i["claims"]),
            "minimum": (figures.get("minimum") or {}).get("text"),
            "conservative": (figures.get("conservative") or {}).get("text"),
            "maximum": (figures.get("maximum") or {}).get("text"),
            "independent": len(i.get("independent_sources", [])),
            "denials": len(i.get("denials", [])), "conflicts": len(i.get("conflicts", []))}


def _edit_row(e: Edit) -> dict[str, Any]:
    changes = []
    if isinstance(e.before, dict) and isinstance(e.after, dict):
        changes = [{"field": k, "before": e.before.get(k), "after": e.after.get(k)}
                   for k in sorted(set(e.before) | set(e.after))
                   if k != "key" and e.before.get(k) != e.after.get(k)]
    return {"at": e.made_at, "by": e.made_by, "action": e.action, "target_kind": e.target_kind,
            "target": e.target, "doc": e.doc_id, "note": e.note, "changes": changes,
            "before": e.before, "after": e.after}


def _choices() -> dict[str, Any]:
    return {"events": EVENTS, "qualifiers": QUALIFIERS, "stances": STANCES}


def _note(form: dict[str, Any]) -> str | None:
    note = str(form.get("note") or "").strip()
    return note[:2000] or None


def _many(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(x) for x in value] if isinstance(value, list) else [str(value)]


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no scheme, no host, no ``//``) may follow a login."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _cookie(request: Request, response: Response, name: str, value: str, *, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax",
                        secure=request.app.state.secure_cookies, path="/")


__all__ = ["register"]
