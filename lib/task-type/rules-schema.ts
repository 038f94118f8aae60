import * as z from 'zod/mini';
import { TASK_TYPES } from '../review/vocabulary';

/** One keyword rule: any of its words or phrases in the subject or body votes for its type. */
export const TaskTypeRuleSchema = z.object({
  taskType: z.enum(TASK_TYPES),
  // Matching ignores case and spacing inside a phrase, so a keyword is stored as typed.
  keywords: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100)))
    .check(z.maxLength(500)),
});
export type TaskTypeRule = z.infer<typeof TaskTypeRuleSchema>;

/** The editable rule list carried by settings; order breaks ties. */
export const TaskTypeRulesSchema = z.array(TaskTypeRuleSchema).check(z.maxLength(50));
