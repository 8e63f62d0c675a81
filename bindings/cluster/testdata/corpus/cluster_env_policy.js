// env: NODE_CLUSTER_SCHED_POLICY=none
// The scheduling policy comes from NODE_CLUSTER_SCHED_POLICY, and is
// fixed at the first setupPrimary.
const cluster = require('cluster');
console.log(cluster.schedulingPolicy === cluster.SCHED_NONE);
cluster.setupPrimary({ exec: __filename });
cluster.schedulingPolicy = cluster.SCHED_RR;
console.log(cluster.schedulingPolicy === cluster.SCHED_RR);
console.log(Object.keys(cluster.settings).sort().join(','));
console.log(cluster.settings.exec === __filename, cluster.settings.silent, Array.isArray(cluster.settings.args));
cluster.on('setup', (s) => console.log('setup', s === cluster.settings));
