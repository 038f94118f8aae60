import { expect, test } from './support/extension-fixture';
import { DRAFT, openGmail, pasteInto } from './support/gmail-page';
import { storedReviews } from './support/stored-reviews';

const FIXTURE = '2026-12-02-thread-with-customer-reply.html';
const THREAD = 'thread-f:1790000000000000042';
const NEW_MAIL_FIXTURE = '2026-11-23-new-compose-new-to-field.html';
// The fixture's new compose; the fake Gmail's notice names this conversation for it.
const NEW_THREAD = 'thread-a:r-2000000000000000001';

test('a reply sent in a Gmail thread later gets a customer message: the review records it', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await openGmail(context, FIXTURE);
  // Gmail's stylesheets are not saved with the markup: an empty body in its table cell would be
  // zero pixels wide, so give it the width Gmail's CSS does.
  await page.addStyleTag({ content: '#t1-body { min-width: 400px; }' });
  await pasteInto(page, '#t1-body', DRAFT);
  await expect(page.locator('redline-badge')).toHaveCount(1);
  await page.locator('#t1-send').click();

  await expect
    .poll(async () => (await storedReviews(serviceWorker))[0]?.status, { timeout: 20_000 })
    .toBe('finished');
  const [sent] = await storedReviews(serviceWorker);
  expect(sent).toMatchObject({
    threadId: THREAD,
    recipientDomains: ['acme.example'],
    outcome: 'approve',
  });
  expect(sent!.customerRepliedAt ?? null).toBeNull();

  // Gmail lists the CSM's sent message, then the customer's answer a few minutes later, as the
  // thread view shows them: sender address, message id and a date title (English for the CSM's,
  // German for the customer's, which only its id dates), to the minute.
  const replyAt = await page.evaluate(() => {
    const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
    const title = (d: Date) => {
      const h = d.getHours() % 12 || 12;
      const mm = String(d.getMinutes()).padStart(2, '0');
      return `${months[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}, ${h}:${mm}\u202f${d.getHours() < 12 ? 'AM' : 'PM'}`;
    };
    const list = [...document.querySelectorAll('[role="main"] [role="list"]')].at(-1)!;
    const add = (id: string, from: string, at: Date, text: string) => {
      const message = document.createElement('div');
      message.setAttribute('role', 'listitem');
      message.setAttribute('data-message-id', id);
      message.innerHTML = `<h3><span email="${from}">${from}</span></h3><span title="${title(at)}">now</span><div>${text}</div>`;
      list.append(message);
    };
    const now = new Date();
    add('#msg-a:r-42', 'sam.ortiz@example.net', now, 'The reply Redline tracked.');
    const later = new Date(now.getTime() + 2 * 60_000);
    // The customer's Gmail message id carries its time (ms in the leading bits); its title is
    // German, which only the id can date.
    const id = (BigInt(later.getTime()) << 20n) | 0x2an;
    add(`#msg-f:${id}`, 'lee.park@acme.example', later, 'Great, 40 seats confirmed.');
    const item = list.lastElementChild!.querySelector('span[title]')!;
    item.setAttribute('title', 'Mi., 2. Dez. 2026, 10:17');
    later.setSeconds(0, 0);
    return later.getTime();
  });

  await expect
    .poll(async () => (await storedReviews(serviceWorker))[0]?.customerRepliedAt, {
      timeout: 20_000,
    })
    .toBe(replyAt);
  const [replied] = await storedReviews(serviceWorker);
  expect(replied!.revision).toBeGreaterThan(sent!.revision);
  expect(JSON.stringify(replied)).not.toContain('40 seats');

  // The popup shows it on the review.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?view=tab`);
  await popup.getByRole('tab', { name: 'Reviews' }).click();
  await popup.getByRole('button', { name: /Seat count for the renewal/ }).click();
  const fact = popup.locator('.facts div', { hasText: 'Customer reply' }).locator('dd');
  await expect(fact).not.toHaveText('none seen yet');
  await expect(fact).toContainText(String(new Date(replyAt).getFullYear()));
});

test('a new mail gets its conversation from the sent notice, so a reply to it is recorded', async ({
  context,
  serviceWorker,
}) => {
  const page = await openGmail(context, NEW_MAIL_FIXTURE);
  await page.addStyleTag({ content: '#m1-body { min-width: 400px; }' });
  // The saved compose holds a written mail; start from an empty body, as a new compose does.
  await page.locator('#m1-body').evaluate((body) => (body.innerHTML = '<br>'));
  await pasteInto(page, '#m1-body', DRAFT);
  await expect(page.locator('redline-badge')).toHaveCount(1);
  await page.locator('#m1-send').click();

  // The pop-up compose sits in no thread view; Gmail's "Message sent" notice names the thread.
  await expect
    .poll(async () => (await storedReviews(serviceWorker))[0]?.threadId ?? null, {
      timeout: 20_000,
    })
    .toBe(NEW_THREAD);
  await expect
    .poll(async () => (await storedReviews(serviceWorker))[0]?.status, { timeout: 20_000 })
    .toBe('finished');
  const [sent] = await storedReviews(serviceWorker);
  expect(sent).toMatchObject({
    outcome: 'approve',
    recipientDomains: ['example.com', 'example.org'],
  });
  expect(sent!.customerRepliedAt ?? null).toBeNull();

  // Later the CSM opens that conversation: their message, then Dana's answer (French title,
  // dated by its message id).
  const replyAt = await page.evaluate((thread) => {
    const main = document.createElement('div');
    main.setAttribute('role', 'main');
    const now = Date.now() + 3 * 60_000;
    const id = (BigInt(now) << 20n) | 0x5n;
    main.innerHTML =
      `<h2 data-thread-perm-id="${thread}">Renewal plan</h2><div role="list">` +
      `<div role="listitem" data-message-id="#msg-a:r-1000000000000000001"><span email="sam.ortiz@example.net">Sam</span></div>` +
      `<div role="listitem" data-message-id="#msg-f:${id}" data-legacy-message-id="${id.toString(16)}">` +
      `<span email="dana.reyes@example.com">Dana</span><span title="mer. 2 déc. 2026, 10:20">10:20</span>` +
      `<div>Merci, the plan works for us.</div></div></div>`;
    document.body.append(main);
    return now - (now % 60_000);
  }, NEW_THREAD);

  await expect
    .poll(async () => (await storedReviews(serviceWorker))[0]?.customerRepliedAt, {
      timeout: 20_000,
    })
    .toBe(replyAt);
  expect(JSON.stringify(await storedReviews(serviceWorker))).not.toContain('plan works');
});
