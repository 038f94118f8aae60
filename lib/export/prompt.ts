import type { Review } from '../review/review-schema';
import type { TaskType } from '../review/vocabulary';

/** Human wording of each task type, as a prompt and a 1:1 pack name it. */
export const TASK_TYPE_LABELS: Record<TaskType, string> = {
  qbr: 'QBR prep',
  renewal: 'renewal brief',
  risk: 'risk one-pager',
  'check-in': 'check-in',
  onboarding: 'onboarding',
  expansion: 'expansion',
  support: 'support',
  other: 'customer',
};

/** The system turn of chat-shaped datasets: who the model plays, nothing about the customer. */
export const EXPORT_SYSTEM_PROMPT =
  'You are a customer-success manager writing an e-mail to a customer. Write the e-mail body only.';

/**
 * The prompt side of every tuning example: what Redline knows about the request — task type,
 * subject, and for a reply the message being answered (the newest quoted message, kept with the
 * review). Two replies on one subject then ask different questions. Recipient domains and
 * addresses are left out on purpose: a dataset should not teach a model who the customers are.
 * One function so every format (and the backend) asks the same question.
 */
export function buildPrompt(review: Pick<Review, 'taskType' | 'subject' | 'context'>): string {
  const context = review.context?.trim();
  const label = TASK_TYPE_LABELS[review.taskType];
  const lines = [
    context
      ? `Write a ${label} e-mail that replies to the message below.`
      : `Write a ${label} e-mail.`,
  ];
  const subject = review.subject.trim();
  if (subject) lines.push(`Subject: ${subject}`);
  if (context) lines.push('', 'Message being answered:', context);
  return lines.join('\n');
}
