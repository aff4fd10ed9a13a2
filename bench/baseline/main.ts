/**
 * The baseline: plain Cytoscape.js with its default canvas renderer, the whole graph loaded at
 * once with preset positions, a date filter by class toggles in one batch, and a click that
 * highlights the neighbourhood and fills a panel. No viewport optimizations, no worker, no
 * splitting: what a straightforward app does. It sets the same marks as Diplograph.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

interface GraphFile {
  nodes: { id: string; type: string; label: Record<string, string>; date?: { start: string; end?: string } }[];
  edges: { id: string; source: string; target: string }[];
}
type Positions = Record<string, { x: number; y: number }>;

declare global {
  interface Window {
    __cy?: Core;
  }
}

function markWhenDrawn(cy: Core, mark: string): void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    cy.off('render', fire);
    performance.mark(mark);
  };
  cy.one('render', fire);
  requestAnimationFrame(() => requestAnimationFrame(fire));
}

const COLORS: Record<string, string> = {
  state: '#1f77b4',
  person: '#2ca02c',
  organization: '#9467bd',
  meeting: '#ff7f0e',
};

async function main(): Promise<void> {
  const [graph, positions] = (await Promise.all([
    fetch('graph.json').then((response) => response.json()),
    fetch('positions.json').then((response) => response.json()),
  ])) as [GraphFile, Positions];
  const dates = new Map<string, string>();
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    if (node.date) dates.set(node.id, node.date.start);
    elements.push({
      group: 'nodes',
      data: { id: node.id, label: node.label.en ?? Object.values(node.label)[0], type: node.type },
      position: positions[node.id] ?? { x: 0, y: 0 },
    });
  }
  for (const edge of graph.edges) {
    elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target } });
  }
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, width: 12, height: 12 } },
      ...Object.entries(COLORS).map(([type, color]) => ({
        selector: `node[type = "${type}"]`,
        style: { 'background-color': color },
      })),
      { selector: 'edge', style: { width: 1, 'line-color': '#bbb' } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: 'node.highlight', style: { 'border-width': 3, 'border-color': '#d62728' } },
      { selector: 'edge.highlight', style: { 'line-color': '#d62728', width: 2 } },
    ],
  });
  window.__cy = cy;
  markWhenDrawn(cy, 'baseline:first-frame');

  const from = document.getElementById('from') as HTMLInputElement;
  const to = document.getElementById('to') as HTMLInputElement;
  const applyRange = () => {
    const start = from.value || '0000';
    const end = to.value || '9999';
    cy.batch(() => {
      cy.nodes('[type = "meeting"]').forEach((node) => {
        const date = dates.get(node.id());
        node.toggleClass('hidden', date !== undefined && (date < start || date.slice(0, end.length) > end));
      });
    });
    markWhenDrawn(cy, 'baseline:range-settled');
  };
  from.addEventListener('input', applyRange);
  to.addEventListener('input', applyRange);

  const panel = document.getElementById('panel')!;
  cy.on('tap', 'node', (event) => {
    const node = event.target;
    cy.batch(() => {
      cy.elements('.highlight').removeClass('highlight');
      node.closedNeighborhood().addClass('highlight');
    });
    const heading = document.createElement('h2');
    heading.textContent = node.data('label');
    const list = document.createElement('ul');
    node
      .neighborhood('node')
      .slice(0, 50)
      .forEach((neighbour: cytoscape.NodeSingular) => {
        const item = document.createElement('li');
        item.textContent = neighbour.data('label');
        list.append(item);
      });
    panel.replaceChildren(heading, list);
    markWhenDrawn(cy, 'baseline:panel-ready');
  });
}

void main();
