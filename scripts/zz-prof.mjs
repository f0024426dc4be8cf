import { readdirSync, readFileSync } from 'node:fs';
const dir = process.argv[2]; const lastSec = Number(process.argv[3] ?? 0);
const f = readdirSync(dir).find((n) => n.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = p.startTime; const times = p.timeDeltas.map((d) => (t += d));
const end = p.endTime; const from = lastSec ? end - lastSec * 1e6 : 0;
const self = new Map(); const inclNode = new Map();
p.samples.forEach((id, i) => {
  if (times[i] < from) return;
  const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
  const n = byId.get(id); const cf = n.callFrame;
  const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '').replace('file:///work/main/', '')}:${cf.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  // attribute node built-in self time to nearest non-node ancestor
  if (cf.url.startsWith('node:')) {
    let a = id; let anc;
    while ((a = parent.get(a))) { const u = byId.get(a).callFrame.url; if (u && !u.startsWith('node:')) { anc = byId.get(a).callFrame; break; } }
    const k2 = anc ? `${anc.functionName} ${anc.url.replace(/.*node_modules\//, '').replace('file:///work/main/', '')}:${anc.lineNumber}` : '(none)';
    inclNode.set(k2, (inclNode.get(k2) ?? 0) + dt);
  }
});
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms  ${k}`).join('\n');
console.log('SELF\n' + top(self, 30)); console.log('\nNODE BUILTINS BY CALLER\n' + top(inclNode, 20));
