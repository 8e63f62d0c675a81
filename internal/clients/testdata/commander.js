// args: build --out dist -v --retries 3 src/a.js src/b.js
// commander parses process.argv and prints its help as under node.
const { Command, Option, InvalidArgumentError } = require('commander');

const program = new Command();
program.name('tool').description('a task runner').version('1.2.3');
program
  .command('build')
  .description('build the sources')
  .argument('<files...>', 'files to build')
  .option('-o, --out <dir>', 'output directory', 'build')
  .option('-v, --verbose', 'say more')
  .addOption(new Option('-r, --retries <n>', 'retries').argParser((v) => {
    const n = Number.parseInt(v, 10);
    if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
    return n;
  }))
  .action((files, opts, cmd) => {
    console.log('files', files);
    console.log('opts', opts);
    console.log('name', cmd.name());
  });
program.parse();
console.log(program.helpInformation());
program.exitOverride();
try {
  program.parse(['node', 'tool', 'build', '--retries', 'x', 'f.js']);
} catch (e) {
  console.log(e.code, e.exitCode, e.message);
}
