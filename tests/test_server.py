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


def test_lookup_of_a_numbered_query_carries_its_number(client: TestClient) -> None:
    best = client.get("/api/lookup", params={"q": "14th ADMM"}).json()["results"][0]
    assert (best["term"]["id"], best["ordinal"], best["gloss"]["en"]) == ("admm", 14, "14th ASEAN Defence Ministers' Meeting")


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


# -- the plug-in routes: one library call each, the CLI's JSON contract -------------------------

CHECK_SOURCE = "Thượng tướng Hoàng Xuân Chiến dự ADMM-14 tại Hà Nội."
CHECK_TRANSLATION = "Colonel Hoang Xuan Chien attended the 13th ADMM in Hanoi."


def test_check_is_the_library_report(client: TestClient) -> None:
    from glossary.translation import check

    body = {"source": CHECK_SOURCE, "translation": CHECK_TRANSLATION, "source_lang": "vi", "target_lang": "en"}
    response = client.post("/api/check", json=body)
    assert response.status_code == 200
    payload = response.json()
    assert payload == json.loads(json.dumps(check(CHECK_SOURCE, CHECK_TRANSLATION, source="vi", target="en").to_dict()))
    kinds = {problem["kind"]: problem for problem in payload["problems"]}
    assert set(kinds) == {"wrong", "ordinal"}
    assert kinds["wrong"]["found"]["text"] == "Colonel" and kinds["ordinal"]["found"]["text"] == "13th ADMM"
    for problem in payload["problems"]:
        assert CHECK_SOURCE[problem["source"]["start"] : problem["source"]["end"]] == problem["source"]["text"]
        assert CHECK_TRANSLATION[problem["found"]["start"] : problem["found"]["end"]] == problem["found"]["text"]
    assert payload["summary"]["errors"] == 2


def test_check_aligned_names_the_line(client: TestClient) -> None:
    body = {
        "source": "Thượng tá dự họp.\nĐại tướng phát biểu.",
        "translation": "Colonel attended.\nThe Lieutenant General spoke.",
        "source_lang": "vi",
        "target_lang": "en",
        "aligned": True,
    }
    payload = client.post("/api/check", json=body).json()
    assert payload["summary"]["segments"] == 2
    assert payload["problems"] and {problem["segment"] for problem in payload["problems"]} == {2}  # the wrong rank
    assert all(problem["segment"] in (1, 2) for problem in payload["problems"])


def test_check_english_to_vietnamese(client: TestClient) -> None:
    body = {"source": "the 14th ADMM", "translation": "Hội nghị ADMM lần thứ 14", "source_lang": "en", "target_lang": "vi"}
    payload = client.post("/api/check", json=body).json()
    assert payload["problems"] == [] and payload["summary"]["source"] == "en"


def test_constraints_protect_restore_round_trip(client: TestClient) -> None:
    text = "Thượng tá dự ADMM-14."
    found = client.post("/api/constraints", json={"text": text, "source_lang": "vi", "target_lang": "en"}).json()
    assert [(c["text"], c["target"]) for c in found["constraints"]] == [("Thượng tá", "Colonel"), ("ADMM-14", "14th ADMM")]
    protected = client.post(
        "/api/protect", json={"text": text, "source_lang": "vi", "target_lang": "en", "style": "plain"}
    ).json()
    assert protected["text"] == "__T1__ dự __T2__." and protected["style"] == "plain"
    for slots in (protected, protected["slots"]):
        restored = client.post("/api/restore", json={"translated": "__T1__ attended __T2__.", "slots": slots}).json()
        assert restored == {"text": "Colonel attended 14th ADMM.", "restored": 2, "missing": [], "unknown": []}
    partial = client.post("/api/restore", json={"translated": "__T2__ only, __T9__", "slots": protected}).json()
    assert [slot["id"] for slot in partial["missing"]] == [1] and partial["unknown"] == ["__T9__"]


