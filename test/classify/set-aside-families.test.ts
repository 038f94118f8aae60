// The set-aside, family by family, on replies written for these tests (several languages per
// family), and the lookalikes that must stay the writer's text.
import { describe, expect, it } from 'vitest';
import { classify, normalizeForReview } from '../../lib/classify';

const REPLY =
  'Hi Marta,\n\nThe new seats are live. I will check the invoice with finance tomorrow.';
const EDITED = REPLY.replace('tomorrow', 'on Friday');

/** The reply with `tail` appended must approve; with an edited reply it must stay an edit. */
function expectSetAside(tail: string): void {
  expect(classify(REPLY, `${REPLY}\n\n${tail}`).outcome).toBe('approve');
  expect(classify(REPLY, `${EDITED}\n\n${tail}`).outcome).toBe('edit');
}

const HISTORY = '> Can you confirm the seat count?\n> Thanks, Jonas';

describe('reply headers, by language', () => {
  it.each([
    ['en', 'On Tue, 4 Mar 2025 at 09:12, Jonas Berg <jonas@berg-labs.io> wrote:'],
    ['en, no colon', 'On Tue, 4 Mar 2025 09:12:40 +0100 Jonas Berg <jonas@berg-labs.io> wrote'],
    ['en, Zoho dashes', '---- On Tue, 04 Mar 2025 09:12:40 +0100 jonas@berg-labs.io wrote ----'],
    ['en, Eudora', 'At 3/4/2025 09:12 AM, you wrote:'],
    ['de', 'Am 04.03.2025 um 09:12 schrieb Jonas Berg <jonas@berg-labs.io>:'],
    [
      'de, name first',
      'Jonas Berg <jonas@berg-labs.io> schrieb am Di., 4. März 2025 um 09:12 Uhr:',
    ],
    ['fr', 'Le mar. 4 mars 2025 à 09:12, Jonas Berg <jonas@berg-labs.io> a écrit :'],
    ['pl', 'W dniu 4.03.2025 o 09:12 Jonas Berg <jonas@berg-labs.io> napisał(a):'],
    ['ru', 'вт, 4 мар. 2025 г. в 09:12, Jonas Berg <jonas@berg-labs.io>:'],
    ['uk', '4 бер. 2025 р. о 09:12 Jonas Berg <jonas@berg-labs.io> пише:'],
    ['sv', 'Den 4 mars 2025 kl. 09:12 skrev Jonas Berg <jonas@berg-labs.io>:'],
    ['fi', 'ti 4. maalisk. 2025 klo 9.12 Jonas Berg <jonas@berg-labs.io> kirjoitti:'],
    ['it', 'Il giorno mar 4 mar 2025 alle ore 09:12 Jonas Berg <jonas@berg-labs.io> ha scritto:'],
    ['ca', 'El dt., 4 de març 2025, a les 09:12, Jonas Berg <jonas@berg-labs.io> va escriure:'],
    [
      'nl',
      'Op 4 mrt. 2025 om 09:12 heeft Jonas Berg <jonas@berg-labs.io> het volgende geschreven:',
    ],
    ['zh', '在 2025年3月4日，上午9:12，Jonas Berg <jonas@berg-labs.io> 写道：'],
    ['ko', '2025. 3. 4. 오전 9:12, Jonas Berg <jonas@berg-labs.io> 작성:'],
    ['ja', '2025/03/04 9:12、Jonas Berg <jonas@berg-labs.io> のメッセージ:'],
    ['no verb, date and address', '2025-03-04 9:12 GMT+01:00 Jonas Berg <jonas@berg-labs.io>:'],
  ])('%s', (_lang, header) => {
    expectSetAside(`${header}\n\n${HISTORY}`);
  });

  it('a header wrapped over two and over three lines', () => {
    expectSetAside(
      `On Tue, 4 Mar 2025 at 09:12, Jonas Berg\n<jonas@berg-labs.io> wrote:\n\n${HISTORY}`,
    );
    expectSetAside(
      `On Mar 4, 2025,\nat 09:12,\nJonas Berg <jonas@berg-labs.io> wrote:\n${HISTORY}`,
    );
    expectSetAside(
      `Den 4 mars 2025 kl. 09:12 skrev Jonas Berg <jonas@berg-labs.io\n>:\n${HISTORY}`,
    );
  });

  it('history that is not ">"-quoted goes with its header', () => {
    expectSetAside(
      'On Tue, 4 Mar 2025 at 09:12, Jonas Berg <jonas@berg-labs.io> wrote:\n\nCan you confirm?',
    );
  });
});

