"""Neo4j Browser in headless Chromium, along docs/browser.md: connect, the kg guide opens by itself, run the style
sheet, go to the `breaches` slide, run its parameters and its query, and see a breach in the result table.
Screenshots (the guide, the breach) are kept in test-artifacts/ (gitignored)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from kg.ingest import import_articles, prepare_articles
from kg.server import guide

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


def _guide_drawer(chrome, neo4j_server, tmp_path):
    """The guide drawer: opened by Browser itself on connect (post-connect command of a server `kg neo4j up`
    configured), else by typing `:guide URL` as docs/browser.md says for other servers."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    if neo4j_server.origin != "local jars":
        url = guide.guide_url(guide.start_guide(tmp_path))
        chrome.find_element(By.CSS_SELECTOR, ".monaco-editor textarea").send_keys(f":guide {url}")
        chrome.find_element(By.CSS_SELECTOR, "[data-testid=editor-Run]").click()
    drawer = WebDriverWait(chrome, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "[data-testid=guidesDrawer]"))
    WebDriverWait(chrome, 30).until(lambda d: "kg: UN sanctions knowledge graph" in drawer.text)
    return drawer


def _run_blocks(chrome, drawer) -> None:
    """Click the play icon of each runnable block of the current slide, waiting for each run to finish."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    for block in drawer.find_elements(By.CSS_SELECTOR, "pre.runnable"):
        before = len(chrome.find_elements(By.CSS_SELECTOR, "[data-testid=frame]"))
        block.find_element(By.CSS_SELECTOR, "i.fa-play-circle-o").click()
        WebDriverWait(chrome, 60).until(
            lambda d: len(d.find_elements(By.CSS_SELECTOR, "[data-testid=frame]")) > before)
        params = block.text.count(":param ")
        if params > 1:  # a multi-statement frame: one ticked box per statement once they have all run
            newest = chrome.find_elements(By.CSS_SELECTOR, "[data-testid=frame]")[0]
            WebDriverWait(chrome, 30).until(
                lambda d: len(newest.find_elements(By.CSS_SELECTOR, ".fa-check-square-o")) == params)


def _show_graph(chrome) -> None:
    """docs/browser.md's graph query, typed into the editor: the style sheet captions states with their code."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    query = re.search(r"```cypher\n(MATCH p = .*?)\n```", (REPO / "docs" / "browser.md").read_text(), re.S)[1]
    chrome.find_element(By.CSS_SELECTOR, ".monaco-editor textarea").send_keys(query)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=editor-Run]").click()
    newest = WebDriverWait(chrome, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "[data-testid=frame]")[0]
                                             .find_elements(By.CSS_SELECTOR, "svg g.node"))
    captions = {node.text for node in newest}
    assert {"PRK", "RUS"} <= captions, captions
    chrome.save_screenshot(str(ARTIFACTS / "browser-graph.png"))


def test_browser_guide_runs_the_breaches_query(neo4j_server, neo4j_graph, neo4j_settings, chrome, tmp_path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    if not neo4j_server.browser_url:
        pytest.skip("the test server has no Browser URL (set KG_TEST_BROWSER_URL with NEO4J_URI)")
    import_articles(neo4j_graph, prepare_articles(sorted((REPO / "samples/facts").glob("*.json"))))
    ARTIFACTS.mkdir(exist_ok=True)
    try:
        _connect(chrome, neo4j_server.browser_url, neo4j_settings)
        drawer = _guide_drawer(chrome, neo4j_server, tmp_path)
        chrome.save_screenshot(str(ARTIFACTS / "browser-guide.png"))
        _run_blocks(chrome, drawer)  # the style sheet
        stream = chrome.find_element(By.CSS_SELECTOR, "[data-testid=stream]")
        WebDriverWait(chrome, 30).until(lambda d: "node.State" in stream.text)  # the :style frame
        while drawer.find_element(By.TAG_NAME, "h3").text != "breaches":
            drawer.find_element(By.CSS_SELECTOR, "[data-testid=guideNextSlide]").click()
        _run_blocks(chrome, drawer)  # its :param lines, then the query
        newest = chrome.find_elements(By.CSS_SELECTOR, "[data-testid=frame]")[0]
        WebDriverWait(chrome, 60).until(lambda d: re.search(r"S/RES/\d+", newest.text))
        assert "Pantsir" in newest.text and "breach" in newest.text
        chrome.save_screenshot(str(ARTIFACTS / "browser-breaches.png"))
        _show_graph(chrome)
    finally:
        chrome.save_screenshot(str(ARTIFACTS / "browser-last.png"))
        (ARTIFACTS / "browser-breaches.txt").write_text(chrome.find_element(By.TAG_NAME, "body").text)
        guide.stop_guide(tmp_path)
