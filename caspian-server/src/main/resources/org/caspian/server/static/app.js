// Caspian dashboard and article view. One ES module, no build step. Text from the server is put
// into the page with textContent; only the search highlights (HTML the server escaped, with <mark>
// around matches) are set as innerHTML.

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'html') node.innerHTML = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

// ---- search ----------------------------------------------------------------------------------

const FACET_FIELDS = { source: 'source', language: 'language', actor_country: 'actor_country',
  outlet_side: 'outlet_side', outlet_country: 'outlet_country' };
const FACET_TITLES = { source: 'Outlet', language: 'Language', actor_country: 'Actor country',
  outlet_side: 'Outlet side', outlet_country: 'Outlet country' };

async function runSearch(q) {
  const status = $('search-status');
  status.textContent = 'Searching…';
  try {
    const r = await getJson(`/api/search?limit=20&q=${encodeURIComponent(q)}`);
    status.textContent = `${r.total} article${r.total === 1 ? '' : 's'}`;
    renderHits(r.hits);
    renderFacets(r.facets, q);
  } catch (e) {
    status.textContent = e.message;
    $('results').replaceChildren();
    $('facets').replaceChildren();
  }
}

function renderHits(hits) {
  $('results').replaceChildren(...hits.map((h) => {
    const meta = [h.source, h.published].filter(Boolean).join(' · ');
    return el('li', { class: 'hit' },
      el('a', { class: 'hit-title', href: `/articles/${encodeURIComponent(h.id)}`, html: h.titleHtml }),
      el('div', { class: 'meta' }, meta),
      ...h.snippets.map((s) => el('p', { class: 'snippet', html: s })));
  }));
}

function renderFacets(facets, q) {
  const blocks = [];
  for (const [dim, values] of Object.entries(facets)) {
    if (!values.length) continue;
    const items = values.map((v) => {
      const a = el('a', { href: '#' }, `${v.value}`);
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        const clause = `${FACET_FIELDS[dim]}:"${v.value.replace(/"/g, '\\"')}"`;
        const next = q.trim() ? `(${q}) AND ${clause}` : clause;
        $('q').value = next;
        runSearch(next);
      });
      return el('li', {}, a, el('span', { class: 'count' }, String(v.count)));
    });
    blocks.push(el('div', { class: 'facet' }, el('h4', {}, FACET_TITLES[dim] || dim), el('ul', {}, ...items)));
  }
  $('facets').replaceChildren(...blocks);
}

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

async function showBucket(period) {
  const p = state.params || dyadParams();
  $('bucket-title').textContent = `${period}: loading…`;
  try {
    const r = await getJson(`/api/dyad/events?${query(p, { period })}`);
    $('bucket-title').textContent = `${period}: ${r.events.length} event${r.events.length === 1 ? '' : 's'}`;
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

function initDashboard() {
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = $('q').value;
    history.replaceState(null, '', q ? `/?q=${encodeURIComponent(q)}` : '/');
    runSearch(q);
  });
  $('dyad-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadDyad(); });
  $('dyad-by').addEventListener('change', loadDyad);
  $('dyad-all').addEventListener('change', loadDyad);
  if ($('q').value) runSearch($('q').value);
  loadDyad();
  window.caspian = { showBucket, runSearch, chart: () => state.chart };
}

// ---- article view ----------------------------------------------------------------------------

function highlightFromHash() {
  const data = JSON.parse($('article-data').textContent);
  const text = data.text;
  const m = /^#(\d+)-(\d+)$/.exec(location.hash);
  const box = $('article-text');
  if (!m) {
    box.replaceChildren(text);
    return;
  }
  const start = Math.min(Number(m[1]), text.length);
  const end = Math.min(Math.max(Number(m[2]), start), text.length);
  const mark = el('mark', { id: 'highlight' }, text.slice(start, end));
  box.replaceChildren(text.slice(0, start), mark, text.slice(end));
  mark.scrollIntoView({ block: 'center' });
}

function initArticle() {
  highlightFromHash();
  window.addEventListener('hashchange', highlightFromHash);
}

const page = document.body.dataset.page;
if (page === 'dashboard') initDashboard();
else if (page === 'article') initArticle();
