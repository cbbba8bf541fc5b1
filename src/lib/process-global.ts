/**
 * One value per process under `name`, made by `create` the first time it is asked for. A build
 * may load a module more than once in one process (Astro loads its config and the pages' bundle
 * apart from the modules Node loads), and each copy would otherwise keep its own value; a global
 * symbol is what all copies, and the build script, share.
 */
export function processGlobal<T>(name: string, create: () => T): T {
  const holder = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`huazhang.${name}`);
  if (!(key in holder)) holder[key] = create();
  return holder[key] as T;
}