describe('header blocks, by language', () => {
  const block = (lines: string[]) => `${lines.join('\n')}\n\nCan you confirm the seat count?`;
  it.each([
    [
      'en',
      [
        '________________________________',
        'From: Jonas Berg <jonas@berg-labs.io>',
        'Sent: Tuesday, March 4, 2025 9:12 AM',
        'To: Marta Ruiz',
        'Subject: Seats',
      ],
    ],
    [
      'en, bold',
      [
        '-----',
        '*From:* Jonas Berg [mailto:jonas@berg-labs.io]',
        '*Sent:* Tuesday, March 4, 2025 9:12 AM',
        '*Subject:* Seats',
      ],
    ],
    [
      'fr',
      [
        'De : Jonas Berg <jonas@berg-labs.io>',
        'Envoyé : mardi 4 mars 2025 09:12',
        'À : Marta Ruiz',
        'Objet : Licences',
      ],
    ],
    [
      'de',
      [
        'Von: Jonas Berg <jonas@berg-labs.io>',
        'Gesendet: Dienstag, 4. März 2025 09:12',
        'An: Marta Ruiz',
        'Betreff: Lizenzen',
      ],
    ],
    [
      'nl',
      [
        'Van: Jonas Berg <jonas@berg-labs.io>',
        'Verzonden: dinsdag 4 maart 2025 09:12',
        'Aan: Marta Ruiz',
        'Onderwerp: Licenties',
      ],
    ],
    [
      'da',
      [
        'Fra: Jonas Berg <jonas@berg-labs.io>',
        'Sendt: 4. marts 2025 09:12',
        'Til: Marta Ruiz',
        'Emne: Licenser',
      ],
    ],
    [
      'sv',
      [
        'Från: Jonas Berg <jonas@berg-labs.io>',
        'Skickat: den 4 mars 2025 09:12',
        'Till: Marta Ruiz',
        'Ämne: Licenser',
      ],
    ],
    [
      'zh',
      [
        '发件人: Jonas Berg <jonas@berg-labs.io>',
        '发送时间: 2025年3月4日 9:12',
        '收件人: Marta Ruiz',
        '主题: 席位',
      ],
    ],
    [
      'es, separator',
      [
        '-----Mensaje original-----',
        'De: Jonas Berg',
        'Enviado el: martes, 4 de marzo de 2025 9:12',
      ],
    ],
    [
      'da, separator',
      [
        '-------- Oprindelig besked --------',
        'Fra: Jonas Berg <jonas@berg-labs.io>',
        'Dato: 04.03.2025 09.12',
      ],
    ],
    [
      'en, forward',
      [
        '---------- Forwarded message ---------',
        'From: Jonas Berg <jonas@berg-labs.io>',
        'Date: Tue, 4 Mar 2025 at 09:12',
      ],
    ],
    [
      'de, forward',
      ['---------- Weitergeleitete Nachricht ----------', 'Von: Jonas Berg', 'Datum: 04.03.2025'],
    ],
  ])('%s', (_lang, lines) => {
    expectSetAside(block(lines));
  });
});

describe('mobile and app footers', () => {
  it.each([
    'Sent from my iPhone',
    'Sent from my Galaxy S23 Ultra',
    'Get Outlook for iOS<https://aka.ms/o0ukef>',
    'Envoyé de mon iPhone',
    'Gesendet von Outlook für Android',
    'Von meinem iPad gesendet',
    'Enviado desde mi iPhone',
    'Enviado do meu iPhone',
    'Skickat från min iPhone',
    'Sendt fra min iPhone',
    'Verzonden vanaf mijn iPhone',
    'iPhoneから送信',
  ])('%s', (footer) => {
    expectSetAside(footer);
    expectSetAside(
      `${footer}\n\nOn Tue, 4 Mar 2025 at 09:12, Jonas <j@berg-labs.io> wrote:\n${HISTORY}`,
    );
  });
});

