import { CsvError, parse } from 'csv-parse/sync';
import { CsmIdSchema } from '../../../lib/sync/wire-format';
import { checkDomain, shown } from './book-domain';

/** Biggest file and most accounts one import takes (a 200-CSM team has about 20,000). */
export const MAX_BOOK_BYTES = 8 * 1024 * 1024;
export const MAX_BOOK_ROWS = 50_000;
/** A bad file lists this many problems at most; the count says how many there were. */
export const MAX_BOOK_PROBLEMS = 500;

export const REQUIRED_COLUMNS = ['account', 'domains', 'csm_id'] as const;
export const OPTIONAL_COLUMNS = ['arr', 'segment'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

export interface BookRow {
  line: number;
  account: string;
  domains: string[];
  csmId: string;
  arr: number | null;
  segment: string | null;
}

/** One thing wrong with the file: where (line, column) and what was expected, in words. */
export interface BookProblem {
  line: number;
  column: string | null;
  message: string;
}

export type ParsedBook =
  { ok: true; rows: BookRow[] } | { ok: false; problems: BookProblem[]; problemCount: number };

const NUMBER = /^\d+(?:\.\d+)?$/;

interface Record {
  cells: string[];
  line: number;
}

/** The file's records with the line each starts on; a CSV syntax error as a problem. */
function records(text: string): Record[] | BookProblem {
  try {
    const parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({
      cells: record,
      // `lines` is where the record ends; a quoted cell may span lines.
      line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return {
      line,
      column: null,
      message: `The file is not valid CSV here (${error.message.replace(/^[^:]*:\s*/, '')}). Quote a cell that holds a comma or a quote with "…", and double the quotes inside it.`,
    };
  }
}

function readHeader(cells: string[], problems: BookProblem[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if (!KNOWN.has(name)) {
      problems.push({
        line: 1,
        column: shown(cell) || `(column ${index + 1})`,
        message: `Unknown column "${shown(cell)}". Expected the columns account, domains, csm_id and optionally arr, segment.`,
      });
    } else if (columns.has(name as Column)) {
      problems.push({ line: 1, column: name, message: `The column ${name} appears twice.` });
    } else columns.set(name as Column, index);
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.has(name))
      problems.push({
        line: 1,
        column: name,
        message: `The header has no ${name} column. Expected the columns account, domains, csm_id and optionally arr, segment.`,
      });
  }
  return columns;
}

/**
 * Reads a book of business: a header row (account, domains, csm_id, optional arr and segment),
 * then one account a row, its domains separated by `;` or spaces. Every row is checked; one bad
 * row makes the whole file bad, and every problem is listed with its line and column.
 */
export function parseBook(text: string): ParsedBook {
  const problems: BookProblem[] = [];
  const bad = (): ParsedBook => ({
    ok: false,
    problems: problems.slice(0, MAX_BOOK_PROBLEMS),
    problemCount: problems.length,
  });
  if (Buffer.byteLength(text) > MAX_BOOK_BYTES) {
    problems.push({
      line: 1,
      column: null,
      message: `The file is over ${MAX_BOOK_BYTES / 1024 / 1024} MiB; split the book or remove unused columns.`,
    });
    return bad();
  }
  const found = records(text);
  if (!Array.isArray(found)) return (problems.push(found), bad());
  const [head, ...body] = found.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (!head) {
    problems.push({ line: 1, column: null, message: 'The file is empty: expected a header row.' });
    return bad();
  }
  const columns = readHeader(head.cells, problems);
  if (problems.length > 0) return bad();
  if (body.length === 0)
    problems.push({ line: 2, column: null, message: 'The file has a header but no accounts.' });
  if (body.length > MAX_BOOK_ROWS) {
    problems.push({
      line: body[MAX_BOOK_ROWS]!.line,
      column: null,
      message: `The book has ${body.length} accounts; one import takes at most ${MAX_BOOK_ROWS}.`,
    });
    return bad();
  }
  const rows = checkRows(body, columns, head.cells.length, problems);
  return problems.length > 0 ? bad() : { ok: true, rows };
}

function checkRows(
  body: Record[],
  columns: Map<Column, number>,
  width: number,
  problems: BookProblem[],
): BookRow[] {
  const domainOwner = new Map<string, { account: string; line: number }>();
  const accountLine = new Map<string, number>();
  const rows: BookRow[] = [];
  for (const { cells, line } of body) {
    const cell = (name: Column) => {
      const index = columns.get(name);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problem = (column: Column | null, message: string) =>
      problems.push({ line, column, message });
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== ''))
      problem(
        null,
        `The row has ${cells.length} cells but the header ${width} columns. Quote a cell that holds a comma.`,
      );
    const account = cell('account');
    if (!account) problem('account', 'The account name is empty. Expected the account’s name.');
    else if (account.length > 200) problem('account', 'The account name is over 200 characters.');
    else {
      const key = account.toLowerCase();
      const first = accountLine.get(key);
      if (first !== undefined)
        problem(
          'account',
          `The account "${shown(account)}" is already on line ${first}. Expected each account once, with all its domains in one row.`,
        );
      else accountLine.set(key, line);
    }
    const csmId = cell('csm_id');
    if (!CsmIdSchema.safeParse(csmId).success)
      problem(
        'csm_id',
        csmId
          ? `"${shown(csmId)}" is not a CSM id. Expected 1-64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit (the id of the CSM's token).`
          : 'The CSM id is empty. Expected the id of the CSM who owns the account.',
      );
    const domains: string[] = [];
    const rawDomains = cell('domains');
    if (!rawDomains)
      problem(
        'domains',
        'No domains. Expected the account’s e-mail domains, e.g. acme.com;acme.io.',
      );
    for (const raw of rawDomains.split(/[;\s]+/).filter(Boolean)) {
      const checked = checkDomain(raw);
      if (!checked.ok) {
        problem('domains', checked.why);
        continue;
      }
      const owner = domainOwner.get(checked.domain);
      if (owner && owner.line !== line)
        problem(
          'domains',
          `${checked.domain} is already a domain of "${shown(owner.account)}" on line ${owner.line}. Expected each domain in one account only.`,
        );
      else if (!owner) {
        domainOwner.set(checked.domain, { account, line });
        domains.push(checked.domain);
      }
    }
    const arrText = cell('arr').replace(/_/g, '');
    const arr = arrText === '' ? null : NUMBER.test(arrText) ? Number(arrText) : NaN;
    if (Number.isNaN(arr) || (arr !== null && !Number.isFinite(arr)))
      problem(
        'arr',
        `"${shown(cell('arr'))}" is not a number. Expected the annual recurring revenue as a plain number, e.g. 120000 or 120000.50 (no currency sign, no thousands separators), or leave it empty.`,
      );
    const segment = cell('segment');
    if (segment.length > 100) problem('segment', 'The segment is over 100 characters.');
    rows.push({ line, account, domains, csmId, arr, segment: segment || null });
  }
  return rows;
}
