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
 * The prompt side of every tuning example: only the context Redline knows about the request —
 * task type, subject, and the thread the reply belongs to when the site adapter captured it.
 * Recipient domains and addresses are left out on purpose: a dataset should not teach a model
 * who the customers are. One function so every format asks the same question.
 */
export function buildPrompt(
  review: Pick<Review, 'taskType' | 'subject'> & { thread?: string },
): string {
  const lines = [`Write a ${TASK_TYPE_LABELS[review.taskType]} e-mail.`];
  const subject = review.subject.trim();
  if (subject) lines.push(`Subject: ${subject}`);
  const thread = review.thread?.trim();
  if (thread) lines.push('', 'Thread so far:', thread);
  return lines.join('\n');
}
