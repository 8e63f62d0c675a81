'use strict';
// fork_pingpong with the forked child run by the executable in argv[2]
// (used by run_fork_pingpong.sh CHILD_ONLY=1 to time jsproc's child side
// under a node parent).
const cp = require('child_process');
const fork = cp.fork;
const execPath = process.argv[2];
cp.fork = (modulePath, args, options) => fork(modulePath, args || [], Object.assign({}, options, { execPath }));
require('./fork_pingpong.js');
