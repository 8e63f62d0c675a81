'use strict';
// No 'message' listener: the channel does not keep the child alive.
process.send({ connected: process.connected });
setTimeout(() => process.send('never sent'), 10000).unref();
