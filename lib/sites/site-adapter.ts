// The only view core code has of a site. Adapters turn one site's DOM into these facts; the
// session layer (site-independent) decides what they mean: whether a presend really sent,
// whether a compose that came back is an undo-send, when a draft arrived.
import type { CensoredOutline } from '@/lib/log';
import type { SiteId } from '@/lib/review/vocabulary';

/**
 * A compose body's text as a person reads it. The signature and quoted history are set aside
 * only when the DOM marks them (e.g. Gmail's `.gmail_signature`, `.gmail_quote`), so the word
 * diff compares what the writer wrote, not what the composer added.
 */
export interface ComposedText {
  text: string;
  signature?: string;
  quoted?: string;
}

export interface ComposeHandle {
  /**
   * Stable within the page for the same draft: the site's draft id when it has one, else its
   * compose id, else generated and kept on the element. A compose that comes back after an
   * undo-send gets the key it had before.
   */
  readonly key: string;
  /** The compose container; re-resolved if the site moves the body to a new container. */
  readonly root: Element;
  /** The editable body. */
  readonly body: HTMLElement;
  readBody(): ComposedText;
  readSubject(): string;
  /** Lower-case email addresses from To, Cc and Bcc, in page order, without duplicates. */
  readRecipients(): string[];
  isConnected(): boolean;
  /**
   * Whether `node` belongs to this compose. Optional: without it, `root.contains(node)`. Sites
   * whose editor sits in a same-origin iframe or an open shadow root answer across them (the
   * iframe's document and the shadow tree are not `contains`-reachable from the root).
   */
  contains?(node: Node): boolean;
  /**
   * The conversation this compose answers, when the site shows it (Gmail: the thread view an
   * inline reply sits in). Optional: sites without threads, and a new mail, have none.
   */
  readThreadId?(): string | null;
}

/** One message of a conversation as the page lists it: who sent it and when, never its text. */
export interface ThreadMessage {
  /** Lower-case sender address. */
  from: string;
  /** Epoch ms, or null when the page shows no time the adapter can read (e.g. localised). */
  at: number | null;
}

/** A conversation the CSM opened. */
export interface ThreadSnapshot {
  threadId: string;
  messages: ThreadMessage[];
}

/**
 * Optional capability: a site that shows conversations tells core code which one is open and
 * what its messages are, so Redline can see whether a customer answered a sent review.
 */
export interface ThreadReader {
  /** Calls `onThread` for each conversation opened (and again when its messages change). */
  watch(doc: Document, onThread: (thread: ThreadSnapshot) => void, signal: AbortSignal): void;
}

/**
 * Optional capability: a site that names the conversation a just-sent mail started (Gmail's
 * "Message sent" notice) reports that id, so a new mail's review can be followed for replies.
 */
export interface SentThreadReader {
  /** Calls `onThread` with the conversation id each time the page announces a sent message. */
  watch(doc: Document, onThread: (threadId: string) => void, signal: AbortSignal): void;
}

export type AdapterEvent =
  | { type: 'compose-found'; compose: ComposeHandle }
  /** Removed from the DOM: sent, closed or discarded — the session decides which. */
  | { type: 'compose-gone'; compose: ComposeHandle }
  /** The user asked to send; not proof that it went (the site may refuse, or undo it). */
  | { type: 'presend'; compose: ComposeHandle; via: 'click' | 'keyboard'; scheduled: boolean }
  | { type: 'discard-requested'; compose: ComposeHandle }
  /** A required selector stopped matching; `outline` is a censored DOM outline (no text). */
  | { type: 'selector-drift'; selector: string; outline: CensoredOutline };

export interface SiteAdapter {
  readonly site: SiteId;
  /** Starts watching `doc`; stops everything (observers, listeners) when `signal` aborts. */
  start(doc: Document, emit: (event: AdapterEvent) => void, signal: AbortSignal): void;
  /** Present only where the site shows conversations (Gmail today). */
  readonly threads?: ThreadReader;
  /** Present only where the site names a sent message's conversation (Gmail today). */
  readonly sentThreads?: SentThreadReader;
}
