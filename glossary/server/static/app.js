// The glossary web page: lookup as you type, annotate a pasted text, check a translation.
// Every piece of user or term-base text reaches the page through textContent, never innerHTML.
"use strict";

const $ = (selector) => document.querySelector(selector);

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

async function api(path, options = {}) {
  const response = await fetch(path, options);
  const payload = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(payload.error || `HTTP ${response.status}`);
  return payload;
}

function postJSON(path, body) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

// -- views --------------------------------------------------------------------------

function showView(name) {
  for (const tab of document.querySelectorAll(".tab")) {
    tab.setAttribute("aria-selected", String(tab.dataset.view === name));
  }
  for (const view of document.querySelectorAll(".view")) {
    view.hidden = view.id !== `view-${name}`;
  }
}

// -- lookup -------------------------------------------------------------------------

let lookupTimer = null;
let lookupSerial = 0;

function termCard(term, extra = {}) {
  const rows = [
    ["Tiếng Việt", term.vi],
    ["English", term.en],
  ];
  if (extra.gloss) rows.unshift(["Gloss", extra.gloss]);
  if (term.acronyms.length) rows.push(["Acronyms", term.acronyms.join(", ")]);
  rows.push(["Category", term.category]);
  if (term.note) rows.push(["Note", term.note]);
  if (extra.alternatives && extra.alternatives.length) {
    rows.push(["Other senses", extra.alternatives.map((alt) => `${alt.term ? alt.term.en : alt.id} (${alt.score ?? "?"})`).join("; ")]);
  }
  if (extra.uncertain) rows.push(["Sense", "not decided by context: check it"]);
  const list = element("dl");
  for (const [name, value] of rows) list.append(element("dt", {}, name), element("dd", {}, value));
  return element("span", { class: "card", role: "tooltip" }, list);
}

async function runLookup() {
  const query = $("#query").value.trim();
  const serial = ++lookupSerial;
  const results = $("#lookup-results");
  if (!query) {
    results.replaceChildren();
    $("#lookup-status").textContent = "";
    return;
  }
  try {
    const payload = await api(`/api/lookup?q=${encodeURIComponent(query)}&limit=8`);
    if (serial !== lookupSerial) return; // a newer query is on its way
    results.replaceChildren(
      ...payload.results.map(({ score, term, gloss }) =>
        element(
          "li",
          { class: `cat-${term.category}-edge`, "data-id": term.id },
          // A numbered query ("ADMM-14", "Sư đoàn 346") names the entry with its number.
          element("div", { class: "names" }, gloss ? `${gloss.vi} = ${gloss.en}` : `${term.vi} = ${term.en}`),
          element("div", { class: "meta" }, [term.category, term.acronyms.join(", "), `score ${score}`, term.id].filter(Boolean).join(" · ")),
          term.note ? element("div", { class: "note" }, term.note) : null,
        ),
      ),
    );
    $("#lookup-status").textContent = payload.results.length ? `${payload.results.length} result(s)` : `No term matches “${query}”.`;
  } catch (error) {
    if (serial === lookupSerial) $("#lookup-status").textContent = `Error: ${error.message}`;
  }
}

// -- annotate -------------------------------------------------------------------------

function gloss(match, language) {
  const name = language === "vi" ? match.term.vi : match.term.en;
  if (match.gloss && match.gloss[language]) return match.gloss[language];
  if (match.ordinal === null || match.ordinal === undefined) return name;
  if (language === "vi") return `${name} lần thứ ${match.ordinal}`;
  // As Match.gloss: an acronym keeps its short form ("ADMM-14" -> "14th ADMM").
  const short = match.method === "acronym" && match.term.acronyms.length ? match.term.acronyms[0] : name;
  return `${ordinal(match.ordinal)} ${short}`;
}

function ordinal(number) {
  const tens = number % 100;
  const suffix = tens >= 10 && tens <= 20 ? "th" : { 1: "st", 2: "nd", 3: "rd" }[number % 10] || "th";
  return `${number}${suffix}`;
}

