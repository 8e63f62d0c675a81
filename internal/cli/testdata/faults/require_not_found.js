// stderr: report
// A module that cannot be found: the loader's throw site, the require
// stack (requiring module first), MODULE_NOT_FOUND and requireStack.
require('./_requires_missing');
