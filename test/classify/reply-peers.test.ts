// The set-aside against other projects' test suites (test/data/reply-peers/PROVENANCE.md):
// 144 replies whose appended history, signature or footer must not count as an edit, and 77
// that must stay edits. The edit cases are hard assertions; the approve rate is printed and
// held above a floor (measured 144 / 144 when this floor was set).
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/classify';
import { familyOf, loadReplyPeerCases, scoreReplyPeers } from '../support/reply-peers';

const cases = loadReplyPeerCases();

describe('reply-peers cases', () => {
  it('has the 221 cases the README describes', () => {
    expect(cases).toHaveLength(221);
    expect(cases.filter((item) => item.want === 'approve')).toHaveLength(144);
    expect(cases.filter((item) => item.want === 'edit')).toHaveLength(77);
  });

  it.each(cases.filter((item) => item.want === 'edit').map((item) => [item.id, item] as const))(
    'edit case %s stays an edit',
    (_id, item) => {
      expect(classify(item.draft, item.sent).outcome).toBe('edit');
    },
  );

  it('approves at least 97 % of the approve cases (rate printed per family)', () => {
    const score = scoreReplyPeers(cases);
    const rate = score.approved / score.approveCases;
    const families = [...score.byFamily]
      .map(([family, { cases: n, approved }]) => `${family} ${approved}/${n}`)
      .join(', ');
    console.log(
      `reply-peers: ${score.approved}/${score.approveCases} approve cases approved ` +
        `(${(rate * 100).toFixed(1)} %); ${families}; edits hidden: ${score.editsHidden.length}` +
        (score.missed.length > 0 ? `; missed: ${score.missed.join(', ')}` : ''),
    );
    expect(score.editsHidden).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.97);
  });

  it('the approve cases cover the four families and the bait only has edits', () => {
    const families = (want: string) =>
      new Set(cases.filter((item) => item.want === want).map((item) => familyOf(item.kind)));
    expect(families('approve')).toEqual(
      new Set(['reply header', 'header block', 'mobile footer', 'signature']),
    );
    expect(families('edit').has('no marker (bait)')).toBe(true);
  });
});
