import type { Db } from '../db/open-db';
import { replaceBook, type BookImport } from './book-store';
import { parseBook, type BookProblem } from './parse-book';

export type BookImportResult =
  | ({ ok: true } & BookImport)
  | { ok: false; message: string; problems: BookProblem[]; problemCount: number };

const where = (p: BookProblem) => `line ${p.line}${p.column ? `, ${p.column}` : ''}`;

/** A problem as one line of words: `line 3, domains: "acme" is not a domain. Expected …`. */
export const describeProblem = (p: BookProblem) => `${where(p)}: ${p.message}`;

/** Checks the whole file, then replaces the book with it; a bad file changes nothing. */
export async function importBook(db: Db, text: string, now: number): Promise<BookImportResult> {
  const parsed = parseBook(text);
  if (!parsed.ok) {
    const rows = new Set(parsed.problems.map((p) => p.line)).size;
    return {
      ok: false,
      message: `Nothing was imported: ${parsed.problemCount} problem(s) on ${rows}${parsed.problemCount > parsed.problems.length ? '+' : ''} line(s). The book is as it was.`,
      problems: parsed.problems,
      problemCount: parsed.problemCount,
    };
  }
  return { ok: true, ...(await replaceBook(db, parsed.rows, now)) };
}
