const { Worker } = require('worker_threads');
process.on('exit', (c) => console.log('parent exit', c));
new Worker(`throw new Error('nobody listens')`, { eval: true });
