"""The HTML page in a real browser (headless Chromium via Selenium), at desktop and phone sizes.

Keyboard focus and hover open a term's card; the card must be visible and
wholly inside the window, for terms at the right edge and the bottom too.
Screenshots are taken each run; with ``GLOSSARY_UPDATE_DOCS=1`` they replace
docs/images/html-desktop.png and docs/images/html-phone.png (shown in the README).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from glossary.cli import app

from .browser import chromium as open_chromium

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "adsom-wg-danang-2020.vi.txt"
IMAGES = ROOT / "docs" / "images"
UPDATE = os.environ.get("GLOSSARY_UPDATE_DOCS") == "1"
SIZES = {"desktop": (1280, 800, False), "phone": (390, 844, True)}
# Terms tried per size: enough to meet terms at the right edge and at the bottom of the window.
TERMS_TRIED = 12

_RECT = "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];"
_VIEWPORT = "return [document.documentElement.clientWidth, document.documentElement.clientHeight];"


@pytest.fixture(scope="module")
def chromium() -> Any:
    """One headless Chromium for the module (tests/browser.py: skips locally, fails in CI, without one)."""
    with open_chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    result = CliRunner().invoke(app, ["annotate", str(SAMPLE), "--format", "html"], env={"GLOSSARY_TERMS": ""})
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def _open(driver: Any, page: Path, size: str) -> None:
    width, height, mobile = SIZES[size]
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )
    driver.get(page.as_uri())


def _hover(driver: Any, term: Any) -> None:
    """Move the pointer off every card, then onto ``term`` (WebDriver aims at the centre of its first line)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    away = ActionBuilder(driver)
    away.pointer_action.move_to_location(1, 1)  # the page margin
    away.perform()
    ActionChains(driver).move_to_element(term).perform()


def _assert_card_inside_window(driver: Any, term: Any) -> None:
    card = term.find_element("css selector", ".card")
    assert card.is_displayed(), f"card of {term.text!r} not shown"
    left, top, right, bottom = driver.execute_script(_RECT, card)
    width, height = driver.execute_script(_VIEWPORT)
    label = term.get_attribute("data-term")
    assert left >= 0 and right <= width, f"card of {label} leaves the window sideways: {left}..{right} of {width}"
    assert top >= 0 and bottom <= height, f"card of {label} leaves the window vertically: {top}..{bottom} of {height}"
    assert right - left >= 150, f"card of {label} is too narrow to read ({right - left}px)"


@pytest.mark.parametrize("size", list(SIZES))
def test_hover_opens_a_card_inside_the_window(chromium: Any, page: Path, size: str, tmp_path: Path) -> None:
    _open(chromium, page, size)
    width, _height = chromium.execute_script(_VIEWPORT)
    assert chromium.execute_script("return document.documentElement.scrollWidth") <= width, "page scrolls sideways"
    terms = chromium.find_elements("css selector", ".text .term")
    assert len(terms) > TERMS_TRIED
    # The terms furthest right and lowest in the first screen are the hard cases; then some others.
    chromium.execute_script("window.scrollTo(0, 0)")
    for index, term in enumerate(terms[:TERMS_TRIED]):
        # Alternate: the term at the bottom edge of the window, then in its middle.
        block = "end" if index % 2 else "center"
        chromium.execute_script(f"arguments[0].scrollIntoView({{block: '{block}'}})", term)
        _hover(chromium, term)
        _assert_card_inside_window(chromium, term)
    rightmost = max(terms[:60], key=lambda element: chromium.execute_script(_RECT, element)[2])
    chromium.execute_script("arguments[0].scrollIntoView({block: 'center'})", rightmost)
    _hover(chromium, rightmost)
    _assert_card_inside_window(chromium, rightmost)
    # The screenshot: the top of the page (title, legend) with one card open.
    chromium.execute_script("window.scrollTo(0, 0)")
    shown = terms[4]
    _hover(chromium, shown)
    _assert_card_inside_window(chromium, shown)
    shot = tmp_path / f"html-{size}.png"
    assert chromium.save_screenshot(str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG")
    if UPDATE:
        IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, IMAGES / f"html-{size}.png")