def test_protect_escapes_text_for_tag_styles(client: TestClient) -> None:
    payload = client.post(
        "/api/protect", json={"text": "ADMM <b>", "source_lang": "en", "target_lang": "vi", "style": "xml"}
    ).json()
    assert payload["text"].endswith("&lt;b&gt;")


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        ("/api/check", {"source": "x", "translation": "y", "source_lang": "fr", "target_lang": "en"}, "source_lang: Input should be 'vi' or 'en'"),
        ("/api/check", {"source": "x", "translation": "y", "source_lang": "en", "target_lang": "en"}, "source and target are both 'en'"),
        ("/api/check", {"source": "x", "source_lang": "vi", "target_lang": "en"}, "translation: Field required"),
        ("/api/check", {"source": "a\nb", "translation": "c", "source_lang": "vi", "target_lang": "en", "aligned": True}, "the source has 2 lines and the translation 1"),
        ("/api/constraints", {"text": "x", "source_lang": "vi", "target_lang": "de"}, "target_lang: Input should be 'vi' or 'en'"),
        ("/api/constraints", {"text": "x", "source_lang": "vi", "target_lang": "en", "min_score": -1}, "min_score"),
        ("/api/protect", {"text": "x", "source_lang": "vi", "target_lang": "en", "style": "html"}, "style: Input should be 'xml', 'deepl', 'google' or 'plain'"),
        ("/api/protect", {"text": "__T1__ Thượng tá", "source_lang": "vi", "target_lang": "en", "style": "plain"}, "reads as a placeholder"),
        ("/api/restore", {"translated": "x", "slots": "abc"}, "slots: Input should be a valid list or a valid dictionary"),
        ("/api/restore", {"translated": "x", "slots": [{"id": "one"}]}, "slot 1: missing 'target', 'style'"),
        ("/api/restore", {"translated": "x", "slots": [1]}, "slot 1: expected an object, got int"),
        ("/api/restore", {"translated": "x", "slots": {"style": "xml"}}, "no 'slots' list"),
        ("/api/restore", {"translated": "x", "slots": [{"id": 1, "target": "X", "style": "bogus"}]}, "unknown style 'bogus'"),
        ("/api/restore", {"translated": "x", "slots": [{"id": 1, "target": "X", "style": "xml"}, {"id": 2, "target": "Y", "style": "plain"}]}, "mix placeholder styles"),
    ],
)
def test_plugin_routes_refuse_bad_input_with_a_clear_400(client: TestClient, path: str, body: dict, message: str) -> None:
    response = client.post(path, json=body)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_plugin_routes_are_size_limited(client: TestClient) -> None:
    body = {"source": "Bộ Quốc phòng " * 5_000, "translation": "x", "source_lang": "vi", "target_lang": "en"}
    assert client.post("/api/check", json=body).status_code == 413


def test_openapi_describes_the_plugin_routes(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/check", "/api/constraints", "/api/protect", "/api/restore"} <= set(schema["paths"])
    models = schema["components"]["schemas"]
    assert models["CheckRequest"]["properties"]["source_lang"]["enum"] == ["vi", "en"]
    assert models["ProtectRequest"]["properties"]["style"]["enum"] == ["xml", "deepl", "google", "plain"]
    assert set(models["CheckRequest"]["required"]) == {"source", "translation", "source_lang", "target_lang"}


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


@pytest.mark.parametrize("output_format", ["tbx", "csv", "tsv", "xlsx", "deepl", "google", "amazon", "omegat"])
def test_export_serves_the_cli_bytes(client: TestClient, output_format: str) -> None:
    from glossary import load_termbase
    from glossary.formats import ExportOptions, export_terms, format_module

    response = client.get("/api/export", params={"format": output_format, "category": "rank"})
    assert response.status_code == 200
    ranks = [term for term in load_termbase() if term.category == "rank"]
    expected = export_terms(ranks, output_format, options=ExportOptions()).data
    if output_format == "xlsx":  # a workbook records when it was written: compare what it holds
        from glossary.formats import read_terms

        assert read_terms(response.content, "xlsx").terms == read_terms(expected, "xlsx").terms
    else:
        assert response.content == expected
    assert response.headers["content-type"].startswith(format_module(output_format).MEDIA_TYPE)
    assert "attachment" in response.headers["content-disposition"]


def test_export_bad_format_and_direction_are_400(client: TestClient) -> None:
    assert client.get("/api/export", params={"format": "docx"}).status_code == 400
    assert client.get("/api/export", params={"format": "tbx", "source": "fr"}).status_code == 400
    same = client.get("/api/export", params={"format": "deepl", "source": "en", "target": "en"})
    assert same.status_code == 400 and same.json()["error"]


def test_annotate_takes_the_text_as_one_document(client: TestClient) -> None:
    text = "Hội nghị Tư lệnh Lực lượng Phòng không các nước ASEAN (HNTLPK) khai mạc. HNTLPK bàn về phòng không."
    payload = client.post("/api/annotate", json={"text": text}).json()
    defined = [m for m in payload["matches"] if m["method"] == "defined"]
    assert [m["term"]["id"] for m in defined] == ["defined:HNTLPK"] * 2 and "warnings" not in payload
    contradicting = client.post("/api/annotate", json={"text": "Chương trình Phòng chống ma túy Cộng đồng (PCA). PCA."}).json()
    assert contradicting["warnings"][0]["short"] == "PCA"
