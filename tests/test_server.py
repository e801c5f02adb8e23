"""The HTTP API through the framework's test client: contracts, bad input, size limits, escaping."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from glossary.server import create_app, is_loopback  # noqa: E402


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(max_body_bytes=64 * 1024))


def test_lookup_follows_the_cli_contract(client: TestClient) -> None:
    response = client.get("/api/lookup", params={"q": "Thuong ta", "limit": 2})
    assert response.status_code == 200
    payload = response.json()
    assert payload["query"] == "Thuong ta"
    assert payload["results"][0]["term"]["id"] == "rank-colonel"
    assert set(payload["results"][0]) == {"score", "term"}


def test_lookup_by_category(client: TestClient) -> None:
    payload = client.get("/api/lookup", params={"q": "ADMM", "category": "meeting", "limit": 3}).json()
    assert payload["results"] and all(result["term"]["category"] == "meeting" for result in payload["results"])


def test_annotate_offsets_are_code_points_into_the_text(client: TestClient) -> None:
    text = "Thượng tướng dự ADMM-14 và ADMM+ lần thứ 7."
    payload = client.post("/api/annotate", json={"text": text}).json()
    assert [(m["term"]["id"], m["ordinal"]) for m in payload["matches"]] == [
        ("rank-senior-lieutenant-general", None),
        ("admm", 14),
        ("admm-plus", 7),
    ]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in payload["matches"])


def test_term_by_id_and_unknown_id(client: TestClient) -> None:
    assert client.get("/api/terms/admm").json()["en"] == "ASEAN Defence Ministers' Meeting"
    missing = client.get("/api/terms/no-such-entry")
    assert missing.status_code == 404
    assert missing.json() == {"error": "no entry with id 'no-such-entry'"}


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/api/annotate", {"json": {"txt": "x"}}),
        ("post", "/api/annotate", {"json": {"text": 5}}),
        ("post", "/api/annotate", {"json": {"text": "x", "min_score": 101}}),
        ("post", "/api/annotate", {"content": b"{not json", "headers": {"Content-Type": "application/json"}}),
        ("get", "/api/lookup", {"params": {"q": ""}}),
        ("get", "/api/lookup", {"params": {"q": "   "}}),
        ("get", "/api/lookup", {"params": {"q": "ADMM", "limit": 0}}),
        ("get", "/api/lookup", {"params": {"q": "ADMM", "category": "ministry"}}),
    ],
)
def test_bad_input_is_400_with_a_message(client: TestClient, method: str, path: str, kwargs: dict) -> None:
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == 400
    assert response.json()["error"]


def test_oversized_body_is_413(client: TestClient) -> None:
    response = client.post("/api/annotate", json={"text": "Bộ Quốc phòng " * 10_000})
    assert response.status_code == 413
    assert "limit" in response.json()["error"]


def test_openapi_describes_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/lookup", "/api/annotate", "/api/terms/{term_id}", "/api/health"} <= set(paths)


def test_page_and_static_files(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<meta name="viewport"' in page.text
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/../app.py").status_code == 404
    assert page.headers["x-content-type-options"] == "nosniff"


def test_user_text_comes_back_as_json_never_as_markup(client: TestClient) -> None:
    text = "ADMM <script>alert(1)</script>"
    response = client.post("/api/annotate", json={"text": text})
    assert response.headers["content-type"] == "application/json"
    assert response.json()["matches"][0]["text"] == "ADMM"


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.8.0.1", True), ("::1", True), ("localhost", True), ("0.0.0.0", False), ("192.168.1.5", False)])
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


# -- docs/api.md: every example is the server's real output ------------------------------------

API_DOC = Path(__file__).resolve().parent.parent / "docs" / "api.md"
_EXAMPLE = re.compile(r"(<!-- api: (?P<method>GET|POST) (?P<path>\S+)(?: (?P<body>\{.*?\}))? -->\n```json\n)(?P<output>.*?)(```\n)", re.S)


def test_api_doc_examples_are_real_output(client: TestClient) -> None:
    text = API_DOC.read_text(encoding="utf-8")

    def replay(match: re.Match[str]) -> str:
        if match.group("method") == "GET":
            response = client.get(match.group("path"))
        else:
            response = client.post(match.group("path"), json=json.loads(match.group("body")))
        payload = json.dumps(response.json(), ensure_ascii=False, indent=2)
        return f"{match.group(1)}{payload}\n{match.group(6)}"

    expected = _EXAMPLE.sub(replay, text)
    assert _EXAMPLE.search(text), "docs/api.md has examples"
    if os.environ.get("GLOSSARY_UPDATE_DOCS") == "1":
        API_DOC.write_text(expected, encoding="utf-8")
    assert text == expected, "docs/api.md differs from the server's output: rerun with GLOSSARY_UPDATE_DOCS=1"
