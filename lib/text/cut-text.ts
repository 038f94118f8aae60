/**
 * `text` cut to at most `max` UTF-16 units without splitting a surrogate pair: a cut that would
 * land between the halves of an emoji drops the whole character instead. Half an emoji is not
 * a string PostgreSQL (or any JSON consumer that checks) will take.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const last = text.charCodeAt(max - 1);
  // A high surrogate as the last kept unit means its low half would be cut off.
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}
