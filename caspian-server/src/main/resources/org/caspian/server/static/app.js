// Entry module: loads the module of the page shown (body[data-page]). No build step.

const page = document.body.dataset.page;
if (page === 'dyads') {
  import('./dyad.js').then((m) => m.initDyads());
} else if (page === 'network') {
  import('./network.js').then((m) => m.initNetwork());
} else if (page === 'alerts' || page === 'ach') {
  import('./tools.js').then((m) => m.initTools());
} else if (page === 'article') {
  import('./article.js').then((m) => m.initArticle());
}