describe('signatures without a "-- " line', () => {
  it.each([
    [
      'sign-off, name, title, phone',
      'Best regards,\n\nMarta Ruiz\nCustomer Success Manager, Northwind\n+34 912 345 678',
    ],
    ['German sign-off', 'Mit freundlichen Grüßen\nMarta Ruiz\nNorthwind GmbH'],
    ['French sign-off', 'Cordialement,\nMarta Ruiz'],
    [
      'name and contact lines',
      'Marta Ruiz\nmarta@northwind.example\n(555) 201-3344\nwww.northwind.example',
    ],
    ['rule above a footer', '__________\nNorthwind support list\nsupport@northwind.example'],
    ['tracking mark before the delimiter', '\u1427\n--\nMarta Ruiz'],
  ])('%s', (_name, signature) => {
    expectSetAside(signature);
  });

  it("the draft's own sign-off stays; only what the composer added under it goes", () => {
    const draft = `${REPLY}\n\nBest,\nMarta`;
    expect(classify(draft, `${draft}\n\nMarta Ruiz\nNorthwind | +34 912 345 678`).outcome).toBe(
      'approve',
    );
    expect(classify(draft, `${draft.replace('Best,', 'Cheers,')}\nNorthwind`).outcome).toBe('edit');
  });

  it('a signature the draft already has is compared like any text: a changed phone is an edit', () => {
    const draft = `${REPLY}\n\nBest regards,\nMarta Ruiz\n+34 912 345 678`;
    expect(classify(draft, draft).outcome).toBe('approve');
    expect(classify(draft, draft.replace('678', '679')).outcome).toBe('edit');
  });
});

describe("lookalikes stay the writer's text", () => {
  it.each([
    'From: the onboarding team\nWe have three steps for you.',
    'On the forum last week, your admin Priya wrote:\nthe export button is hidden.',
    'Am Montag schrieb Ihr IT-Leiter:\nDas Update kommt später.',
    '--- agenda ---\n1. Seats\n2. Invoice',
    '> Tip: open the admin page first.\nThen save the seats.',
    'Sent from my desk, because the app was down.',
    'Date: Wednesday 5 March 2025\nTime: 10:00\nPlace: our office',
    'Timestamps we saw:\n2025-03-04 09:12:40\n04.03.2025 09:12',
    'On 3 May the team wrote the following steps:\nopen, check, save.',
    'Le directeur financier a écrit :\nle budget est validé.',
    'Jak napisał nasz administrator:\nkopia zapasowa działa.',
    'Von: unserem Support-Team\nGesendet: mit besten Grüßen',
    'Sent from the Northwind team, with thanks.',
  ])('%s', (lookalike) => {
    const draft = `${lookalike}\n\nI will check the invoice with finance tomorrow.`;
    expect(normalizeForReview(draft)).toContain(lookalike.split('\n')[0]);
    expect(classify(draft, draft.replace('tomorrow', 'on Friday')).outcome).toBe('edit');
  });

  it('a real header right under a line of the reply takes only the header', () => {
    const sent = `${REPLY}\nOur call is at 10:00\nJonas Berg <jonas@berg-labs.io> wrote:\n${HISTORY}`;
    expect(normalizeForReview(sent)).toBe(`${REPLY}\nOur call is at 10:00`.replace('\n\n', '\n'));
  });

  it('a draft that holds a real quoted block: the block is history on both sides', () => {
    const draft = `${REPLY}\n\nOn Tue, 4 Mar 2025 at 09:12, Jonas <j@berg-labs.io> wrote:\n${HISTORY}`;
    expect(classify(draft, draft.replace('tomorrow', 'on Friday')).outcome).toBe('edit');
    expect(classify(draft, draft.replace('Thanks, Jonas', 'Jonas')).outcome).toBe('approve');
  });
});

describe('what the CSM adds at the end stays an edit', () => {
  it.each([
    ['a closing line alone', 'Thanks!'],
    ['a list under a rule', '---\nNext steps:\n- call Jonas\n- send the quote'],
    ['a postscript under the signature', 'Best,\nMarta\nP.S. Call me: +34 912 345 678'],
    ['a sentence under a name', 'Marta\nI have moved the call to Thursday at 10:00, see you then.'],
    ['a line of their own starting with ">"', '> Jonas, this is the part that matters.'],
  ])('%s', (_name, added) => {
    expect(classify(REPLY, `${REPLY}\n\n${added}`).outcome).toBe('edit');
  });
});

describe('a reply written under the quote (bottom-posting)', () => {
  const quote = `On Tue, 4 Mar 2025 at 09:12, Jonas <j@berg-labs.io> wrote:\n${HISTORY}\n\n`;
  it('the text under the quote is the reply: its edits count, the quote does not', () => {
    const draft = `${quote}${REPLY}`;
    expect(normalizeForReview(draft)).toBe(normalizeForReview(REPLY));
    expect(classify(draft, `${quote}${EDITED}`).outcome).toBe('edit');
    expect(classify(REPLY, `${quote}${REPLY}\n-- \nMarta`).outcome).toBe('approve');
  });
});
