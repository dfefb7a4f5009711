import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { resultProblem } from '../../src/result/validate.js';

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? (name === 'predictions' ? 'p.csv' : '');

describe('the serve-* Action inputs', () => {
  it('are read and typed; empty means the core default', () => {
    const inputs = readInputs(
      reader({
        'serve-command': 'python serve.py',
        'serve-ready': 'http://127.0.0.1:8000/health',
        'serve-requests': 'requests.jsonl',
        'serve-concurrency': '8',
        'serve-rate': '12.5',
        'serve-count': '400',
      }),
    );
    expect(inputs).toMatchObject({
      serveCommand: 'python serve.py',
      serveReady: 'http://127.0.0.1:8000/health',
      serveRequests: 'requests.jsonl',
      serveConcurrency: 8,
      serveRate: 12.5,
      serveCount: 400,
      serveDuration: undefined,
      serveTimeout: undefined,
    });
    expect(readInputs(reader({})).serveCommand).toBeUndefined();
  });

  it.each([
    [
      { 'serve-command': 's', 'bench-command': 'b' },
      'inputs "bench-command" and "serve-command" exclude each other',
    ],
    [{ 'serve-command': 's', 'serve-requests': 'r' }, 'input "serve-command" needs "serve-ready"'],
    [{ 'serve-rate': '-1' }, 'input "serve-rate": "-1" is not a positive number.'],
    [{ 'serve-concurrency': '0' }, 'input "serve-concurrency": 0 is outside 1..10000.'],
    [
      { 'serve-duration': '5', 'serve-count': '5' },
      'inputs "serve-duration" and "serve-count" exclude each other',
    ],
  ])('%j → %s', (values, message) => {
    expect(() => readInputs(reader(values))).toThrow(message);
  });
});

describe('result.json validation of serve-bench fields', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const base: any = JSON.parse(readFileSync('test/fixtures/publish/full-result.json', 'utf8'));
  it('checks errors_by_status counts, error_rate and bench.serve', () => {
    const run = (extra: object) => ({
      ...base,
      bench: { ...base.bench, runs: [{ wall_seconds: 1, ...extra }] },
    });
    expect(resultProblem(run({ errors_by_status: { '503': 2 }, error_rate: 0.1 }))).toBeNull();
    expect(resultProblem(run({ errors_by_status: { '503': 'two' } }))).toContain(
      '"bench.runs[0].errors_by_status.503" must be an integer',
    );
    expect(resultProblem(run({ error_rate: 2 }))).toContain('outside its possible range 0..1');
    expect(resultProblem({ ...base, bench: { ...base.bench, serve: { server: 's' } } })).toContain(
      'bench.serve.ready',
    );
  });
});