@pytest.mark.parametrize("size", list(SIZES))
def test_keyboard_focus_opens_the_card(chromium: Any, page: Path, size: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    _open(chromium, page, size)
    ActionChains(chromium).move_by_offset(0, 0).perform()  # no hover anywhere
    chromium.find_element("css selector", "body").click()
    for _ in range(40):  # past the legend and headings to the first term
        ActionChains(chromium).send_keys(Keys.TAB).perform()
        focused = chromium.switch_to.active_element
        if "term" in (focused.get_attribute("class") or ""):
            break
    else:
        pytest.fail("Tab never reached a term")
    _assert_card_inside_window(chromium, focused)
    described = focused.get_attribute("aria-describedby")
    assert chromium.find_element("id", described).is_displayed()
    ActionChains(chromium).send_keys(Keys.ESCAPE).perform()
    assert not chromium.find_element("id", described).is_displayed(), "Escape closes the card"


def test_page_is_a_readable_standalone_document(chromium: Any, page: Path) -> None:
    _open(chromium, page, "desktop")
    assert chromium.title.startswith(SAMPLE.name) or SAMPLE.name in chromium.title
    assert chromium.find_element("css selector", ".text").get_attribute("lang") == "vi"
    assert chromium.find_elements("css selector", ".text [title]") == [], "no native tooltip doubling the card"
    viewport = chromium.find_element("css selector", "meta[name=viewport]").get_attribute("content")
    assert "width=device-width" in viewport
    rows = chromium.find_elements("css selector", "table.summary tbody tr")
    assert rows and all(row.find_element("css selector", "td.count").text.isdigit() for row in rows)
    hidden_cards = [card for card in chromium.find_elements("css selector", ".card") if card.is_displayed()]
    assert hidden_cards == [], "cards stay closed until a term is hovered or focused"


_CONTRASTS = """
function luminance(colour) {
  const [r, g, b] = colour.match(/\\d+/g).slice(0, 3).map(Number).map(v => v / 255)
    .map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function ratio(a, b) { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); }
const page = getComputedStyle(document.body).backgroundColor;
return Array.from(document.querySelectorAll('code span')).filter(s => s.textContent.trim()).map(s => {
  const style = getComputedStyle(s);
  const background = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? page : style.backgroundColor;
  return [s.textContent, ratio(style.color, background)];
});
"""


@pytest.mark.parametrize("theme_name", ["dark", "light"])
def test_terminal_colours_readable_on_dark_and_light_terminals(chromium: Any, theme_name: str, tmp_path: Path) -> None:
    """The terminal format in colour, as a dark and a light terminal theme show it: every coloured run
    (terms, legend, categories) has a contrast ratio of at least 4.5 (WCAG AA) against what is behind it."""
    import io

    from rich.console import Console
    from rich.terminal_theme import DEFAULT_TERMINAL_THEME, MONOKAI

    from glossary import compile_matcher, load_termbase
    from glossary.annotate import _annotate_chunks, iter_paragraph_chunks
    from glossary.renderers.terminal import TerminalRenderer

    text = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    excerpt = "\n\n".join(text[:3]) + "\n"
    renderer = TerminalRenderer(out=io.StringIO(), color=True, width=80)
    renderer.console = Console(
        record=True, width=80, force_terminal=True, color_system="truecolor", file=io.StringIO(), highlight=False, markup=False
    )
    chunks = _annotate_chunks(iter_paragraph_chunks(excerpt.splitlines(keepends=True)), compile_matcher(load_termbase()), overlaps=False, min_score=0)
    renderer.document(SAMPLE.name, chunks)
    theme = MONOKAI if theme_name == "dark" else DEFAULT_TERMINAL_THEME
    page = tmp_path / f"terminal-{theme_name}.html"
    page.write_text(renderer.console.export_html(theme=theme, inline_styles=True), encoding="utf-8")
    chromium.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 860, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    chromium.get(page.as_uri())
    runs = chromium.execute_script(_CONTRASTS)
    assert any(label.strip() == "mechanism" for label, _ in runs), "the legend is shown"
    for label, contrast in runs:
        if set(label.strip()) <= set("─━│┃┏┓┗┛┡┩└┘╇┳┻┼┬┴├┤ "):
            continue  # box drawing
        assert contrast >= 4.5, f"{label!r} has contrast {contrast:.1f} on the {theme_name} theme"
    shot = tmp_path / f"terminal-{theme_name}.png"
    assert chromium.save_screenshot(str(shot))
    if UPDATE:
        shutil.copyfile(shot, IMAGES / f"terminal-{theme_name}.png")
