"""Headless Debian Chromium through Playwright, with every non-file: request blocked."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

CHROMIUM = os.environ.get("GEOMAP_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright (python) is not installed"
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"{CHROMIUM} is not installed (apt-get install chromium)"
    return None


class Session:
    """A browser page that records page errors, console errors and blocked requests."""

    def __init__(self, browser, width=1280, height=860):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.console_errors: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

        def route(r):
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)

    def open(self, path: str | Path):
        self.page.goto(Path(path).resolve().as_uri(), wait_until="load")
        self.page.wait_for_function("window.geomap && window.geomap.views.length > 0")
        return self.page

    def close(self):
        self.context.close()


@contextlib.contextmanager
def chromium():
    """Debian's Chromium, launched by Playwright (a fresh profile per launch)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()
