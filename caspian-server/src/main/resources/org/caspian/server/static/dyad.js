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

const state = { chart: null, rows: [], markers: [], params: null };

function dyadParams() {
  const modalities = [...document.querySelectorAll('#dyad-modalities input[name=modality]')]
    .filter((c) => c.checked).map((c) => c.value);
  return {
    a: $('dyad-a').value.trim().toUpperCase(),
    b: $('dyad-b').value.trim().toUpperCase(),
    by: $('dyad-by').value,
    all: $('dyad-all').checked,
    modality: modalities.join(','),
  };
}

function query(p, extra = {}) {
  const q = { a: p.a, b: p.b, by: p.by, all: String(p.all), ...extra };
  if (p.modality && !p.all) q.modality = p.modality;
  return new URLSearchParams(q).toString();
}

function briefLinks() {
  const p = state.params || dyadParams();
  const range = { from: $('brief-from').value, to: $('brief-to').value };
  const q = (format) => new URLSearchParams({ a: p.a, b: p.b, ...range, format }).toString();
  $('brief-html').href = `/api/brief?${q('html')}`;
  $('brief-md').href = `/api/brief?${q('md')}`;
}

function showMarkers(r) {
  $('escalation-rule').textContent = r.rule;
  $('markers').replaceChildren(...(r.markers.length ? r.markers.map((m) => el('li', { class: 'marker' },
    el('b', {}, m.period), `: ${m.conflicts} conflict events against a mean of `
      + `${m.baselineMean.toFixed(2)} (z ${m.z.toFixed(1)})`)) : [el('li', { class: 'empty' }, 'No period is marked.')]));
}

async function loadDyad() {
  const p = dyadParams();
  const status = $('dyad-status');
  $('dyad-csv').href = `/api/dyad?${new URLSearchParams({ a: p.a, b: p.b, by: p.by, all: String(p.all), format: 'csv' })}`;
  status.textContent = 'Loading…';
  const seq = (state.seq = (state.seq || 0) + 1);
  try {
    const r = await getJson(`/api/dyad/timeline?${query(p)}`);
    if (seq !== state.seq) return; // a newer request is on its way
    state.rows = r.rows;
    state.markers = r.markers;
    state.params = p;
    showMarkers(r);
    if (r.from) {
      $('brief-from').value = r.from;
      $('brief-to').value = r.to;
    }
    briefLinks();
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
        data: rows.map((r) => (r.events ? Number(r.goldsteinMean.toFixed(2)) : null)),
        connectNulls: false,
      },
      {
        name: 'Escalation', type: 'scatter', symbol: 'triangle', symbolSize: 16,
        itemStyle: { color: '#b0001e' }, z: 5,
        data: rows.map((r) => ((state.markers || []).some((m) => m.period === r.period)
          ? r.events + 0.5 : null)),
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
    const r = await getJson(`/api/dyad/bucket?${query(p, { period, page: String(page), size: '20' })}`);
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
  document.querySelectorAll('#dyad-modalities input').forEach((c) => c.addEventListener('change', loadDyad));
  $('brief-from').addEventListener('change', briefLinks);
  $('brief-to').addEventListener('change', briefLinks);
  loadDyad();
  window.caspian = { showBucket, chart: () => state.chart };
}
