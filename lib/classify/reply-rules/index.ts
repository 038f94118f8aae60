import { ASIAN_LANGUAGES } from './asian';
import { compileReplyRules } from './compile';
import { NORTHERN_EASTERN_LANGUAGES } from './northern-eastern';
import type { LanguageRules } from './schema';
import { WESTERN_LANGUAGES } from './western';

export {
  compileReplyRules,
  isFooterLine,
  type CompiledReplyRules,
  type LabelKind,
} from './compile';
export { LanguageRulesSchema, type LanguageRules } from './schema';

/** Every language Redline knows; a team's own language is one more entry (see README). */
export const DEFAULT_REPLY_LANGUAGES: readonly LanguageRules[] = [
  ...WESTERN_LANGUAGES,
  ...NORTHERN_EASTERN_LANGUAGES,
  ...ASIAN_LANGUAGES,
];

export const DEFAULT_REPLY_RULES = compileReplyRules(DEFAULT_REPLY_LANGUAGES);
