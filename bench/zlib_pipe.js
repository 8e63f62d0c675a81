'use strict';
// 256 MiB through zlib streams (pipe); see zlib_common.js.
require('./zlib_common.js').run('pipe');
