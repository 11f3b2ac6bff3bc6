// The page: search, filters, the graph, an actor's timeline, the path finder, exports.
// The view lives in the URL hash (#since=…&until=…&types=…&country=…&actor=…&from=…&to=…&mode=…)
// so it can be shared.
import noUiSlider from "nouislider";
import "nouislider/dist/nouislider.css";
import { DataSet, Timeline } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import "./style.css";
import { dateLabel, shortDateLabel } from "./dates.js";
import {
  TYPE_COLORS,
  clearChain,
  createGraph,
  downloadPng,
  highlightChain,
  markSelected,
  showElements,
} from "./graphView.js";

const $ = (id) => document.getElementById(id);
const TYPES = Object.keys(TYPE_COLORS);
const names = new Map(); // actor id → display name

let view = readHash();
const cy = createGraph($("cy"), { onSelect: (id) => update({ actor: id }) });
window.dipgraph = { cy }; // for the browser tests and the console

// ---- the view and the URL ----

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  return {
    since: p.get("since") || "",
    until: p.get("until") || "",
    types: p.has("types") ? p.get("types").split(",").filter((t) => TYPES.includes(t)) : [...TYPES],
    countries: (p.get("country") || "").split(",").filter((c) => /^[A-Z]{2}$/.test(c)),
    actor: p.get("actor") || "",
    from: p.get("from") || "",
    to: p.get("to") || "",
    mode: p.get("mode") === "temporal" ? "temporal" : "shortest",
  };
}

function writeHash() {
  const p = new URLSearchParams();
  if (view.since) p.set("since", view.since);
  if (view.until) p.set("until", view.until);
  if (view.types.length !== TYPES.length) p.set("types", view.types.join(","));
  if (view.countries.length) p.set("country", view.countries.join(","));
  for (const key of ["actor", "from", "to"]) if (view[key]) p.set(key, view[key]);
  if (view.from && view.to) p.set("mode", view.mode);
  history.replaceState(null, "", `#${p}`);
}

function update(changes) {
  view = { ...view, ...changes };
  writeHash();
  render();
}

window.addEventListener("hashchange", () => {
  view = readHash();
  render();
});

/** Query string of the current window (dates and types), as the API reads it. */
function windowQuery(extra = {}) {
  const p = new URLSearchParams(extra);
  if (view.since) p.set("since", view.since);
  if (view.until) p.set("until", view.until);
  if (view.types.length !== TYPES.length) for (const t of view.types) p.append("types", t);
  return p;
}

