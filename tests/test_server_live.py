"""The real server on a loopback port: a browser session as a translator would use it, and a bounded load test."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from glossary.server.testing import running_server  # noqa: E402

from .browser import chromium  # noqa: E402
from .conftest import CORPUS  # noqa: E402

SCREENSHOTS = Path(__file__).resolve().parent.parent / "docs" / "images"
ARTICLE = "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dự ADMM-14 và ADMM+ lần thứ 7 tại Hà Nội."


@pytest.fixture(scope="module")
def server() -> str:
    with running_server() as base:
        yield base


def _wait_for(driver, condition, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition(driver)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("the page did not reach the expected state in time")


def _inside_viewport(driver, element) -> bool:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0"
        " && r.right <= window.innerWidth && r.bottom <= window.innerHeight;",
        element,
    )


@pytest.mark.parametrize(("label", "width", "height"), [("desktop", 1280, 800), ("phone", 390, 844)])
def test_translator_looks_up_and_annotates_in_a_browser(server: str, label: str, width: int, height: int) -> None:
    from selenium.webdriver.common.by import By

    with chromium(width=width, height=height) as driver:
        driver.get(server + "/")
        _wait_for(driver, lambda d: "entries" in d.find_element(By.ID, "footer-status").text)

        # Search as you type, without diacritics.
        driver.find_element(By.ID, "query").send_keys("Thuong ta")
        first = _wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#lookup-results li"))[0]
        assert first.get_attribute("data-id") == "rank-colonel"
        assert "Thượng tá = Colonel" in first.text

        # A numbered query names the entry with its number.
        query = driver.find_element(By.ID, "query")
        query.clear()
        query.send_keys("Sư đoàn 346")
        _wait_for(driver, lambda d: "Sư đoàn 346 = Division 346" in d.find_element(By.ID, "lookup-results").text)

        # Paste an article and annotate it.
        driver.find_element(By.CSS_SELECTOR, '.tab[data-view="annotate"]').click()
        area = driver.find_element(By.ID, "text")
        driver.execute_script("arguments[0].value = arguments[1];", area, ARTICLE)
        driver.find_element(By.ID, "annotate-button").click()
        terms = _wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#annotated .term"))
        ids = [term.get_attribute("data-id") for term in terms]
        assert ids[0] == "rank-senior-lieutenant-general"
        assert "admm" in ids and "admm-plus" in ids
        rows = driver.find_elements(By.CSS_SELECTOR, "#terms-table tbody tr")
        assert any("14th ADMM" in row.text for row in rows)

        # Keyboard focus opens the card, inside the window.
        admm = next(term for term in terms if term.get_attribute("data-id") == "admm")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", admm)
        card = admm.find_element(By.CSS_SELECTOR, ".card")
        _wait_for(driver, lambda d: card.is_displayed())
        assert "ASEAN Defence Ministers' Meeting" in card.text
        assert _inside_viewport(driver, card), f"the card leaves the {label} window"
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / f"serve-{label}.png"))


CHECK_SOURCE = "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dự ADMM-14 tại Hà Nội."
CHECK_TRANSLATION = "Colonel Hoang Xuan Chien, Deputy Minister of National Defence, attended the 13th ADMM in Hanoi."


@pytest.mark.parametrize(("label", "width", "height"), [("desktop", 1280, 900), ("phone", 390, 844)])
def test_translator_checks_a_translation_in_a_browser(server: str, label: str, width: int, height: int) -> None:
    from selenium.webdriver.common.by import By

    with chromium(width=width, height=height) as driver:
        driver.get(server + "/")
        _wait_for(driver, lambda d: "entries" in d.find_element(By.ID, "footer-status").text)
        driver.find_element(By.CSS_SELECTOR, '.tab[data-view="check"]').click()
        assert driver.find_element(By.ID, "check-direction").get_attribute("value") == "vi-en"
        driver.find_element(By.ID, "check-source").send_keys(CHECK_SOURCE)
        driver.find_element(By.ID, "check-translation").send_keys(CHECK_TRANSLATION)
        driver.find_element(By.ID, "check-button").click()

        rows = _wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#findings-table tbody tr"))
        cells = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in rows]
        assert [row[:2] for row in cells] == [["wrong", "error"], ["ordinal", "error"]]
        assert cells[0][4] == "Colonel" and cells[1][4] == "13th ADMM"
        assert "Senior Lieutenant General" in cells[0][3] and "14th ADMM" in cells[1][3]
        assert "2 error(s)" in driver.find_element(By.ID, "check-status").text

        # Both texts are shown with the finding's span highlighted in each, coloured as errors.
        source_flags = driver.find_elements(By.CSS_SELECTOR, "#check-source-view .flag")
        found_flags = driver.find_elements(By.CSS_SELECTOR, "#check-translation-view .flag")
        assert [flag.get_attribute("data-kind") for flag in source_flags] == ["wrong", "ordinal"]
        assert [flag.get_attribute("data-kind") for flag in found_flags] == ["wrong", "ordinal"]
        assert driver.execute_script("return arguments[0].firstChild.textContent;", source_flags[0]) == "Thượng tướng"
        assert driver.execute_script("return arguments[0].firstChild.textContent;", source_flags[1]) == "ADMM-14"
        assert driver.execute_script("return arguments[0].firstChild.textContent;", found_flags[0]) == "Colonel"
        assert driver.execute_script("return arguments[0].firstChild.textContent;", found_flags[1]) == "13th ADMM"
        assert all("finding-error" in flag.get_attribute("class") for flag in source_flags + found_flags)
        background = driver.execute_script("return getComputedStyle(arguments[0]).backgroundColor;", found_flags[0])
        assert background == "rgb(255, 215, 215)"
        source_view = driver.find_element(By.ID, "check-source-view")
        shown = "const copy = arguments[0].cloneNode(true); copy.querySelectorAll('.card').forEach((c) => c.remove()); return copy.textContent;"
        assert driver.execute_script(shown, source_view) == CHECK_SOURCE
        assert driver.execute_script(shown, driver.find_element(By.ID, "check-translation-view")) == CHECK_TRANSLATION

        # The side-by-side texts stack on a phone.
        panes = driver.find_elements(By.CSS_SELECTOR, "#check-texts > div")
        tops = [pane.rect["y"] for pane in panes]
        assert (tops[0] == tops[1]) is (label == "desktop")

        # Focus on the translation's span opens the card explaining the finding, inside the window,
        # and marks the same finding in the source.
        flag = found_flags[0]
        driver.execute_script(
            "document.getElementById('check-button').scrollIntoView({block: 'start'}); arguments[0].focus({preventScroll: true});",
            flag,
        )
        card = flag.find_element(By.CSS_SELECTOR, ".card")
        _wait_for(driver, lambda d: card.is_displayed())
        assert "Senior Lieutenant General" in card.text and "Colonel" in card.text
        assert _inside_viewport(driver, card), f"the card leaves the {label} window"
        assert "linked" in source_flags[0].get_attribute("class")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / f"serve-check-{label}.png"))


def test_check_view_shows_server_errors(server: str) -> None:
    from selenium.webdriver.common.by import By

    with chromium() as driver:
        driver.get(server + "/")
        driver.find_element(By.CSS_SELECTOR, '.tab[data-view="check"]').click()
        driver.find_element(By.ID, "check-aligned").click()
        driver.find_element(By.ID, "check-source").send_keys("Thượng tá dự họp.\nĐại tướng phát biểu.")
        driver.find_element(By.ID, "check-translation").send_keys("Colonel attended.")
        driver.find_element(By.ID, "check-button").click()
        status = _wait_for(driver, lambda d: "Error" in d.find_element(By.ID, "check-status").text and d.find_element(By.ID, "check-status").text)
        assert "the source has 2 lines and the translation 1" in status


def test_check_view_aligned_lines_and_markup(server: str) -> None:
    from selenium.webdriver.common.by import By

    source = "Tin <b>mới</b> 😀 hôm nay.\nĐại tướng dự ADMM-14."
    translation = "News <img src=x onerror=\"document.title='pwned'\"> 😀 today.\nThe General attended the 15th ADMM."
    with chromium() as driver:
        driver.get(server + "/")
        driver.find_element(By.CSS_SELECTOR, '.tab[data-view="check"]').click()
        driver.find_element(By.ID, "check-aligned").click()
        for field, text in (("check-source", source), ("check-translation", translation)):
            driver.execute_script("arguments[0].value = arguments[1];", driver.find_element(By.ID, field), text)
        driver.find_element(By.ID, "check-button").click()
        flags = _wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#check-translation-view .flag"))
        # Offsets are within line 2 (and code points: the emoji is one); the page puts them back in place.
        shown = {flag.get_attribute("data-kind"): driver.execute_script("return arguments[0].firstChild.textContent;", flag) for flag in flags}
        assert shown.get("ordinal") == "15th ADMM"
        source_flags = driver.find_elements(By.CSS_SELECTOR, "#check-source-view .flag")
        assert "ADMM-14" in [driver.execute_script("return arguments[0].firstChild.textContent;", flag) for flag in source_flags]
        views = driver.find_element(By.ID, "check-texts")
        assert views.find_elements(By.TAG_NAME, "img") == [] and views.find_elements(By.TAG_NAME, "b") == []
        assert driver.title != "pwned"


def test_text_with_markup_is_shown_literally(server: str) -> None:
    from selenium.webdriver.common.by import By

    with chromium() as driver:
        driver.get(server + "/")
        driver.find_element(By.CSS_SELECTOR, '.tab[data-view="annotate"]').click()
        hostile = 'ADMM <img src=x onerror="document.title=\'pwned\'"> <b>bold</b>'
        driver.execute_script("arguments[0].value = arguments[1];", driver.find_element(By.ID, "text"), hostile)
        driver.find_element(By.ID, "annotate-button").click()
        _wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#annotated .term"))
        annotated = driver.find_element(By.ID, "annotated")
        assert annotated.find_elements(By.TAG_NAME, "img") == [] and annotated.find_elements(By.TAG_NAME, "b") == []
        assert "<b>bold</b>" in annotated.text
        assert driver.title != "pwned"


def test_many_concurrent_annotate_requests_on_loopback(server: str) -> None:
    texts = [part for path in sorted(CORPUS.glob("*.txt")) for part in path.read_text(encoding="utf-8").split("\n\n") if part.strip()]
    deadline = time.monotonic() + 60  # bounded in time as well as in count

    with httpx.Client(base_url=server, timeout=30) as client:

        def one(index: int) -> int:
            if time.monotonic() > deadline:
                return 0
            response = client.post("/api/annotate", json={"text": texts[index % len(texts)]})
            assert response.status_code == 200, response.text
            assert all(
                texts[index % len(texts)][m["start"] : m["end"]] == m["text"] for m in response.json()["matches"]
            )
            return 1

        with ThreadPoolExecutor(max_workers=16) as pool:
            done = sum(pool.map(one, range(400)))
    assert done > 0
