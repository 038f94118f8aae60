// Redline's only logger. Email text is customer data: callers pass an event name and a flat
// bag of numbers, booleans, ids and short enum strings. Strings longer than a short id are cut
// to their length, so a body handed in by mistake never reaches the console.

type LogValue = string | number | boolean | null | undefined;
export type LogFields = Record<string, LogValue>;

const MAX_STRING = 64;

export function scrubFields(fields: LogFields = {}): LogFields {
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] =
      typeof value === 'string' && value.length > MAX_STRING ? `<${value.length} chars>` : value;
  }
  return out;
}

/**
 * A DOM outline from `censorOutline`: tags and structural attributes only, never text, so it
 * is the one long string a log may carry whole (selector drift must be diagnosable).
 */
export type CensoredOutline = string & { readonly __censoredOutline: true };

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A selector stopped matching: loud, with where we looked. */
  drift(event: string, fields: LogFields, outline: CensoredOutline): void;
}

export function createLogger(scope: string): Logger {
  const line = (event: string) => `[redline:${scope}] ${event}`;
  return {
    info: (event, fields) => console.info(line(event), scrubFields(fields)),
    warn: (event, fields) => console.warn(line(event), scrubFields(fields)),
    error: (event, fields) => console.error(line(event), scrubFields(fields)),
    drift: (event, fields, outline) =>
      console.error(line(event), scrubFields(fields), `\n${outline}`),
  };
}
