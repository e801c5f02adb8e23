"""The two TBX-Basic validators, run on exported TBX: the TBX core RelaxNG and the TBX-Basic DCA Schematron.

The files come from the standard's maintainers and live beside the repository, in ``../shared/tbx/``
(see its README). The Schematron uses XPath 2.0, so it is compiled to XSLT with the ISO skeleton
stylesheets lxml ships and run with Saxon-HE (saxonche). Without the files, tests skip with the
reason, except in CI (``CI`` set), where a missing validator is a failure.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TBX_DIRECTORY = ROOT.parent / "shared" / "tbx"
RELAXNG = TBX_DIRECTORY / "TBXcoreStructV03.rng"
SCHEMATRON = TBX_DIRECTORY / "TBX-Basic_DCA.sch"
EXAMPLE = TBX_DIRECTORY / "Example_Astronomy_DCA_VALID.tbx"


def require_file(path: Path) -> Path:
    """``path``, or a skip (a failure in CI) when the shared TBX files are not beside the repository."""
    if not path.is_file():
        message = f"{path} is missing: the TBX validation files are read from ../shared/tbx/ beside the repository"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def relaxng_errors(data: bytes) -> list[str]:
    from lxml import etree

    schema = _relaxng(require_file(RELAXNG))
    document = etree.fromstring(data)
    if schema.validate(document):
        return []
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


def schematron_failures(data: bytes) -> list[str]:
    """The Schematron's failed assertions for ``data`` (an empty list when it passes)."""
    from lxml import etree

    stylesheet = _schematron_stylesheet(require_file(SCHEMATRON))
    executable, processor = _saxon(stylesheet)
    document = processor.parse_xml(xml_text=data.decode("utf-8"))
    report = executable.transform_to_string(xdm_node=document)
    svrl = etree.fromstring(report.encode("utf-8"))
    namespace = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
    return [
        f"{failure.get('location')}: {' '.join(failure.findtext('svrl:text', '', namespace).split())}"
        for failure in svrl.iterfind(".//svrl:failed-assert", namespace)
    ]


@functools.cache
def _relaxng(path: Path):  # type: ignore[no-untyped-def]
    from lxml import etree

    return etree.RelaxNG(etree.parse(str(path)))


@functools.cache
def _schematron_stylesheet(path: Path) -> str:
    """The Schematron compiled to XSLT by the ISO skeleton (include, abstract-expand, svrl)."""
    from lxml import etree, isoschematron

    resources = Path(isoschematron.__file__).parent / "resources" / "xsl" / "iso-schematron-xslt1"
    source = path.read_bytes().replace(b'queryBinding="xslt2"', b'queryBinding="xslt"')
    if source.startswith(b"\xef\xbb\xbf"):
        source = source[3:]
    document = etree.fromstring(source)
    for step in ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl"):
        document = etree.XSLT(etree.parse(str(resources / step)))(document).getroot()
    return str(etree.tostring(document, encoding="unicode"))


@functools.cache
def _saxon(stylesheet: str):  # type: ignore[no-untyped-def]
    saxonche = pytest.importorskip("saxonche") if not os.environ.get("CI") else __import__("saxonche")
    processor = saxonche.PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    executable = compiler.compile_stylesheet(stylesheet_text=stylesheet)
    return executable, processor
