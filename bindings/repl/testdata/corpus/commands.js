// defineCommand, .help listing, displayPrompt, clearBufferedCommand and
// the context object.
const repl = require('repl');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const r = repl.start({ prompt: '> ', input, output });
r.context.shared = 'from context';
r.defineCommand('hi', {
  help: 'Say hello',
  action(name) {
    this.clearBufferedCommand();
    this.output.write('Hello, ' + name + '!\n');
    this.displayPrompt();
  },
});
r.defineCommand('plain', function (arg) { this.output.write('plain:' + JSON.stringify(arg) + '\n'); this.displayPrompt(); });
console.log(Object.keys(r.commands).sort().join(','));
console.log(typeof r.commands.hi.action, r.commands.hi.help);
r.on('exit', () => { console.log(out.split('\n')); });
input.write('shared\n');
input.write('.hi world\n');
input.write('.plain\n');
input.write('.nosuch\n');
input.write('.help\n');
input.write('.exit\n');
