// A zx script, as the zx CLI runs it: $, cd, within and argv are globals.
const branch = (await $`echo main`).stdout.trim();
console.log('branch', branch, typeof argv, argv._);
await within(async () => {
  cd('/tmp');
  console.log('in', (await $`pwd`).stdout.trim());
});
const out = await $`printf 'a\nb\n'`.lines();
console.log(out.length, out);
try {
  await $`exit 3`;
} catch (p) {
  console.log('exit code', p.exitCode);
}
