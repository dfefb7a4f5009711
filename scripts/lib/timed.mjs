// Wall time, CPU time and peak RSS of a child process, by GNU time (shared by the benchmark scripts).
import { spawnSync } from 'node:child_process';

/** `--name VALUE` from the command line, or `fallback`. */
export const argument = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};

/**
 * Runs `command args` under /usr/bin/time: { wall (s), cpu (user + system, s), rss (bytes),
 * stdout }. Exit statuses other than `ok` throw with the end of stderr (`run` exits 1 when the
 * gate fails: pass [0, 1]).
 */
export function timed(command, args, ok = [0]) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (!ok.includes(res.status))
    throw new Error(`${command} ${args.join(' ')} failed (${res.status}):\n${res.stderr.slice(-2000)}`);
  const [wall, rssKb, user, sys] = res.stderr.trim().split('\n').pop().split(' ').map(Number);
  // CPU time too: on a shared, loaded machine it is the steadier figure.
  return { wall, cpu: user + sys, rss: rssKb * 1024, stdout: res.stdout };
}
