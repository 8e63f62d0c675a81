// concurrently's API runs commands one at a time with prefixes.
const { concurrently } = require('concurrently');

const { result } = concurrently(
  [{ command: 'echo first', name: 'a' }, { command: 'echo second', name: 'b' }],
  { maxProcesses: 1, prefix: 'name', raw: false },
);
result.then((events) => {
  console.log(events.map((e) => [e.command.name, e.exitCode]));
});
