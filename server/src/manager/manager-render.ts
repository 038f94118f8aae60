// Client script: turns the scorecard and summary JSON into the dashboard's tables and charts.
// Only textContent, never innerHTML: subjects, notes and names are typed by people.

export const RENDER_JS = `'use strict';
(function () {
  const el = (tag, text, attrs) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  };
  // A cell is text, a Node, or { text, cls }.
  function table(label, head, rows, numeric) {
    const t = el('table', null, { 'aria-label': label });
    const tr = el('tr');
    head.forEach((h, i) => tr.append(el('th', h, { scope: 'col', class: numeric && numeric[i] ? 'num' : '' })));
    t.appendChild(el('thead')).append(tr);
    const body = t.appendChild(el('tbody'));
    for (const row of rows) {
      const r = body.appendChild(el('tr'));
      row.forEach((cell, i) => {
        const td = el('td', null, { class: numeric && numeric[i] ? 'num' : '' });
        if (cell instanceof Node) td.append(cell);
        else if (cell && typeof cell === 'object') { td.textContent = cell.text; td.classList.add(cell.cls); }
        else td.textContent = cell === null || cell === undefined ? '—' : String(cell);
        r.append(td);
      });
    }
    return t;
  }
  const pct = (rate, reviews, min) => (reviews < min || rate === null ? 'Too few reviews' : Math.round(rate * 100) + ' %');
  const counts = (c) => c.approved + ' approved · ' + c.edited + ' edited · ' + c.rejected + ' rejected';
  const weekLabel = (w) => new Date(w + 'T00:00:00Z').toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const minutes = (m) => (m === null || m === undefined ? '—' : (Math.round(m * 10) / 10).toFixed(1));
  const empty = (text) => el('p', text, { class: 'empty' });
  const POSITION = {
    under: (d) => 'Under the band by ' + Math.round(d * 100) + ' points',
    over: (d) => 'Over the band by ' + Math.round(d * 100) + ' points',
    inside: () => 'Inside the band',
    'too-few': () => 'Too few reviews',
  };

  function renderTeam(sc) {
    const chart = document.getElementById('team-chart');
    const box = document.getElementById('team-table');
    box.replaceChildren();
    const any = sc.team.weeks.some((w) => w.reviews > 0);
    if (!any) {
      chart.replaceChildren();
      chart.hidden = true;
      box.append(empty('No reviews in the last ' + sc.weeks.length + ' weeks. Give each CSM a token (npm run server:token -- create --csm <id>) and set the sync endpoint in the extension\\'s options: reviews show here after their first sync.'));
      return;
    }
    chart.hidden = false;
    redlineCharts.rateChart(chart, sc.weeks, sc.team.weeks.map((w) => (w.reviews > 0 ? w.overrideRate : null)), sc.band, { label: 'Team override rate' });
    box.append(table('Team by week', ['Week of', 'CSMs', 'Reviews', 'Approved', 'Edited', 'Rejected', 'Override rate'],
      sc.team.weeks.filter((w) => w.reviews > 0).reverse().map((w) => [weekLabel(w.week), w.csms, w.reviews, w.approved, w.edited, w.rejected, pct(w.overrideRate, w.reviews, sc.minReviews)]),
      [false, true, true, true, true, true, true]));
    box.append(el('p', sc.team.coverage
      ? 'AI-assisted account coverage, last 30 days: ' + coverageCell(sc.team.coverage) + ' against ' + Math.round(sc.team.coverageBenchmark * 100) + ' %. ' + sc.team.coverage.verdict
      : 'Account coverage appears once a book of business is imported (Book of business, below).', { class: 'muted', 'data-testid': 'team-coverage-line' }));
    box.append(el('p', 'Rejected drafts so far, whole team: ' + sc.team.rejectedToDate + ' (a portfolio model needs about ' + sc.tuningTarget + ' per portfolio).', { class: 'muted' }));
  }

  // Coverage needs the book of business; without one for the CSM the cell says so.
  function coverageCell(c) {
    if (!c || c.accounts === 0) return 'no book';
    return Math.round(c.share * 100) + ' % (' + c.covered + ' of ' + c.accounts + ')';
  }

  const PAGE = 25;
  function renderCsms(sc, page, onPage) {
    const box = document.getElementById('csm-list');
    box.replaceChildren();
    if (sc.csms.length === 0) {
      box.append(empty('No CSMs yet. Create a token for each CSM (npm run server:token -- create --csm <id> --name "<name>").'));
      return;
    }
    box.append(el('p', 'Placed on the last ' + sc.windowWeeks + ' weeks (band ' + sc.band.low * 100 + '-' + sc.band.high * 100 + ' %); farthest from the band first.', { class: 'muted' }));
    const shown = sc.csms.slice(page * PAGE, page * PAGE + PAGE);
    const sparks = [];
    const rows = shown.map((c) => {
      const spark = el('div', null, { class: 'spark', role: 'img', 'aria-label': 'Weekly override rate of ' + (c.name || c.csmId) });
      sparks.push([spark, c]);
      return [c.name || c.csmId, pct(c.window.overrideRate, c.window.reviews, sc.minReviews), counts(c.window),
        { text: POSITION[c.position](c.distance || 0), cls: 'pos--' + c.position }, c.coaching,
        c.rejectedToDate + ' / ' + sc.tuningTarget, coverageCell(c.coverage), spark];
    });
    box.append(table('CSMs by distance from the band', ['CSM', 'Override rate, ' + sc.windowWeeks + ' weeks', 'Counts', 'Where', 'Coaching action', 'Rejected drafts', 'Account coverage, 30 days', 'Trend, ' + sc.weeks.length + ' weeks'], rows));
    for (const [spark, c] of sparks) {
      redlineCharts.rateChart(spark, sc.weeks, c.weeks.map((w) => (w.reviews > 0 ? w.overrideRate : null)), sc.band, { small: true });
    }
    const pages = Math.ceil(sc.csms.length / PAGE);
    if (pages > 1) {
      const nav = el('nav', null, { 'aria-label': 'Pages of CSMs' });
      for (let i = 0; i < pages; i++) {
        const b = el('button', 'CSMs ' + (i * PAGE + 1) + '-' + Math.min(sc.csms.length, i * PAGE + PAGE), { type: 'button' });
        if (i === page) b.setAttribute('aria-current', 'page');
        b.addEventListener('click', () => onPage(i));
        nav.append(b);
      }
      box.append(nav);
    }
  }

  function renderTasks(sc) {
    const box = document.getElementById('task-table');
    box.replaceChildren();
    const weeks = sc.weeks.slice(-sc.windowWeeks);
    const cells = new Map(sc.team.taskTimes.filter((t) => weeks.includes(t.week)).map((t) => [t.taskType + '|' + t.week, t]));
    const types = Object.keys(sc.labels).filter((type) => sc.targetsMin[type] !== undefined || weeks.some((w) => cells.has(type + '|' + w)));
    if (![...cells.values()].some((t) => t.sent > 0)) {
      box.append(empty('No sent drafts in the last ' + sc.windowWeeks + ' weeks: task times show once CSMs send AI drafts.'));
      return;
    }
    box.append(table('Team task times', ['Task type', 'Target with AI'].concat(weeks.map((w) => 'Week of ' + weekLabel(w))),
      types.map((type) => [sc.labels[type], sc.targetsMin[type] === undefined ? '—' : sc.targetsMin[type] + ' min'].concat(weeks.map((w) => {
        const t = cells.get(type + '|' + w);
        if (!t || t.sent === 0) return '—';
        const text = minutes(t.medianTaskMin) + ' min (active ' + minutes(t.medianActiveMin) + ') · ' + t.sent + ' sent';
        return t.targetMin !== null && t.medianTaskMin > t.targetMin ? { text, cls: 'over-target' } : text;
      })))));
    box.append(el('p', 'Median minutes from the draft\\'s arrival to send, and focused typing time, of sent drafts; UTC weeks.', { class: 'muted' }));
  }

  // Moved text (a sentence put elsewhere) is marked in words and by a double line, not colour alone.
  function diffPart(part) {
    if (part.kind === 'kept') return el('span', part.text);
    const tag = part.kind === 'added' ? 'ins' : 'del';
    if (!part.moved) return el(tag, part.text);
    const words = part.kind === 'added' ? 'moved here' : 'moved from here';
    const node = el(tag, null, { class: 'moved', title: words });
    node.append(el('span', words + ': ', { class: 'sr-only' }), part.text);
    return node;
  }
  function movedLegend() {
    const legend = el('p', null, { class: 'muted diff-legend' });
    legend.append(el('del', 'moved from', { class: 'moved' }), ' ', el('ins', 'moved to', { class: 'moved' }), ' — the same words, put elsewhere');
    return legend;
  }
  const size = (chars) => (chars === null ? 'discarded' : chars > 10000 ? Math.round(chars / 1000) + 'k characters' : chars + ' characters');
  function exampleBox(s, labels, api) {
    const box = el('details', null, { class: 'example', 'data-example': s.id });
    box.append(el('summary', s.subject + ' — ' + s.outcome + ', ' + (labels[s.taskType] || s.taskType) + ' (draft ' + size(s.draftChars) + ', sent ' + size(s.sentChars) + ')'));
    if (s.note) box.append(el('p', 'Note: ' + s.note));
    const diff = el('p', 'Open to load the word diff.', { class: 'diff' });
    box.append(diff);
    box.addEventListener('toggle', () => {
      if (!box.open || box.dataset.loaded) return;
      box.dataset.loaded = '1';
      diff.textContent = 'Loading…';
      api('/v1/manager/examples/' + encodeURIComponent(s.id)).then((example) => {
        diff.replaceChildren();
        for (const part of example.parts) diff.append(diffPart(part));
        if (example.parts.some((part) => part.moved)) box.insertBefore(movedLegend(), diff);
      }, (error) => { diff.textContent = 'Could not load this example: ' + error.message; delete box.dataset.loaded; });
    });
    return box;
  }
  function renderExamples(summary, labels, api) {
    const box = document.getElementById('examples');
    box.replaceChildren();
    const withStars = summary.csms.filter((c) => c.starred.length > 0);
    if (withStars.length === 0) {
      box.append(empty('No starred examples on this page. CSMs star an edit in the popup\\'s review list to bring it to the 1:1.'));
      return;
    }
    for (const c of withStars) {
      const section = el('section', null, { 'data-csm': c.csmId });
      section.append(el('h3', (c.displayName || c.csmId) + ' (' + c.starred.length + ')'));
      for (const s of c.starred) section.append(exampleBox(s, labels, api));
      box.append(section);
    }
  }
  window.redlineRender = { el, renderTeam, renderCsms, renderTasks, renderExamples };
})();
`;
