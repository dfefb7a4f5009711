import { BinaryReader, WireType } from '@protobuf-ts/runtime';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tensorBoardScalars, writeTensorBoard } from '../../src/publish/tensorboard.js';
import { crc32c, maskedCrc32c, tfRecord } from '../../src/publish/tfrecord.js';
import { CLI, runCli } from '../cli/helpers.js';
import { dependencyPresent } from '../support/require-dependency.js';
import type { Result } from '../../src/result/schema.js';
import { loadResult } from './helpers.js';

const full = loadResult('full-result.json');
const minimal = loadResult('minimal-result.json');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'model-gate-tb-'));
  dirs.push(d);
  return d;
}

/** CRC-32C bit by bit (independent of the table-driven one under test). */
function slowCrc32c(data: Uint8Array): number {
  let crc = ~0 >>> 0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
  }
  return ~crc >>> 0;
}
function mask(crc: number): number {
  return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}

/** Read TFRecords, verifying both CRCs. */
function readRecords(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let pos = 0;
  while (pos < buf.length) {
    expect(buf.length - pos).toBeGreaterThanOrEqual(12);
    const length = Number(buf.readBigUInt64LE(pos));
    expect(buf.readUInt32LE(pos + 8), 'length CRC').toBe(mask(slowCrc32c(buf.subarray(pos, pos + 8))));
    const data = buf.subarray(pos + 12, pos + 12 + length);
    expect(data.length).toBe(length);
    expect(buf.readUInt32LE(pos + 12 + length), 'data CRC').toBe(mask(slowCrc32c(data)));
    out.push(data);
    pos += 12 + length + 4;
  }
  expect(pos).toBe(buf.length);
  return out;
}

interface DecodedEvent {
  wallTime?: number;
  step: number;
  fileVersion?: string;
  values: { tag: string; simpleValue: number }[];
}

/** Decode Event / Summary / Summary.Value with protobuf-ts's reader (not our writer's code). */
function decodeEvent(data: Uint8Array): DecodedEvent {
  const event: DecodedEvent = { step: 0, values: [] };
  const r = new BinaryReader(data);
  while (r.pos < r.len) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WireType.Bit64) event.wallTime = r.double();
    else if (field === 2 && wire === WireType.Varint) event.step = Number(r.int64().toBigInt());
    else if (field === 3 && wire === WireType.LengthDelimited) event.fileVersion = r.string();
    else if (field === 5 && wire === WireType.LengthDelimited) {
      const summary = new BinaryReader(r.bytes());
      while (summary.pos < summary.len) {
        const [sf, sw] = summary.tag();
        expect([sf, sw]).toEqual([1, WireType.LengthDelimited]);
        const value = new BinaryReader(summary.bytes());
        let tag = '';
        let simpleValue = NaN;
        while (value.pos < value.len) {
          const [vf, vw] = value.tag();
          if (vf === 1 && vw === WireType.LengthDelimited) tag = value.string();
          else if (vf === 2 && vw === WireType.Bit32) simpleValue = value.float();
          else throw new Error(`unexpected Summary.Value field ${vf}/${vw}`);
        }
        event.values.push({ tag, simpleValue });
      }
    } else throw new Error(`unexpected Event field ${field}/${wire}`);
  }
  return event;
}

describe('CRC32C and TFRecord framing', () => {
  it('matches the published CRC-32C check values', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa); // RFC 3720 B.4: 32 bytes of zeros
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43); // 32 bytes of ones
    const random = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7919 + 13) & 0xff));
    expect(crc32c(random)).toBe(slowCrc32c(random));
    expect(maskedCrc32c(random)).toBe(mask(slowCrc32c(random)));
  });

  it('starts like every TensorFlow event file (24-byte file-version record)', () => {
    // The well-known first 12 bytes of TensorFlow/TensorBoard event files.
    expect(tfRecord(new Uint8Array(24)).subarray(0, 12).toString('hex')).toBe('1800000000000000a37f4b22');
  });
});

