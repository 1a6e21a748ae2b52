"""The contrast report: per place, who claims what, who holds it, and where the claims disagree.

:func:`build_report` turns claims and locations into a JSON-able dict (computed by
:func:`geomap.render.analysis.analyse`, the same analysis the map shows);
:func:`format_report` renders it as ``table`` (terminal), ``json`` or ``markdown`` (fit to paste
into an article: every piece of source text is escaped, links are http(s) only).

Casualty figures are listed per claimant and never merged: 27 against 40 is information.

Examples
--------
>>> from geomap.model import Claim, Location, point
>>> loc = Location(name="Talbiseh", geometry=point(36.73, 34.84), id=1, admin1="Homs", country="SY")
>>> claims = [
...     Claim(kind="target", claimant="MoD", side="russia", faction="Islamic State", date="2015-09-30"),
...     Claim(kind="strike", claimant="ISW", side="independent", location_id=1, date="2015-09-30",
...           casualties_min=33, casualties_max=33),
...     Claim(kind="control", claimant="ISW", side="independent", location_id=1, faction="Nusra Front"),
... ]
>>> r = build_report(claims, [loc])
>>> r["locations"][0]["status"], r["locations"][0]["casualties"][0]["figure"]
('disagree', '33')
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterable

from .model import SIDE_LABELS, SIDES, Claim, Location

__all__ = ["build_report", "format_report", "FORMATS", "casualty_figure"]

FORMATS = ("table", "json", "markdown")

_STATUS_TEXT = {
    "disagree": "stated target differs from reported control",
    "consistent": "stated target among reported factions",
    "unknown": "no reported control",
}


def _rng(lo, hi) -> str | None:
    if lo is None and hi is None:
        return None
    if lo is not None and hi is not None:
        return str(lo) if lo == hi else f"{lo}-{hi}"
    return f"at least {lo}" if lo is not None else f"up to {hi}"


def casualty_figure(c: Claim) -> str | None:
    """A claim's casualty range as text, with children and women if reported.

    >>> casualty_figure(Claim(kind="casualties", claimant="x", casualties_min=27, children_min=6, women_min=5))
    'at least 27 (children: at least 6; women: at least 5)'
    """
    main = _rng(c.casualties_min, c.casualties_max)
    if main is None:
        return None
    extra = []
    ch = _rng(c.children_min, c.children_max)
    wo = _rng(c.women_min, c.women_max)
    if ch:
        extra.append(f"children: {ch}")
    if wo:
        extra.append(f"women: {wo}")
    return main + (f" ({'; '.join(extra)})" if extra else "")


def _claim_brief(c: Claim) -> dict:
    return {
        "id": c.id, "kind": c.kind, "claimant": c.claimant, "side": c.side, "date": c.date,
        "target": c.target, "faction": c.faction, "outlet": c.outlet, "url": c.url or c.outlet_url,
        "notes": c.notes, "grade": c.grade,
    }


def build_report(claims: Iterable[Claim], locations: Iterable[Location] = (), *, date: str | None = None,
                 title: str | None = None) -> dict:
    """The report as a JSON-able dict.

    Parameters
    ----------
    claims, locations
        As from ``store.list_claims()`` / ``store.list_locations()``.
    date
        Report date (``YYYY[-MM[-DD]]``): later claims are left out, control is as of it.
    title
        Optional heading.

    Returns
    -------
    dict
        ``title``, ``as_of``, ``attacker_side``, ``stated_targets``, ``summary``, ``counts``,
        ``locations`` (one entry per place with claims: ``claims_by_side``, ``control``,
        ``presence``, ``stated_targets``, ``status``, ``flags``, ``casualties`` per claimant),
        ``links`` and ``unplaced`` (claims without a place).
    """
    from .model import parse_date
    from .render.analysis import analyse

    if date is not None:
        date = parse_date(date)[0]
    an = analyse(claims, locations, as_of=date)
    out_locs = []
    for f in an.findings:
        loc = f.location
        by_side: dict[str, dict] = {}
        for c in f.claims:
            e = by_side.setdefault(c.side, {"label": SIDE_LABELS.get(c.side, c.side), "count": 0, "kinds": {},
                                            "claimants": []})
            e["count"] += 1
            e["kinds"][c.kind] = e["kinds"].get(c.kind, 0) + 1
            if c.claimant not in e["claimants"]:
                e["claimants"].append(c.claimant)
        by_side = {s: by_side[s] for s in SIDES if s in by_side}
        flags = []
        if f.status:
            flags.append(_STATUS_TEXT[f.status])
        if f.control and f.control.contested:
            flags.append("contested control")
        cas = [
            {"claimant": c.claimant, "side": c.side, "kind": c.kind, "date": c.date, "figure": casualty_figure(c),
             "casualties_min": c.casualties_min, "casualties_max": c.casualties_max,
             "children_min": c.children_min, "children_max": c.children_max,
             "women_min": c.women_min, "women_max": c.women_max, "outlet": c.outlet}
            for c in f.claims if c.casualties_min is not None or c.casualties_max is not None
        ]
        ctrl = None
        if f.control:
            ctrl = {"factions": f.control.factions, "contested": f.control.contested,
                    "via": f.control.via.name if f.control.via is not None else None,
                    "who": [{"claimant": w[0], "side": w[1], "factions": w[2]} for w in f.control.who]}
        out_locs.append({
            "id": loc.id, "name": loc.name, "admin1": loc.admin1, "country": loc.country,
            "precision": loc.precision, "lat": round(loc.lat, 6), "lon": round(loc.lon, 6),
            "claims": len(f.claims), "claims_by_side": by_side, "is_strike_location": f.is_strike,
            "stated_targets": f.stated_targets, "stated_targets_campaign_wide": f.stated_general,
            "control": ctrl, "presence": f.presence, "status": f.status, "flags": flags, "casualties": cas,
        })
    return {
        "title": title,
        "as_of": an.as_of,
        "attacker_side": an.attacker_side,
        "attacker_label": SIDE_LABELS.get(an.attacker_side) if an.attacker_side else None,
        "stated_targets": an.attacker_targets,
        "summary": an.summary,
        "counts": an.counts,
        "locations": out_locs,
        "links": [{"target": l.target.name, "impact": l.impact.name, "distance_km": l.distance_km,
                   "target_claimants": sorted({c.claimant for c in l.target_claims}),
                   "impact_claimants": sorted({c.claimant for c in l.impact_claims})} for l in an.links],
        "unplaced": [_claim_brief(c) for c in an.unplaced],
    }


def format_report(report: dict, fmt: str = "table") -> str:
    """Render :func:`build_report`'s dict as ``table``, ``json`` or ``markdown`` text."""
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return _markdown(report)
    if fmt == "table":
        return _table(report)
    from .exc import InvalidInput

    raise InvalidInput(f"unknown report format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _sides_text(loc: dict, short: bool = False) -> str:
    parts = []
    for side, e in loc["claims_by_side"].items():
        kinds = ", ".join(f"{k} {n}" if n > 1 else k for k, n in e["kinds"].items())
        name = side if short else e["label"]
        parts.append(f"{name}: {kinds}" + ("" if short else f" ({'; '.join(e['claimants'])})"))
    return "; ".join(parts)


def _control_text(loc: dict) -> str:
    c = loc["control"]
    if not c:
        return "-"
    if c["contested"]:
        text = "contested: " + "; ".join(f"{w['claimant']} says {', '.join(w['factions'])}" for w in c["who"])
    else:
        text = ", ".join(c["factions"]) + " (" + "; ".join(w["claimant"] for w in c["who"]) + ")"
    if c["via"]:
        text += f" [from {c['via']}]"
    return text


def _cas_text(loc: dict) -> str:
    return "; ".join(f"{x['claimant']}: {x['figure']}" for x in loc["casualties"]) or "-"


_SHORT_FLAGS = {
    _STATUS_TEXT["disagree"]: "target ≠ reported holder",
    _STATUS_TEXT["consistent"]: "target reported there",
    _STATUS_TEXT["unknown"]: "no reported control",
    "contested control": "contested",
}


def _flag_text(loc: dict, short: bool = False) -> str:
    flags = [_SHORT_FLAGS.get(f, f) for f in loc["flags"]] if short else loc["flags"]
    return "; ".join(flags) or "-"


def _target_text(loc: dict) -> str:
    if not loc["stated_targets"]:
        return "-"
    return ", ".join(loc["stated_targets"]) + (" (campaign-wide)" if loc["stated_targets_campaign_wide"] else "")


def _cell(s: Any, width: int) -> str:
    s = " ".join(str(s).split()) if s is not None else ""
    return s if len(s) <= width else s[: width - 1] + "…"


def _table(r: dict) -> str:
    cols = [("place", 34, lambda l: l["name"]), ("claims by side", 44, lambda l: _sides_text(l, short=True)),
            ("reported control", 40, _control_text), ("stated target", 24, _target_text),
            ("flag", 36, lambda l: _flag_text(l, short=True)), ("casualties by claimant", 60, _cas_text)]
    rows = [[_cell(fn(l), w) for _, w, fn in cols] for l in r["locations"]]
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, (name, _, _) in enumerate(cols)]
    lines = []
    if r.get("title"):
        lines += [r["title"], ""]
    lines.append("  ".join(name.ljust(w) for (name, _, _), w in zip(cols, widths)).rstrip())
    for row in rows:
        lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    if r["links"]:
        lines += ["", "Stated target vs reported impact elsewhere:"]
        lines += [f"  {l['target']} -> {l['impact']}: {l['distance_km']:g} km" for l in r["links"]]
    if r["unplaced"]:
        lines += ["", f"Claims without a place ({len(r['unplaced'])}):"]
        for c in r["unplaced"]:
            what = c["target"] or c["faction"] or c["notes"] or ""
            lines.append(f"  {c['date'] or '-'}  {c['kind']:<10} {c['claimant']}: " + _cell(what, 90))
    lines += ["", "Flags: target ≠ reported holder = " + _STATUS_TEXT["disagree"] + "."]
    lines += ["", "Summary: " + r["summary"]]
    if r["as_of"]:
        lines.append(f"As of {r['as_of']}.")
    # Meant for a terminal: control characters from the data (escape sequences) are shown, not obeyed.
    return re.sub("[\x00-\x09\x0b-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m.group()):02x}", "\n".join(lines)) + "\n"


