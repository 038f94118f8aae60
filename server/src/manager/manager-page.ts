import { BOOK_SECTION_HTML, BOOK_SECTION_JS } from './book-section';

// The manager's view: a static page and its script. Data comes from /v1/manager/summary, a page
// of CSMs at a time, with the manager token, which stays in this tab's sessionStorage. A starred
// example's texts are fetched only when it is opened. Everything from reviews is put in the page
// as text (textContent), never as HTML.

export const MANAGER_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Redline — team view</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; }
  table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
  th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; }
  .in { color: #176f2c; } .out { color: #b3261e; }
  ins { background: #d8f5dd; text-decoration: none; } del { background: #fbdcdc; }
  .example { border: 1px solid #ddd; border-radius: 6px; padding: 0.5rem 0.8rem; margin: 0.5rem 0; }
  .example summary { cursor: pointer; }
</style>
</head>
<body>
<h1>Redline — team view</h1>
<form id="login"><label for="token">Manager token</label>
<input id="token" type="password" autocomplete="off" /> <button>Show</button></form>
<p id="message" role="alert"></p>
<div id="team"></div>
<nav id="pages" aria-label="Pages of the team"></nav>
${BOOK_SECTION_HTML}
<script src="/manager.js"></script>
</body>
</html>
`;

export const MANAGER_JS = `'use strict';
const $ = (tag, text, attrs) => {
  const el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
};
const pct = (c) => (c.enough && c.rate !== null ? Math.round(c.rate * 100) + ' %' : 'Too few reviews');
const counts = (c) => c.approved + ' approved · ' + c.edited + ' edited · ' + c.rejected + ' rejected';
function row(cells, head) {
  const tr = $('tr');
  for (const c of cells) tr.append($(head ? 'th' : 'td', c));
  return tr;
}
function table(head, rows, label) {
  const t = $('table', null, { 'aria-label': label });
  t.append(row(head, true));
  for (const r of rows) t.append(row(r));
  return t;
}
const size = (chars) => (chars === null ? 'discarded' : chars > 10000 ? Math.round(chars / 1000) + 'k characters' : chars + ' characters');
function exampleBox(s) {
  const box = $('details', null, { class: 'example', 'data-example': s.id });
  box.append($('summary', s.subject + ' — ' + s.outcome + ', ' + s.taskType + ' (draft ' + size(s.draftChars) + ', sent ' + size(s.sentChars) + ')'));
  if (s.note) box.append($('p', 'Note: ' + s.note));
  const diff = $('p', 'Open to load the word diff.', { class: 'diff' });
  box.append(diff);
  box.addEventListener('toggle', () => {
    if (!box.open || box.dataset.loaded) return;
    box.dataset.loaded = '1';
    diff.textContent = 'Loading…';
    api('/v1/manager/examples/' + encodeURIComponent(s.id)).then((example) => {
      diff.replaceChildren();
      for (const part of example.parts) diff.append($(part.kind === 'added' ? 'ins' : part.kind === 'removed' ? 'del' : 'span', part.text));
    }, (error) => { diff.textContent = error.message; delete box.dataset.loaded; });
  });
  return box;
}
async function api(path) {
  const token = sessionStorage.getItem('redline-manager-token');
  const res = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error((body && body.message) || 'The server answered ' + res.status + '.');
  return body;
}
function render(summary) {
  const team = document.getElementById('team');
  team.replaceChildren();
  const band = summary.band;
  team.append($('p', 'Target band ' + band.low * 100 + '-' + band.high * 100 + ' %. Rejected drafts toward ' + summary.tuningTarget + ' per portfolio.'));
  team.append(table(['CSM', 'Override rate, 7 days', 'Counts, 7 days', 'Override rate, 30 days', 'Counts, 30 days', 'Band', 'Accounts covered, 30 days', 'Rejected drafts'],
    summary.csms.map((c) => [c.displayName || c.csmId, pct(c.last7), counts(c.last7), pct(c.last30), counts(c.last30),
      !c.last30.enough ? '—' : c.last30.rate < band.low ? 'below' : c.last30.rate > band.high ? 'above' : 'in band',
      c.coverageAccounts, c.rejected + ' / ' + summary.tuningTarget]), 'Team'));
  for (const c of summary.csms) {
    const section = $('section', null, { 'data-csm': c.csmId });
    section.append($('h2', c.displayName || c.csmId));
    section.append($('h3', 'Weekly trend'));
    section.append(table(['Week', 'Override rate', 'Counts'], c.trend.filter((w) => w.total > 0).map((w) => [w.week, pct(w), counts(w)]), 'Trend ' + c.csmId));
    section.append($('h3', 'Task times, last 30 days (median minutes)'));
    section.append(table(['Task type', 'Sent', 'Task time', 'Active time', 'Benchmark with AI'],
      c.taskTimes.map((t) => [t.taskType, t.count, t.medianTaskMin, t.medianActiveMin, t.benchmarkMin === null ? '—' : t.benchmarkMin]), 'Task times ' + c.csmId));
    section.append($('h3', 'Starred examples for 1:1s (' + c.starred.length + ')'));
    for (const s of c.starred) section.append(exampleBox(s));
    team.append(section);
  }
}
// Pages are keyed by the last CSM id of the page before; the stack lets "Previous" go back.
const pages = [null];
async function load() {
  const message = document.getElementById('message');
  if (!sessionStorage.getItem('redline-manager-token')) return;
  const after = pages[pages.length - 1];
  let body;
  try {
    body = await api('/v1/manager/summary' + (after ? '?after=' + encodeURIComponent(after) : ''));
  } catch (error) { message.textContent = error.message; return; }
  message.textContent = '';
  render(body);
  const nav = document.getElementById('pages');
  nav.replaceChildren();
  if (pages.length > 1) {
    const prev = $('button', 'Previous CSMs', { type: 'button' });
    prev.addEventListener('click', () => { pages.pop(); load(); });
    nav.append(prev);
  }
  if (body.nextAfter) {
    const next = $('button', 'Next CSMs', { type: 'button' });
    next.addEventListener('click', () => { pages.push(body.nextAfter); load(); });
    nav.append(next);
  }
}
document.getElementById('login').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem('redline-manager-token', document.getElementById('token').value.trim());
  pages.length = 1;
  load();
});
load();
${BOOK_SECTION_JS}`;
