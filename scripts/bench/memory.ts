import { readdirSync, readFileSync } from 'node:fs';

/** What {@link watchMemory} saw. */
export interface MemoryPeak {
  /** Highest sum of resident memory over the whole process tree at one moment, in bytes. */
  treeBytes: number;
  /** Highest resident memory of any single process of the tree (its VmHWM), in bytes. */
  processBytes: number;
  /** The command of that process, e.g. `node` or `pagefind`. */
  processName: string;
  /** Samples taken. */
  samples: number;
}

function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name is in parentheses and may contain spaces, so parse after the last `)`.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function status(pid: number): { rss: number; hwm: number; name: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), name: /^Name:\s+(.+)$/m.exec(text)?.[1] ?? '?' };
  } catch {
    return undefined;
  }
}

/**
 * Samples the resident memory of `pid` and all its descendants (Node, its workers and the
 * Pagefind binary it spawns) from `/proc` every `intervalMs`, until `stop()` is called. Linux only.
 */
export function watchMemory(pid: number, intervalMs = 100): { stop(): MemoryPeak } {
  const peak: MemoryPeak = { treeBytes: 0, processBytes: 0, processName: '', samples: 0 };
  const sample = () => {
    const ppid = parents();
    const tree = new Set([pid]);
    // Parents usually have lower pids, but not always after wrap-around, so repeat until stable.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [child, parent] of ppid) {
        if (!tree.has(child) && tree.has(parent)) {
          tree.add(child);
          grew = true;
        }
      }
    }
    let sum = 0;
    for (const member of tree) {
      const s = status(member);
      if (!s) continue;
      sum += s.rss;
      if (s.hwm > peak.processBytes) {
        peak.processBytes = s.hwm;
        peak.processName = s.name;
      }
    }
    peak.treeBytes = Math.max(peak.treeBytes, sum);
    peak.samples++;
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
