import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { MachineInfo } from './report.ts';

/** The version of an installed package, read from its own package.json; `unknown` when it is not installed. */
export function installedVersion(root: string, name: string): string {
  try {
    // Read the installed copy directly: some packages' `exports` hide their package.json.
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The CPU, memory, OS and tool versions the benchmark ran with. */
export function machineInfo(root: string): MachineInfo {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    os: `${type()} ${release()}`,
    node: process.versions.node,
    astro: installedVersion(root, 'astro'),
  };
}
