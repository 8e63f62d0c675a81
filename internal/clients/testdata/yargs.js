// args: serve --port 8080 --host=localhost -vv extra
// yargs parses arguments and renders help as under node.
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');

const argv = yargs(hideBin(process.argv))
  .scriptName('tool')
  .command('serve', 'start the server')
  .option('port', { type: 'number', default: 3000, describe: 'port to bind' })
  .option('host', { type: 'string', describe: 'host name' })
  .count('v')
  .strict(false)
  .wrap(80)
  .parse();
console.log(JSON.stringify(argv));

yargs(['--help'])
  .scriptName('tool')
  .usage('$0 <cmd> [args]')
  .option('name', { alias: 'n', type: 'string', describe: 'who to greet' })
  .wrap(80)
  .exitProcess(false)
  .parse('--help', (err, parsed, output) => {
    console.log(output);
  });