/** The window plus the countries: what the graph, the timeline and the exports show. */
function filterQuery(extra = {}) {
  const p = windowQuery(extra);
  for (const c of view.countries) p.append("country", c);
  return p;
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

// ---- rendering: every control reflects `view`, then the graph, the actor and the chain follow ----

let renders = 0;

async function render() {
  // body[data-layout]: "loading" (fetching, fcose at work in a worker) → "done" (drawn and placed)
  const mine = ++renders;
  document.body.dataset.layout = "loading";
  $("since").value = view.since;
  $("until").value = view.until;
  showDatesOnSlider();
  for (const box of document.querySelectorAll("#types input")) box.checked = view.types.includes(box.value);
  for (const box of document.querySelectorAll("#countries input")) box.checked = view.countries.includes(box.value);
  $("path-source").value = view.from;
  $("path-target").value = view.to;
  document.querySelector(`input[name=path-mode][value=${view.mode}]`).checked = true;
  for (const format of ["gexf", "graphml", "csv"]) {
    const link = $(`export-${format}`);
    if (view.types.length) link.href = `/graph?${filterQuery({ format })}`;
    else link.removeAttribute("href"); // the view is empty; a query without `types` would be everything
  }
  // The actor's timeline does not wait for the layout; the chain is marked on the drawn graph.
  await Promise.all([renderGraph(mine).then((drawn) => drawn && renderChain(mine)), renderActor(mine)]);
}

/** Whether a newer view has started rendering since render number `mine`: its answers are stale. */
const stale = (mine) => mine !== renders;

async function renderGraph(mine) {
  let elements = { nodes: [], edges: [] };
  try {
    if (view.types.length) elements = (await getJson(`/graph?${filterQuery()}`)).elements;
  } catch (error) {
    // Say why (a window the API refuses, say) and draw nothing rather than the previous view.
    if (stale(mine) || !(await showElements(cy, elements)) || stale(mine)) return false;
    $("status").textContent = `Could not load the graph: ${error.message}`;
    document.body.dataset.layout = "done";
    return true; // drawn, empty: the chain says its own error
  }
  for (const n of elements.nodes) names.set(n.data.id, n.data.label);
  $("status").textContent = `laying out ${elements.nodes.length} actors…`;
  if (!(await showElements(cy, elements)) || stale(mine)) return false; // a newer view came
  markSelected(cy, view.actor);
  const events = new Set(elements.edges.map((e) => e.data.event));
  $("status").textContent = `${elements.nodes.length} actors · ${events.size} contacts in view`;
  $("actor-ids").replaceChildren(
    ...elements.nodes.map((n) => new Option(n.data.label, n.data.id)),
  );
  document.body.dataset.layout = "done";
  return true;
}

// ---- the selected actor: timeline and event list ----

let timeline = null;

async function renderActor(mine) {
  $("actor-panel").hidden = !view.actor;
  if (!view.actor) return;
  let actor, data;
  try {
    [actor, data] = await Promise.all([
      getJson(`/actors/${encodeURIComponent(view.actor)}`),
      view.types.length // none chosen: none shown (a query without `types` would list every type)
        ? getJson(`/actors/${encodeURIComponent(view.actor)}/timeline?${filterQuery()}`)
        : { items: [] },
    ]);
  } catch (error) {
    // An unknown id in a shared URL, say: said so, and nothing of an earlier actor stays shown.
    if (!stale(mine)) showActor(`Could not show ${view.actor}: ${error.message}`, []);
    return;
  }
  if (stale(mine)) return; // another actor or filter was chosen meanwhile
  names.set(actor.id, actor.name);
  showActor(`${actor.name} — ${data.items.length} contacts`, data.items);
}

function showActor(heading, events) {
  $("actor-name").textContent = heading;
  renderTimeline(events);
  $("events").replaceChildren(...events.map(eventItem));
}

function timelineItem(event) {
  const others = event.participants.filter((p) => p !== view.actor).map(nameOf).join(", ");
  const item = {
    id: event.id,
    content: `${event.type} · ${others}`,
    title: dateLabel(event),
    style: `border-color: ${TYPE_COLORS[event.type]}`,
  };
  if (event.date) return { ...item, start: event.date };
  if (event.not_before && event.not_after) return { ...item, start: event.not_before, end: event.not_after, type: "range" };
  // Only one bound: drawn at the bound, labelled as a bound, never as a known day.
  const bound = event.not_after || event.not_before;
  return bound ? { ...item, start: bound, content: `${shortDateLabel(event)} ${item.content}`, className: "undated" } : null;
}

function renderTimeline(events) {
  const items = new DataSet(events.map(timelineItem).filter(Boolean));
  if (!timeline) {
    timeline = new Timeline($("timeline"), items, { stack: true, zoomMin: 86400000, margin: { item: 6 } });
    timeline.on("select", ({ items: ids }) => {
      const li = ids.length && document.querySelector(`#events li[data-id="${CSS.escape(ids[0])}"]`);
      if (li) li.scrollIntoView({ block: "nearest" });
    });
  } else {
    timeline.setItems(items);
  }
  showWholeDays(items);
}

/** Frames the items with a day either side, so a single day reads as a date rather than as hours. */
function showWholeDays(items) {
  const times = items.get().flatMap((i) => [i.start, i.end].filter(Boolean).map((d) => Date.parse(d)));
  if (!times.length) return;
  const day = 86400000;
  timeline.setWindow(Math.min(...times) - day, Math.max(...times) + 2 * day, { animation: false });
}

function eventItem(event) {
  const li = document.createElement("li");
  li.dataset.id = event.id;
  const head = document.createElement("p");
  const type = document.createElement("span");
  type.className = "type";
  type.style.background = TYPE_COLORS[event.type];
  type.textContent = event.type;
  const initiator = event.initiator ? ` (from ${nameOf(event.initiator)})` : "";
  head.append(type, ` ${dateLabel(event)} · ${event.participants.map(nameOf).join(", ")}${initiator}`);
  li.append(head);
  for (const source of event.sources) {
    const quote = document.createElement("blockquote");
    quote.lang = source.lang || "";
    quote.textContent = `“${source.quote}”`;
    const cite = document.createElement("cite");
    const where = source.url ? document.createElement("a") : document.createElement("span");
    if (source.url) where.href = source.url;
    where.textContent = source.url || source.source_id;
    cite.append(where, source.published ? `, published ${source.published}` : "");
    quote.append(cite);
    li.append(quote);
  }
  return li;
}

function nameOf(id) {
  return names.get(id) || id;
}

// ---- the path finder ----

async function renderChain(mine) {
  const result = $("path-result");
  if (!view.from || !view.to) {
    clearChain(cy);
    result.replaceChildren();
    return;
  }
  const query = windowQuery({ source: view.from, target: view.to });
  let hops = [];
  try {
    // No type chosen: no chain (a query without `types` would search every type).
    if (view.types.length) hops = view.mode === "temporal" ? await temporalHops(query) : await shortestHops(query);
  } catch (error) {
    if (!stale(mine)) result.textContent = `Could not look for a chain: ${error.message}`;
    return;
  }
  if (stale(mine)) return; // another chain or filter was asked for meanwhile
  if (!hops.length) {
    clearChain(cy);
    const kind = view.mode === "temporal" ? "time-respecting chain" : "chain";
    result.innerHTML = "";
    result.append(paragraph(`No ${kind} from ${nameOf(view.from)} to ${nameOf(view.to)} in this view.`, "no-chain"));
    return;
  }
  const actors = [hops[0].from, ...hops.map((h) => h.to)];
  const labels = new Map(hops.flatMap((h) => h.events.map((e) => [e.id, `${shortDateLabel(e)} ${e.type}`])));
  highlightChain(cy, actors, labels);
  const list = document.createElement("ol");
  list.id = "hops";
  for (const hop of hops) {
    const li = document.createElement("li");
    const when = hop.events.map((e) => `${shortDateLabel(e)} ${e.type}`).join("; ");
    li.textContent = `${nameOf(hop.from)} → ${nameOf(hop.to)}: ${when}`;
    li.dataset.date = shortDateLabel(hop.events[0]);
    list.append(li);
  }
  result.replaceChildren(paragraph(`${hops.length} hops:`), list);
}

async function temporalHops(query) {
  const data = await getJson(`/paths/temporal?${query}`);
  return data.hops.map((h) => ({ from: h.from, to: h.to, events: [h.event] }));
}

async function shortestHops(query) {
  const data = await getJson(`/paths/shortest?${query}`);
  return data.paths.length ? data.paths[0].hops : [];
}

function paragraph(text, className = "") {
  const p = document.createElement("p");
  p.textContent = text;
  p.className = className;
  return p;
}

// ---- search with suggestions ----

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

const suggest = debounce(async (text) => {
  const box = $("suggestions");
  if (!text.trim()) {
    box.hidden = true;
    return;
  }
  const data = await getJson(`/actors?${new URLSearchParams({ q: text.trim(), limit: "10" })}`);
  if ($("search").value !== text) return; // the user typed on; a newer answer is coming
  box.replaceChildren(
    ...data.items.map((actor) => {
      names.set(actor.id, actor.name);
      const li = document.createElement("li");
      li.role = "option";
      li.dataset.id = actor.id;
      li.textContent = actor.country ? `${actor.name} (${actor.country})` : actor.name;
      li.onclick = () => {
        box.hidden = true;
        $("search").value = actor.name;
        update({ actor: actor.id });
      };
      return li;
    }),
  );
  if (!data.items.length) box.replaceChildren(paragraph("No actor by that name."));
  box.hidden = false;
}, 200);

$("search").addEventListener("input", (e) => suggest(e.target.value));
$("search").addEventListener("keydown", (e) => {
  if (e.key === "Enter") $("suggestions").querySelector("li")?.click();
  if (e.key === "Escape") $("suggestions").hidden = true;
});

// ---- the controls ----

$("types").replaceChildren(
  ...TYPES.map((type) => {
    const li = document.createElement("li");
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.value = type;
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = TYPE_COLORS[type];
    label.append(box, swatch, type.replace("_", " "));
    li.append(label);
    return li;
  }),
);
$("types").addEventListener("change", () => {
  update({ types: [...document.querySelectorAll("#types input:checked")].map((b) => b.value) });
});
$("since").addEventListener("change", (e) => update({ since: e.target.value }));
$("until").addEventListener("change", (e) => update({ until: e.target.value }));
$("path-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const mode = document.querySelector("input[name=path-mode]:checked").value;
  update({ from: $("path-source").value.trim(), to: $("path-target").value.trim(), mode });
});
$("path-clear").addEventListener("click", () => update({ from: "", to: "" }));
$("export-png").addEventListener("click", () => downloadPng(cy));

