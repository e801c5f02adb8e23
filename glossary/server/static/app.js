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
      ...payload.results.map(({ score, term }) =>
        element(
          "li",
          { class: `cat-${term.category}-edge`, "data-id": term.id },
          element("div", { class: "names" }, `${term.vi} = ${term.en}`),
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
  const height = card.offsetHeight;
  const left = Math.max(margin, Math.min(anchor.left, window.innerWidth - width - margin));
  let top = anchor.bottom + 4;
  if (top + height > window.innerHeight - margin) top = Math.max(margin, anchor.top - height - 4);
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
}

function hideCard(term) {
  const card = term.querySelector(".card");
  if (card) card.style.display = "";
}

// -- start ------------------------------------------------------------------------------

async function start() {
  for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => showView(tab.dataset.view));
  $("#query").addEventListener("input", () => {
    clearTimeout(lookupTimer);
    lookupTimer = setTimeout(runLookup, 150);
  });
  $("#annotate-button").addEventListener("click", runAnnotate);
  const annotated = $("#annotated");
  for (const [show, hide] of [["mouseover", "mouseout"], ["focusin", "focusout"]]) {
    annotated.addEventListener(show, (event) => {
      const term = event.target.closest(".term");
      if (term) placeCard(term);
    });
    annotated.addEventListener(hide, (event) => {
      const term = event.target.closest(".term");
      if (term && !term.contains(event.relatedTarget) && document.activeElement !== term) hideCard(term);
    });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.activeElement && document.activeElement.classList.contains("term")) {
      hideCard(document.activeElement);
    }
  });
  try {
    const health = await api("/api/health");
    $("#footer-status").textContent = `glossary ${health.version} · ${health.entries} entries`;
    if (window.glossaryExtensions) for (const extend of window.glossaryExtensions) extend(health);
  } catch (error) {
    $("#footer-status").textContent = `Error: ${error.message}`;
  }
}

document.addEventListener("DOMContentLoaded", start);
