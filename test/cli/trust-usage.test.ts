import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUserError, runCli, tempDir, writeFixture } from './helpers.js';

// Usage mistakes that used to pass silently or blame the wrong thing: each is exit 2 with one
// paragraph naming what is wrong, through the bundle as users run it.
let dir: string;
let csv: string;

beforeAll(() => {
  dir = tempDir('model-gate-trust-');
  csv = writeFixture(dir, 'p.csv', ['id,label,prediction', '1,a,a', '2,b,b', '3,a,b']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('empty flag values', () => {
  it('--id-column "" is a usage error naming the flag, not a join by position', async () => {
    const msg = expectUserError(await runCli(['evaluate', '--predictions', csv, '--id-column', '']));
    expect(msg).toMatch(/--id-column was given an empty value/);
  });
  it('--out= (the = form) is refused the same way, for every command', async () => {
    expect(expectUserError(await runCli(['evaluate', '--predictions', csv, '--out=']))).toMatch(
      /--out was given an empty value/,
    );
    expect(expectUserError(await runCli(['simulate', '--n', '   ']))).toMatch(/--n was given an empty value/);
  });
});

describe('arguments after "--"', () => {
  it('evaluate … -- --labels x is refused, naming what was ignored', async () => {
    const msg = expectUserError(await runCli(['evaluate', '--predictions', csv, '--', '--labels', 'x']));
    expect(msg).toMatch(/unexpected arguments after "--": "--labels" "x"/);
    expect(msg).toMatch(/"evaluate" takes flags only/);
  });
  it('compare and simulate refuse them too', async () => {
    expectUserError(await runCli(['simulate', '--n', '100', '--accuracy', '0.9', '--', 'x']));
    expectUserError(await runCli(['compare', '--baseline', csv, '--candidate', csv, '--', 'x']));
  });
});

describe('simulate flag ranges', () => {
  it('--significance 2 names --significance, not --max-regression', async () => {
    const msg = expectUserError(
      await runCli(['simulate', '--n', '100', '--accuracy', '0.9', '--significance', '2']),
    );
    expect(msg).toMatch(/--significance must be a number between 0 and 1, found "2"/);
    expect(msg).not.toMatch(/max-regression/);
  });
  it('--max-regression 3 names --max-regression', async () => {
    const msg = expectUserError(
      await runCli(['simulate', '--n', '100', '--accuracy', '0.9', '--max-regression', '3']),
    );
    expect(msg).toMatch(/--max-regression must be a number ≥ 0 and below 1/);
  });
  it('--n 1e12 is refused with the cap, not an allocation crash', async () => {
    const msg = expectUserError(await runCli(['simulate', '--n', '1e12', '--accuracy', '0.9']));
    expect(msg).toMatch(/--n 1000000000000 is above the cap of 1,000,000 examples/);
  });
});

describe('output paths', () => {
  it('evaluate --out . (a directory) is one paragraph naming the path', async () => {
    const msg = expectUserError(await runCli(['evaluate', '--predictions', csv, '--out', dir]));
    expect(msg).toContain(JSON.stringify(dir));
    expect(msg).toMatch(/it is a directory/);
  });
  it('--out through a file (ENOTDIR) is one paragraph naming the path', async () => {
    expect(
      expectUserError(await runCli(['evaluate', '--predictions', csv, '--out', `${csv}/r.json`])),
    ).toMatch(
      /cannot write .*p\.csv.*(a part of the path is a file|a file already exists where a directory is needed)/,
    );
  });
});

describe('export paths and the network deadline', () => {
  it('evaluate --openmetrics DIR (a directory) is exit 2 naming the flag, before any work', async () => {
    const msg = expectUserError(await runCli(['evaluate', '--predictions', csv, '--openmetrics', dir]));
    expect(msg).toMatch(
      /^model-gate evaluate: error: --openmetrics: ".*" is a directory; give the path of the OpenMetrics file/,
    );
  });
  it('run --tensorboard FILE (a file) is exit 2 naming the flag', async () => {
    const msg = expectUserError(
      await runCli(['run', '--predictions', csv, '--out-dir', `${dir}/tb-out`, '--tensorboard', csv]),
    );
    expect(msg).toMatch(/--tensorboard: ".*p\.csv" is a file; give the directory/);
  });
  it('--network-timeout must be whole seconds in 1..600, like the Action input; so must MODEL_GATE_NETWORK_TIMEOUT', async () => {
    expect(
      expectUserError(await runCli(['evaluate', '--predictions', csv, '--network-timeout', '0'])),
    ).toMatch(/--network-timeout: "0" is not a whole number of seconds in 1\.\.600/);
    expect(
      expectUserError(
        await runCli(['evaluate', '--predictions', csv], { env: { MODEL_GATE_NETWORK_TIMEOUT: 'soon' } }),
      ),
    ).toMatch(/MODEL_GATE_NETWORK_TIMEOUT: "soon" is not a whole number of seconds in 1\.\.600/);
  });
  it('a Pushgateway that never answers: a warning at --network-timeout, and the exit code of the gate', async () => {
    const { createServer } = await import('node:http');
    const server = createServer(() => {
      // never answers
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as import('node:net').AddressInfo).port;
      const started = Date.now();
      const run = await runCli([
        'evaluate',
        '--predictions',
        csv,
        '--pushgateway',
        `http://127.0.0.1:${port}`,
        '--network-timeout',
        '1',
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /warning: Pushgateway push to http:\/\/127\.0\.0\.1:\d+\/\S+ failed after 1 attempt \(stopped at the 1 s deadline, network-timeout\): timed out\. The gate result is not affected\./,
      );
      // Generous: without the deadline, four 10 s attempts and their backoff.
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('gate.yml', () => {
  const gate = (name: string, text: string) => writeFixture(dir, name, text);
  const check = (config: string) =>
    runCli(['compare', '--config', config, '--baseline', csv, '--candidate', csv]);

  it('an alias is refused as unsupported with line and column', async () => {
    const path = gate('alias.yml', 'metrics:\n  accuracy: &r { max_regression: 0.01 }\n  f1: *r\n');
    const msg = expectUserError(await check(path));
    expect(msg).toMatch(/line 2, column 16: YAML anchors \("&r"\) are not supported/);
  });
  it('a negative duration bound is refused with line and column', async () => {
    const path = gate('neg.yml', 'metrics:\n  bench.wall_seconds: { max: "-5s" }\n');
    const msg = expectUserError(await check(path));
    expect(msg).toMatch(/line 2, column \d+: metrics\.bench\.wall_seconds\.max: "-5s" is negative/);
  });
  it('a duplicate key is refused (checked linearly)', async () => {
    const path = gate('dup.yml', 'metrics:\n  accuracy: {}\n  accuracy: {}\n');
    expect(expectUserError(await check(path))).toMatch(/line 3: duplicate key "accuracy"/);
  });
  it('a file over 1 MiB is refused before parsing', async () => {
    const lines = ['metrics:'];
    for (let i = 0; i < 80_000; i++) lines.push(`  accuracy${i}: { max: 1 }`);
    const path = gate('huge.yml', lines.join('\n'));
    expect(expectUserError(await check(path))).toMatch(/above the 1 MiB limit/);
  });
  it('a file of 25,000 keys (under 1 MiB) is refused by the key cap, naming the line', async () => {
    const lines = ['metrics:'];
    for (let i = 0; i < 25_000; i++) lines.push(`  m${i}: { max: 1 }`);
    const path = gate('many.yml', lines.join('\n'));
    expect(expectUserError(await check(path))).toMatch(
      /many\.yml, line 1001: the file has more than 2,000 keys, far beyond any gate\.yml/,
    );
  });
});

describe('bench stderr tail', () => {
  it('escape sequences and NULs in a failing command’s stderr never reach the terminal', async () => {
    const run = await runCli([
      'bench',
      '--runs',
      '1',
      '--warmup',
      '0',
      '--',
      'sh',
      '-c',
      String.raw`printf 'boom \033]0;pwned\007 \033[2J done\000x\n' >&2; exit 3`,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/failed with exit status 3/);
    expect(run.stderr).toMatch(/boom .*pwned.* done/);
    // eslint-disable-next-line no-control-regex
    expect(run.stderr).not.toMatch(/[\u0000\u0007\u001b]/);
  });
});

describe('gate.yml units', () => {
  it('max_regression 2 on accuracy is refused with the fix', async () => {
    const path = writeFixture(dir, 'points.yml', 'metrics:\n  accuracy: { max_regression: 2 }\n');
    const msg = expectUserError(
      await runCli(['compare', '--config', path, '--baseline', csv, '--candidate', csv]),
    );
    expect(msg).toMatch(/accuracy is a proportion between 0 and 1.*write 0\.02 or "2pp"/);
  });
});

describe('gate.yml rule on a metric the task does not have', () => {
  it('rmse on a binary result is exit 2 listing the metrics the task has', async () => {
    const bin = writeFixture(dir, 'bin.csv', ['id,label,prediction', '1,0,0', '2,1,1', '3,1,0', '4,0,0']);
    const result = `${dir}/bin-result.json`;
    const ev = await runCli(['evaluate', '--predictions', bin, '--out', result]);
    expect(ev.code, ev.stderr).toBe(0);
    const config = writeFixture(dir, 'rmse.yml', 'metrics:\n  rmse: { max: 1 }\n');
    const msg = expectUserError(
      await runCli(['compare', '--config', config, '--baseline', result, '--candidate', result]),
    );
    expect(msg).toMatch(/line 2: metrics\.rmse is not a metric of a binary result.*has: .*accuracy/);
  });
});
