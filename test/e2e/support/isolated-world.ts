import type { Page } from '@playwright/test';

/**
 * Runs a function inside the content script's isolated world of `page` (where
 * `chrome.runtime.sendMessage` exists), through the DevTools protocol: the closest a test gets
 * to a compromised renderer forging the content script's messages.
 */
export async function evaluateInContentScript<A, R>(
  page: Page,
  extensionId: string,
  fn: (arg: A) => Promise<R>,
  arg: A,
): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
  );
  if (!world) throw new Error('No Redline content-script world in this page.');
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`In the content script: ${exceptionDetails.text}`);
  return result.value as R;
}
