'use strict';
// 256 MiB through zlib streams (gzip); see zlib_common.js.
require('./zlib_common.js').run('gzip');
