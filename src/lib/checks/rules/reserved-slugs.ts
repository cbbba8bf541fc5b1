import { existsSync, readdirSync } from 'node:fs';
import { isReservedSlug, reservedSlugValues } from '../../routes/index.ts';
import type { CheckRule } from '../types.ts';

/**
 * A dossier's pages live at `/<slug>/`, so a slug the site uses for itself (`awards`, `search`,
 * `search-index`, `admin` …, from the route table) or that names a file of `public/` would put two
 * things at one address: one of them would silently be lost.
 */
export const reservedSlugsRule: CheckRule = {
  id: 'reserved-slugs',
  description: 'Dossier slugs must not be addresses the site or public/ already uses.',
  perFile: true,
  check(ctx) {
    let published: string[] | undefined;
    for (const file of ctx.files) {
      if (file.role.kind !== 'dossier') continue;
      published ??= publicNames(ctx.publicDir);
      const slug = file.role.dossier;
      if (!isReservedSlug(slug) && !published.includes(slug.toLowerCase())) continue;
      ctx.report({ file: file.path, code: 'dossier.reserved-slug', values: reservedSlugValues(slug, published) });
    }
  },
};

/** The names at the top of `public/`, lowercase: they are published at the site root. */
function publicNames(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir)
    .filter((name) => !name.startsWith('.'))
    .map((name) => name.toLowerCase());
}
