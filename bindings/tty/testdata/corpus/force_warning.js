// FORCE_COLOR beside NO_COLOR warns once, on stderr, and forces colour.
const { WriteStream } = require('tty');

process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.log(WriteStream.prototype.getColorDepth({ FORCE_COLOR: '2', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }));
console.log(WriteStream.prototype.getColorDepth({ FORCE_COLOR: '1', NO_COLOR: '1' }));
