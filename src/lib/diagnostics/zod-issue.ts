import type { MessageCode } from './messages.ts';
import { fillMessage } from './format.ts';

/** The values a custom issue carries so every consumer can word it in the reader's language. */
export type IssueValues = Record<string, string | number | undefined>;

/**
 * Builds a zod custom issue whose text is the Chinese message and whose params keep the message
 * code and values, so `fromZodIssues` can re-word it in English without parsing text.
 */
export function issue(path: PropertyKey[], code: MessageCode, values: IssueValues) {
  return {
    code: 'custom' as const,
    path,
    message: fillMessage(code, values, 'zh').message,
    params: { huazhang: { code, values } },
  };
}
