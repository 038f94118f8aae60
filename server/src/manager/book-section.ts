import type { ManagerSection } from './manager-page';

// The manager page's book of business: the CSV upload, coverage against the book per CSM, and
// tuning progress per portfolio. Its own markup and script, a section of the dashboard, so the
// page can change around it. Everything from the server goes in as text (textContent).

const BOOK_SCRIPT_PATH = '/manager/book.js';

const BOOK_SECTION_HTML = `
<h2 id="book-title">Book of business</h2>
<p id="book-state"></p>
<form id="book-upload"><label for="book-file">Book CSV (account, domains, csm_id, arr, segment)</label>
<input id="book-file" type="file" accept=".csv,text/csv" /> <button>Import, replacing the book</button></form>
<div id="book-result" role="status"></div>
<h3>AI-assisted account coverage, last 30 days</h3>
<div id="book-coverage"></div>
<h3>Tuning progress per portfolio</h3>
<div id="book-tuning"></div>`;

const BOOK_SECTION_JS = `
(() => {
  const el = (tag, text, attrs) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  };
  const grid = (head, rows, label) => {
    const t = el('table', null, { 'aria-label': label });
    const tr = el('tr');
    for (const h of head) tr.append(el('th', h));
    t.append(tr);
    for (const r of rows) {
      const line = el('tr');
      for (const c of r) line.append(el('td', c));
      t.append(line);
    }
    return t;
  };
  const share = (s) => (s === null ? '—' : Math.round(s * 100) + ' %');
  async function call(path, init) {
    const token = sessionStorage.getItem('redline-manager-token');
    const res = await fetch(path, Object.assign({}, init, { headers: Object.assign({ authorization: 'Bearer ' + token }, (init && init.headers) || {}) }));
    const body = await res.json().catch(() => null);
    if (!res.ok) { const e = new Error((body && body.message) || 'The server answered ' + res.status + '.'); e.body = body; throw e; }
    return body;
  }
  async function refresh() {
    if (!sessionStorage.getItem('redline-manager-token')) return;
    document.getElementById('book').hidden = false;
    const state = document.getElementById('book-state');
    const coverage = document.getElementById('book-coverage');
    const tuning = document.getElementById('book-tuning');
    try {
      const [book, cov, tune] = await Promise.all([call('/v1/manager/book'), call('/v1/manager/coverage'), call('/v1/manager/tuning-progress')]);
      state.textContent = book.accounts === 0
        ? 'No book imported yet: upload a CSV to measure coverage against it.'
        : book.accounts + ' accounts (' + book.domains + ' domains) for ' + book.csms + ' CSMs, imported ' + new Date(book.importedAt).toLocaleString() + '.';
      coverage.replaceChildren();
      if (cov.csms.length > 0) {
        coverage.append(el('p', 'Team: ' + share(cov.team.share) + ' (' + cov.team.covered + ' of ' + cov.team.accounts + ' accounts). ' + cov.team.verdict, { 'data-testid': 'team-coverage' }));
        coverage.append(grid(['CSM', 'Coverage', 'Covered / in book', 'Where it sits', 'Next moves (not covered, biggest ARR first)'],
          cov.csms.map((c) => [c.displayName || c.csmId, share(c.share), c.covered + ' / ' + c.accounts, c.verdict,
            c.uncovered.slice(0, 10).map((u) => u.account).join(', ') + (c.uncoveredTotal > 10 ? ' … and ' + (c.uncoveredTotal - 10) + ' more' : '')]), 'Coverage'));
      }
      tuning.replaceChildren();
      if (tune.portfolios.length > 0) {
        tuning.append(grid(['Portfolio', 'Accounts', 'Rejected drafts toward ' + tune.target],
          tune.portfolios.map((p) => [(p.kind === 'csm' ? 'Book of ' + (p.displayName || p.key) : 'Segment ' + p.key), p.accounts, p.rejected + ' / ' + p.target]), 'Tuning progress per portfolio'));
        tuning.append(el('p', tune.unattributed + ' of ' + tune.rejectedTotal + ' rejected drafts match no account of the book (no recipient, or a domain not in it).'));
      }
    } catch (error) { state.textContent = error.message; coverage.replaceChildren(); tuning.replaceChildren(); }
  }
  document.getElementById('book-upload').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = document.getElementById('book-result');
    const file = document.getElementById('book-file').files[0];
    if (!file) { result.textContent = 'Choose a CSV file first.'; return; }
    result.textContent = 'Importing…';
    try {
      const done = await call('/v1/manager/book', { method: 'PUT', headers: { 'content-type': 'text/csv' }, body: await file.text() });
      result.textContent = 'Imported ' + done.accounts + ' accounts for ' + done.csms + ' CSMs; the previous book was replaced.';
      refresh();
    } catch (error) {
      result.replaceChildren(el('p', error.message));
      const problems = (error.body && error.body.problems) || [];
      if (problems.length > 0) result.append(grid(['Line', 'Column', 'Problem'], problems.map((p) => [p.line, p.column || '—', p.message]), 'Problems in the file'));
    }
  });
  document.getElementById('login').addEventListener('submit', () => setTimeout(refresh));
  refresh();
})();
`;

/** The dashboard section: markup in the page, script served at BOOK_SCRIPT_PATH. */
export const BOOK_SECTION: ManagerSection = {
  id: 'book',
  html: BOOK_SECTION_HTML,
  scripts: [{ path: BOOK_SCRIPT_PATH, body: BOOK_SECTION_JS }],
};
