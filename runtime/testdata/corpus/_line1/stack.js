exports.top = new Error('m').stack; exports.inner = (() => new Error('i').stack)();
