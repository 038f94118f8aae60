// What Redline's own code does per keystroke, apart from the page's: while the same text is
// typed into a tracked compose, V8's precise coverage counts every call into the extension's
// scripts (the listeners and observers that run per key), and a sampling CPU profile adds up
// the time spent in them. Steadier than ScriptDuration on a busy machine, which measures the
// whole renderer; it leaves out the browser's fixed cost of entering the isolated world.
import type { Page } from '@playwright/test';

export interface PerKeyCall {
  /** Where the function starts in its script, and its first characters (the build is minified). */
  where: string;
  perKey: number;
}

export interface TypingProfile {
  /** Calls into the extension's scripts per typed character. */
  callsPerKey: number;
  /** Functions called at least once every twenty keys. */
  hot: PerKeyCall[];
  /** CPU time sampled in the extension's scripts per typed character, µs. */
  selfUsPerKey: number;
  /** Where that time went: the functions with the most, µs per key. */
  costly: PerKeyCall[];
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; scriptId: string; lineNumber: number; columnNumber: number };
}

const SAMPLE_US = 50;
/**
 * A sample stands for the time until the next one, but on a busy machine the sampler itself can
 * be late by milliseconds: no sample counts for more than a few intervals.
 */
const MAX_SAMPLE_US = 4 * SAMPLE_US;

const isRedline = (url: string) => url.startsWith('chrome-extension://');

/**
 * Types `text` twice into the focused compose of `page` (sampled, then counted) and reports
 * Redline's share of the work.
 */
export async function profileTyping(
  page: Page,
  text: string,
  settleMs: number,
): Promise<TypingProfile> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // Sampled first, counted after: precise coverage keeps V8 from optimising, which would
  // inflate the sampled time.
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  await page.keyboard.type(text);
  await page.waitForTimeout(settleMs);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await cdp.send('Profiler.takePreciseCoverage'); // resets the counters: only typing is counted
  await page.keyboard.type(text);
  await page.waitForTimeout(settleMs);
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  await cdp.send('Profiler.stopPreciseCoverage');

  const keys = text.length;
  const hot: PerKeyCall[] = [];
  let calls = 0;
  await cdp.send('Debugger.enable'); // after typing: only to read the functions' first characters
  for (const script of result.filter((s) => isRedline(s.url))) {
    let source: string | null = null;
    for (const fn of script.functions) {
      const count = fn.ranges[0]?.count ?? 0;
      // The script's top level is one range too: it ran once, at load, not per key.
      if (count === 0 || (fn.ranges[0]?.startOffset === 0 && !fn.functionName)) continue;
      calls += count;
      if (count * 20 < keys) continue;
      source ??= (await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId }))
        .scriptSource;
      const start = fn.ranges[0]?.startOffset ?? 0;
      const file = script.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
      const head = source.slice(start, start + 70).replace(/\s+/g, ' ');
      hot.push({ where: `${file}@${start} ${head}`, perKey: count / keys });
    }
  }

  const nodes = profile.nodes as ProfileNode[];
  const redlineNodes = new Map(
    nodes.filter((n) => isRedline(n.callFrame.url)).map((n) => [n.id, n]),
  );
  const deltas = profile.timeDeltas ?? [];
  let selfUs = 0;
  const byFunction = new Map<string, { node: ProfileNode; us: number }>();
  (profile.samples ?? []).forEach((id, i) => {
    const node = redlineNodes.get(id);
    if (!node) return;
    const us = Math.min(deltas[i + 1] ?? SAMPLE_US, MAX_SAMPLE_US);
    selfUs += us;
    const { scriptId, lineNumber, columnNumber } = node.callFrame;
    const at = `${scriptId}:${lineNumber}:${columnNumber}`;
    const entry = byFunction.get(at) ?? { node, us: 0 };
    entry.us += us;
    byFunction.set(at, entry);
  });
  const costly: PerKeyCall[] = [];
  const top = [...byFunction.values()].sort((a, b) => b.us - a.us).slice(0, 6);
  for (const { node, us } of top) {
    const { scriptId, url, lineNumber, columnNumber } = node.callFrame;
    const source = (await cdp.send('Debugger.getScriptSource', { scriptId })).scriptSource;
    const line = source.split('\n')[lineNumber] ?? '';
    const head = line.slice(columnNumber, columnNumber + 70).replace(/\s+/g, ' ');
    const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    costly.push({ where: `${file}:${lineNumber + 1}:${columnNumber} ${head}`, perKey: us / keys });
  }
  await cdp.send('Debugger.disable');
  await cdp.detach();
  hot.sort((a, b) => b.perKey - a.perKey);
  return { callsPerKey: calls / keys, hot, selfUsPerKey: selfUs / keys, costly };
}