describe('writeTensorBoard', () => {
  it('writes an event file TensorBoard can read: version record, then the scalars at the step', async () => {
    const dir = tempDir();
    const path = await writeTensorBoard(join(dir, 'nested'), full, {
      step: 42,
      wallTime: 1740832496.789,
      gate: 'vi/sion',
    });
    expect(basename(path)).toBe(
      `events.out.tfevents.1740832496.${hostname().replace(/[^A-Za-z0-9_.-]/g, '_')}.model-gate.vi_sion`,
    );
    const records = readRecords(readFileSync(path));
    expect(records).toHaveLength(2);

    const first = decodeEvent(records[0]);
    expect(first).toEqual({ wallTime: 1740832496.789, step: 0, fileVersion: 'brain.Event:2', values: [] });
    expect(records[0].length).toBe(24);

    const second = decodeEvent(records[1]);
    expect(second.wallTime).toBe(1740832496.789);
    expect(second.step).toBe(42);
    expect(second.fileVersion).toBeUndefined();
    const expected = tensorBoardScalars(full);
    expect(second.values.map((v) => v.tag)).toEqual(expected.map((s) => s.tag));
    for (const [i, v] of second.values.entries()) expect(v.simpleValue).toBe(Math.fround(expected[i].value));

    const byTag = new Map(second.values.map((v) => [v.tag, v.simpleValue]));
    expect(byTag.get('metrics/accuracy')).toBe(Math.fround(0.912));
    expect(byTag.has('metrics/cohen_kappa')).toBe(false); // null: left out
    expect(byTag.get('bench/wall_seconds_median')).toBe(1.25);
    expect(byTag.get('bench/peak_rss_bytes_median')).toBe(536870912);
    expect(byTag.get('bench/latency_ms_p99_median')).toBe(40);
    expect(byTag.get('per_class/say "hi"\\ to\nthe {bird}/f1')).toBe(Math.fround(0.845));
    expect(byTag.get('gate/verdict_code')).toBe(2);
    expect(byTag.get('gate/failed_checks')).toBe(1);
    expect(byTag.get('checks/accuracy/delta')).toBe(Math.fround(-0.013));
    expect(byTag.get('data/examples')).toBe(1000);
  });

  it('encodes large and negative int64 steps and defaults the wall time to created_at', async () => {
    const dir = tempDir();
    for (const step of [1_740_832_496, -3, Number.MAX_SAFE_INTEGER]) {
      const path = await writeTensorBoard(dir, minimal, { step });
      const event = decodeEvent(readRecords(readFileSync(path))[1]);
      expect(event.step).toBe(step);
      expect(event.wallTime).toBe(Date.parse(minimal.created_at) / 1000);
      expect(event.values.map((v) => v.tag)).toContain('metrics/rmse');
    }
    // Same second, same host: three distinct files, none overwritten.
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    expect(files.every((f) => f.startsWith('events.out.tfevents.1740873600.'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.model-gate'))).toHaveLength(1);
  });

  it('rejects a step that is not an integer', async () => {
    await expect(writeTensorBoard(tempDir(), minimal, { step: 1.5 })).rejects.toThrow(
      /step must be an integer/,
    );
  });
});

/**
 * A run directory read the way TensorBoard reads one: every `events.out.tfevents.*` file in
 * file-name order, each record's Event decoded, scalars grouped by tag into (step, wall_time,
 * value) points. TensorBoard drops ("purges") points when a later event has a smaller step
 * than one already read, so the steps must not go down across the files.
 */
function readRun(dir: string): Map<string, { step: number; wallTime: number; value: number }[]> {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith('events.out.tfevents.'))
    .sort();
  const tags = new Map<string, { step: number; wallTime: number; value: number }[]>();
  let lastStep = -Infinity;
  for (const f of files) {
    const events = readRecords(readFileSync(join(dir, f))).map(decodeEvent);
    expect(events[0].fileVersion, `${f} starts with the file-version event`).toBe('brain.Event:2');
    for (const e of events.slice(1)) {
      expect(e.step, `${f}: steps never go down`).toBeGreaterThanOrEqual(lastStep);
      lastStep = e.step;
      for (const v of e.values) {
        const points = tags.get(v.tag) ?? [];
        points.push({ step: e.step, wallTime: e.wallTime!, value: v.simpleValue });
        tags.set(v.tag, points);
      }
    }
  }
  return tags;
}

const hasBundle = dependencyPresent('the CLI bundle', existsSync(CLI), 'npm run build');

describe.skipIf(!hasBundle)('model-gate evaluate --tensorboard over several commits (CLI bundle)', () => {
  it('gives each tag one point per commit: step and wall time from created_at, the value as float32', async () => {
    const dir = tempDir();
    const tb = join(dir, 'tb', 'main');
    const results: Result[] = [];
    for (let k = 0; k < 3; k++) {
      // The step is created_at in whole seconds: start each commit's run in a new second.
      await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 5));
      const rows = ['label,prediction'];
      for (let i = 0; i < 120; i++) {
        const label = ['cat', 'dog', 'bird'][i % 3];
        rows.push(`${label},${(i + k) % (4 + k) === 0 ? 'dog' : label}`);
      }
      writeFileSync(join(dir, 'p.csv'), rows.join('\n') + '\n');
      const out = join(dir, `result-${k}.json`);
      const run = await runCli(
        ['evaluate', '--predictions', 'p.csv', '--out', out, '--name', 'vision', '--tensorboard', tb],
        { cwd: dir, env: { GITHUB_SHA: `${k}`.repeat(40), GITHUB_REF: 'refs/heads/main' } },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /Wrote TensorBoard scalars to .*events\.out\.tfevents\.\d+\..*\.model-gate\.vision/,
      );
      results.push(JSON.parse(readFileSync(out, 'utf8')) as Result);
    }
    expect(readdirSync(tb)).toHaveLength(3);
    const run = readRun(tb);

    // The tags, derived here from result.json as docs/monitoring.md describes them.
    const expectedTags = new Set<string>(['data/examples']);
    for (const [name, v] of Object.entries(results[0].metrics))
      if (v !== null) expectedTags.add(`metrics/${name}`);
    for (const cls of ['bird', 'cat', 'dog'])
      for (const stat of ['precision', 'recall', 'f1']) expectedTags.add(`per_class/${cls}/${stat}`);
    for (const kind of ['missing_predictions', 'extra_predictions', 'invalid_rows'])
      expectedTags.add(`data/${kind}`);
    expect(new Set(run.keys())).toEqual(expectedTags);
    expect(run.has('metrics/accuracy')).toBe(true);

    const steps = results.map((r) => Math.floor(Date.parse(r.created_at) / 1000));
    expect(new Set(steps).size, 'one step per commit').toBe(3);
    for (const [tag, points] of run) {
      expect(
        points.map((p) => p.step),
        tag,
      ).toEqual(steps);
      expect(
        points.map((p) => p.wallTime),
        tag,
      ).toEqual(results.map((r) => Date.parse(r.created_at) / 1000));
    }
    const value = (r: Result, tag: string): number => {
      const [group, ...rest] = tag.split('/');
      if (group === 'metrics') return r.metrics[rest[0]] as number;
      if (group === 'per_class') return r.per_class![rest[0]][rest[1] as 'f1'];
      if (tag === 'data/examples') return r.n;
      return r.errors![rest[0] as 'invalid_rows'];
    };
    for (const [tag, points] of run)
      expect(
        points.map((p) => p.value),
        tag,
      ).toEqual(results.map((r) => Math.fround(value(r, tag))));
    // The commits really differ, so the points are not one value repeated.
    expect(new Set(run.get('metrics/accuracy')!.map((p) => p.value)).size).toBe(3);
  });
});