function highlighted(text, matches, language) {
  const fragment = document.createDocumentFragment();
  // Offsets are code points (JSON contract); JavaScript strings index UTF-16 units.
  const points = Array.from(text);
  let position = 0;
  for (const match of matches) {
    if (match.start < position) continue; // nested matches (overlaps) are in the table only
    fragment.append(points.slice(position, match.start).join(""));
    const uncertain = Boolean(match.alternatives && match.alternatives.length && match.decided_by === "default");
    const span = element(
      "span",
      { class: `term cat-${match.term.category}${uncertain ? " uncertain" : ""}`, tabindex: "0", "data-id": match.term.id },
      points.slice(match.start, match.end).join(""),
    );
    span.append(termCard(match.term, { gloss: gloss(match, language), alternatives: match.alternatives, uncertain }));
    fragment.append(span);
    position = match.end;
  }
  fragment.append(points.slice(position).join(""));
  return fragment;
}

function termsTable(matches, language) {
  const rows = new Map();
  for (const match of matches) {
    const key = `${match.term.id}|${match.ordinal ?? ""}`;
    const row = rows.get(key) || { match, texts: new Set(), count: 0 };
    row.texts.add(match.text);
    row.count += 1;
    rows.set(key, row);
  }
  const body = $("#terms-table tbody");
  body.replaceChildren(
    ...[...rows.values()].map(({ match, texts, count }) =>
      element(
        "tr",
        {},
        element("td", {}, [...texts].join(", ")),
        element("td", {}, language === "vi" ? gloss(match, "vi") : match.term.vi),
        element("td", {}, language === "en" ? gloss(match, "en") : match.term.en),
        element("td", {}, match.term.category),
        element("td", {}, String(count)),
      ),
    ),
  );
  $("#terms-table").hidden = rows.size === 0;
}

async function runAnnotate() {
  const text = $("#text").value;
  const language = $("#gloss-language").value;
  $("#annotate-status").textContent = "Annotating…";
  try {
    const payload = await postJSON("/api/annotate", { text });
    $("#annotated").replaceChildren(highlighted(text, payload.matches, language));
    termsTable(payload.matches, language);
    $("#annotate-status").textContent = `${payload.matches.length} term(s) found.`;
  } catch (error) {
    $("#annotate-status").textContent = `Error: ${error.message}`;
  }
}

// -- check a translation ------------------------------------------------------------------

// Line starts in code points, split as Python's str.splitlines() does (aligned findings
// carry offsets within their line, and `segment` is the line number from 1).
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/gu;

function lineStarts(text) {
  const starts = [0];
  let units = 0;
  let points = 0;
  for (const found of text.matchAll(LINE_BREAK)) {
    points += Array.from(text.slice(units, found.index)).length + found[0].length;
    units = found.index + found[0].length;
    starts.push(points);
  }
  return starts;
}

function findingCard(finding) {
  const rows = [
    [finding.severity === "error" ? "Error" : "Warning", finding.kind],
    ["Finding", finding.message],
    ["Expected", finding.expected.join(" / ") || "—"],
    ["Tiếng Việt", finding.term.vi],
    ["English", finding.term.en],
  ];
  if (finding.term.note) rows.push(["Note", finding.term.note]);
  const other = finding.found && finding.found.term;
  if (other && other.id !== finding.term.id) {
    rows.push([finding.kind === "ambiguous" ? "Also the name of" : "Found is", `${other.vi} = ${other.en}`]);
    if (other.note) rows.push(["Its note", other.note]);
  }
  if (finding.segment !== null && finding.segment !== undefined) {
    rows.push(["Line", finding.segment_id ? `${finding.segment} (${finding.segment_id})` : String(finding.segment)]);
  }
  const list = element("dl");
  for (const [name, value] of rows) list.append(element("dt", {}, name), element("dd", {}, value));
  return element("span", { class: "card", role: "tooltip" }, list);
}

// Spans of one text, with their finding, in text order; a span already flagged by an
// earlier finding (two findings on one term) keeps the first highlight.
function flaggedText(text, spans) {
  const fragment = document.createDocumentFragment();
  const points = Array.from(text);
  let position = 0;
  for (const { start, end, finding, index, side } of spans.sort((a, b) => a.start - b.start || a.index - b.index)) {
    if (start < position) continue;
    fragment.append(points.slice(position, start).join(""));
    const span = element(
      "span",
      {
        class: `term flag finding-${finding.severity}`,
        tabindex: "0",
        "data-finding": String(index),
        "data-kind": finding.kind,
        "data-side": side,
      },
      points.slice(start, end).join(""),
    );
    span.append(findingCard(finding));
    fragment.append(span);
    position = end;
  }
  fragment.append(points.slice(position).join(""));
  return fragment;
}

