'use strict';
// Reports what the child sees of its IPC setup, then waits for 'bye'.
process.send({
  argv: process.argv.slice(2),
  execArgv: process.execArgv,
  connected: process.connected,
  send: typeof process.send,
  disconnect: typeof process.disconnect,
  channel: typeof process.channel,
  channelFd: typeof process.channel.fd,
  refMethods: [typeof process.channel.ref, typeof process.channel.unref],
  hasChannelFd: 'NODE_CHANNEL_FD' in process.env,
  hasMode: 'NODE_CHANNEL_SERIALIZATION_MODE' in process.env,
  custom: process.env.JSPROC_TEST_VAR,
  cwd: require('path').basename(process.cwd()),
});
process.on('message', (m) => { if (m === 'bye') process.disconnect(); });
