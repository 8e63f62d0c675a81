// new http.Agent checks maxTotalSockets (a number >= 1) and scheduling
// ('fifo' or 'lifo') as node's; without maxTotalSockets it is Infinity.
const http = require('http');

function attempt(label, options) {
  try {
    const agent = new http.Agent(options);
    console.log(label, 'ok', agent.maxTotalSockets, agent.scheduling);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('none', {});
attempt('string', { maxTotalSockets: 'test' });
for (const v of [-1, 0, NaN]) attempt('number ' + v, { maxTotalSockets: v });
attempt('one', { maxTotalSockets: 1 });
attempt('fraction', { maxTotalSockets: 1.5 });
attempt('fifo', { scheduling: 'fifo' });
attempt('bad scheduling', { scheduling: 'random' });
