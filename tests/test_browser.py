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


def test_html_report_reads_on_screen_and_on_paper(neo4j_graph, kg_env, chrome) -> None:
    """The sample dossier in Chromium: the summary table comes first and links to each finding, evidence links to
    the articles' web addresses, and the print layout gives a PDF. Screenshot and PDF kept in test-artifacts/."""
    import base64

    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.print_page_options import PrintOptions
    from typer.testing import CliRunner

    from kg.cli import app

    import_articles(neo4j_graph, prepare_articles(sorted((REPO / "samples/facts").glob("*.json"))))
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "report.html"
    result = CliRunner().invoke(app, ["report", "--format", "html", "--out", str(page)])
    assert result.exit_code == 0, result.stderr
    chrome.get(page.as_uri())
    headings = [h.text for h in chrome.find_elements(By.TAG_NAME, "h2")]
    assert headings[:2] == ["Summary", "Findings (4)"], headings
    rows = chrome.find_elements(By.CSS_SELECTOR, "table.summary tbody tr")
    assert len(rows) == 4 + 8 and rows[0].find_elements(By.TAG_NAME, "td")[4].text in (
        "breach", "breach (contested)", "intended (not a completed breach)")
    assert "from a graph of 4 articles" in chrome.find_element(By.CSS_SELECTOR, "p.about").text
    rows[0].find_element(By.TAG_NAME, "a").click()
    assert chrome.execute_script("return location.hash") == "#finding-1"
    links = {a.get_attribute("href") for a in chrome.find_elements(By.CSS_SELECTOR, "blockquote footer a")}
    assert "https://example.org/arms-watch-review/msmt-first-report" in links, links
    chrome.execute_script("window.scrollTo(0, 0)")
    chrome.save_screenshot(str(ARTIFACTS / "report.png"))
    # On paper a link shows its address and a finding is not split across pages.
    chrome.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    after = chrome.execute_script("return getComputedStyle(document.querySelector('blockquote footer a'), "
                                  "'::after').content")
    assert after not in ("none", "normal", ""), after
    assert chrome.execute_script("return getComputedStyle(document.querySelector('section.finding')).breakInside") \
        == "avoid"
    chrome.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(chrome.print_page(PrintOptions()))
    (ARTIFACTS / "report.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF-") and len(pdf) > 10_000
