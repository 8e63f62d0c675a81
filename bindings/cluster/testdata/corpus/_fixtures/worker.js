const cluster = require('cluster');
console.log('worker', cluster.isWorker, cluster.worker.id, process.argv.slice(2).join(' '));
console.log('unique id in env', 'NODE_UNIQUE_ID' in process.env, 'FOO' in process.env ? process.env.FOO : '-');
console.log('cwd base', require('path').basename(process.cwd()));
process.exit(cluster.worker.id);
