import * as z from 'zod/mini';

/**
 * The page protocol: an internal tool running in the page (a script of the team's own, another
 * extension's insert button) announces the AI draft it put in the compose:
 *
 *   window.postMessage({ type: 'redline.draft', version: 1, text: '…' }, location.origin)
 *
 * Nothing from the page is trusted: the message must come from this window and origin, match
 * this schema, stay under the size limit, and arrive at a bounded rate. It only ever marks a
 * compose as holding an AI draft; it cannot read anything back.
 */
export const PAGE_DRAFT_TYPE = 'redline.draft';
export const MAX_PAGE_DRAFT_CHARS = 200_000;
const MAX_PER_MINUTE = 20;

export const PageDraftSchema = z.object({
  type: z.literal(PAGE_DRAFT_TYPE),
  version: z.literal(1),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_PAGE_DRAFT_CHARS)),
});
export type PageDraft = z.infer<typeof PageDraftSchema>;

export function listenForPageDrafts(
  win: Window,
  onDraft: (text: string) => void,
  signal: AbortSignal,
): void {
  const recent: number[] = [];
  win.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== win || event.origin !== win.location.origin) return;
      const data = event.data as { type?: unknown } | null;
      if (!data || typeof data !== 'object' || data.type !== PAGE_DRAFT_TYPE) return;
      const parsed = PageDraftSchema.safeParse(data);
      if (!parsed.success) return;
      const now = Date.now();
      while (recent.length > 0 && now - recent[0]! > 60_000) recent.shift();
      if (recent.length >= MAX_PER_MINUTE) return;
      recent.push(now);
      onDraft(parsed.data.text);
    },
    { signal },
  );
}
