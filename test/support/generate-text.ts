// Deterministic e-mail-like text for tests and benchmarks: the same figures on every run.

export const WORDS = (
  'the a to of and we you your team for on in is this that with our as be will it can are ' +
  'have from at by next week quarter renewal account meeting review usage adoption seats ' +
  'contract thanks please let me know steps follow up call schedule time dashboard report ' +
  'onboarding training users admin feature roadmap release support ticket issue update plan ' +
  'goals success metrics value pricing budget decision stakeholders executive sponsor ' +
  'integration data export workflow launch pilot feedback survey health score risk'
).split(' ');
const ENDINGS = ['.', '.', '.', ',', ',', '?', '!'];

function sentence(random: () => number): string {
  const length = 6 + Math.floor(random() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(random() ** 1.6 * WORDS.length)]);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + ENDINGS[Math.floor(random() * 7)];
}

export function generateText(words: number, random: () => number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const next = sentence(random);
    sentences.push(next);
    count += next.split(' ').length;
  }
  return sentences.join(' ');
}
