// allowedNodeEnvironmentFlags: a read-only Set whose has() normalizes.
const f = process.allowedNodeEnvironmentFlags;
console.log(f instanceof Set, f === process.allowedNodeEnvironmentFlags);
for (const k of ['--require', '-r', '--max-old-space-size', '--max_old_space_size', '--max-old-space-size=100',
  '--no-warnings', '--enable-source-maps', '--help', '--version', '--eval', '-e', '--foo', 'require', 5]) {
  console.log(k, f.has(k));
}
f.add('--foo');
console.log(f.has('--foo'));
f.delete('--require');
f.clear();
console.log(f.has('--require'), f.size > 10);
