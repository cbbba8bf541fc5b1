// What a fresh `npm ci` is told about the project: which Node runs the installer, and which
// dependencies may run install scripts. A newcomer should see a clean install.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

interface PackageJson {
  engines?: Record<string, string>;
  devEngines?: { runtime?: { name: string; version: string } };
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}
interface LockEntry {
  version: string;
  hasInstallScript?: boolean;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** `node_modules/a/node_modules/@b/c` → `@b/c`. */
function packageName(lockPath: string): string {
  return lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('the install', () => {
  it('names the Node that runs npm in devEngines, not engines, so npm does not compare it with the pinned Node 24', () => {
    // `engines` would be checked against the system Node that runs `npm ci` and warn (EBADENGINE);
    // the Node the scripts run on is the `node` devDependency.
    expect(pkg.engines).toBeUndefined();
    expect(pkg.devEngines?.runtime?.name).toBe('node');
    expect(pkg.devDependencies.node).toMatch(/^\^?24\./);
  });

  it('lists every dependency with an install script in allowScripts, so npm has none to warn about', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => packageName(path));
    expect(withScripts.length).toBeGreaterThan(0);
    const allowed = Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(?<=.)@[^@]+$/, ''));
    const uncovered = withScripts.filter((name) => !allowed.includes(name));
    // A new dependency with an install script: review it, then `npm install-scripts approve <name>`.
    expect(uncovered).toEqual([]);
    // Nothing approved that no longer needs it.
    expect(allowed.filter((name) => !withScripts.includes(name))).toEqual([]);
  });
});
