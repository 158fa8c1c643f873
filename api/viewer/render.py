"""An ExtractionResult laid over its text as HTML.

Records overlap freely (an entity inside a quote inside a statement), so the text is cut at every span
boundary into segments; each segment is one `<span class="m t-quote t-entity" data-r="…">` naming every
record that covers it. Each type draws on its own visual channel (tint, underline, lower underline, outline,
weight: viewer.css), so any combination of layers stays visible. Records' details go into the side panel
(server-rendered, readable without JavaScript) and into a JSON block the script uses for hover tooltips.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from importlib import resources
from string import Template

import orjson

from schemas import ExtractionResult, SpeakerRef

KINDS = ("quote", "statement", "meeting", "date", "entity")
_TEMPLATE = Template(resources.files("api.viewer").joinpath("templates/view.html").read_text(encoding="utf-8"))


@dataclass
class Item:
    """One record as the page shows it: where it is and what to say about it."""

    key: str  # unique in the page: kind-id
    kind: str
    label: str
    spans: list[tuple[int, int]]
    details: list[tuple[str, str]] = field(default_factory=list)


def _who(ref: SpeakerRef | None) -> str:
    return ref.name if ref else "unattributed"


def _excerpt(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _confidence(value: float) -> tuple[str, str]:
    return ("confidence", f"{value:.2f}")


def items_of(result: ExtractionResult) -> list[Item]:
    items: list[Item] = []
    for q in result.quotes:
        items.append(Item(f"quote-{q.id}", "quote", f"{_who(q.speaker)}: “{_excerpt(q.text, 70)}”",
                          [(q.start, q.end)], [("speaker", _who(q.speaker)), ("cue", q.cue.text if q.cue else "—"),
                                               _confidence(q.confidence)]))
    for s in result.statements:
        items.append(Item(f"statement-{s.id}", "statement", f"{_who(s.speaker)} ({s.kind.value}): "
                          f"{_excerpt(s.content.text, 70)}", [(s.content.start, s.content.end)],
                          [("speaker", _who(s.speaker)), ("kind", s.kind.value), ("cue", s.cue.text),
                           ("date", s.date_value or "—"), _confidence(s.confidence)]))
    for m in result.meetings:
        who = ", ".join(p.name for p in m.participants) or "—"
        items.append(Item(f"meeting-{m.id}", "meeting", f"{m.trigger.text}: {who}",
                          [(m.evidence.start, m.evidence.end)],
                          [("participants", who), ("date", m.date_value or "—"),
                           ("location", m.location.name if m.location else "—"),
                           ("topic", m.topic.text if m.topic else "—"), _confidence(m.confidence)]))
    for d in result.dates:
        resolved = f"{d.resolved.start} – {d.resolved.end}" if d.resolved else "—"
        items.append(Item(f"date-{d.id}", "date", f"{d.text} → {d.value}", [(d.start, d.end)],
                          [("value", d.value), ("resolved date", resolved), ("type", d.type.value),
                           ("granularity", d.granularity or "—"), _confidence(d.confidence)]))
    for e in result.entities:
        items.append(Item(f"entity-{e.id}", "entity", f"{e.name} ({e.type.value})",
                          [(m.start, m.end) for m in e.mentions if m.end > m.start],
                          [("name", e.name), ("type", e.type.value), ("roles", ", ".join(e.roles) or "—"),
                           ("mentions", str(len(e.mentions)))]))
    return items


def segments(text: str, items: list[Item]) -> list[tuple[str, list[Item]]]:
    """The text cut at every span boundary: (piece, the items covering it, outermost first)."""
    size = len(text)
    spans = sorted((min(start, size), min(end, size), n, item) for n, item in enumerate(items)
                   for start, end in item.spans if min(end, size) > min(start, size))
    bounds = sorted({0, size, *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[tuple[str, list[Item]]] = []
    active: list[tuple[int, int, int, Item]] = []
    following = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        while following < len(spans) and spans[following][0] <= a:
            active.append(spans[following])
            following += 1
        active = [s for s in active if s[1] > a]
        covering = {s[3].key: s[3] for s in sorted(active, key=lambda s: (s[0], -s[1]))}
        out.append((text[a:b], list(covering.values())))
    return out


_TITLES = {"quote": "Quotes", "statement": "Statements", "meeting": "Meetings", "date": "Dates", "entity": "Entities"}


def _article(text: str, items: list[Item]) -> str:
    parts: list[str] = []
    anchored: set[str] = set()  # records whose first segment is already a tab stop
    for piece, covering in segments(text, items):
        if not covering:
            parts.append(html.escape(piece))
            continue
        classes = " ".join(["m", *sorted({f"t-{item.kind}" for item in covering})])
        keys = " ".join(item.key for item in covering)
        starts = [i for i in covering if i.kind != "entity" and i.key not in anchored]
        anchored.update(i.key for i in starts)
        stop = ' tabindex="0"' if starts else ""
        parts.append(f'<span class="{classes}" data-r="{html.escape(keys)}"{stop}>{html.escape(piece)}</span>')
    return "".join(parts)


def _details(item: Item) -> str:
    rows = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in item.details)
    return f'<dl class="details">{rows}</dl>'


def _panel(items: list[Item]) -> str:
    sections = []
    for kind in KINDS:
        mine = [i for i in items if i.kind == kind]
        entries = "".join(
            f'<li class="rec k-{kind}" data-key="{html.escape(i.key)}">'
            f'<button type="button" aria-describedby="d-{html.escape(i.key)}">{html.escape(i.label)}</button>'
            f'<div id="d-{html.escape(i.key)}">{_details(i)}</div></li>' for i in mine)
        sections.append(f'<section aria-labelledby="h-{kind}"><h2 id="h-{kind}">{_TITLES[kind]} '
                        f'<span class="count">{len(mine)}</span></h2><ul>{entries}</ul></section>')
    return "".join(sections)


def _legend() -> str:
    return "".join(
        f'<label class="k-{kind}"><input type="checkbox" checked data-kind="{kind}"> '
        f'<span class="swatch t-{kind}">{_TITLES[kind]}</span></label>' for kind in KINDS)


def page(title: str, text: str, result: ExtractionResult, static: str) -> str:
    items = items_of(result)
    data = {i.key: {"kind": i.kind, "label": i.label, "details": i.details} for i in items}
    # `</` cannot end the JSON block early: orjson leaves '/' alone, so escape it for the HTML parser.
    payload = orjson.dumps(data).decode().replace("</", "<\\/")
    return _TEMPLATE.substitute(
        title=html.escape(title), static=static, legend=_legend(), article=_article(text, items),
        panel=_panel(items), data=payload, summary=html.escape(
            f"{len(result.quotes)} quotes, {len(result.statements)} statements, {len(result.meetings)} meetings, "
            f"{len(result.dates)} dates, {len(result.entities)} entities · extractor {result.extractor_version}"),
    )


def state_page(title: str, message: str, static: str) -> str:
    """A job that has not finished or has failed: the page says so instead of showing a bare error."""
    return _TEMPLATE.substitute(title=html.escape(title), static=static, legend="", summary="",
                                article=f'<p class="state">{html.escape(message)}</p>', panel="", data="{}")
