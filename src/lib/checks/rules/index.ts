import type { CheckRule } from '../types.ts';
import { articleNamesRule } from './article-names.ts';
import { articleOrderRule } from './article-order.ts';
import { dossierStructureRule } from './dossier-structure.ts';
import { duplicateAwardsRule } from './duplicate-awards.ts';
import { emptyBodyRule } from './empty-body.ts';
import { encodingRule } from './encoding.ts';
import { fileNamesRule } from './file-names.ts';
import { footerRecordsRule } from './footer-records.ts';
import { frontMatterSchemaRule } from './front-matter-schema.ts';
import { fullWidthYearsRule } from './full-width-years.ts';
import { internalLinksRule } from './internal-links.ts';
import { invisibleCharactersRule } from './invisible-characters.ts';
import { rawHtmlRule } from './raw-html.ts';
import { reservedSlugsRule } from './reserved-slugs.ts';
import { unknownFieldsRule } from './unknown-fields.ts';
import { yamlSyntaxRule } from './yaml-syntax.ts';

/** Every content rule. Diagnostics are sorted afterwards, so the order here is free. */
export const RULES: readonly CheckRule[] = [
  encodingRule,
  yamlSyntaxRule,
  frontMatterSchemaRule,
  unknownFieldsRule,
  fullWidthYearsRule,
  duplicateAwardsRule,
  invisibleCharactersRule,
  dossierStructureRule,
  articleOrderRule,
  articleNamesRule,
  emptyBodyRule,
  fileNamesRule,
  internalLinksRule,
  rawHtmlRule,
  reservedSlugsRule,
  footerRecordsRule,
];
