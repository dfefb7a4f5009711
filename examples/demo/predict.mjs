#!/usr/bin/env node
// A stand-in inference job: applies a linear softmax model to features.csv and writes
// predictions with one probability column per class, plus per-request latencies in ms.
// Usage: node predict.mjs MODEL.json FEATURES.csv OUT.csv [LATENCIES.txt]
import { readFileSync, writeFileSync } from 'node:fs';

const [modelPath, featuresPath, outPath, latencyPath] = process.argv.slice(2);
const model = JSON.parse(readFileSync(modelPath, 'utf8'));
const lines = readFileSync(featuresPath, 'utf8').trim().split('\n').slice(1);
const csvField = (s) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const out = ['id,prediction,' + model.classes.map((c) => csvField(`p_${c}`)).join(',')];
const latencies = [];
for (const line of lines) {
  const started = process.hrtime.bigint();
  const [id, ...rest] = line.split(',');
  const x = rest.map(Number);
  const logits = model.weights.map((w) => w.reduce((s, wj, j) => s + wj * x[j], 0));
  const max = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - max));
  const total = exp.reduce((a, b) => a + b, 0);
  const p = exp.map((e) => e / total);
  // Simulated model cost, so the benchmark has something to measure.
  let spin = 0;
  for (let k = 0; k < 20000; k++) spin += Math.sqrt(k);
  if (spin < 0) throw new Error('unreachable');
  const best = p.indexOf(Math.max(...p));
  out.push(`${id},${csvField(model.classes[best])},${p.map((v) => v.toFixed(6)).join(',')}`);
  latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
}
writeFileSync(outPath, out.join('\n') + '\n');
if (latencyPath) writeFileSync(latencyPath, latencies.map((v) => v.toFixed(4)).join('\n') + '\n');
