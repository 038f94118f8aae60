import type { EditLabel } from '../review/vocabulary';

/** Each kind of edit in words for the popup: a chip's name and what it means. */
export const EDIT_LABEL_NAMES: Record<EditLabel, { name: string; meaning: string }> = {
  facts: { name: 'Facts', meaning: 'Numbers, dates, amounts or names changed' },
  personalisation: {
    name: 'Personalised',
    meaning: "The recipient's name, company or product added",
  },
  shortened: { name: 'Shortened', meaning: 'More than a quarter shorter than the draft' },
  lengthened: { name: 'Lengthened', meaning: 'More than a quarter longer than the draft' },
  opening: { name: 'Opening', meaning: 'Greeting or first courtesy sentence changed' },
  'sign-off': { name: 'Sign-off', meaning: 'Closing line or sign-off changed' },
  tone: { name: 'Tone', meaning: 'Hedges, apologies or intensifiers taken out or put in' },
  structure: { name: 'Reordered', meaning: 'Sentences moved' },
};
