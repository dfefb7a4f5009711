/**
 * GPU sampling against a stand-in nvidia-smi (test/fixtures/bench/nvidia-smi/nvidia-smi) put
 * first on the command's PATH through the `env` option. It prints exactly the lines the real one
 * prints for the two queries the engine uses; see the script for its scenarios.
 */
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { runBenchmark } from '../../src/bench/index.js';
import { FIXTURES, recordingLogger, tempDir } from './helpers.js';

const MIB = 1024 * 1024;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fakeEnv(scenario: string, start: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${join(FIXTURES, 'nvidia-smi')}${delimiter}${process.env.PATH ?? ''}`,
    FAKE_NVIDIA_SMI: scenario,
    FAKE_NVIDIA_SMI_START: start,
  };
}

async function bench(scenario: string) {
  const d = tempDir();
  dirs.push(d);
  const start = join(d, 'start');
  const logger = recordingLogger();
  const result = await runBenchmark(
    {
      runs: 1,
      warmup: 0,
      sampleIntervalMs: 40,
      // The shell writes its pid: the stand-in starts its busy timeline and reports that pid.
      command: `echo $$ > ${start}; sleep 0.5`,
      env: fakeEnv(scenario, start),
    },
    logger,
  );
  return { result, logger, run: result.runs[0] };
}

describe.runIf(process.platform !== 'win32')('GPU sampling (stand-in nvidia-smi)', () => {
  it('a GPU going busy with growing memory', async () => {
    const { result, run } = await bench('busy');
    expect(run.gpu_utilization_max_percent).toBe(100);
    expect(run.gpu_utilization_percent).toBeGreaterThan(40);
    expect(run.gpu_utilization_percent).toBeLessThan(100);
    expect(run.gpu_memory_peak_bytes).toBe(4096 * MIB);
    // Only the command's own process (the shell), not pid 1's 300 MiB.
    const pids = Object.keys(run.gpu_process_memory_peak_bytes ?? {});
    expect(pids).toHaveLength(1);
    expect(run.gpu_process_memory_peak_bytes![pids[0]]).toBe(2048 * MIB);
    expect(result.summary.gpu_utilization_percent.n).toBe(1);
    expect(result.summary.gpu_memory_peak_bytes.median).toBe(4096 * MIB);
    expect(result.host.gpus).toEqual([
      { model: 'NVIDIA H100 80GB HBM3', memory_bytes: 81559 * MIB, driver: '535.104.05' },
    ]);
    expect(result.method).toMatch(/GPU: nvidia-smi every 40 ms/);
    expect(result.warnings).toEqual([]);
  });

  it('two GPUs: device memory is summed per sampling cycle', async () => {
    const { result, run } = await bench('two');
    expect(run.gpu_utilization_max_percent).toBe(100);
    // GPU 1 sits at 10 %: the mean over both devices stays below the busy one's.
    expect(run.gpu_utilization_percent).toBeGreaterThan(10);
    expect(run.gpu_utilization_percent).toBeLessThan(60);
    expect(run.gpu_memory_peak_bytes).toBe((4096 + 500) * MIB);
    expect(result.host.gpus).toHaveLength(2);
  });

  it('a missing driver: one warning, null GPU fields, no error', async () => {
    const { result, run, logger } = await bench('nodriver');
    expect(run.gpu_utilization_percent).toBeNull();
    expect(run.gpu_memory_peak_bytes).toBeNull();
    expect(result.summary.gpu_utilization_percent).toBeUndefined();
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^GPU not measured: .*nvidia-smi .*exited \(status 9\): NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/,
    );
    expect(logger.warnings).toEqual(result.warnings);
    expect(result.method).toMatch(/GPU: not measured/);
  });

  it('no nvidia-smi on PATH: null GPU fields, silently', async () => {
    const result = await runBenchmark(
      { runs: 1, warmup: 0, command: ['true'], env: { ...process.env, PATH: '/usr/bin:/bin' } },
      recordingLogger(),
    );
    expect(result.runs[0].gpu_utilization_percent).toBeNull();
    expect(result.summary.gpu_memory_peak_bytes).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });
});
