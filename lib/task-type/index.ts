export { DEFAULT_TASK_TYPE_RULES } from './default-rules';
export { guessTaskType } from './guess-task-type';
export { TaskTypeRuleSchema, TaskTypeRulesSchema } from './rules-schema';
export type { TaskTypeRule } from './rules-schema';
