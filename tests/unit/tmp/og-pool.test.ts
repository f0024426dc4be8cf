import { it } from 'vitest';
import { renderOgPng } from '../../../src/pages/og/_render';

it('pool', async () => {
  const cards = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ title: `Partner trust closeness habit: listening rebuild evening ${tag} ${i}`, kicker: 'Trust', footer: 'Closer' }));
  await renderOgPng(cards(1, 'warm')[0]!);
  await Promise.all(cards(4, 'warm2').map(renderOgPng));
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (const c of cards(30, 'seq')) await renderOgPng(c);
  const seqWall = performance.now() - t0; const seqCpu = process.cpuUsage(c0);
  const c1 = process.cpuUsage(); const t1 = performance.now();
  await Promise.all(cards(30, 'par').map(renderOgPng));
  const parWall = performance.now() - t1; const parCpu = process.cpuUsage(c1);
  console.log(JSON.stringify({ seqWallPerCard: seqWall / 30, seqCpuPerCard: (seqCpu.user + seqCpu.system) / 1000 / 30, parWallPerCard: parWall / 30, parCpuPerCard: (parCpu.user + parCpu.system) / 1000 / 30 }));
}, 300000);
