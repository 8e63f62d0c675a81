// repl.start(prompt) reads process.stdin and writes process.stdout by
// default: a child runtime given its input on a pipe.
const { spawnSync } = require('child_process');
const code = `
const r = require('repl').start('$ ');
r.on('exit', () => console.log('\\nbye', r.terminal, r.useColors));
`;
const input = '1+1\nconsole.log("hi")\nprocess.stdout.isTTY\n{a:1}\nlet z = [1,\n2]\nz.length\n.exit\n';
const res = spawnSync(process.execPath, ['-e', code], { input, encoding: 'utf8' });
console.log(res.status, JSON.stringify(res.stdout), JSON.stringify(res.stderr));
