'use strict';
const common = require('../common');
const f = common.mustCall();
f(); f();
