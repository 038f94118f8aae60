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

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function createLogger(scope: string): Logger {
  const line = (event: string) => `[redline:${scope}] ${event}`;
  return {
    info: (event, fields) => console.info(line(event), scrubFields(fields)),
    warn: (event, fields) => console.warn(line(event), scrubFields(fields)),
    error: (event, fields) => console.error(line(event), scrubFields(fields)),
  };
}