function findingsTable(findings) {
  const body = $("#findings-table tbody");
  body.replaceChildren(
    ...findings.map((finding, index) =>
      element(
        "tr",
        { class: `finding-row finding-${finding.severity}-row`, "data-finding": String(index), tabindex: "0" },
        element("td", {}, finding.kind),
        element("td", {}, element("span", { class: `badge finding-${finding.severity}` }, finding.severity)),
        element("td", {}, finding.source.text),
        element(
          "td",
          {},
          finding.expected[0] || "—",
          finding.expected.length > 1 ? element("span", { class: "more", title: finding.expected.slice(1).join(" / ") }, ` (or ${finding.expected.length - 1} other form${finding.expected.length > 2 ? "s" : ""})`) : null,
        ),
        element("td", {}, finding.found ? finding.found.text : "—"),
      ),
    ),
  );
  $("#findings-table").hidden = findings.length === 0;
}

function linkFinding(index, on) {
  for (const node of document.querySelectorAll(`#check-texts [data-finding="${index}"], #findings-table [data-finding="${index}"]`)) {
    node.classList.toggle("linked", on);
  }
}

async function runCheck() {
  const source = $("#check-source").value;
  const translation = $("#check-translation").value;
  const [sourceLang, targetLang] = $("#check-direction").value.split("-");
  const aligned = $("#check-aligned").checked;
  $("#check-status").textContent = "Checking…";
  try {
    const payload = await postJSON("/api/check", {
      source,
      translation,
      source_lang: sourceLang,
      target_lang: targetLang,
      aligned,
    });
    const sourceStarts = aligned ? lineStarts(source) : [0];
    const translationStarts = aligned ? lineStarts(translation) : [0];
    const shift = (starts, finding) => (aligned && finding.segment ? starts[finding.segment - 1] : 0);
    const sourceSpans = [];
    const translationSpans = [];
    payload.problems.forEach((finding, index) => {
      const offset = shift(sourceStarts, finding);
      sourceSpans.push({ start: finding.source.start + offset, end: finding.source.end + offset, finding, index, side: "source" });
      if (finding.found) {
        const foundOffset = shift(translationStarts, finding);
        translationSpans.push({ start: finding.found.start + foundOffset, end: finding.found.end + foundOffset, finding, index, side: "translation" });
      }
    });
    $("#check-source-view").setAttribute("lang", sourceLang);
    $("#check-translation-view").setAttribute("lang", targetLang);
    $("#check-source-view").replaceChildren(flaggedText(source, sourceSpans));
    $("#check-translation-view").replaceChildren(flaggedText(translation, translationSpans));
    $("#check-texts").hidden = false;
    findingsTable(payload.problems);
    const summary = payload.summary;
    const accuracy = summary.term_accuracy === null ? "no term in the source" : `term accuracy ${Math.round(summary.term_accuracy * 100)}%`;
    $("#check-status").textContent = payload.problems.length
      ? `${summary.errors} error(s), ${summary.warnings} warning(s) · ${summary.source_terms} source term(s), ${accuracy}.`
      : `No finding: ${summary.source_terms} source term(s), ${accuracy}.`;
  } catch (error) {
    $("#check-status").textContent = `Error: ${error.message}`;
  }
}

function directionChanged() {
  const [sourceLang] = $("#check-direction").value.split("-");
  const vi = "Thượng tướng Hoàng Xuân Chiến dự ADMM-14…";
  const en = "Senior Lieutenant General Hoang Xuan Chien attended the 14th ADMM…";
  $("#check-source").placeholder = sourceLang === "vi" ? vi : en;
  $("#check-translation").placeholder = sourceLang === "vi" ? en : vi;
}

