"""Neo4j Browser in headless Chromium: connect to the test server, run the `breaches` favourite (its `:param` lines,
then the statement) and see a breach in the result. The screenshot is kept in test-artifacts/ (gitignored)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from kg.ingest import import_articles, prepare_articles

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000")

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]


def _chromium_ready() -> bool:
    return (shutil.which("chromium") or Path(CHROMIUM).exists()) and Path(CHROMEDRIVER).exists()


@pytest.fixture()
def chrome(tmp_path):
    if not _chromium_ready() and os.environ.get("CI", "").lower() != "true":
        pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROME_FLAGS + (f"--user-data-dir={tmp_path / 'chrome-profile'}",):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _connect(chrome, browser_url: str, settings) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    chrome.get(f"{browser_url}?dbms={settings.uri}&preselectAuthMethod=NATIVE")
    wait = WebDriverWait(chrome, 60)
    wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "[data-testid=username]"))).send_keys(settings.username)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=password]").send_keys(settings.password)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=connect]").click()
    wait.until(lambda d: "You are connected as user" in d.find_element(By.TAG_NAME, "body").text)
    # The editor's prompt names the database once Browser has selected one; `:param` before that is lost.
    database = settings.database or "neo4j"
    wait.until(lambda d: f"{database}$" in d.find_element(By.TAG_NAME, "body").text)


def _run(chrome, lines: list[str]) -> None:
    """Type lines into the editor (Shift+Enter between them) and press Run."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    editor = chrome.find_element(By.CSS_SELECTOR, ".monaco-editor textarea")
    for number, line in enumerate(lines):
        editor.send_keys(line)
        if number < len(lines) - 1:
            editor.send_keys(Keys.SHIFT, Keys.ENTER)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=editor-Run]").click()


def test_browser_runs_the_breaches_favourite(neo4j_server, neo4j_graph, neo4j_settings, chrome) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    if not neo4j_server.browser_url:
        pytest.skip("the test server has no Browser URL (set KG_TEST_BROWSER_URL with NEO4J_URI)")
    import_articles(neo4j_graph, prepare_articles(sorted((REPO / "samples/facts").glob("*.json"))))
    favourite = (REPO / "browser" / "favorites" / "breaches.cypher").read_text(encoding="utf-8").splitlines()
    params = [line for line in favourite if line.startswith(":param")]
    statement = " ".join(line.strip() for line in favourite if not line.startswith(("//", ":param")))
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        _connect(chrome, neo4j_server.browser_url, neo4j_settings)
        _run(chrome, params)
        WebDriverWait(chrome, 30).until(lambda d: re.search(  # the last :param line has run on its own line
            r"^:param limit => ", d.find_element(By.TAG_NAME, "body").text, re.M))
        _run(chrome, [statement.rstrip(";")])
        WebDriverWait(chrome, 60).until(
            lambda d: "S/RES/1874 (2009) para 10" in d.find_element(By.TAG_NAME, "body").text)
        body = chrome.find_element(By.TAG_NAME, "body").text
        assert "Pantsir air-defence system" in body and "article publication" in body
    finally:
        chrome.save_screenshot(str(ARTIFACTS / "browser-breaches.png"))
        (ARTIFACTS / "browser-breaches.txt").write_text(chrome.find_element(By.TAG_NAME, "body").text)
