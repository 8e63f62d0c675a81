// fs-extra's everyday calls: mkdirs, output, copy, json, move, remove.
const fse = require('fs-extra');
const os = require('os');
const path = require('path');

async function main() {
  const root = await fse.mkdtemp(path.join(os.tmpdir(), 'fse-'));
  try {
    await fse.outputFile(path.join(root, 'a/b/c.txt'), 'hello');
    await fse.outputJson(path.join(root, 'a/data.json'), { n: 1, list: [1, 2] }, { spaces: 2 });
    await fse.copy(path.join(root, 'a'), path.join(root, 'copy'));
    console.log(await fse.readFile(path.join(root, 'copy/b/c.txt'), 'utf8'));
    console.log(await fse.readJson(path.join(root, 'copy/data.json')));
    await fse.move(path.join(root, 'copy'), path.join(root, 'moved'));
    console.log(await fse.pathExists(path.join(root, 'copy')), await fse.pathExists(path.join(root, 'moved/b/c.txt')));
    fse.ensureDirSync(path.join(root, 'x/y'));
    fse.writeJsonSync(path.join(root, 'x/y/z.json'), [true]);
    console.log(fse.readJsonSync(path.join(root, 'x/y/z.json')));
    await fse.emptyDir(path.join(root, 'x'));
    console.log(fse.readdirSync(path.join(root, 'x')));
    try {
      await fse.readJson(path.join(root, 'missing.json'));
    } catch (e) {
      console.log(e.code, e.syscall);
    }
  } finally {
    await fse.remove(root);
  }
  console.log(fse.existsSync(root));
}
main();
