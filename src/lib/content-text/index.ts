/** The text of Markdown content files: how fields and body are put together, and taken apart again. */
export { markdownFile } from './markdown-file.ts';
export { achievementsBody, splitAchievementsBody } from './achievements-body.ts';
