"""The escaping choke point: HTML, XML, URLs, JSON in <script>, Markdown."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geomap.render.escape import css_class, html_escape, md_escape, md_link, safe_url, script_json, xml_escape

from render_case import PAYLOADS

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_script_json_round_trips_and_cannot_close_the_script(value):
    text = script_json(value)
    assert json.loads(text) == value
    assert not re.search("[<>&\u2028\u2029]", text)


@given(st.text())
def test_html_escape_leaves_no_markup(text):
    out = html_escape(text)
    assert not re.search("[<>\"']", out)
    assert re.sub("&(amp|lt|gt|quot|#x27);", "", out).count("&") == 0
    import html

    assert html.unescape(out) == text


@given(st.text())
def test_xml_escape_is_well_formed_xml(text):
    import xml.etree.ElementTree as ET

    out = xml_escape(text)
    node = ET.fromstring(f'<a b="{out}">{out}</a>')
    kept = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]", "", text)
    lines = kept.replace("\r\n", "\n").replace("\r", "\n")  # XML end-of-line handling
    assert node.get("b") == lines.replace("\n", " ").replace("\t", " ")
    assert (node.text or "") == lines


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "data:text/html,<script>1</script>", "vbscript:x", "//evil.example/x", "/relative", "file:///etc/passwd",
    "https://user:pw@example.org/", "https://exa mple.org", "https:\\\\evil", "http://", "ftp://example.org/",
    "https://example.org:99999/", "", None, 42,
])
def test_safe_url_refuses(url):
    assert safe_url(url) is None


@pytest.mark.parametrize("url", [
    "http://alwasatnews.com/news/1030588.html",
    "https://www.understandingwar.org/backgrounder/russian-airstrikes-syria-september-30-2015",
    "https://example.org/?q=a&b=<c>",
])
def test_safe_url_accepts_http_links(url):
    assert safe_url(url) == url


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_escape_keeps_payloads_literal(payload):
    out = md_escape(payload)
    assert "<" not in out and ">" not in out
    assert "\n" not in out and "\u2028" not in out and "\u2029" not in out
    assert not re.search(r"(?<!\\)[`*_\[\]|]", out)


def test_markdown_link_only_for_http():
    assert md_link("a", "javascript:alert(1)") == "a"
    assert md_link("a]b", "https://x.example/(y)") == "[a\\]b](https://x.example/%28y%29)"


def test_css_class_strips_everything_unsafe():
    assert css_class('x" onclick="y') == "xonclicky"


_url_parts = st.text(alphabet="hts:/.?#@\\ \t%0123456789aZ-_[]\x00\x7f", max_size=30)


@given(st.one_of(_url_parts.map(lambda s: "http://" + s), _url_parts.map(lambda s: "HTTPS://" + s), _url_parts))
def test_safe_url_fast_path_agrees_with_the_full_check(url):
    import geomap.render.escape as E

    fast = E.safe_url(url)
    saved = E._PLAIN_URL
    E._PLAIN_URL = re.compile(r"(?!)")  # never matches: forces the urlsplit path
    try:
        full = E.safe_url(url)
    finally:
        E._PLAIN_URL = saved
    assert fast == full
