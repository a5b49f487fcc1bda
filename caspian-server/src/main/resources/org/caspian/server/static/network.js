// Network page: actors as nodes, events as edges coloured by quad class (Cytoscape.js), from
// /api/network with the page's filter. A click on an edge lists its events.

import { $, el, getJson } from './common.js';

const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict',
  'material conflict'];

function showEdge(edge) {
  const d = edge.data();
  $('edge-title').textContent = `${d.source} → ${d.target}: ${d.events} event${d.events === 1 ? '' : 's'}`
    + ` of ${QUAD_NAMES[d.quad]} · Goldstein mean ${d.goldsteinMean.toFixed(1)}`;
  $('edge-events').replaceChildren(...d.eventKeys.map((key) => {
    const id = key.slice(0, key.lastIndexOf('#'));
    return el('li', { class: 'event' }, el('a', { href: `/articles/${encodeURIComponent(id)}` }, key));
  }));
}

export async function initNetwork() {
  const status = $('network-status');
  try {
    const query = status.dataset.query;
    const net = await getJson(`/api/network${query ? `?${query}` : ''}`);
    status.textContent = `${net.nodes.length} actors, ${net.edges.length} edges`
      + (net.edges.length ? ' — click an edge for its events' : '');
    const max = Math.max(1, ...net.nodes.map((n) => n.events));
    const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
    const cy = window.cytoscape({
      container: $('graph'),
      elements: [
        ...net.nodes.map((n) => ({ data: { ...n, size: 24 + 36 * (n.events / max) } })),
        ...net.edges.map((e) => ({ data: { ...e, width: 1.5 + 6 * (e.events / maxEdge) } })),
      ],
      style: [
        { selector: 'node', style: {
          label: 'data(id)', width: 'data(size)', height: 'data(size)', 'background-color': '#14293d',
          color: '#18202b', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'edge', style: {
          width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
        { selector: 'edge:selected', style: { opacity: 1, 'overlay-opacity': 0.15 } },
      ],
      layout: { name: net.nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false },
      wheelSensitivity: 0.2,
    });
    cy.on('tap', 'edge', (ev) => showEdge(ev.target));
    window.caspian = { cy: () => cy, showEdge: (id) => showEdge(cy.getElementById(id)) };
  } catch (e) {
    status.textContent = e.message;
  }
}
