// zx: $ runs commands, captures output, and reports failures as under node.
import { $, within, cd, quote } from 'zx';

$.verbose = false;
const r = await $`echo hello`;
console.log(r.stdout.trim(), r.exitCode);
const name = 'a b';
console.log((await $`echo ${name}`).stdout.trim(), quote(name));
try {
  await $`exit 2`;
} catch (p) {
  console.log('failed', p.exitCode);
}
await within(async () => {
  cd('/tmp');
  console.log((await $`pwd`).stdout.trim());
});
console.log((await $`printf 'x\ny\n'`.lines()));
