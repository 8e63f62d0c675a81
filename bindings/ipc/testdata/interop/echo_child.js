'use strict';
// Forked child: echoes what the parent sends, reports what it saw.
const seen = [];
process.on('internalMessage', (m) => seen.push('internal ' + m.cmd));
process.on('message', (m) => {
  switch (m.kind) {
    case 'echo': process.send(m); break;
    case 'big': process.send({ kind: 'big', length: m.value.length, ok: /^x+$/.test(m.value) }); break;
    case 'small': process.send(m); break;
    case 'internal-test': seen.push('start'); break;
    case 'done': process.send({ kind: 'report', seen }); break;
    default: seen.push('message ' + (m.cmd || m.kind));
  }
});
process.on('disconnect', () => {
  console.log('child: disconnect', process.connected, process.channel);
});
process.send({ kind: 'ready', argv: process.argv.slice(2), hasFd: 'NODE_CHANNEL_FD' in process.env, connected: process.connected, channelType: typeof process.channel });
