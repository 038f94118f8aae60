import { describe, expect, it } from 'vitest';
import { MAX_BOOK_ROWS, parseBook, type BookProblem } from '@/server/src/book/parse-book';

const HEAD = 'account,domains,csm_id,arr,segment';

function problemsOf(text: string): BookProblem[] {
  const parsed = parseBook(text);
  if (parsed.ok) throw new Error('expected the file to be refused');
  return parsed.problems;
}

describe('parseBook', () => {
  it('reads accounts, domains split by ";" or spaces, lower-cased, with ARR and segment', () => {
    const parsed = parseBook(
      `\uFEFF${HEAD}\r\nAcme Corp,ACME.com; acme.io,ana,120000.50,Enterprise\r\n"Bee, Inc.",bee.co eu.bee.co,bo,,\r\n\r\n`,
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          account: 'Acme Corp',
          domains: ['acme.com', 'acme.io'],
          csmId: 'ana',
          arr: 120000.5,
          segment: 'Enterprise',
        },
        {
          line: 3,
          account: 'Bee, Inc.',
          domains: ['bee.co', 'eu.bee.co'],
          csmId: 'bo',
          arr: null,
          segment: null,
        },
      ],
    });
  });

  it('takes the columns in any order and case, optional ones left out', () => {
    const parsed = parseBook('CSM_ID,Domains,Account\nana,acme.com,Acme\n');
    expect(parsed.ok && parsed.rows[0]).toMatchObject({ account: 'Acme', csmId: 'ana', arr: null });
  });

  it('lists every bad row with its line, column and the expected form', () => {
    const problems = problemsOf(
      [
        HEAD,
        'Acme,acme.com,ana,100,',
        ',blank.com,ana,,', // 3: empty account
        'Bad,acme,ana,,', // 4: not a domain
        'Dup,ACME.com,bo,,', // 5: domain of another account
        'Money,money.com,ana,$1200,', // 6: ARR not a number
        'Who,who.com,,,', // 7: no CSM
        'Gm,gmail.com,ana,,', // 8: public mailbox
        'Acme,acme2.com,bo,,', // 9: account twice
        'None,,ana,,', // 10: no domains
        'Wide,wide.com,ana,1,x,extra', // 11: too many cells
        'Odd,odd.com,ana bo,,', // 12: CSM id with a space
      ].join('\n'),
    );
    const at = problems.map((p) => [p.line, p.column]);
    expect(at).toEqual([
      [3, 'account'],
      [4, 'domains'],
      [5, 'domains'],
      [6, 'arr'],
      [7, 'csm_id'],
      [8, 'domains'],
      [9, 'account'],
      [10, 'domains'],
      [11, null],
      [12, 'csm_id'],
    ]);
    const message = (line: number) => problems.find((p) => p.line === line)!.message;
    expect(message(4)).toMatch(
      /"acme" is not a domain\. Expected an e-mail domain such as acme\.com/,
    );
    expect(message(5)).toMatch(/acme\.com is already a domain of "Acme" on line 2/);
    expect(message(6)).toMatch(/"\$1200" is not a number\. Expected .*120000/);
    expect(message(8)).toMatch(/public mailbox provider/);
    expect(message(9)).toMatch(/already on line 2/);
    expect(message(11)).toMatch(/6 cells but the header 5 columns/);
  });

  it('refuses an unknown column, a missing one and a repeated one in the header', () => {
    const problems = problemsOf('account,domain,csm_id,csm_id,notes\nAcme,acme.com,ana,ana,x\n');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 'domain'],
      [1, 'csm_id'],
      [1, 'notes'],
      [1, 'domains'],
    ]);
    expect(problems[0]!.message).toMatch(
      /Unknown column "domain"\. Expected the columns account, domains, csm_id/,
    );
  });

  it('points at the line of a CSV syntax error, of a multi-line cell, and refuses an empty book', () => {
    expect(problemsOf(`${HEAD}\nAcme,acme.com,ana,,\n"Open,x.com,ana,,\n`)[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/not valid CSV/),
    });
    expect(problemsOf(`${HEAD}\n"Two\nlines",x,ana,,\n`)[0]).toMatchObject({
      line: 2,
      column: 'domains',
    });
    expect(problemsOf('')[0]!.message).toMatch(/empty/);
    expect(problemsOf(`${HEAD}\n`)[0]!.message).toMatch(/no accounts/);
  });

  it('refuses more accounts than one import takes, naming the limit', () => {
    const rows = Array.from({ length: MAX_BOOK_ROWS + 1 }, (_, i) => `A${i},a${i}.com,ana,,`);
    const problems = problemsOf([HEAD, ...rows].join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/at most 50000/);
  });
});
