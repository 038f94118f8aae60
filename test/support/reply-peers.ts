// The reply-history cases (test/data/reply-peers/PROVENANCE.md): drafts and the same drafts as
// other projects' fixtures stored them, with quotes, signatures and footers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../../lib/classify';

const CASES_PATH = fileURLToPath(new URL('../data/reply-peers/cases.json', import.meta.url));

export interface ReplyPeerCase {
  id: string;
  source: string;
  from: string;
  lang: string;
  kind: string;
  draft: string;
  sent: string;
  want: 'approve' | 'edit';
}

export function loadReplyPeerCases(): ReplyPeerCase[] {
  return JSON.parse(readFileSync(CASES_PATH, 'utf8')) as ReplyPeerCase[];
}

export interface ReplyPeerScore {
  approveCases: number;
  approved: number;
  editCases: number;
  /** Edit cases that came out approve: work the set-aside made invisible. */
  editsHidden: string[];
  /** Approve cases that did not come out approve. */
  missed: string[];
  byLang: Map<string, { cases: number; approved: number }>;
  byFamily: Map<string, { cases: number; approved: number }>;
}

/** A coarse family per case, so related kinds ("quote header … (2 lines)") are counted together. */
export function familyOf(kind: string): string {
  if (/^no /.test(kind)) return 'no marker (bait)';
  if (/quote header|^> quoted/i.test(kind)) return 'reply header';
  if (/outlook|\*from|\*van|message|nachricht|besked|mensaje/i.test(kind)) return 'header block';
  if (/mobile|sent from/i.test(kind)) return 'mobile footer';
  return 'signature';
}

export function scoreReplyPeers(cases: readonly ReplyPeerCase[] = loadReplyPeerCases()) {
  const score: ReplyPeerScore = {
    approveCases: 0,
    approved: 0,
    editCases: 0,
    editsHidden: [],
    missed: [],
    byLang: new Map(),
    byFamily: new Map(),
  };
  const bump = (map: ReplyPeerScore['byLang'], key: string, ok: boolean) => {
    const entry = map.get(key) ?? { cases: 0, approved: 0 };
    entry.cases++;
    if (ok) entry.approved++;
    map.set(key, entry);
  };
  for (const item of cases) {
    const outcome = classify(item.draft, item.sent).outcome;
    if (item.want === 'edit') {
      score.editCases++;
      if (outcome === 'approve') score.editsHidden.push(item.id);
      continue;
    }
    const ok = outcome === 'approve';
    score.approveCases++;
    if (ok) score.approved++;
    else score.missed.push(item.id);
    bump(score.byLang, item.lang, ok);
    bump(score.byFamily, familyOf(item.kind), ok);
  }
  return score;
}