def _markdown(r: dict) -> str:
    from .render.escape import md_escape as E
    from .render.escape import md_link

    out = []
    out.append(f"## {E(r['title'])}" if r.get("title") else "## Claims compared")
    out.append("")
    out.append(f"**{E(r['summary'])}**" + (f" (As of {E(r['as_of'])}.)" if r["as_of"] else ""))
    out.append("")
    if r["attacker_label"] and r["stated_targets"]:
        out.append(f"Stated target of {E(r['attacker_label'])}: {E(', '.join(r['stated_targets']))}.")
        out.append("")
    c = r["counts"]
    out.append(f"- {c['strike_locations']} reported strike locations, {c['claims']} claims")
    out.append(f"- {c['disagree']} where the stated target differs from reported control; "
               f"{c['unknown']} with no reported control; {c['contested']} with contested control")
    out.append(f"- {c['unplaced']} claims without a place")
    out.append("")
    out.append("| Place | Claims by side | Reported control | Stated target | Flag | Casualties by claimant |")
    out.append("|---|---|---|---|---|---|")
    for l in r["locations"]:
        place = E(l["name"]) + (f" ({E(l['admin1'])})" if l["admin1"] else "")
        cells = [_sides_text(l), _control_text(l), _target_text(l), _flag_text(l), _cas_text(l)]
        out.append("| " + " | ".join([place] + ["—" if c == "-" else E(c) for c in cells]) + " |")
    if r["links"]:
        out += ["", "### Stated targets away from reported impacts", ""]
        for l in r["links"]:
            out.append(f"- {E(l['target'])} → {E(l['impact'])}: {l['distance_km']:g} km "
                       f"(target: {E(', '.join(l['target_claimants']))}; impact: {E(', '.join(l['impact_claimants']))})")
    if r["unplaced"]:
        out += ["", "### Claims without a place", ""]
        for u in r["unplaced"]:
            what = "; ".join(x for x in (u["target"], u["faction"] and f"faction: {u['faction']}", u["notes"]) if x)
            src = md_link(u["outlet"] or "source", u["url"]) if (u["outlet"] or u["url"]) else "source not recorded"
            out.append(f"- {E(u['date'] or 'undated')}, {E(u['claimant'])} ({E(SIDE_LABELS.get(u['side'], u['side']))}), "
                       f"{E(u['kind'])}: {E(what)} — {src}")
    out.append("")
    return "\n".join(out)
