'use strict';
// 256 MiB through zlib streams (gunzip); see zlib_common.js.
require('./zlib_common.js').run('gunzip');