// ---- the date slider and the countries, over what the data holds (/graph/facets) ----

const DAY = 86400000;
const toDay = (iso) => Date.parse(iso) / DAY;
const toIso = (day) => new Date(Math.round(day) * DAY).toISOString().slice(0, 10);
let slider = null;
let span = null; // [first, last] day numbers

/** The slider's handles sit on the view's dates, or at the ends of the span when there are none. */
function showDatesOnSlider() {
  if (!slider) return;
  const clamp = (day) => Math.min(Math.max(day, span[0]), span[1]);
  slider.set([clamp(view.since ? toDay(view.since) : span[0]), clamp(view.until ? toDay(view.until) : span[1])], false);
}

function buildSlider(first, last) {
  span = [toDay(first), Math.max(toDay(last), toDay(first) + 1)];
  slider = noUiSlider.create($("date-slider"), {
    start: span,
    connect: true,
    step: 1,
    range: { min: span[0], max: span[1] },
    tooltips: { to: toIso },
    ariaFormat: { to: toIso, from: toDay },
    handleAttributes: [{ "aria-label": "From" }, { "aria-label": "To" }],
  });
  // A handle at either end of the span means "no bound": the URL stays short, and new data shows.
  slider.on("change", ([from, to]) => {
    update({ since: from <= span[0] ? "" : toIso(from), until: to >= span[1] ? "" : toIso(to) });
  });
  for (const input of [$("since"), $("until")]) Object.assign(input, { min: first, max: last });
  $("span").textContent = `Data from ${first} to ${last}.`;
}

function buildCountries(countries) {
  const label = new Intl.DisplayNames(["en"], { type: "region" });
  $("countries").replaceChildren(
    ...countries.map(({ code, actors }) => {
      const li = document.createElement("li");
      const box = Object.assign(document.createElement("input"), { type: "checkbox", value: code });
      const name = Object.assign(document.createElement("label"), { title: `${actors} actors` });
      name.append(box, ` ${label.of(code) ?? code} (${code})`);
      li.append(name);
      return li;
    }),
  );
}

$("countries").addEventListener("change", () => {
  update({ countries: [...document.querySelectorAll("#countries input:checked")].map((b) => b.value) });
});
$("countries-clear").addEventListener("click", () => update({ countries: [] }));

async function showFacets() {
  const facets = await getJson("/graph/facets");
  if (facets.first) buildSlider(facets.first, facets.last);
  buildCountries(facets.countries);
}

showFacets()
  .catch((error) => console.error("no facets", error))
  .then(render);
