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
// Elements are added in slices, each styled and drawn in its own tasks, so a 50,000-edge graph
// never holds the main thread for long.
const SLICE = 5000;

/** The stylesheet; a large graph gets straight "haystack" edges and names only where marked. */
function styleFor(large) {
  return [
    {
      selector: "node",
      style: {
        label: large ? "" : "data(label)", // 5,000 labels cost seconds to draw, and nobody reads them
        "background-color": "#44546a",
        width: "data(size)",
        height: "data(size)",
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
        "curve-style": large ? "haystack" : "bezier",
        opacity: 0.8,
      },
    },
    { selector: "edge[type = 'briefing']", style: { "target-arrow-shape": "triangle", "line-style": "dashed" } },
    { selector: "node.selected", style: { label: "data(label)", "border-width": 4, "border-color": "#f2b705" } },
    { selector: ".faded", style: { opacity: 0.15 } },
    {
      selector: "node.chain",
      style: { label: "data(label)", "background-color": "#f2b705", "border-width": 3, "border-color": "#222" },
    },
    {
      selector: "edge.chain",
      style: {
        width: 6,
        opacity: 1,
        "z-index": 10,
        label: "data(hop)", // the hop's date and type, on the graph itself
        "font-size": 13,
        "text-rotation": "autorotate",
        "text-background-color": "#fff",
        "text-background-opacity": 0.85,
      },
    },
  ];
}

export function createGraph(container, { onSelect }) {
  const cy = cytoscape({
    container,
    style: styleFor(false),
    wheelSensitivity: 0.3,
    minZoom: 0.02,
    maxZoom: 4,
    hideEdgesOnViewport: true, // panning a large graph redraws nodes only
    pixelRatio: 1,
  });
  cy.on("tap", "node", (evt) => onSelect(evt.target.id()));
  return cy;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
let generation = 0;
let pending = null; // the layout worker at work, and how to tell its caller it was cancelled

/**
 * Replaces the graph's elements with the /graph answer; node size follows each node's `contacts`,
 * the number of the view's events it takes part in (graph.export.to_cytoscape counts them).
 * The fcose layout runs first, in a Web Worker; the elements then go in already placed, so a large
 * graph is styled and drawn once. Resolves to true when done, false when a newer call replaced it.
 */
export async function showElements(cy, elements) {
  const mine = ++generation;
  cancelLayout();
  const large = elements.nodes.length + elements.edges.length > LARGE;
  const most = Math.max(1, ...elements.nodes.map((n) => n.data.contacts));
  const nodes = elements.nodes.map((n) => ({
    data: { ...n.data, size: nodeSize(n.data.contacts, most, large) },
  }));
  const edges = elements.edges.map((e) => ({ data: { ...e.data, color: TYPE_COLORS[e.data.type] ?? "#999" } }));
  const positions = nodes.length ? await layoutOffThread(nodes, edges, large ? "draft" : "default") : {};
  if (mine !== generation || !positions) return false;
  for (const node of nodes) node.position = positions[node.data.id];
  cy.elements().remove();
  if (large !== cy.scratch("large")) cy.scratch("large", large).style(styleFor(large));
  if (large) fitTo(cy, Object.values(positions));
  // One batch of 60,000 elements would be one frame that holds the main thread for seconds.
  const all = [...nodes, ...edges];
  for (let i = 0; i < all.length; i += SLICE) {
    if (i) await nextFrame();
    if (mine !== generation) return false;
    cy.batch(() => cy.add(all.slice(i, i + SLICE)));
  }
  if (!large) cy.fit(undefined, 30); // labels included; cheap at this size
  return true;
}

/** Node diameter by number of contacts: 18–70 px up to 20 contacts; 4–30 px relative to the busiest in a large graph. */
function nodeSize(count, most, large) {
  if (large) return 4 + 26 * Math.sqrt(count / most);
  return 18 + 52 * Math.min(count, 20) / 20;
}

/** Frames the node positions before a large graph goes in; cy.fit() would measure every edge first. */
function fitTo(cy, points, padding = 40) {
  if (!points.length) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(cy.minZoom(), Math.min((cy.width() - 2 * padding) / (x1 - x0 || 1), (cy.height() - 2 * padding) / (y1 - y0 || 1))),
  );
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (x0 + x1) / 2, y: cy.height() / 2 - zoom * (y0 + y1) / 2 } });
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
      nodes: nodes.map((n) => ({ id: n.data.id, size: n.data.size })),
      edges: edges.map((e) => ({ source: e.data.source, target: e.data.target })),
      quality,
    });
  });
}

/**
 * Highlights a chain: its actors and the edges of its events, each labelled with its hop's date
 * and type (`hopLabels`: event id → label).
 */
export function highlightChain(cy, actorIds, hopLabels) {
  clearChain(cy);
  if (!actorIds.length) return;
  const chain = cy.collection();
  actorIds.forEach((id, i) => {
    chain.merge(cy.getElementById(id));
    const next = actorIds[i + 1];
    if (!next) return;
    const between = cy
      .getElementById(id)
      .edgesWith(cy.getElementById(next))
      .filter((e) => hopLabels.has(e.data("event")));
    between.forEach((e) => {
      e.data("hop", hopLabels.get(e.data("event")));
    });
    chain.merge(between);
  });
  cy.elements().not(chain).addClass("faded");
  chain.addClass("chain");
}

export function clearChain(cy) {
  cy.$(".chain, .faded").removeClass("chain faded");
}

export function markSelected(cy, actorId) {
  cy.$("node.selected").removeClass("selected");
  if (actorId) cy.getElementById(actorId).addClass("selected");
}

/** The current view as a PNG, downloaded by the browser. */
export function downloadPng(cy) {
  const link = document.createElement("a");
  link.href = cy.png({ full: false, scale: 2, bg: "#ffffff" });
  link.download = "dipgraph.png";
  link.click();
}
