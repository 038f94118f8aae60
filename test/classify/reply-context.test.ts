import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT, replyContext } from '@/lib/classify/reply-context';

const REPLY = 'Hi Ana,\n\nthe renewal numbers are attached.\n\nBest,\nBo';

describe('the message a reply answers', () => {
  it('takes the newest quoted message below a reply header, one quote level removed', () => {
    const text = [
      REPLY,
      '',
      'On Mon, 3 Nov 2025 at 10:02, Ana Silva <ana@acme.com> wrote:',
      '> Can you send the renewal numbers before Friday?',
      '>',
      '> Thanks, Ana',
      '>',
      '> On Sun, 2 Nov 2025 at 09:00, Bo <bo@redline.example> wrote:',
      '> > Here is the renewal plan.',
    ].join('\n');
    expect(replyContext(text)).toBe(
      'Can you send the renewal numbers before Friday?\n\nThanks, Ana',
    );
  });

  it('skips the writer’s own signature on the way to the quote', () => {
    const text = `${REPLY}\n-- \nBo Berg\nCSM\n\nOn 2025-11-03 10:02, Ana <ana@acme.com> wrote:\n> Are we on for the QBR?`;
    expect(replyContext(text)).toBe('Are we on for the QBR?');
  });

  it('reads past an Outlook header block, and stops at the next one', () => {
    const text = [
      REPLY,
      '________________________________',
      'From: Ana Silva <ana@acme.com>',
      'Sent: Monday, November 3, 2025 10:02 AM',
      'To: Bo Berg <bo@redline.example>',
      'Subject: Renewal',
      '',
      'Hello Bo, where do we stand on the renewal?',
      '',
      'From: Bo Berg <bo@redline.example>',
      'Sent: Sunday, November 2, 2025 9:00 AM',
      'To: Ana Silva <ana@acme.com>',
      '',
      'Older message.',
    ].join('\n');
    expect(replyContext(text)).toBe('Hello Bo, where do we stand on the renewal?');
  });

  it('finds the message right under a header block with no blank line, as in Outlook', () => {
    const quoted = [
      'From: Dana Reyes <dana.reyes@example.org>',
      'Sent: Monday, November 30, 2026 9:12 AM',
      'To: Sam Ortiz <sam.ortiz@example.com>',
      'Subject: Renewal plan',
      'Hi Sam, could you send the renewal plan before Friday? Thanks, Dana',
      'From: Sam Ortiz',
      'Sent: Friday, November 20, 2026',
      'Subject: Kick-off',
      'Earlier message about the kick-off.',
    ].join('\n');
    expect(replyContext(REPLY, { quoted })).toBe(
      'Hi Sam, could you send the renewal plan before Friday? Thanks, Dana',
    );
  });

  it('reads an "Original Message" separator followed by its header block', () => {
    const text = `${REPLY}\n\n-----Original Message-----\nFrom: Ana <ana@acme.com>\nSent: 3 November 2025 10:02\nTo: Bo <bo@redline.example>\n\nPlease confirm the QBR date.`;
    expect(replyContext(text)).toBe('Please confirm the QBR date.');
  });

  it('takes the quote the site marked in its DOM, header or not', () => {
    const quoted = 'On Mon, Nov 3, 2025 at 10:02 AM Ana <ana@acme.com> wrote:\nWhen is the QBR?';
    expect(replyContext(REPLY, { quoted })).toBe('When is the QBR?');
    expect(replyContext(REPLY, { quoted: 'When is the QBR?' })).toBe('When is the QBR?');
  });

  it('reads a bottom-posted reply: the quote is above the answer', () => {
    const text = `On 3 Nov 2025 10:02, Ana <ana@acme.com> wrote:\n> Any news on the renewal?\n\n${REPLY}`;
    expect(replyContext(text)).toBe('Any news on the renewal?');
  });

  it('is null for a new e-mail, a signature alone, or a lookalike line', () => {
    expect(replyContext(REPLY)).toBeNull();
    expect(replyContext(`${REPLY}\n-- \nBo Berg\nSent from my iPhone`)).toBeNull();
    expect(replyContext('On the forum last week, your admin Priya wrote:\nhello')).toBeNull();
    expect(replyContext(`${REPLY}\nOn 3 Nov 2025 10:02, Ana <ana@acme.com> wrote:\n`)).toBeNull();
  });

  it('is bounded without splitting an emoji', () => {
    const long = `${'a'.repeat(MAX_CONTEXT - 1)}👋 tail`;
    const context = replyContext(REPLY, { quoted: long })!;
    expect(context.length).toBe(MAX_CONTEXT - 1);
    expect(context.isWellFormed()).toBe(true);
    expect(replyContext(REPLY, { quoted: 'Hello there' }, 5)).toBe('Hello');
  });

  it('reads only the kept part of a megabyte of quoted history', () => {
    const line = '> Renewal numbers, line by line, for the whole account.';
    const text = `${REPLY}\n\nOn 3 Nov 2025 10:02, Ana <ana@acme.com> wrote:\n${`${line}\n`.repeat(20_000)}`;
    const context = replyContext(text)!;
    expect(context.length).toBeLessThanOrEqual(MAX_CONTEXT);
    expect(context.length).toBeGreaterThan(MAX_CONTEXT - line.length);
    expect(context.startsWith('Renewal numbers, line by line')).toBe(true);
    expect(context).not.toContain('>');
  });
});
