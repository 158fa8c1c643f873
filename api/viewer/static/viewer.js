// recordsmith viewer: tooltips for highlighted text (hover or keyboard focus), panel <-> text linking,
// type toggles. No dependencies; the page reads fine without it.
"use strict";
(function () {
  const records = JSON.parse(document.getElementById("record-data").textContent || "{}");
  const article = document.getElementById("text");
  const tip = document.getElementById("tip");

  function segmentsOf(key) {
    return article.querySelectorAll('[data-r~="' + CSS.escape(key) + '"]');
  }

  function tipContent(keys) {
    tip.replaceChildren();
    for (const key of keys) {
      const record = records[key];
      if (!record) continue;
      const kind = document.createElement("div");
      kind.className = "kind";
      kind.textContent = record.kind;
      const list = document.createElement("dl");
      for (const [name, value] of record.details) {
        const dt = document.createElement("dt");
        dt.textContent = name;
        const dd = document.createElement("dd");
        dd.textContent = value;
        list.append(dt, dd);
      }
      tip.append(kind, list);
    }
  }

  function showTip(anchor, keys) {
    tipContent(keys);
    tip.hidden = false;
    const box = anchor.getBoundingClientRect();
    const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = window.scrollY + box.bottom + 8 + "px";
  }

  function hideTip() { tip.hidden = true; }

  function light(keys, on) {
    for (const key of keys) {
      segmentsOf(key).forEach((s) => s.classList.toggle("lit", on));
      const entry = document.querySelector('.rec[data-key="' + CSS.escape(key) + '"]');
      if (entry) entry.classList.toggle("lit", on);
    }
  }

  // Text -> tooltip (mouse and keyboard).
  function onText(event, on) {
    const seg = event.target.closest(".m");
    if (!seg) return;
    const keys = seg.dataset.r.split(" ").filter((k) => !article.classList.contains("hide-" + (records[k] || {}).kind));
    light(keys, on);
    if (on && keys.length) showTip(seg, keys); else hideTip();
  }
  article.addEventListener("mouseover", (e) => onText(e, true));
  article.addEventListener("mouseout", (e) => onText(e, false));
  article.addEventListener("focusin", (e) => onText(e, true));
  article.addEventListener("focusout", (e) => onText(e, false));

  // Panel -> text: hovering or focusing an entry lights its spans; activating it scrolls to the first one.
  const panel = document.getElementById("records");
  function onPanel(event, on) {
    const entry = event.target.closest(".rec");
    if (entry) light([entry.dataset.key], on);
  }
  panel.addEventListener("mouseover", (e) => onPanel(e, true));
  panel.addEventListener("mouseout", (e) => onPanel(e, false));
  panel.addEventListener("focusin", (e) => onPanel(e, true));
  panel.addEventListener("focusout", (e) => onPanel(e, false));
  panel.addEventListener("click", (e) => {
    const entry = e.target.closest(".rec");
    const first = entry && segmentsOf(entry.dataset.key)[0];
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  });

  // Type toggles.
  document.querySelectorAll(".legend input[data-kind]").forEach((box) => {
    box.addEventListener("change", () => article.classList.toggle("hide-" + box.dataset.kind, !box.checked));
  });

  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hideTip(); });
})();
