// Article reader: marks the stretch named by the URL fragment (#start-end, character offsets into
// the text) and ties the side panel to the highlights in the text.
import { $ } from './common.js';

// The DOM range covering text offsets [start, end) of box, walking its text nodes.
function rangeOf(box, start, end) {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let begun = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.data.length;
    if (!begun && start <= at + len) {
      range.setStart(node, start - at);
      begun = true;
    }
    if (begun && end <= at + len) {
      range.setEnd(node, end - at);
      return range;
    }
    at += len;
  }
  return null;
}

function clearMark() {
  const old = $('highlight');
  if (!old) return;
  old.replaceWith(...old.childNodes);
  $('article-text').normalize();
}

function highlightFromHash() {
  clearMark();
  const m = /^#(\d+)-(\d+)$/.exec(location.hash);
  if (!m) return;
  const box = $('article-text');
  const length = box.textContent.length;
  const start = Math.min(Number(m[1]), length);
  const end = Math.min(Math.max(Number(m[2]), start), length);
  const range = rangeOf(box, start, end);
  if (!range || start === end) return;
  const mark = document.createElement('mark');
  mark.id = 'highlight';
  mark.append(range.extractContents());
  range.insertNode(mark);
  mark.scrollIntoView({ block: 'center' });
}

function focusRef(ref, on) {
  for (const span of document.querySelectorAll('#article-text .hl')) {
    if (span.dataset.refs.split(' ').includes(ref)) span.classList.toggle('focus', on);
  }
}

export function initArticle() {
  highlightFromHash();
  window.addEventListener('hashchange', highlightFromHash);
  for (const item of document.querySelectorAll('.side-item')) {
    item.addEventListener('mouseenter', () => focusRef(item.dataset.ref, true));
    item.addEventListener('mouseleave', () => focusRef(item.dataset.ref, false));
  }
}
