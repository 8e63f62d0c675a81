'use strict';
const common = require('../common');
common.expectsError({ code: 'ERR_A' })(Object.assign(new Error('x'), { code: 'ERR_B' }));
