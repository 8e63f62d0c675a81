'use strict';
const common = require('../common');
setImmediate(common.mustNotCall('never'));
