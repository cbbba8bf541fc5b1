import type { AstroIntegration } from 'astro';

/** Thrown by {@link contentGate} to stop a build whose content check failed. */
export class ContentRejected extends Error {
  constructor() {
    super('内容检查未通过');
    this.name = 'ContentRejected';
  }
}

/**
 * Stops a build after Astro has loaded the content and before it renders any page, when the
 * content check running alongside it reports errors: the editor hears about them without waiting
 * for every page to be rendered into a folder that would be thrown away.
 */
export function contentGate(rejected: () => Promise<boolean>): AstroIntegration {
  return {
    name: 'huazhang:content-gate',
    hooks: {
      'astro:build:start': async () => {
        if (await rejected()) throw new ContentRejected();
      },
    },
  };
}
