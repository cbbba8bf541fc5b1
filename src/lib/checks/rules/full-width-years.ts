import { isScalar, isSeq, type Node } from '../../front-matter/index.ts';
import { toAsciiDigits } from '../../schemas/index.ts';
import type { CheckRule, CheckContext, ContentFile } from '../types.ts';

const FULL_WIDTH = /[０-９]/;

function warn(ctx: CheckContext, file: ContentFile, path: (string | number)[], given: string): void {
  ctx.report({
    file: file.path,
    ...ctx.locate(file, path),
    field: path.join('.'),
    code: 'years.full-width',
    severity: 'warning',
    values: { given, normalised: toAsciiDigits(given) },
  });
}

/**
 * The schemas accept full-width digits in years (２０１０) and read them as ASCII; the source file
 * should still be corrected, since other tools and searches will not.
 */
export const fullWidthYearsRule: CheckRule = {
  id: 'full-width-years',
  description: 'Warns about full-width digits in award years and dossier periods (accepted, normalised).',
  perFile: true,
  check(ctx) {
    for (const file of ctx.files) {
      const data = ctx.data(file);
      if (!data) continue;
      const fields: (string | number)[][] = [];
      if (file.role.kind === 'dossier') fields.push(['period']);
      if (file.role.kind === 'achievements' && Array.isArray(data.awards)) {
        data.awards.forEach((_, i) => fields.push(['awards', i, 'years']));
      }
      for (const path of fields) {
        const node = file.frontMatter?.doc.getIn(path, true) as Node | undefined;
        if (isScalar(node) && typeof node.value === 'string' && FULL_WIDTH.test(node.value)) warn(ctx, file, path, node.value);
        if (isSeq(node)) {
          node.items.forEach((item, i) => {
            if (isScalar(item) && typeof item.value === 'string' && FULL_WIDTH.test(item.value)) {
              warn(ctx, file, [...path, i], item.value);
            }
          });
        }
      }
    }
  },
};
