import type { CheckRule } from '../types.ts';
import { addressNamesRule } from './address-names.ts';
import { articleNamesRule } from './article-names.ts';
import { articleOrderRule } from './article-order.ts';
import { articleTitlesRule } from './article-titles.ts';
import { attachmentLinksRule, attachmentsRule } from './attachments.ts';
import { awardFieldsRule } from './award-fields.ts';
import { controlCharactersRule } from './control-characters.ts';
import { dossierFieldsRule } from './dossier-fields.ts';
import { dossierStructureRule } from './dossier-structure.ts';
import { duplicateAwardsRule } from './duplicate-awards.ts';
import { emptyAchievementsRule } from './empty-achievements.ts';
import { emptyBodyRule } from './empty-body.ts';
import { encodingRule } from './encoding.ts';
import { fieldLengthRule } from './field-length.ts';
import { fileNamesRule } from './file-names.ts';
import { footerRecordsRule } from './footer-records.ts';
import { frontMatterSchemaRule } from './front-matter-schema.ts';
import { fullWidthYearsRule } from './full-width-years.ts';
import { headingLevelsRule } from './heading-levels.ts';
import { internalLinksRule } from './internal-links.ts';
import { invisibleCharactersRule } from './invisible-characters.ts';
import { joinedLinesRule } from './joined-lines.ts';
import { linkAddressesRule } from './link-addresses.ts';
import { literalMarkupRule } from './literal-markup.ts';
import { pairedMarksRule } from './paired-marks.ts';
import { rawHtmlRule } from './raw-html.ts';
import { reservedSlugsRule } from './reserved-slugs.ts';
import { typedMarkupRule } from './typed-markup.ts';
import { unknownFieldsRule } from './unknown-fields.ts';
import { wordLeftoversRule } from './word-leftovers.ts';
import { wrappedValuesRule } from './wrapped-values.ts';
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
  controlCharactersRule,
  dossierStructureRule,
  articleOrderRule,
  articleNamesRule,
  emptyBodyRule,
  fileNamesRule,
  internalLinksRule,
  rawHtmlRule,
  reservedSlugsRule,
  footerRecordsRule,
  // What a reader would see differently from what was written
  emptyAchievementsRule,
  dossierFieldsRule,
  literalMarkupRule,
  typedMarkupRule,
  joinedLinesRule,
  linkAddressesRule,
  wrappedValuesRule,
  // Contradictions within the content
  awardFieldsRule,
  articleTitlesRule,
  headingLevelsRule,
  fieldLengthRule,
  pairedMarksRule,
  wordLeftoversRule,
  addressNamesRule,
  // Attachments: only what a page links to is published
  attachmentLinksRule,
  attachmentsRule,
];
