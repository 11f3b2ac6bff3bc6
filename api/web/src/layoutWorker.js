// The fcose layout, run in a Web Worker on a headless Cytoscape so the page never waits for it.
// In: {nodes: [{id, size}], edges: [{source, target}], quality}; out: {positions: {id: {x, y}}}.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

cytoscape.use(fcose);

// Node sizes as the page draws them, so the layout leaves room for the big ones.
const SIZE = "data(size)";

self.onmessage = ({ data }) => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: SIZE, height: SIZE } }],
    elements: [
      ...data.nodes.map((n) => ({ data: n })),
      ...data.edges.map((e, i) => ({ data: { id: `e${i}`, ...e } })),
    ],
  });
  cy.layout({
    name: "fcose",
    quality: data.quality,
    animate: false,
    randomize: true,
    nodeRepulsion: 8000,
    idealEdgeLength: 120,
  }).run();
  const positions = {};
  cy.nodes().forEach((n) => {
    positions[n.id()] = n.position();
  });
  self.postMessage({ positions });
};
