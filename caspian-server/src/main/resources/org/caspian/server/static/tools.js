// Alerts and hypotheses pages: forms and buttons that write through the JSON API, then reload the
// page so it shows the stored state. Fields go as query parameters, as the API documents them;
// a {name} in the address is filled from the form field of that name.

import { $ } from './common.js';

function fill(href, params) {
  return href.replace(/\{(\w+)\}/g, (_, name) => {
    const v = params.get(name) || '';
    params.delete(name);
    return encodeURIComponent(v);
  });
}

function showError(message) {
  const box = $('form-error');
  if (box) {
    box.textContent = message;
    box.hidden = false;
  }
}

async function send(method, href, params, next) {
  const query = params.toString();
  const res = await fetch(href + (query ? `?${query}` : ''), {
    method, headers: { Accept: 'application/json' }, credentials: 'same-origin',
  });
  if (!res.ok) {
    let message = res.statusText;
    try { message = (await res.json()).error || message; } catch (e) { /* not JSON */ }
    showError(message);
    return;
  }
  if (next) window.location.assign(next);
  else window.location.reload();
}

export function initTools() {
  document.querySelectorAll('form.api-form').forEach((form) => {
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const params = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) {
        if (String(v).trim() !== '') params.append(k, String(v).trim());
      }
      const values = new URLSearchParams(params);
      const href = fill(form.dataset.href, params);
      const next = form.dataset.next ? fill(form.dataset.next, values) : null;
      send(form.dataset.api, href, params, next);
    });
  });
  document.querySelectorAll('button[data-api]').forEach((b) => {
    b.addEventListener('click', () => send(b.dataset.api, b.dataset.href, new URLSearchParams()));
  });
  document.querySelectorAll('select.rate').forEach((s) => {
    s.addEventListener('change', () => {
      if (!s.value) return;
      send('POST', s.dataset.href, new URLSearchParams({
        evidence: s.dataset.evidence, hypothesis: s.dataset.hypothesis, rating: s.value,
      }));
    });
  });
}
