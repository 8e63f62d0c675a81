'use strict';
// Whether this process is a cluster worker: set once, at start-up, by the
// cluster's runtime set-up when NODE_UNIQUE_ID named the worker.
module.exports = { worker: false };
