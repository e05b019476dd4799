"""The web app in-process (httpx through the ASGI transport): who may see and do what,
CSRF, reviews recorded with who/when/before/after, merges, splits, uploads, JSON twins."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledgers import build
from webclient import PASSWORD, Client, app_with_users

from rightsledger.cli import cli
from rightsledger.store import Ledger

READ_PAGES = ["/", "/documents", "/documents/network-wave", "/incidents", "/history", "/report"]


@pytest.fixture
def site(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    build(url, with_hostile=True)
    app = app_with_users(url)
    clients: list[Client] = []

    def client(role: str | None = None) -> Client:
        c = Client(app)
        clients.append(c)
        if role:
            assert c.login(role).status_code == 303
        return c

    yield app, client
    for c in clients:
        c.close()
    app.state.ledger.close()


def a_claim(app, source: str) -> str:
    return next(c.key for c in app.state.ledger.claims() if c.source == source)


def incident_ids(app) -> list[str]:
    return [i["id"] for i in app.state.ledger.incidents()]


def test_an_anonymous_visitor_sees_nothing_but_the_login_page(site):
    app, client = site
    anonymous = client()
    key = a_claim(app, "Amnesty International")
    for path in READ_PAGES + ["/upload", "/users", f"/claims/{key}", "/incidents/x"]:
        response = anonymous.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/login"), path
        assert anonymous.get("/api" + path if path != "/report" else "/api/").status_code == 401
    for path in [f"/claims/{key}", "/merge", "/upload", "/users", "/add-claim/network-wave"]:
        assert anonymous.post(path, data={"action": "reject"}).status_code in (303, 400)
    assert app.state.ledger.edits() == []
    page = anonymous.get("/login")
    assert page.status_code == 200 and 'name="password"' in page.text
    assert "Network" not in page.text  # nothing of the ledger


MATRIX = [  # path, method, the lowest role that may
    ("/", "GET", "viewer"), ("/documents", "GET", "viewer"), ("/incidents", "GET", "viewer"),
    ("/history", "GET", "viewer"), ("/report", "GET", "viewer"), ("/api/incidents", "GET", "viewer"),
    ("/upload", "GET", "analyst"), ("/users", "GET", "admin"), ("/api/users", "GET", "admin"),
]


@pytest.mark.parametrize("role", ["viewer", "analyst", "admin"])
def test_authorisation_matrix_for_reading(site, role):
    _app, client = site
    c = client(role)
    order = ["viewer", "analyst", "admin"]
    for path, _method, lowest in MATRIX:
        expected = 200 if order.index(role) >= order.index(lowest) else 403
        assert c.get(path).status_code == expected, (role, path)


@pytest.mark.parametrize("role,allowed", [("viewer", False), ("analyst", True), ("admin", True)])
def test_authorisation_matrix_for_changing(site, role, allowed):
    app, client = site
    c = client(role)
    token = c.csrf()
    key = a_claim(app, "Amnesty International")
    changes = [
        (f"/claims/{key}", {"action": "accept"}),
        ("/add-claim/network-wave", {"kind": "statement", "source": "x", "stance": "demand",
                                     "evidence_start": "0", "evidence_end": "10"}),
        ("/merge", {"incident": incident_ids(app)[:2]}),
    ]
    for path, data in changes:
        response = c.post(path, data={**data, "csrf": token})
        assert response.status_code == (303 if allowed else 403), (role, path, response.text[:300])
    upload = c.post("/upload", data={"csrf": token},
                    files={"file": ("note.txt", b"---\ntitle: A note\n---\nNothing happened.\n")})
    assert upload.status_code == (200 if allowed else 403)
    users = c.post("/users", data={"csrf": token, "name": "newcomer", "role": "viewer",
                                   "password": "a long enough password"})
    assert users.status_code == (303 if role == "admin" else 403)
    made = {e.action for e in app.state.ledger.edits()}
    assert bool(made) == allowed


def test_a_change_without_the_session_csrf_token_is_refused_and_not_recorded(site):
    app, client = site
    analyst = client("analyst")
    key = a_claim(app, "Amnesty International")
    assert analyst.post(f"/claims/{key}", data={"action": "reject"}).status_code == 400
    assert analyst.post(f"/claims/{key}", data={"action": "reject", "csrf": "forged"}).status_code == 400
    other = client("admin")  # another session's token does not do either
    assert analyst.post(f"/claims/{key}", data={"action": "reject", "csrf": other.csrf()}).status_code == 400
    assert app.state.ledger.edits() == []


def test_login_refuses_wrong_passwords_and_foreign_redirects_and_logout_ends_the_session(site):
    app, client = site
    c = client()
    assert c.login("analyst", "wrong password!").status_code == 401
    assert c.login("nobody", PASSWORD).status_code == 401
    page = c.get("/login?next=//evil.example/x")
    assert 'value="/"' in page.text
    assert c.login("analyst").status_code == 303
    cookie = c._client.cookies.get("rightsledger_session")
    assert c.get("/").status_code == 200
    assert c.post("/logout", data={"csrf": c.csrf()}).status_code == 303
    replay = client()
    replay._client.cookies.set("rightsledger_session", cookie)
    assert replay.get("/").status_code == 303  # the old token opens nothing
    stored = app.state.ledger.user_with_hash("analyst")[1]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_review_edit_is_recorded_with_who_when_before_and_after_and_reconciles(site):
    app, client = site
    analyst = client("analyst")
    key = a_claim(app, "Amnesty International")
    response = analyst.post(f"/claims/{key}", data={
        "csrf": analyst.csrf(), "action": "edit", "count_low": "45", "qualifier": "at_least",
        "note": "the report says 45"})
    assert response.status_code == 303 and f"#claim-{key}" in response.headers["location"]
    edit = app.state.ledger.edits(target=key)[0]
    assert edit.made_by == "analyst" and edit.made_at is not None and edit.note == "the report says 45"
    assert edit.before["count"]["low"] == 40 and edit.after["count"]["low"] == 45
    claim = analyst.get(f"/api/claims/{key}").json()["claim"]
    assert claim["review"] == "edited" and claim["count"]["low"] == 45 and claim["key"] == key
    history = analyst.get("/history").text
    assert "analyst" in history and "<del>" in history and "45" in history
    figures = [i["figures"]["maximum"]["value"] for i in app.state.ledger.incidents()
               if i["event"] == "detention" and i["figures"].get("maximum")]
    assert 45 in figures  # reconciled again with the edited count
    # a bad edit says which field is wrong and records nothing
    bad = analyst.post(f"/claims/{key}", data={"csrf": analyst.csrf(), "action": "edit",
                                              "count_low": "many"})
    assert bad.status_code == 400 and "count_low" in bad.text
    assert len(app.state.ledger.edits(target=key)) == 1


def test_reject_and_accept_and_add_a_missed_claim(site):
    app, client = site
    analyst = client("analyst")
    token = analyst.csrf()
    amnesty = a_claim(app, "Amnesty International")
    assert analyst.post(f"/claims/{amnesty}", data={"csrf": token, "action": "reject"}).status_code == 303
    assert amnesty not in {c["key"] for i in app.state.ledger.incidents() for c in i["claims"]}
    assert analyst.post(f"/claims/{amnesty}", data={"csrf": token, "action": "accept"}).status_code == 303
    assert amnesty in {c["key"] for i in app.state.ledger.incidents() for c in i["claims"]}
    text = app.state.ledger.document("network-wave").text
    sentence = "\"We demand that the federal authorities investigate,\""
    start = text.index(sentence)
    added = analyst.post("/add-claim/network-wave", data={
        "csrf": token, "kind": "incident", "source": "Russian LGBT Network", "event": "torture",
        "count_low": "", "qualifier": "none", "place": "Argun", "evidence_start": str(start),
        "evidence_end": str(start + len(sentence))})
    assert added.status_code == 303
    doc = analyst.get("/api/documents/network-wave").json()
    mine = [c for c in doc["claims"] if c["review"] == "added"]
    assert len(mine) == 1 and mine[0]["evidence"] == sentence and mine[0]["event"] == "torture"
    outside = analyst.post("/add-claim/network-wave", data={
        "csrf": token, "kind": "incident", "source": "x", "event": "torture",
        "evidence_start": "0", "evidence_end": "999999"})
    assert outside.status_code == 400 and "evidence" in outside.text


def test_merge_and_split_from_the_web_are_decisions_with_an_audit_entry(site):
    app, client = site
    analyst = client("analyst")
    token = analyst.csrf()
    before = incident_ids(app)
    detention = next(i for i in app.state.ledger.incidents() if i["event"] == "detention"
                     and len(i["claims"]) >= 2)
    keys = [c["key"] for c in detention["claims"]]
    response = analyst.post(f"/split/{detention['id']}", data={"csrf": token, "claim": keys[:1],
                                                               "note": "another raid"})
    assert response.status_code == 303
    assert len(incident_ids(app)) == len(before) + 1
    decision = app.state.ledger.decisions()[-1]
    assert decision.kind == "split" and decision.made_by == "analyst" and decision.note == "another raid"
    nothing_left = analyst.post(f"/split/{incident_ids(app)[0]}", data={"csrf": token, "claim": []})
    assert nothing_left.status_code == 400
    two = [i["id"] for i in app.state.ledger.incidents() if i["event"] == "detention"][:2]
    assert analyst.post("/merge", data={"csrf": token, "incident": two}).status_code == 303
    assert app.state.ledger.decisions()[-1].kind == "merge"
    assert {e.action for e in app.state.ledger.edits(target_kind="incident")} == {"split", "merge"}


def test_upload_validates_like_ingest_and_says_what_to_do(site):
    app, client = site
    analyst = client("analyst")
    token = analyst.csrf()
    wrong = analyst.post("/upload", data={"csrf": token}, files={"file": ("tool.exe", b"MZ\x00\x00")})
    assert wrong.status_code == 400 and "tool.exe" in wrong.text and "unsupported file type" in wrong.text
    empty = analyst.post("/upload", data={"csrf": token}, files={"file": ("empty.txt", b"")})
    assert empty.status_code == 400 and "empty.txt" in empty.text
    rows = b'{"id": "r1", "text": "Forty people were detained.", "published": "2019-01-02"}\n{broken\n'
    partial = analyst.post("/upload", data={"csrf": token}, files={"file": ("feed.jsonl", rows)})
    assert partial.status_code == 200 and "feed.jsonl:2" in partial.text and "r1" in partial.text
    assert app.state.ledger.document("r1").source == "feed.jsonl"
    uploads = app.state.ledger.edits(target_kind="document")
    assert [(e.action, e.target, e.made_by) for e in uploads] == [("upload", "r1", "analyst")]


@pytest.mark.slow
def test_an_uploaded_report_is_extracted_and_reconciled(site):
    app, client = site
    analyst = client("analyst")
    text = ("---\ntitle: Raids in Gudermes\npublished: 2019-02-01\npublisher: Caucasus Monitor\n---\n"
            "Police detained at least 12 men in Gudermes last week, the Caucasus Monitor said.\n")
    response = analyst.post("/upload", data={"csrf": analyst.csrf(), "extract": "1"},
                            files={"file": ("gudermes-raids.txt", text.encode())})
    assert response.status_code == 200 and "claims extracted" in response.text
    claims = app.state.ledger.claims(doc_id="gudermes-raids")
    assert any(c.event == "detention" and c.count.low == 12 for c in claims)
    assert any(c["doc"] == "gudermes-raids" for i in app.state.ledger.incidents() for c in i["claims"])


def test_every_page_has_a_json_twin(site):
    app, client = site
    viewer = client("viewer")
    key = a_claim(app, "Amnesty International")
    first = incident_ids(app)[0]
    for path in ["/", "/documents", "/documents/network-wave", f"/claims/{key}", "/incidents",
                 f"/incidents/{first}", "/history"]:
        response = viewer.get("/api" + path)
        assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    assert viewer.get("/api/documents/network-wave").json()["document"]["text"].startswith("Second wave")
    assert viewer.get(f"/api/incidents/{first}").json()["incident"]["id"] == first
    missing = viewer.get("/api/documents/no-such-document")
    assert missing.status_code == 404 and "no-such-document" in missing.json()["error"]


def test_pages_escape_hostile_documents_and_forbid_inline_script(site):
    _app, client = site
    viewer = client("viewer")
    page = viewer.get("/documents/hostile%3Cscript%3E")
    assert page.status_code == 200
    assert "<script>document.title" not in page.text and "&lt;script&gt;document.title" in page.text
    assert "<img src=x" not in page.text and "<svg onload" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "'unsafe-inline'" not in page.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    report = viewer.get("/report")
    assert "script-src 'none'" in report.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY"


def test_user_commands(runner, tmp_path: Path):
    db = str(tmp_path / "users.db")
    ok = runner.invoke(cli, ["user", "add", "--db", db, "ana", "--role", "analyst",
                             "--password", "long enough pass"])
    assert ok.exit_code == 0 and "Added ana (analyst)" in ok.output
    again = runner.invoke(cli, ["user", "add", "--db", db, "ana", "--password", "long enough pass"])
    assert again.exit_code == 1 and "already a user named 'ana'" in again.output
    short = runner.invoke(cli, ["user", "add", "--db", db, "bo", "--password", "short"])
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    prompted = runner.invoke(cli, ["user", "add", "--db", db, "cy"], input="typed secret 1\ntyped secret 1\n")
    assert prompted.exit_code == 0, prompted.output
    changed = runner.invoke(cli, ["user", "set", "--db", db, "cy", "--role", "admin"])
    assert changed.exit_code == 0
    listed = runner.invoke(cli, ["user", "list", "--db", db])
    assert "ana\tanalyst" in listed.output and "cy\tadmin" in listed.output
    with Ledger(f"sqlite:///{db}") as ledger:
        assert [e.action for e in ledger.edits(target_kind="user")] == ["set", "add", "add"]
