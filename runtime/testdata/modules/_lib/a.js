exports.name = 'a';
exports.file = __filename.slice(__dirname.length);
exports.isMain = require.main === module;
exports.loadedDuring = module.loaded;
