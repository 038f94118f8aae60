// Active time: the CSM focused on the compose and working in it. Each gap between two acts in
// the compose counts up to a cap, so a coffee break mid-review adds at most the cap.

export const IDLE_CAP_MS = 15_000;

export interface ActivityClock {
  /** A trusted act in the compose (keystroke, click, paste). */
  act(at?: number, keystroke?: boolean): void;
  /** Focus left the compose or the page: the next act starts a new stretch. */
  pause(): void;
  readonly activeMs: number;
  readonly keystrokes: number;
}

export function createActivityClock(start = { activeMs: 0, keystrokes: 0 }): ActivityClock {
  let activeMs = start.activeMs;
  let keystrokes = start.keystrokes;
  let last: number | null = null;
  return {
    act(at = Date.now(), keystroke = false) {
      if (last !== null && at > last) activeMs += Math.min(at - last, IDLE_CAP_MS);
      last = at;
      if (keystroke) keystrokes++;
    },
    pause() {
      last = null;
    },
    get activeMs() {
      return Math.round(activeMs);
    },
    get keystrokes() {
      return keystrokes;
    },
  };
}
