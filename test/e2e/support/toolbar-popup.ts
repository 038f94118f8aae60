// Opening Redline's popup the way a CSM does: a click on its toolbar button over a tab. Chromium's
// DevTools protocol has `Extensions.triggerAction` for this (it runs the action as a click does,
// so activeTab is granted for that tab and the popup knows the tab's address). Playwright does
// not attach to an action popup, so the popup is driven through the protocol directly: scripts
// run in it with Runtime.evaluate, and a click is a real mouse event (Input.dispatchMouseEvent),
// which the browser counts as the user's gesture.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ToolbarPopup {
  /** Runs `expression` in the popup; its (awaited) value comes back as JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits for a visible button with exactly this text, then clicks it with the mouse. */
  clickButton(text: string): Promise<void>;
  /** The popup's visible text. */
  text(): Promise<string>;
  close(): Promise<void>;
}

async function targets(cdp: CDPSession, type: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets', {
    filter: [{ type }],
  } as never)) as unknown as { targetInfos: TargetInfo[] };
  return targetInfos;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks Redline's toolbar button over `page` (which must be the active tab) and attaches. */
export async function openToolbarPopup(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<ToolbarPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind this context: cannot reach the toolbar.');
  const cdp = await browser.newBrowserCDPSession();
  const tab = (await targets(cdp, 'tab')).find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab shows ${page.url()}`);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const before = new Set((await targets(cdp, 'page')).map((t) => t.targetId));
  await cdp.send(
    'Extensions.triggerAction' as never,
    {
      id: extensionId,
      targetId: tab.targetId,
    } as never,
  );
  const popup = await until('the toolbar popup', async () =>
    (await targets(cdp, 'page')).find((t) => t.url === popupUrl && !before.has(t.targetId)),
  );

  // One session into the popup; its replies and events come back wrapped, by message id.
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: popup.targetId,
    flatten: false,
  } as never)) as unknown as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, (reply: { result?: unknown; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const { sessionId: from, message } = event as { sessionId: string; message: string };
    if (from !== sessionId) return;
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: unknown };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = async <T>(method: string, params: object): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<{ result?: unknown; error?: unknown }>((resolve) =>
      pending.set(id, resolve),
    );
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    } as never);
    const { result, error } = await reply;
    pending.delete(id);
    if (error) throw new Error(`${method} in the popup: ${JSON.stringify(error)}`);
    return result as T;
  };

  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };

  return {
    evaluate,
    text: () => evaluate<string>("document.body?.innerText ?? ''"),
    async clickButton(label) {
      const centre = await until(`the popup's "${label}" button`, () =>
        evaluate<{ x: number; y: number } | null>(`(() => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent.trim() === ${JSON.stringify(label)},
          );
          const box = button?.getBoundingClientRect();
          return box && box.width > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
        })()`).then((c) => c ?? undefined),
      );
      for (const type of ['mousePressed', 'mouseReleased'])
        await send('Input.dispatchMouseEvent', { type, ...centre, button: 'left', clickCount: 1 });
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: popup.targetId } as never).catch(() => {});
      await cdp.detach();
    },
  };
}
