/**
 * Every message is untrusted: a compromised page renderer can forge content-script messages of
 * any shape and size. Before a payload reaches its schema, a bounded walk checks that it is no
 * bigger than the largest valid message (two texts of 2,000,000 characters, 500 recipients each
 * way); it stops at the first limit crossed, so its own cost is bounded too.
 */
export interface MessageBudget {
  maxChars: number;
  maxNodes: number;
  maxDepth: number;
}

export const CAPTURE_BUDGET: MessageBudget = { maxChars: 4_200_000, maxNodes: 2_000, maxDepth: 6 };
export const PAGE_MESSAGE_BUDGET: MessageBudget = { maxChars: 20_000, maxNodes: 50, maxDepth: 4 };

export function withinBudget(value: unknown, budget: MessageBudget): boolean {
  let chars = 0;
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (++nodes > budget.maxNodes || depth > budget.maxDepth) return false;
    if (typeof item === 'string') {
      chars += item.length;
      if (chars > budget.maxChars) return false;
    } else if (item && typeof item === 'object') {
      for (const key of Object.keys(item)) {
        chars += key.length;
        if (chars > budget.maxChars || stack.length > budget.maxNodes) return false;
        stack.push([(item as Record<string, unknown>)[key], depth + 1]);
      }
    }
  }
  return true;
}

/** The refusal a sender sees (no payload in it) when a message is over its budget. */
export const oversizeMessage = (name: string) =>
  `${name} refused: the message is larger than any valid one.`;
