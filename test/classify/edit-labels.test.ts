import { describe, expect, it } from 'vitest';
import { classify, type LabelContext } from '../../lib/classify';
import {
  compileLabelWords,
  DEFAULT_LABEL_LANGUAGES,
  LabelWordsSchema,
} from '../../lib/classify/edit-labels';
import { ENGLISH_LABEL_WORDS, RECIPIENT_WORDS } from '../../lib/classify/edit-labels/english';
import { EDIT_LABELS } from '../../lib/review/vocabulary';

const labels = (draft: string, sent: string, context?: LabelContext) =>
  classify(draft, sent, undefined, undefined, context).labels;

const BODY =
  'Following our call, I am sharing the rollout plan for the analytics module. The first team goes live next month and the rest follow in two waves.';
const MAIL = `Hi there,\n${BODY}\nBest regards,\nSam`;

describe('edit labels: facts', () => {
  it('a changed number, amount, date or name is a fact', () => {
    expect(labels('The quote is $30,000 a year.', 'The quote is $32,500 a year.')).toContain(
      'facts',
    );
    expect(labels('We meet on Tuesday at noon.', 'We meet on Thursday at noon.')).toContain(
      'facts',
    );
    expect(labels('Send it to Priya in finance.', 'Send it to Marcus in finance.')).toContain(
      'facts',
    );
    expect(labels('We cover 40 seats.', 'We cover 45 seats.')).toContain('facts');
  });

  it('rewording without numbers, dates or names is not a fact', () => {
    expect(labels(BODY, BODY.replace('sharing', 'sending'))).not.toContain('facts');
    // "The" starts a sentence: a capital there names nothing; "may" is not the month.
    expect(
      labels('the plan is ready. We may call.', 'The plan is ready. We might call.'),
    ).not.toContain('facts');
  });
});

describe('edit labels: personalisation', () => {
  const context: LabelContext = {
    subject: 'Rollout plan for Brightpath',
    recipientDomains: ['northwind-corp.com'],
    recipientAddresses: ['lena.fischer@northwind-corp.com'],
  };

  it("adding the recipient's name, company or the subject's product is personalisation", () => {
    expect(labels(MAIL, MAIL.replace('Hi there', 'Hi Lena'), context)).toContain('personalisation');
    expect(
      labels(MAIL, MAIL.replace('the analytics module', 'the Northwind analytics module'), context),
    ).toContain('personalisation');
    expect(
      labels(
        MAIL,
        MAIL.replace('the analytics module', 'the Brightpath analytics module'),
        context,
      ),
    ).toContain('personalisation');
  });

  it('a recipient name added is not counted as a changed fact', () => {
    expect(labels(MAIL, MAIL.replace('Hi there', 'Hi Lena'), context)).not.toContain('facts');
  });

  it('without context, or adding someone else, is not personalisation', () => {
    expect(labels(MAIL, MAIL.replace('Hi there', 'Hi Lena'))).not.toContain('personalisation');
    expect(labels(MAIL, MAIL.replace('Hi there', 'Hi Omar'), context)).not.toContain(
      'personalisation',
    );
    // A mail provider is not the recipient's company; a function mailbox is not a person.
    const freemail: LabelContext = {
      recipientDomains: ['gmail.com'],
      recipientAddresses: ['support@gmail.com'],
    };
    expect(labels(MAIL, MAIL.replace('Hi there', 'Hi Gmail support'), freemail)).not.toContain(
      'personalisation',
    );
  });
});

describe('edit labels: length', () => {
  it('more than a quarter shorter or longer', () => {
    const long = `${BODY} We will also train your admins and review usage every week after launch.`;
    expect(labels(long, BODY)).toContain('shortened');
    expect(labels(BODY, long)).toContain('lengthened');
  });

  it('a change within a quarter is neither', () => {
    const result = labels(BODY, BODY.replace('in two waves', 'in two or three waves'));
    expect(result).not.toContain('shortened');
    expect(result).not.toContain('lengthened');
  });
});

