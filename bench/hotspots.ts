/** Top functions by self time in a .cpuprofile (from node --cpu-prof). */
import { readFileSync } from 'fs';
import * as path from 'path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  fn: string;
  ms: number;
  share: number;
}

function keyOf(n: ProfileNode): string {
  const f = n.callFrame;
  const where = f.url ? `${path.relative(process.cwd(), f.url.replace('file://', ''))}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
}

/** Functions by self time (`inclusive` false) or by time with the function anywhere on the stack. */
export function hotspots(profile: Profile, top = 20, inclusive = false): Hotspot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    if (!inclusive) {
      const key = keyOf(byId.get(id)!);
      time.set(key, (time.get(key) ?? 0) + dt);
      return;
    }
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = keyOf(byId.get(cur)!);
      if (seen.has(key)) continue;
      seen.add(key);
      time.set(key, (time.get(key) ?? 0) + dt);
    }
  });
  return [...time]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: Math.round((1000 * ms) / total) / 10 }));
}

if (require.main === module) {
  const file = process.argv[2];
  const top = Number(process.argv[3] ?? 20);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  for (const inclusive of [false, true]) {
    process.stdout.write(inclusive ? '\nTotal time (function on the stack)\n' : 'Self time\n');
    for (const h of hotspots(profile, top, inclusive)) {
      process.stdout.write(`${String(h.ms).padStart(7)} ms ${String(h.share).padStart(5)} %  ${h.fn}\n`);
    }
  }
}
