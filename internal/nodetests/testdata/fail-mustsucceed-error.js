'use strict';
const common = require('../common');
require('fs').readFile('/nonexistent/file', common.mustSucceed());
