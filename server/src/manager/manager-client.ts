// Client script: sign-in, loading, refresh, the CSV download and errors. A failed load hides
// every number it would have replaced: old figures never stay on screen looking current.

export const CLIENT_JS = `'use strict';
(function () {
  const TOKEN = 'redline-manager-token';
  const $ = (id) => document.getElementById(id);
  const R = window.redlineRender;
  async function api(path) {
    const token = sessionStorage.getItem(TOKEN);
    let res;
    try {
      res = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
    } catch {
      throw new Error('The server cannot be reached.');
    }
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      throw new Error((body && body.message) || 'The server answered ' + res.status + '.');
    }
    return res;
  }
  const json = async (path) => (await api(path)).json();
  const hooks = [];
  let last = null;
  let csmPage = 0;
  const examplePages = [null];
  function draw() {
    if (!last) return;
    redlineCharts.destroyCharts();
    R.renderTeam(last.scorecard);
    R.renderCsms(last.scorecard, csmPage, (page) => { csmPage = page; draw(); });
    R.renderTasks(last.scorecard);
    R.renderExamples(last.summary, last.scorecard.labels, json);
  }
  function fail(error) {
    // Nothing stale stays: the dashboard goes away with its numbers.
    last = null;
    redlineCharts.destroyCharts();
    for (const id of ['team-chart', 'team-table', 'csm-list', 'task-table', 'examples', 'pages']) $(id).replaceChildren();
    $('dashboard').hidden = true;
    $('status').textContent = '';
    $('message').textContent = 'Could not load the scorecard: ' + error.message + ' Nothing is shown until a load succeeds; press Show to try again.';
  }
  async function load() {
    if (!sessionStorage.getItem(TOKEN)) return;
    $('status').textContent = 'Loading…';
    const after = examplePages[examplePages.length - 1];
    try {
      const [scorecard, summary] = await Promise.all([
        json('/v1/manager/scorecard'),
        json('/v1/manager/summary' + (after ? '?after=' + encodeURIComponent(after) : '')),
      ]);
      last = { scorecard, summary };
    } catch (error) {
      fail(error);
      return;
    }
    $('message').textContent = '';
    $('dashboard').hidden = false;
    draw();
    pager(last.summary);
    $('status').textContent = 'Updated ' + new Date(last.scorecard.generatedAt).toLocaleString() + '. Weeks are UTC, Monday first.';
    for (const hook of hooks) hook(last);
  }
  function pager(summary) {
    const nav = $('pages');
    nav.replaceChildren();
    const button = (text, go) => {
      const b = R.el('button', text, { type: 'button' });
      b.addEventListener('click', go);
      nav.append(b);
    };
    if (examplePages.length > 1) button('Previous CSMs', () => { examplePages.pop(); load(); });
    if (summary.nextAfter) button('Next CSMs', () => { examplePages.push(summary.nextAfter); load(); });
  }
  async function download() {
    try {
      const blob = await (await api('/v1/manager/scorecard.csv')).blob();
      const a = R.el('a', null, { href: URL.createObjectURL(blob), download: 'redline-scorecard.csv' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    } catch (error) {
      $('message').textContent = 'Could not download the scorecard: ' + error.message;
    }
  }
  $('login').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN, $('token').value.trim());
    examplePages.length = 1;
    csmPage = 0;
    load();
  });
  $('refresh').addEventListener('click', load);
  $('download').addEventListener('click', download);
  // Charts take their colours when drawn: redraw when the system switches light and dark.
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', draw);
  // For sections other modules add: the same authenticated fetch, called after every load.
  window.redline = { api, json, el: R.el, onLoad: (hook) => hooks.push(hook) };
  load();
})();
`;
