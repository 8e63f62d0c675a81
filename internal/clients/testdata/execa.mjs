// execa 9: results, errors, line iteration and .pipe() as under node.
import { execa, execaSync, $ } from 'execa';

const r = await execa('echo', ['hello', 'world']);
console.log(r.stdout, r.exitCode, r.command, r.failed);

for await (const line of execa('printf', ['one\ntwo\nthree\n'])) {
  console.log('line:', line);
}

const piped = await execa('printf', ['b\na\nc\n']).pipe('sort');
console.log(JSON.stringify(piped.stdout));

try {
  await execa('sh', ['-c', 'echo oops >&2; exit 3']);
} catch (e) {
  console.log(e.name, e.exitCode, e.stderr, e.shortMessage);
}

const s = execaSync('node', ['-e', 'process.stdout.write("sync")'], { reject: false });
console.log(s.stdout, s.exitCode);

const { stdout } = await $`echo ${'a b'} c`;
console.log(stdout);

const lines = await execa('printf', ['x\ny\n'], { lines: true });
console.log(lines.stdout);
