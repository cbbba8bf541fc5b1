/**
 * The environment variable in which scripts/build.ts tells Astro's process where to keep rendered
 * bodies across builds (src/lib/markdown/site-bodies.ts). A module of its own, so the build script
 * can name it without loading the Markdown renderer.
 */
export const BODY_CACHE_ENV = 'HUAZHANG_BODY_CACHE';
