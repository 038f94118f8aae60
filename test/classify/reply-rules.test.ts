// The set-aside rules as data: every shipped language validates, a malformed entry fails with
// words naming it, and a team's own language is one more entry.
import { describe, expect, it } from 'vitest';
import {
  compileReplyRules,
  DEFAULT_REPLY_LANGUAGES,
  LanguageRulesSchema,
  type LanguageRules,
} from '../../lib/classify/reply-rules';
import { setAsideByLines } from '../../lib/classify/set-aside';

const TURKISH: LanguageRules = {
  lang: 'tr',
  headerOpeners: [],
  headerVerbs: ['şunu yazdı', 'yazdı'],
  headerLabels: {
    from: ['Kimden'],
    date: ['Gönderildi', 'Tarih'],
    to: ['Kime'],
    subject: ['Konu'],
  },
  separators: ['Orijinal ileti'],
  mobileFooters: ['iphone.dan gönderildi', '{device} cihazımdan gönderildi'],
  signOffs: ['Saygılarımla', 'İyi çalışmalar'],
};

const REPLY = 'Merhaba Deniz,\n\nLisanslar hazır.';

describe('reply rules as data', () => {
  it('every shipped language passes the schema, each language once', () => {
    for (const rules of DEFAULT_REPLY_LANGUAGES) {
      expect(LanguageRulesSchema.safeParse(rules).success, rules.lang).toBe(true);
    }
    const langs = DEFAULT_REPLY_LANGUAGES.map((rules) => rules.lang);
    expect(new Set(langs).size).toBe(langs.length);
    expect(langs.length).toBeGreaterThanOrEqual(19);
  });

  it('a malformed entry fails with the language and the field in words', () => {
    expect(() => compileReplyRules([{ ...TURKISH, mobileFooters: ['(unclosed'] }])).toThrow(
      /reply rules #0 \(tr\): mobileFooters\.0: must be a valid regular expression/,
    );
    expect(() => compileReplyRules([{ ...TURKISH, headerVerbs: 'yazdı' }])).toThrow(
      /\(tr\): headerVerbs/,
    );
    expect(() => compileReplyRules([null])).toThrow(/reply rules #0/);
  });

  it("a team's own language is recognised once added, and not before", () => {
    const header = '4 Mar 2025 Sal, 09:12 tarihinde Deniz Kaya <deniz@kaya.example> şunu yazdı:';
    const block =
      'Kimden: Deniz Kaya <deniz@kaya.example>\nGönderildi: 4 Mart 2025 09:12\nKonu: Lisans';
    const withTurkish = compileReplyRules([...DEFAULT_REPLY_LANGUAGES, TURKISH]);
    for (const tail of [
      `${header}\n> eski metin`,
      `${block}\n\neski metin`,
      'Deniz cihazımdan gönderildi',
    ]) {
      const text = `${REPLY}\n\n${tail}`;
      expect(setAsideByLines(text, withTurkish).trim()).toBe(REPLY);
    }
    // The header and block carry an address, so the default rules catch the header by its
    // date and address alone; the labels and the footer are Turkish words they do not know.
    expect(setAsideByLines(`${REPLY}\n\n${block}\n\neski metin`)).toContain('Kimden');
    expect(setAsideByLines(`${REPLY}\n\nDeniz cihazımdan gönderildi`)).toContain('gönderildi');
  });

  it('an empty list of languages sets nothing aside but the language-neutral marks', () => {
    const none = compileReplyRules([]);
    // Without an address the header needs its verb, which only the language data knows.
    const text = `${REPLY}\n\nOn Tue, 4 Mar 2025 at 09:12, Deniz wrote:\n> x`;
    expect(setAsideByLines(text, none)).toContain('wrote');
    expect(setAsideByLines(text).trim()).toBe(REPLY);
    expect(setAsideByLines(`${REPLY}\n-- \nDeniz`, none).trim()).toBe(REPLY);
  });
});
