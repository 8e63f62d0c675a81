'use strict';
const common = require('../common');
common.skip('not here');
