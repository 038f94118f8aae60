import { describe, expect, it } from 'vitest';
import { assertCaptureSender, ForbiddenSenderError } from '@/lib/background/sender-check';

const OWN = 'redline-id';
const EXT = 'chrome-extension://redline-id';
const tab = { id: 1 };

describe('sender check: demo and generic sites', () => {
  it('demo: only the demo composer page, in a tab', () => {
    expect(() =>
      assertCaptureSender({ id: OWN, origin: EXT, url: `${EXT}/demo.html`, tab }, 'demo', OWN, EXT),
    ).not.toThrow();
    for (const sender of [
      { id: OWN, origin: EXT, url: `${EXT}/popup.html?view=tab`, tab },
      { id: OWN, origin: EXT, url: `${EXT}/demo.html.evil`, tab },
      { id: OWN, origin: EXT, url: `${EXT}/options.html`, tab },
      { id: OWN, origin: EXT, url: `${EXT}/demo.html` },
      { id: OWN, url: 'https://evil.example/demo.html', tab },
      { id: 'other', url: `chrome-extension://other/demo.html`, tab },
    ]) {
      expect(() => assertCaptureSender(sender, 'demo', OWN, EXT)).toThrow(ForbiddenSenderError);
    }
  });

  it('generic: only an origin the CSM or IT enabled; never the extension itself', () => {
    const enabled = ['https://crm.example.com'];
    const at = (url: string) => ({ id: OWN, url, tab });
    expect(() =>
      assertCaptureSender(at('https://crm.example.com/inbox'), 'generic', OWN, EXT, enabled),
    ).not.toThrow();
    expect(() =>
      assertCaptureSender(at('https://other.example.com/'), 'generic', OWN, EXT, enabled),
    ).toThrow(/generic does not run on https:\/\/other.example.com/);
    expect(() => assertCaptureSender(at(`${EXT}/demo.html`), 'generic', OWN, EXT, [EXT])).toThrow(
      ForbiddenSenderError,
    );
    // The demo page cannot claim a real site either.
    expect(() => assertCaptureSender(at(`${EXT}/demo.html`), 'gmail', OWN, EXT)).toThrow(
      ForbiddenSenderError,
    );
  });
});
