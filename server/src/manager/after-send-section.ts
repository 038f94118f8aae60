import { TASK_TYPE_LABELS } from '../../../lib/export/prompt';
import { EDIT_LABEL_NAMES } from '../../../lib/popup/edit-label-names';
import { EDIT_LABELS } from '../../../lib/review/vocabulary';
import type { ManagerSection } from './manager-page';

// The dashboard's "after the send" section: reply rates within 7 days per outcome and task type
// (does editing pay off?) and, per CSM, what kind of edits they make. Numbers come from
// /v1/manager/outcomes and the summary page the dashboard already loaded; all text goes in as
// textContent.

const AFTER_SEND_SCRIPT_PATH = '/manager/after-send.js';

const HTML = `
<h2 id="after-send-title">After the send, and kinds of edit</h2>
<div id="reply-rates" aria-live="polite"></div>
<h3>Kinds of edit per CSM, last 30 days</h3>
<div id="edit-kinds"></div>`;

const OUTCOME_NAMES = { approve: 'Approved', edit: 'Edited', reject: 'Rewritten' };
const LABEL_NAMES = Object.fromEntries(EDIT_LABELS.map((l) => [l, EDIT_LABEL_NAMES[l].name]));

const AFTER_SEND_JS = `'use strict';
(function () {
  const R = window.redline;
  const OUTCOMES = ${JSON.stringify(OUTCOME_NAMES)};
  const LABELS = ${JSON.stringify(LABEL_NAMES)};
  const TASKS = ${JSON.stringify(TASK_TYPE_LABELS)};
  const $ = (id) => document.getElementById(id);
  const pct = (c) => (c.rate === null ? '—' : Math.round(c.rate * 100) + ' %');
  function table(label, head, rows) {
    const t = R.el('table', null, { 'aria-label': label });
    const tr = R.el('tr');
    for (const h of head) tr.append(R.el('th', h, { scope: 'col' }));
    t.append(tr);
    for (const row of rows) {
      const line = R.el('tr');
      for (const cell of row) line.append(R.el('td', cell));
      t.append(line);
    }
    return t;
  }
  async function replies() {
    const box = $('reply-rates');
    box.replaceChildren();
    let report;
    try {
      report = await R.json('/v1/manager/outcomes');
    } catch (error) {
      box.append(R.el('p', 'Reply rates could not be loaded: ' + error.message, { role: 'alert' }));
      return;
    }
    if (report.total.sent === 0) {
      box.append(R.el('p', 'No reply rates yet: they count e-mails sent at least ' + report.windowDays + ' days ago in a Gmail thread the CSM opened later.', { class: 'muted' }));
      return;
    }
    box.append(R.el('p', report.verdict, { 'data-testid': 'reply-verdict' }));
    box.append(table('Replies within ' + report.windowDays + ' days, by outcome', ['Outcome', 'Sent', 'Replied within ' + report.windowDays + ' days', 'Reply rate'],
      Object.keys(OUTCOMES).map((o) => [OUTCOMES[o], report.byOutcome[o].sent, report.byOutcome[o].replied, pct(report.byOutcome[o])])));
    if (report.byTaskType.length > 0) {
      box.append(table('Replies within ' + report.windowDays + ' days, by task type', ['Task type', 'Sent', 'Replied', 'Reply rate'],
        report.byTaskType.map((t) => [TASKS[t.taskType] || t.taskType, t.sent, t.replied, pct(t)])));
    }
  }
  function kinds(summary) {
    const box = $('edit-kinds');
    box.replaceChildren();
    const csms = (summary && summary.csms) || [];
    const any = csms.some((c) => Object.values(c.editLabels30 || {}).some((n) => n > 0));
    if (!any) {
      box.append(R.el('p', 'No labelled edits in the last 30 days on this page of CSMs.', { class: 'muted' }));
      return;
    }
    const names = Object.keys(LABELS);
    box.append(table('Kinds of edit per CSM', ['CSM'].concat(names.map((n) => LABELS[n])),
      csms.map((c) => [c.displayName || c.csmId].concat(names.map((n) => (c.editLabels30 && c.editLabels30[n]) || 0)))));
  }
  R.onLoad((last) => {
    kinds(last.summary);
    replies();
  });
})();
`;

export const AFTER_SEND_SECTION: ManagerSection = {
  id: 'after-send',
  html: HTML,
  scripts: [{ path: AFTER_SEND_SCRIPT_PATH, body: AFTER_SEND_JS }],
};
