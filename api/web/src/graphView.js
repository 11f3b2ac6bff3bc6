// The contact graph: Cytoscape.js with the fcose layout; node size by contacts, edge colour by type.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

export const TYPE_COLORS = {
  call: "#1f77b4",
  video_call: "#17becf",
  meeting: "#d62728",
  visit: "#ff7f0e",
  talks: "#9467bd",
  message: "#8c564b",
  briefing: "#2ca02c",
};

// Above this many elements the page keeps interaction smooth rather than pretty: straight
// "haystack" edges, no edges while panning, and fcose's draft quality.
const LARGE = 3000;
// Elements are added in slices with a pause between them, so a 50,000-edge graph never holds
// the main thread for long; nothing is drawn until the last slice is in (one batch).
const SLICE = 5000;

const STYLE = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "background-color": "#44546a",
      width: "mapData(contacts, 0, 20, 18, 70)",
      height: "mapData(contacts, 0, 20, 18, 70)",
      "font-size": 12,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "min-zoomed-font-size": 8,
    },
  },
  {
    selector: "edge",
    style: {
      width: 2,
      "line-color": "data(color)",
      "target-arrow-color": "data(color)",
      "curve-style": "bezier",
      opacity: 0.8,
    },
  },
  { selector: "edge[type = 'briefing']", style: { "target-arrow-shape": "triangle", "line-style": "dashed" } },
  { selector: "node.selected", style: { "border-width": 4, "border-color": "#f2b705" } },
  { selector: ".faded", style: { opacity: 0.15 } },
  { selector: "node.chain", style: { "background-color": "#f2b705", "border-width": 3, "border-color": "#222" } },
  { selector: "edge.chain", style: { width: 6, opacity: 1, "z-index": 10 } },
];

export function createGraph(container, { onSelect }) {
  const cy = cytoscape({
    container,
    style: STYLE,
    wheelSensitivity: 0.3,
    minZoom: 0.02,
    maxZoom: 4,
    hideEdgesOnViewport: true, // panning a large graph redraws nodes only
    pixelRatio: 1,
  });
  cy.on("tap", "node", (evt) => onSelect(evt.target.id()));
  return cy;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
let generation = 0;
let pending = null; // the layout worker at work, and how to tell its caller it was cancelled

/**
 * Replaces the graph's elements with the /graph answer; node size counts the distinct events shown.
 * Resolves, once the elements are in, to `{ laidOut }`: a promise that resolves to true when the
 * fcose layout (run in a Web Worker) has been applied, false when a newer call replaced this one.
 * Resolves to null when a newer call came while the elements were being added.
 * A cheap built-in placement is shown while fcose runs.
 */
export async function showElements(cy, elements) {
  const mine = ++generation;
  cancelLayout();
  const contacts = {};
  for (const edge of elements.edges) {
    for (const id of [edge.data.source, edge.data.target]) {
      (contacts[id] ??= new Set()).add(edge.data.event);
    }
  }
  const nodes = elements.nodes.map((n) => ({ data: { ...n.data, contacts: contacts[n.data.id]?.size ?? 0 } }));
  const edges = elements.edges.map((e) => ({ data: { ...e.data, color: TYPE_COLORS[e.data.type] ?? "#999" } }));
  const large = nodes.length + edges.length > LARGE;
  cy.startBatch();
  try {
    cy.elements().remove();
    cy.style().selector("edge").style("curve-style", large ? "haystack" : "bezier").update();
    const all = [...nodes, ...edges];
    for (let i = 0; i < all.length; i += SLICE) {
      if (i) await nextTask();
      if (mine !== generation) return null;
      cy.add(all.slice(i, i + SLICE));
    }
    if (large) cy.layout({ name: "concentric", concentric: (n) => n.data("contacts"), animate: false }).run();
  } finally {
    cy.endBatch();
  }
  if (!nodes.length) return { laidOut: Promise.resolve(true) };
  const laidOut = layoutOffThread(nodes, edges, large ? "draft" : "default").then((positions) => {
    if (mine !== generation || !positions) return false;
    cy.layout({ name: "preset", positions: (n) => positions[n.id()], animate: false, fit: true, padding: 30 }).run();
    return true;
  });
  return { laidOut };
}

function cancelLayout() {
  if (!pending) return;
  pending.worker.terminate();
  pending.resolve(null);
  pending = null;
}

function layoutOffThread(nodes, edges, quality) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./layoutWorker.js", import.meta.url), { type: "module" });
    const job = { worker, resolve };
    pending = job;
    const finish = (positions) => {
      worker.terminate();
      if (pending === job) pending = null;
      resolve(positions);
    };
    worker.onmessage = ({ data }) => finish(data.positions);
    worker.onerror = (error) => {
      console.error("the layout failed", error);
      finish(null);
    };
    worker.postMessage({
      nodes: nodes.map((n) => ({ id: n.data.id, contacts: n.data.contacts })),
      edges: edges.map((e) => ({ source: e.data.source, target: e.data.target })),
      quality,
    });
  });
}

/** Highlights a chain: its actors and the edges of the given events (or any edge between consecutive actors). */
export function highlightChain(cy, actorIds, eventIds) {
  clearChain(cy);
  if (!actorIds.length) return;
  const chain = cy.collection();
  actorIds.forEach((id, i) => {
    chain.merge(cy.getElementById(id));
    const next = actorIds[i + 1];
    if (!next) return;
    const between = cy.edges().filter((e) => {
      const ends = [e.data("source"), e.data("target")];
      return ends.includes(id) && ends.includes(next) && (!eventIds || eventIds.has(e.data("event")));
    });
    chain.merge(between);
  });
  cy.elements().not(chain).addClass("faded");
  chain.addClass("chain");
}

export function clearChain(cy) {
  cy.elements().removeClass("chain faded");
}

export function markSelected(cy, actorId) {
  cy.nodes().removeClass("selected");
  if (actorId) cy.getElementById(actorId).addClass("selected");
}

/** The current view as a PNG, downloaded by the browser. */
export function downloadPng(cy) {
  const link = document.createElement("a");
  link.href = cy.png({ full: false, scale: 2, bg: "#ffffff" });
  link.download = "dipgraph.png";
  link.click();
}
