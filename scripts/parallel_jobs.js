'use strict';
// Runs shell jobs with at most LIMIT at a time, prints each job's result
// in submission order as soon as every earlier job is done, and exits with
// the number of failed jobs. Usage: parallel_jobs.js [limit]
const { spawn } = require('child_process');

const LIMIT = Number(process.argv[2]) || 3;
const jobs = [
  'echo compile-a; sleep 0.2',
  'echo compile-b >&2; sleep 0.1',
  'echo test-1; exit 0',
  'echo test-2; exit 2',
  'printf "%s\\n" one two three | sort -r',
  'sleep 0.05; echo lint',
  'no_such_tool_123 2>/dev/null',
  'echo done',
];

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', cmd]);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => resolve({ cmd, code: -1, out: '', err: e.message }));
    child.on('close', (code, signal) => {
      resolve({ cmd, code, signal, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() });
    });
  });
}

async function main() {
  const results = new Array(jobs.length);
  let next = 0;
  let running = 0;
  let maxRunning = 0;
  let printed = 0;
  let failed = 0;
  function flush() {
    while (printed < jobs.length && results[printed]) {
      const r = results[printed];
      const status = r.code === 0 ? 'ok' : 'FAILED (' + (r.signal || r.code) + ')';
      console.log(`[${printed + 1}/${jobs.length}] ${status}: ${r.cmd}`);
      for (const line of (r.out + r.err).split('\n').filter(Boolean)) console.log('    ' + line);
      if (r.code !== 0) failed++;
      printed++;
    }
  }
  await new Promise((resolveAll) => {
    function launch() {
      while (running < LIMIT && next < jobs.length) {
        const i = next++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        run(jobs[i]).then((r) => {
          running--;
          results[i] = r;
          flush();
          if (printed === jobs.length) resolveAll();
          else launch();
        });
      }
    }
    launch();
  });
  console.log(`${jobs.length} jobs, ${failed} failed, at most ${maxRunning} at once (limit ${LIMIT})`);
  process.exitCode = failed;
}

main();
