"""The ASGI app: FastAPI routes over the library, a body-size limit, JSON errors, the static page.

FastAPI (on Starlette, served by uvicorn) is used because it derives the
OpenAPI description that CAT-tool plug-in authors integrate against from the
same typed request models that validate the requests, so the two cannot drift.
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import quote
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..annotate import annotate_document
from ..errors import GlossaryError
from ..loader import load_termbase
from ..lookup import DEFAULT_MIN_SCORE, lookup
from ..matcher import compile_matcher
from ..model import CATEGORIES
from ..translation import PLACEHOLDER_STYLES, check, constraints, protect, restore

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "MAX_BODY_BYTES", "create_app", "is_loopback", "serve"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
#: Request bodies larger than this are refused with 413: a long article is ~100 KB.
MAX_BODY_BYTES = 2 * 1024 * 1024
#: At most this many lookup results per request.
MAX_LOOKUP_LIMIT = 50

STATIC = resources.files("glossary.server") / "static"


class BodySizeLimit:
    """Refuses bodies over ``limit`` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(self.limit)(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _BodyTooLarge:
            await _too_large(self.limit)(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


def _too_large(limit: int) -> ASGIApp:
    return JSONResponse({"error": f"request body too large: the limit is {limit} bytes"}, status_code=413)


class AnnotateRequest(BaseModel):
    """Text to annotate, as `glossary annotate` would."""

    text: str = Field(description="The text; offsets in the response are code points into it.")
    overlaps: bool = Field(False, description="Also return matches nested inside longer ones.")
    min_score: float = Field(0.0, ge=0, le=100, description="Drop matches scoring below this (0-100).")


LanguageCode = Literal["vi", "en"]


class CheckRequest(BaseModel):
    """A source text and its translation, as `glossary check SOURCE TRANSLATION` would take them."""

    source: str = Field(description="The source text; `source` spans in the findings are code points into it.")
    translation: str = Field(description="Its translation; `found` spans are code points into it.")
    source_lang: LanguageCode = Field(description="Language of the source text.")
    target_lang: LanguageCode = Field(description="Language of the translation (the other one).")
    aligned: bool = Field(
        False,
        description="Line n of the translation translates line n of the source (both must have as many lines); "
        "findings then name the line in `segment` and offsets are within that line.",
    )


class ConstraintsRequest(BaseModel):
    """A text to list the terms of, with the target form each must be translated as."""

    text: str = Field(description="The source text; offsets in the response are code points into it.")
    source_lang: LanguageCode = Field(description="Language of the text.")
    target_lang: LanguageCode = Field(description="Language it is translated into (the other one).")
    min_score: float = Field(0.0, ge=0, le=100, description="Drop matches scoring below this (0-100).")


class ProtectRequest(ConstraintsRequest):
    """A text whose terms are replaced by placeholders before it goes to an MT engine."""

    style: Literal[PLACEHOLDER_STYLES] = Field(  # type: ignore[valid-type]
        "xml", description="Placeholder style: xml (<x id=\"1\"/>), deepl, google or plain (__T1__)."
    )


class RestoreRequest(BaseModel):
    """An MT output with placeholders, and the slots /api/protect returned."""

    translated: str = Field(description="The MT output, with the placeholders of /api/protect.")
    slots: list[Any] | dict[str, Any] = Field(
        description="The whole /api/protect response, or its `slots` list (each slot needs `id`, `target` and `style`)."
    )


def create_app(*, terms: str | os.PathLike[str] | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The web app and API over one term base (loaded and compiled once, shared by every request)."""
    termbase = load_termbase(terms)
    matcher = compile_matcher(termbase)
    app = FastAPI(
        title="glossary",
        version=__version__,
        description="Vietnamese <-> English glossary and acronym resolver for defence and diplomatic text. "
        "Responses follow the JSON contract of the command line (docs/json.md).",
        docs_url=None,  # Swagger UI loads scripts from a CDN; the description is at /openapi.json
        redoc_url=None,
    )
    app.state.termbase = termbase
    app.state.matcher = matcher

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        # Union members appear in the location as type tags ("slots.list[...]"): drop them
        # and give one line per field ("slots: Input should be a valid list or a valid dictionary").
        by_field: dict[str, list[str]] = {}
        for problem in error.errors():
            parts = [str(part) for part in problem["loc"] if part != "body" and "[" not in str(part)]
            messages = by_field.setdefault(".".join(parts) or "body", [])
            if problem["msg"] not in messages:
                messages.append(problem["msg"])
        problems = "; ".join(
            f"{field}: {messages[0]}" + "".join(f" or {message.removeprefix('Input should be ')}" for message in messages[1:])
            for field, messages in by_field.items()
        )
        return JSONResponse({"error": f"bad request: {problems}"}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(error.detail)}, status_code=error.status_code)

    @app.exception_handler(GlossaryError)
    async def glossary_error(_request: Request, error: GlossaryError) -> JSONResponse:
        return JSONResponse({"error": str(error)}, status_code=400)

    @app.get("/api/health", summary="Server and term base status")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "entries": len(termbase)}

    @app.get("/api/lookup", summary="Find entries by any form (the `lookup --format json` contract)")
    def lookup_route(
        q: str = Query(..., min_length=1, max_length=500, description="A name, variant or acronym, either language."),
        limit: int = Query(5, ge=1, le=MAX_LOOKUP_LIMIT),
        min_score: float = Query(DEFAULT_MIN_SCORE, ge=0, le=100),
        category: Literal[CATEGORIES] | None = Query(None, description="Only entries of this category."),  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        if not q.strip():
            raise StarletteHTTPException(400, "q must not be blank")
        results = lookup(termbase, q, limit=MAX_LOOKUP_LIMIT if category else limit, min_score=min_score)
        if category:
            results = [result for result in results if result.term.category == category][:limit]
        return {"query": q, "results": [result.to_dict() for result in results]}

    @app.post("/api/annotate", summary="Terms in a text (the `annotate --format json` contract)")
    def annotate_route(request: AnnotateRequest) -> dict[str, Any]:
        # The text is one document: the acronyms it defines, the senses its cues choose, its warnings.
        document = annotate_document(request.text, matcher=matcher, overlaps=request.overlaps, min_score=request.min_score)
        body: dict[str, Any] = {"matches": [match.to_dict() for match in document.matches]}
        if document.warnings:
            body["warnings"] = [warning.to_dict() for warning in document.warnings]
        return body

    @app.post("/api/check", summary="Terminology QA of a translation (the `check --format json` contract)")
    def check_route(request: CheckRequest) -> dict[str, Any]:
        report = check(
            request.source,
            request.translation,
            source=request.source_lang,
            target=request.target_lang,
            aligned=request.aligned,
            matcher=matcher,
        )
        return report.to_dict()

    @app.post("/api/constraints", summary="The terms of a text and their required target forms (`constraints --format json`)")
    def constraints_route(request: ConstraintsRequest) -> dict[str, Any]:
        found = constraints(
            request.text,
            source=request.source_lang,
            target=request.target_lang,
            matcher=matcher,
            min_score=request.min_score,
        )
        return found.to_dict()

    @app.post("/api/protect", summary="Replace each term by a placeholder for MT (`protect --format json`)")
    def protect_route(request: ProtectRequest) -> dict[str, Any]:
        protected = protect(
            request.text,
            source=request.source_lang,
            target=request.target_lang,
            style=request.style,
            matcher=matcher,
            min_score=request.min_score,
        )
        return protected.to_dict()

    @app.post("/api/restore", summary="Put the target terms back in place of the placeholders (`restore --format json`)")
    def restore_route(request: RestoreRequest) -> dict[str, Any]:
        return restore(request.translated, request.slots).to_dict()

    @app.get("/api/terms", summary="Every entry, or those of one category")
    def terms_route(
        category: Literal[CATEGORIES] | None = Query(None),  # type: ignore[valid-type]
    ) -> dict[str, Any]:
        return {"terms": [term.to_dict() for term in termbase if category is None or term.category == category]}

    @app.get("/api/terms/{term_id}", summary="One entry by id")
    def term_route(term_id: str) -> dict[str, Any]:
        term = termbase.get(term_id)
        if term is None:
            raise StarletteHTTPException(404, f"no entry with id {term_id!r}")
        return term.to_dict()

    @app.get(
        "/api/export",
        summary="The term base in an exchange format (`glossary export`): TBX, CSV, TSV, XLSX, DeepL, Google, Amazon, OmegaT",
        response_class=Response,
    )
    def export_route(
        format: str = Query(..., description="tbx, csv, tsv, xlsx, deepl, google, amazon or omegat (docs/formats.md)."),
        source: Literal["vi", "en"] = Query("vi", description="Source language of bilingual formats."),
        target: Literal["vi", "en"] = Query("en", description="Target language of bilingual formats."),
        category: Literal[CATEGORIES] | None = Query(None, description="Only entries of this category."),  # type: ignore[valid-type]
    ) -> Response:
        from ..formats import EXPORT_FORMATS, ExportOptions, export_terms, format_module

        if format not in EXPORT_FORMATS:
            raise StarletteHTTPException(400, f"unknown format {format!r}; use one of: {', '.join(EXPORT_FORMATS)}")
        selected = [term for term in termbase if category is None or term.category == category]
        exported = export_terms(selected, format, options=ExportOptions(source=source, target=target))
        module = format_module(format)
        filename = f"glossary-{source}-{target}{module.EXTENSIONS[0]}"
        headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
        if exported.warnings:
            # Entries left out (DeepL's duplicate sources...) travel in a header, one per line, URL-safe.
            headers["X-Glossary-Warnings"] = quote(" | ".join(exported.warnings))[:4000]
        return Response(exported.data, media_type=module.MEDIA_TYPE, headers=headers)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(Path(str(STATIC / "index.html")), media_type="text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        allowed = {"app.js": "text/javascript; charset=utf-8", "style.css": "text/css; charset=utf-8"}
        if name not in allowed:
            raise StarletteHTTPException(404, f"no static file {name!r}")
        return FileResponse(Path(str(STATIC / name)), media_type=allowed[name])

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    app.add_middleware(BodySizeLimit, limit=max_body_bytes)
    return app


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and "localhost"."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    terms: str | os.PathLike[str] | None = None,
    open_browser: bool = False,
) -> None:
    """Run the server until interrupted (the term base is loaded before the port is bound)."""
    try:
        import uvicorn
    except ImportError:  # pragma: no cover - uvicorn is an extra
        raise GlossaryError("glossary serve needs the serve extra: pip install 'glossary[serve]'") from None
    app = create_app(terms=terms)
    if open_browser:
        import threading
        import webbrowser

        shown_host = f"[{host}]" if ":" in host else host
        threading.Timer(1.0, webbrowser.open, args=(f"http://{shown_host}:{port}/",)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning")
