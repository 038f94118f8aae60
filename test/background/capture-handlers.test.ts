import { describe, expect, it, vi } from 'vitest';
import { createCaptureHandler, InvalidMessageError } from '@/lib/background/capture-handlers';
import { ForbiddenSenderError } from '@/lib/background/sender-check';
import type { ReviewService } from '@/lib/reviews/review-service';
import { captureScript } from '../support/capture-messages';

const OWN_ID = 'redline-test-id';
const gmailTab = { id: OWN_ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 3 } };

function setup() {
  const capture = vi.fn<ReviewService['capture']>(async (input) => ({
    reviewId: input.message.reviewId,
    revision: 1,
    status: 'open',
    outcome: null,
  }));
  const handle = createCaptureHandler({
    service: { capture },
    ownId: OWN_ID,
    extensionOrigin: 'chrome-extension://redline-test-id',
  });
  return { capture, handle };
}

describe('capture handlers', () => {
  it('passes a valid message from Gmail to the service', async () => {
    const { capture, handle } = setup();
    const message = captureScript().draftSeen();
    await expect(handle('draftSeen', message, gmailTab)).resolves.toMatchObject({ status: 'open' });
    expect(capture).toHaveBeenCalledWith({ type: 'draftSeen', message });
  });

  it('refuses malformed messages naming the fields, never echoing their text', async () => {
    const { capture, handle } = setup();
    const secret = 'Confidential renewal price 123456';
    const bad = { ...captureScript().draftSeen(), draftText: 42, subject: secret, seq: -1 };
    bad.subject = undefined as unknown as string;
    const attempt = handle('draftSeen', { ...bad, note: secret }, gmailTab);
    await expect(attempt).rejects.toBeInstanceOf(InvalidMessageError);
    await expect(attempt).rejects.toThrow(/draftText/);
    await expect(attempt).rejects.not.toThrow(new RegExp(secret));
    for (const junk of [null, 'text', [], { reviewId: 'not-a-uuid' }]) {
      await expect(handle('sent', junk, gmailTab)).rejects.toBeInstanceOf(InvalidMessageError);
    }
    expect(capture).not.toHaveBeenCalled();
  });

  it('refuses a text over the size limit', async () => {
    const { handle } = setup();
    const huge = captureScript().draftSeen({ draftText: 'x'.repeat(2_000_001) });
    await expect(handle('draftSeen', huge, gmailTab)).rejects.toThrow(/draftText/);
  });

  it('checks the sender: our extension, a tab, and the origin of the claimed site', async () => {
    const { capture, handle } = setup();
    const message = captureScript().draftSeen();
    const cases = [
      { ...gmailTab, id: 'someone-else' },
      { ...gmailTab, tab: undefined },
      { ...gmailTab, url: 'https://evil.example/mail.google.com' },
      { ...gmailTab, url: 'http://mail.google.com/' },
    ];
    for (const sender of cases) {
      await expect(handle('draftSeen', message, sender)).rejects.toBeInstanceOf(
        ForbiddenSenderError,
      );
    }
    const outlook = captureScript().draftSeen({ site: 'outlook' });
    await expect(handle('draftSeen', outlook, gmailTab)).rejects.toBeInstanceOf(
      ForbiddenSenderError,
    );
    expect(capture).not.toHaveBeenCalled();
  });

  it('accepts Gainsight tenants by subdomain only', async () => {
    const { handle } = setup();
    const message = captureScript().draftSeen({ site: 'gainsight' });
    const tenant = { ...gmailTab, url: 'https://acme.gainsightcloud.com/v1/ui/email' };
    await expect(handle('draftSeen', message, tenant)).resolves.toBeDefined();
    const lookalike = { ...gmailTab, url: 'https://acme.gainsightcloud.com.evil.example/' };
    await expect(handle('draftSeen', message, lookalike)).rejects.toBeInstanceOf(
      ForbiddenSenderError,
    );
  });
});
