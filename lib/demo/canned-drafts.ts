// What the demo composer's "Draft with AI" writes: drafts a CS copilot would plausibly produce,
// one per task type, long enough to count as a draft (Redline ignores short snippets).

export interface CannedDraft {
  id: 'qbr' | 'renewal' | 'check-in';
  label: string;
  to: string;
  subject: string;
  paragraphs: readonly string[];
}

export const CANNED_DRAFTS: readonly CannedDraft[] = [
  {
    id: 'qbr',
    label: 'QBR invitation',
    to: 'dana.whitfield@northwind-logistics.com',
    subject: 'Your Q3 business review: agenda and times',
    paragraphs: [
      'Hi Dana,',
      'I hope the quarter is wrapping up well for the Northwind team. I would like to set up our quarterly business review for the week of October 14th to look back at Q3 and plan the next two quarters together.',
      'On the agenda: adoption across your three regional hubs (active users grew 18 % since July), the routing-automation rollout and the time it saved your dispatchers, the two open support escalations, and your priorities for Q4 so we can line up the right resources.',
      'Would Tuesday the 15th at 10:00 or Thursday the 17th at 14:00 work for you and Marcus? I will send a short pre-read two days before.',
      'Best regards,',
      'Alex',
    ],
  },
  {
    id: 'renewal',
    label: 'Renewal reminder',
    to: 'priya.raman@brightpath-health.org',
    subject: 'Planning your renewal ahead of the January term',
    paragraphs: [
      'Hi Priya,',
      'Your current subscription term ends on January 31st, and I want to make sure the renewal is simple and reflects how your team actually uses the platform today.',
      'Since last year you have added two clinics and about forty seats, and the scheduling module is now used every day. I have prepared two options: renewing the current plan with the added seats, or moving to the annual enterprise plan, which includes the analytics add-on your operations team asked about.',
      'Could we find thirty minutes next week to walk through both? I am happy to bring our solutions lead if you would like to go through the analytics in detail.',
      'Kind regards,',
      'Alex',
    ],
  },
  {
    id: 'check-in',
    label: 'Check-in after onboarding',
    to: 'tom.becker@alpine-outfitters.de',
    subject: 'Checking in after your first month',
    paragraphs: [
      'Hi Tom,',
      'It has been a month since your team went live, and I wanted to check in on how things are going. From what I can see, twelve of your fifteen store managers log in every week, and the inventory sync has run without errors since the 3rd.',
      'Is there anything slowing the team down, or a workflow you expected to work differently? A few customers at this stage find the custom-report builder useful; I can share a ten-minute walkthrough if that would help.',
      'Thanks again for a smooth launch,',
      'Alex',
    ],
  },
];
