// esbuild's JS API drives its own binary over stdio.
const esbuild = require('esbuild');

async function main() {
  const t = await esbuild.transform('let x: number = 1 + 2; export { x }', { loader: 'ts', format: 'cjs' });
  console.log(t.code);
  const s = esbuild.transformSync('const f = (a) => a ?? 1', { target: 'es2019', minify: true });
  console.log(s.code);
  const b = await esbuild.build({
    stdin: { contents: 'import { x } from "./x"; console.log(x)', resolveDir: __dirname, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    plugins: [{
      name: 'virtual',
      setup(build) {
        build.onResolve({ filter: /^\.\/x$/ }, () => ({ path: 'x', namespace: 'v' }));
        build.onLoad({ filter: /.*/, namespace: 'v' }, () => ({ contents: 'export const x = 42', loader: 'js' }));
      },
    }],
  });
  console.log(b.outputFiles[0].text);
  try {
    await esbuild.transform('let = ;');
  } catch (e) {
    console.log(e.errors.length, e.errors[0].text);
  }
  esbuild.stop();
}
main();
