import { fillEntry } from './fill.ts';
import { CONTENT_MESSAGES, type ContentMessageCode } from './messages/content.ts';
import type { IssueValues } from './values.ts';

/**
 * Builds a zod custom issue whose text is the Chinese message and whose params keep the message
 * code and values, so `fromZodIssues` can re-word it in English without parsing text. Only content
 * messages can be raised here: the schemas run inside the site, which loads no other table.
 */
export function issue(path: PropertyKey[], code: ContentMessageCode, values: IssueValues) {
  return {
    code: 'custom' as const,
    path,
    message: fillEntry(CONTENT_MESSAGES[code], values, 'zh').message,
    params: { huazhang: { code, values } },
  };
}
