// The manager's dashboard: the page shell. Styles, scripts and uPlot are separate files served
// by `manager-assets.ts`; data comes from the JSON endpoints with the manager token, which stays
// in this tab's sessionStorage. Everything from reviews goes into the page as text, never HTML.

/**
 * A section another module adds to the dashboard (book upload, tuning progress…): its markup
 * goes after the built-in sections, its scripts (same-origin paths the module serves) after the
 * dashboard's own, so they can use `window.redline` (api, el, onLoad).
 */
export interface ManagerSection {
  id: string;
  html: string;
  /** Client scripts, served at their same-origin path by the manager routes. */
  scripts?: readonly { path: string; body: string }[];
}

export function managerHtml(sections: readonly ManagerSection[] = []): string {
  const extra = sections.map((s) => `<section id="${s.id}" class="card">${s.html}</section>`);
  const scripts = sections
    .flatMap((s) => s.scripts ?? [])
    .map((script) => `<script src="${script.path}"></script>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Redline — team scorecard</title>
<link rel="stylesheet" href="/manager/theme.css" />
<link rel="stylesheet" href="/manager/base.css" />
<link rel="stylesheet" href="/manager/uplot.css" />
<link rel="stylesheet" href="/manager/manager.css" />
</head>
<body>
<div class="app app--tab">
<header class="app__header">
  <h1>Redline — team scorecard</h1>
  <form id="login" class="login">
    <label for="token">Manager token</label>
    <input id="token" type="password" autocomplete="off" />
    <button>Show</button>
  </form>
</header>
<p id="message" role="alert"></p>
<p id="status" class="muted" aria-live="polite"></p>
<main id="dashboard" hidden>
  <div class="toolbar">
    <button type="button" id="refresh">Refresh</button>
    <button type="button" id="download">Download the scorecard (CSV)</button>
  </div>
  <section id="team-section" class="card" aria-labelledby="team-title">
    <h2 id="team-title">Team override rate by week, against the 18-32 % band</h2>
    <div id="team-chart" class="chart" role="img" aria-label="Team override rate by week"></div>
    <div id="team-table"></div>
  </section>
  <section id="csm-section" class="card" aria-labelledby="csm-title">
    <h2 id="csm-title">CSMs by distance from the band</h2>
    <div id="csm-list"></div>
  </section>
  <section id="task-section" class="card" aria-labelledby="task-title">
    <h2 id="task-title">Team task times by week (median minutes)</h2>
    <div id="task-table"></div>
  </section>
  <section id="examples-section" class="card" aria-labelledby="examples-title">
    <h2 id="examples-title">Starred examples for 1:1s</h2>
    <div id="examples"></div>
    <nav id="pages" aria-label="Pages of starred examples"></nav>
  </section>
  <!-- More sections: ManagerSection entries (routes/manager-routes.ts) render here. -->
  ${extra.join('\n  ')}
</main>
</div>
<script src="/manager/uplot.js"></script>
<script src="/manager/charts.js"></script>
<script src="/manager/render.js"></script>
<script src="/manager.js"></script>
${scripts.join('\n')}
</body>
</html>
`;
}
