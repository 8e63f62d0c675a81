// args: --verbose -n 3 --tag=a --tag b file.txt -- --not-an-option
const { parseArgs } = require('util');
const { values, positionals, tokens } = parseArgs({
  options: { verbose: { type: 'boolean', short: 'v' }, n: { type: 'string' }, tag: { type: 'string', multiple: true }, color: { type: 'boolean', default: false } },
  allowPositionals: true,
  tokens: true,
});
console.log(values, positionals);
console.log(tokens.map((t) => `${t.kind}:${t.name || t.value || ''}@${t.index}`).join(' '));
try { parseArgs({ options: { verbose: { type: 'boolean' } } }); } catch (e) { console.log(e.code, e.message); }
console.log(parseArgs({ strict: false }).values);
