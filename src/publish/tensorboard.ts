/**
 * A result as a TensorBoard event file (scalars), so metrics and bench figures can be charted over
 * runs next to training curves. No dependency: TFRecord framing and protobuf are hand-written.
 *
 * Protobuf (tensorflow/core/util/event.proto, framework/summary.proto):
 *   Event   { double wall_time = 1; int64 step = 2; string file_version = 3; Summary summary = 5; }
 *   Summary { repeated Value value = 1; }
 *   Value   { string tag = 1; float simple_value = 2; }
 */
import { mkdir, open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Result } from '../result/schema.js';
import { MAX_CLASSES, VERDICT_CODES } from './openmetrics.js';
import { ProtoWriter, tfRecord } from './tfrecord.js';

export interface TensorBoardOptions {
  /**
   * The x axis: an integer that grows from run to run, e.g. the CI run number
   * (`GITHUB_RUN_NUMBER`) or the commit time in Unix seconds.
   */
  step: number;
  /** Unix seconds of the event; default: the result's `created_at`. */
  wallTime?: number;
  /** Added to the file name (`….model-gate.<gate>`), so several gates can share a directory. */
  gate?: string;
}

export interface Scalar {
  tag: string;
  value: number;
}

/** The scalars written for a result, in order. Non-finite and null values are left out. */
export function tensorBoardScalars(result: Result): Scalar[] {
  const out: Scalar[] = [];
  const seen = new Set<string>();
  const add = (tag: string, value: number | null | undefined): void => {
    if (typeof value !== 'number' || !Number.isFinite(value) || seen.has(tag)) return;
    seen.add(tag);
    out.push({ tag, value });
  };
  for (const [name, value] of Object.entries(result.metrics ?? {})) add(`metrics/${name}`, value);
  const perClass = result.per_class ?? {};
  if (Object.keys(perClass).length <= MAX_CLASSES) {
    for (const [cls, s] of Object.entries(perClass)) {
      add(`per_class/${cls}/precision`, s.precision);
      add(`per_class/${cls}/recall`, s.recall);
      add(`per_class/${cls}/f1`, s.f1);
    }
  }
  add('data/examples', result.n);
  if (result.errors) {
    add('data/missing_predictions', result.errors.missing_predictions);
    add('data/extra_predictions', result.errors.extra_predictions);
    add('data/invalid_rows', result.errors.invalid_rows);
  }
  for (const [field, s] of Object.entries(result.bench?.summary ?? {}))
    add(`bench/${field}_median`, s?.median);
  if (result.gate) {
    add('gate/verdict_code', VERDICT_CODES[result.gate.verdict]);
    const checks = result.gate.checks ?? [];
    add('gate/failed_checks', checks.filter((c) => c.verdict === 'fail').length);
    add('gate/warned_checks', checks.filter((c) => c.verdict === 'warn').length);
    for (const c of checks) {
      add(`checks/${c.metric}/delta`, c.delta);
      add(`checks/${c.metric}/p_value`, c.p_value);
    }
  }
  return out;
}

/** `Event{wall_time, file_version}` — the first record of every event file. */
export function fileVersionEvent(wallTime: number): Buffer {
  return new ProtoWriter().double(1, wallTime).string(3, 'brain.Event:2').finish();
}

/** `Event{wall_time, step, summary{value*}}`. */
export function summaryEvent(wallTime: number, step: number, scalars: Scalar[]): Buffer {
  const summary = new ProtoWriter();
  for (const s of scalars) summary.bytes(1, new ProtoWriter().string(1, s.tag).float(2, s.value).finish());
  const event = new ProtoWriter().double(1, wallTime);
  if (step !== 0) event.int64(2, step); // proto3: 0 is the default and is not written
  return event.bytes(5, summary.finish()).finish();
}

function fileSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_') || '_';
}

/**
 * Write `DIR/events.out.tfevents.<unix seconds>.<host>.model-gate[.<gate>]` (a new file each call;
 * `-2`, `-3`… appended if that name exists) with a file-version event and one summary event at
 * `step`. Returns the file's path.
 */
export async function writeTensorBoard(
  dir: string,
  result: Result,
  options: TensorBoardOptions,
): Promise<string> {
  const { step } = options;
  if (!Number.isSafeInteger(step)) {
    throw new UsageError(
      `TensorBoard step must be an integer (a run counter or a commit time), got ${step}.`,
    );
  }
  let wallTime = options.wallTime ?? Date.parse(result.created_at) / 1000;
  if (!Number.isFinite(wallTime)) wallTime = Date.now() / 1000;
  const data = Buffer.concat([
    tfRecord(fileVersionEvent(wallTime)),
    tfRecord(summaryEvent(wallTime, step, tensorBoardScalars(result))),
  ]);
  await mkdir(dir, { recursive: true });
  const stem = `events.out.tfevents.${Math.floor(wallTime)}.${fileSafe(hostname())}.model-gate${
    options.gate ? `.${fileSafe(options.gate)}` : ''
  }`;
  for (let i = 1; ; i++) {
    const path = join(dir, i === 1 ? stem : `${stem}-${i}`);
    let handle;
    try {
      handle = await open(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && i < 1000) continue;
      throw err;
    }
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    return path;
  }
}
