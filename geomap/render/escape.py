"""The one place where text from users and sources is made safe for HTML, XML and JavaScript.

Every name, quote, note, outlet and URL that reaches a rendered map or a KML file passes
through one of these functions; nothing else in geomap builds markup from data.

* :func:`html_escape` - text for an HTML text node or a quoted attribute value.
* :func:`xml_escape` - the same for XML (KML), also dropping characters XML 1.0 forbids.
* :func:`safe_url` - a URL only if it is an absolute ``http(s)`` link, else ``None``.
* :func:`script_json` - any JSON-able value as JSON that can sit inside a ``<script>`` element
  (``<``, ``>``, ``&``, U+2028 and U+2029 escaped as ``\\uXXXX``) and still parses with
  ``JSON.parse``/``json.loads`` to the same value.

In the browser the map's own JavaScript builds popups and panels with ``textContent`` and
``document.createElement`` from that JSON; it never assigns data to ``innerHTML``.

Examples
--------
>>> html_escape('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
>>> safe_url("javascript:alert(1)") is None
True
>>> safe_url("https://example.org/a b") is None
True
>>> script_json({"q": "</script><b>&"})
'{"q":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

__all__ = ["html_escape", "xml_escape", "safe_url", "script_json", "css_class", "md_escape", "md_link"]

_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
_HTML_RE = re.compile(r"""[&<>"']""")

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

_SCRIPT = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_SCRIPT_RE = re.compile("[<>&\u2028\u2029]")

_CTRL = re.compile(r"[\x00-\x20\x7f-\x9f]")
# The common case, decided without urlsplit: scheme, a plain host name, an optional port of at
# most 5 digits, then a path/query/fragment free of whitespace, control characters and "\\".
_PLAIN_URL = re.compile(r"(?i:https?)://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::(\d{1,5}))?(?:[/?#][^\x00-\x20\x7f-\x9f\\]*)?")


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def html_escape(value: Any) -> str:
    """Escape ``value`` (``None`` → ``""``) for HTML text or a quoted attribute.

    >>> html_escape("Tom & Jerry's <b>")
    'Tom &amp; Jerry&#x27;s &lt;b&gt;'
    """
    return _HTML_RE.sub(lambda m: _HTML[m.group()], _text(value))


def xml_escape(value: Any) -> str:
    """Escape ``value`` for XML text or a quoted attribute, dropping characters XML forbids.

    Control characters other than tab, newline and carriage return (and lone surrogates)
    cannot appear in XML 1.0 even as character references, so they are removed.

    >>> xml_escape("a\\x01<b>")
    'a&lt;b&gt;'
    """
    return html_escape(_XML_BAD.sub("", _text(value)))


def safe_url(value: Any) -> str | None:
    """``value`` if it is an absolute ``http``/``https`` URL with a host, else ``None``.

    Anything else (``javascript:``, ``data:``, relative or protocol-relative links, URLs with
    whitespace or control characters, or with credentials) is refused, so a caller can render
    the result as a link and otherwise show the text as text.

    >>> safe_url(" https://www.reuters.com/x?a=1&b=2 ")
    'https://www.reuters.com/x?a=1&b=2'
    >>> safe_url("JaVaScRiPt:alert(1)") is None, safe_url("//evil.example") is None
    (True, True)
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    m = _PLAIN_URL.fullmatch(url)
    if m is not None and len(url) <= 2_000 and (m.group(1) is None or int(m.group(1)) <= 65535):
        return url
    if not url or len(url) > 2_000 or _CTRL.search(url) or "\\" in url:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or "@" in parts.netloc:
        return None
    return url


def script_json(value: Any) -> str:
    """Compact JSON for embedding in a ``<script>`` element.

    ``<``, ``>`` and ``&`` only ever occur inside JSON strings, where ``\\u003c`` and friends
    mean the same characters, so the result parses to ``value`` while ``</script>``,
    ``<!--`` and U+2028/U+2029 (line terminators in older JavaScript) cannot appear in it.

    >>> json.loads(script_json(["<\\u2028>"])) == ["<\\u2028>"]
    True
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if any(ch in text for ch in _SCRIPT):  # a plain substring scan is much faster than the regex
        text = _SCRIPT_RE.sub(lambda m: _SCRIPT[m.group()], text)
    return text


_CLASS_RE = re.compile(r"[^a-z0-9_-]")


def css_class(value: Any) -> str:
    """A CSS class-name fragment from an identifier such as a side key (``a-z0-9_-`` only).

    >>> css_class('syrian_opposition"><script>')
    'syrian_oppositionscript'
    """
    return _CLASS_RE.sub("", _text(value).lower())


_MD_RE = re.compile(r"([\\`*_{}\[\]|~])")
_MD_LEAD = re.compile(r"^([#+\-=]|\d+(?=[.)]))")
_MD_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def md_escape(value: Any) -> str:
    """Text for a Markdown paragraph or table cell: literal, whatever the renderer.

    Markdown passes raw HTML through, so ``&``, ``<`` and ``>`` become entities; Markdown's
    own punctuation gets a backslash; line breaks become spaces (one cell, one line).

    >>> print(md_escape("<img src=x onerror=alert(1)> | *bold* [x](javascript:y)"))
    &lt;img src=x onerror=alert(1)&gt; \\| \\*bold\\* \\[x\\](javascript:y)
    >>> print(md_escape("- not a list"), md_escape("1. not a list"))
    \\- not a list 1\\. not a list
    """
    text = " ".join(_text(value).split())
    text = re.sub("[&<>]", lambda m: _MD_HTML[m.group()], text)
    text = _MD_RE.sub(lambda m: "\\" + m.group(1), text)
    return _MD_LEAD.sub(lambda m: "\\" + m.group(1) if not m.group(1).isdigit() else m.group(1) + "\\", text)


def md_link(text: Any, url: Any) -> str:
    """``[text](url)`` when ``url`` is http(s), else the escaped text alone.

    >>> md_link("Reuters", "https://www.reuters.com/a_(b)")
    '[Reuters](https://www.reuters.com/a_%28b%29)'
    >>> md_link("x", "javascript:alert(1)")
    'x'
    """
    label = md_escape(text)
    u = safe_url(url)
    if u is None:
        return label
    u = u.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    return f"[{label}]({u})"
