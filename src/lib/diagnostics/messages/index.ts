/**
 * Every message an editor can meet, in Chinese (the default) and English, merged from one table
 * per domain: content, importer, scaffold and the editor at /admin/. A message says what is wrong;
 * its hint says how to fix it. Code that runs inside the site imports `./content.ts` alone, so the
 * site never loads the importer's or scaffold's strings.
 */
import { CONTENT_MESSAGES } from './content.ts';
import { EDITING_MESSAGES } from './editing.ts';
import { IMPORT_MESSAGES } from './import.ts';
import { SCAFFOLD_MESSAGES } from './scaffold.ts';

export const MESSAGES = { ...CONTENT_MESSAGES, ...IMPORT_MESSAGES, ...SCAFFOLD_MESSAGES, ...EDITING_MESSAGES } as const;

/** The key of a message in {@link MESSAGES}. */
export type MessageCode = keyof typeof MESSAGES;
