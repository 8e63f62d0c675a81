'use strict';
const common = require('../common');
common.mustCall(() => {});
