// The dashboard's own rules. Colours are the popup's roles (theme.css, served beside), so light
// and dark follow the system exactly as the popup does.

export const MANAGER_CSS = `
body { font-size: 14px; }
.app { gap: 12px; }
.login { display: flex; gap: 6px; align-items: center; }
.toolbar { display: flex; gap: 8px; margin-bottom: 12px; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 8px;
  padding: 12px 14px; margin-bottom: 12px; }
.card h2 { font-size: 15px; margin-bottom: 8px; }
#message:empty, #status:empty { display: none; }
#message { color: var(--bad); font-weight: 600; margin: 0; }
#status { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0; }
th, td { border-bottom: 1px solid var(--border); padding: 4px 8px; text-align: left;
  vertical-align: middle; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.pos--under, .pos--over { color: var(--bad); font-weight: 600; }
.pos--inside { color: var(--ok); font-weight: 600; }
.pos--too-few { color: var(--muted); }
.over-target { color: var(--bad); }
.empty { color: var(--muted); padding: 8px 0; }
.chart { min-height: 60px; }
.spark { width: 220px; }
.example { border: 1px solid var(--border); border-radius: 6px; padding: 6px 10px;
  margin: 6px 0; background: var(--bg); }
.example summary { cursor: pointer; }
.diff { white-space: pre-wrap; line-height: 1.5; }
ins { background: var(--ins-bg); color: var(--ins-text); text-decoration: none; }
del { background: var(--del-bg); color: var(--del-text); }
ins.moved, del.moved { background: var(--moved-bg); color: var(--moved-text); text-decoration-style: double; }
ins.moved { text-decoration-line: underline; }
nav { display: flex; gap: 8px; margin-top: 8px; }
.u-legend { color: var(--text); }
`;