// Cards open on hover and on keyboard focus, placed inside the window (a phone's too).
function placeCard(term) {
  const card = term.querySelector(".card");
  if (!card) return;
  card.style.position = "fixed";
  card.style.display = "block";
  const margin = 8;
  const anchor = term.getBoundingClientRect();
  const width = Math.min(card.offsetWidth, window.innerWidth - 2 * margin);
  card.style.width = `${width}px`;
  const left = Math.max(margin, Math.min(anchor.left, window.innerWidth - width - margin));
  // Below the term if it fits, else above; a card taller than either side scrolls inside the larger one.
  card.style.maxHeight = "";
  const below = window.innerHeight - margin - (anchor.bottom + 4);
  const above = anchor.top - 4 - margin;
  let height = card.offsetHeight;
  const room = height <= below || below >= above ? below : above;
  if (height > room) {
    card.style.maxHeight = `${Math.max(room, 80)}px`;
    height = card.offsetHeight;
  }
  let top = room === below ? anchor.bottom + 4 : anchor.top - height - 4;
  top = Math.max(margin, Math.min(top, window.innerHeight - height - margin));
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

function hideCard(term) {
  const card = term.querySelector(".card");
  if (card) card.style.display = "";
}

// Export links: the whole term base in the formats CAT and MT tools read (GET /api/export).
const EXPORTS = [
  ["tbx", "TBX (memoQ, Trados, Phrase)"],
  ["xlsx", "Excel"],
  ["csv", "CSV"],
  ["deepl", "DeepL glossary"],
  ["google", "Google glossary"],
  ["amazon", "Amazon Translate"],
  ["omegat", "OmegaT"],
];

function showExports() {
  const links = EXPORTS.map(([format, label]) =>
    element("a", { href: `/api/export?format=${format}&source=vi&target=en`, download: "" }, label),
  );
  $("#exports").replaceChildren("Download the term base (vi → en): ", ...links);
}

// -- start ------------------------------------------------------------------------------

async function start() {
  for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => showView(tab.dataset.view));
  $("#query").addEventListener("input", () => {
    clearTimeout(lookupTimer);
    lookupTimer = setTimeout(runLookup, 150);
  });
  $("#annotate-button").addEventListener("click", runAnnotate);
  $("#check-button").addEventListener("click", runCheck);
  $("#check-direction").addEventListener("change", directionChanged);
  for (const container of [$("#annotated"), $("#check-texts")]) {
    for (const [show, hide] of [["mouseover", "mouseout"], ["focusin", "focusout"]]) {
      container.addEventListener(show, (event) => {
        const term = event.target.closest(".term");
        if (!term) return;
        placeCard(term);
        if (term.dataset.finding) linkFinding(term.dataset.finding, true);
      });
      container.addEventListener(hide, (event) => {
        const term = event.target.closest(".term");
        if (!term || term.contains(event.relatedTarget)) return;
        if (document.activeElement !== term) hideCard(term);
        if (term.dataset.finding) linkFinding(term.dataset.finding, false);
      });
    }
  }
  // A row of the findings table shows its spans in both texts.
  const findingsBody = $("#findings-table tbody");
  for (const [show, hide] of [["mouseover", "mouseout"], ["focusin", "focusout"]]) {
    findingsBody.addEventListener(show, (event) => {
      const row = event.target.closest("tr[data-finding]");
      if (row) linkFinding(row.dataset.finding, true);
    });
    findingsBody.addEventListener(hide, (event) => {
      const row = event.target.closest("tr[data-finding]");
      if (row && !row.contains(event.relatedTarget)) linkFinding(row.dataset.finding, false);
    });
  }
  findingsBody.addEventListener("click", (event) => {
    const row = event.target.closest("tr[data-finding]");
    const span = row && document.querySelector(`#check-source-view [data-finding="${row.dataset.finding}"]`);
    if (span) {
      span.scrollIntoView({ block: "center" });
      span.focus();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.activeElement && document.activeElement.classList.contains("term")) {
      hideCard(document.activeElement);
    }
  });
  try {
    const health = await api("/api/health");
    $("#footer-status").textContent = `glossary ${health.version} · ${health.entries} entries`;
    showExports();
  } catch (error) {
    $("#footer-status").textContent = `Error: ${error.message}`;
  }
}

document.addEventListener("DOMContentLoaded", start);
