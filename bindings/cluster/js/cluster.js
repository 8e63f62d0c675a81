'use strict';
// cluster: the primary's side (fork workers, share servers) or, in a
// process the primary forked (NODE_UNIQUE_ID was set when it started),
// the worker's side.
const mode = require('internal/cluster/mode');
module.exports = require(mode.worker ? 'internal/cluster/child' : 'internal/cluster/primary');
