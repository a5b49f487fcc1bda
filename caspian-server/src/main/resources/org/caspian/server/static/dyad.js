// Dyad page: the series of two actors as stacked bars by quad class with the Goldstein mean, and
// the events behind a clicked bar, paged.
import { $, el, getJson } from './common.js';

// ---- dyad chart ------------------------------------------------------------------------------

const QUADS = [
  ['quad1', 'Verbal cooperation', '#4f9d69'],
  ['quad2', 'Material cooperation', '#2e6f9e'],
  ['quad3', 'Verbal conflict', '#e0a030'],
  ['quad4', 'Material conflict', '#c8453b'],
];

const state = { chart: null, rows: [], params: null };

function dyadParams() {
  return {
    a: $('dyad-a').value.trim().toUpperCase(),
    b: $('dyad-b').value.trim().toUpperCase(),
    by: $('dyad-by').value,
    all: $('dyad-all').checked,
  };
}

function query(p, extra = {}) {
  return new URLSearchParams({ a: p.a, b: p.b, by: p.by, all: String(p.all), ...extra }).toString();
}

async function loadDyad() {
  const p = dyadParams();
  const status = $('dyad-status');
  $('dyad-csv').href = `/api/dyad?${query(p, { format: 'csv' })}`;
  status.textContent = 'Loading…';
  try {
    const r = await getJson(`/api/dyad?${query(p)}`);
    state.rows = r.rows;
    state.params = p;
    const total = r.rows.reduce((n, row) => n + row.events, 0);
    status.textContent = `${total} event${total === 1 ? '' : 's'} between ${p.a} and ${p.b}`
      + (r.rows.length ? ' — click a bar to see its sentences' : '');
    drawChart(r.rows);
    $('bucket-title').textContent = '';
    $('events').replaceChildren();
    $('bucket-more').replaceChildren();
  } catch (e) {
    status.textContent = e.message;
  }
}

function drawChart(rows) {
  if (!state.chart) {
    state.chart = window.echarts.init($('chart'), null, { renderer: 'canvas' });
    state.chart.getZr().on('click', (ev) => {
      const point = [ev.offsetX, ev.offsetY];
      if (!state.rows.length || !state.chart.containPixel('grid', point)) return;
      const index = state.chart.convertFromPixel({ xAxisIndex: 0 }, point[0]);
      if (index >= 0 && index < state.rows.length) showBucket(state.rows[index].period);
    });
    window.addEventListener('resize', () => state.chart.resize());
  }
  state.chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((r) => r.period) },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1 },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
    ],
    series: [
      ...QUADS.map(([key, name, color]) => ({
        name, type: 'bar', stack: 'quad', barMaxWidth: 64, itemStyle: { color },
        data: rows.map((r) => r[key]),
      })),
      {
        name: 'Goldstein mean', type: 'line', yAxisIndex: 1, itemStyle: { color: '#333' },
        data: rows.map((r) => Number(r.goldsteinMean.toFixed(2))),
      },
    ],
  }, true);
}

function withTrigger(sentence, trigger) {
  const at = trigger ? sentence.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
  if (at < 0) return [sentence];
  return [sentence.slice(0, at), el('mark', {}, sentence.slice(at, at + trigger.length)),
    sentence.slice(at + trigger.length)];
}

async function showBucket(period, page = 1) {
  const p = state.params || dyadParams();
  $('bucket-title').textContent = `${period}: loading…`;
  try {
    const r = await getJson(`/api/dyad/events?${query(p, { period, page: String(page), size: '50' })}`);
    $('bucket-title').textContent = `${period}: ${r.total} event${r.total === 1 ? '' : 's'}`
      + (r.pages > 1 ? ` · page ${r.page} of ${r.pages}` : '');
    pager(period, r);
    $('events').replaceChildren(...r.events.map((e) => {
      const href = `/articles/${encodeURIComponent(e.articleId)}#${e.start}-${e.end}`;
      return el('li', { class: `event quad${e.quad}` },
        el('div', { class: 'meta' },
          el('a', { href, class: 'event-title' }, e.title || e.articleId),
          ` · ${e.outlet || 'unknown outlet'} · ${e.date}`),
        el('blockquote', { class: 'sentence' }, ...withTrigger(e.sentence, e.trigger)),
        el('div', { class: 'codes' },
          `${e.sourceCode} → ${e.targetCode} · CAMEO ${e.cameo} · Goldstein ${e.goldstein}`
          + (e.modality === 'asserted' ? '' : ` · ${e.modality}`)));
    }));
  } catch (e) {
    $('bucket-title').textContent = e.message;
  }
}

function pager(period, r) {
  const links = [];
  if (r.page > 1) {
    const prev = el('button', { type: 'button', class: 'secondary' }, '← Previous');
    prev.addEventListener('click', () => showBucket(period, r.page - 1));
    links.push(prev);
  }
  if (r.page < r.pages) {
    const next = el('button', { type: 'button', class: 'secondary', id: 'bucket-next' }, 'Next →');
    next.addEventListener('click', () => showBucket(period, r.page + 1));
    links.push(next);
  }
  $('bucket-more').replaceChildren(...links);
}

export function initDyads() {
  $('dyad-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const p = dyadParams();
    history.replaceState(null, '', `/dyads?a=${encodeURIComponent(p.a)}&b=${encodeURIComponent(p.b)}&by=${p.by}`);
    loadDyad();
  });
  $('dyad-by').addEventListener('change', loadDyad);
  $('dyad-all').addEventListener('change', loadDyad);
  loadDyad();
  window.caspian = { showBucket, chart: () => state.chart };
}