describe('edit labels: opening and sign-off', () => {
  it('a changed greeting or courtesy sentence is the opening', () => {
    expect(labels(MAIL, MAIL.replace('Hi there,', 'Dear Ms Fischer,'))).toContain('opening');
    expect(labels(BODY, `Hope your week is going well. ${BODY}`)).toContain('opening');
  });

  it('a changed sign-off or closing line is the sign-off', () => {
    expect(labels(MAIL, MAIL.replace('Best regards,', 'Cheers,'))).toContain('sign-off');
    expect(
      labels(MAIL, MAIL.replace('\nBest regards', '\nLet me know what you think.\nBest regards')),
    ).toContain('sign-off');
  });

  it('edits in the body touch neither', () => {
    const result = labels(MAIL, MAIL.replace('sharing', 'attaching'));
    expect(result).not.toContain('opening');
    expect(result).not.toContain('sign-off');
    // "Thanks" begins a long body line here: body text, not a sign-off.
    const thanks = 'Thanks for the call today, it helped us plan the next steps.';
    expect(labels(thanks, thanks.replace('helped', 'really helped us'))).not.toContain('sign-off');
  });
});

describe('edit labels: tone', () => {
  it('hedges, apologies and intensifiers taken out or put in', () => {
    expect(labels('I think the plan might work.', 'The plan will work.')).toContain('tone');
    expect(labels('The export is late.', 'Sorry, the export is late.')).toContain('tone');
    expect(labels('The results are good.', 'The results are really good!')).toContain('tone');
  });

  it('a plain word swap is not tone', () => {
    expect(labels('The results are good.', 'The figures are good.')).not.toContain('tone');
  });
});

describe('edit labels: structure', () => {
  it('sentences moved are structure; edits in place are not', () => {
    const first = 'The first team goes live next month with the new reports.';
    const second = 'The rest of the company follows in two waves after that.';
    expect(labels(`${first} ${second}`, `${second} ${first}`)).toEqual(['structure']);
    expect(
      labels(`${first} ${second}`, `${first} ${second.replace('two', 'three')}`),
    ).not.toContain('structure');
  });
});

describe('edit labels: as data', () => {
  it('the English words are valid data and several labels can come together', () => {
    expect(LabelWordsSchema.safeParse(ENGLISH_LABEL_WORDS).success).toBe(true);
    expect(DEFAULT_LABEL_LANGUAGES.map((l) => l.lang)).toContain('en');
    const result = labels(
      MAIL,
      MAIL.replace('Hi there', 'Hi Lena').replace('two waves', '3 waves'),
      {
        recipientAddresses: ['lena@northwind.com'],
      },
    );
    expect(result).toEqual(expect.arrayContaining(['facts', 'personalisation', 'opening']));
    expect(result.every((label) => (EDIT_LABELS as readonly string[]).includes(label))).toBe(true);
  });

  it('an approval and a discard carry no labels', () => {
    expect(labels(MAIL, MAIL)).toEqual([]);
    expect(classify(MAIL, null).labels).toEqual([]);
  });

  it('a language added as data is used; bad data fails in words', () => {
    const german = {
      ...ENGLISH_LABEL_WORDS,
      lang: 'de',
      greetings: ['Hallo', 'Liebe', 'Lieber'],
      hedges: ['vielleicht', 'eventuell'],
    };
    const words = compileLabelWords([ENGLISH_LABEL_WORDS, german], RECIPIENT_WORDS);
    expect(words.greetings.some((p) => p.join(' ') === 'hallo')).toBe(true);
    expect(words.tone.some((p) => p.join(' ') === 'vielleicht')).toBe(true);
    expect(() => compileLabelWords([{ ...german, greetings: [''] }], RECIPIENT_WORDS)).toThrow(
      /Edit-label words for "de" are not valid/,
    );
  });
});
