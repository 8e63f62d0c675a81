// require.main, module and process.mainModule agree for the main module.
console.log(require.main === module, process.mainModule === module, module.id);
const helper = require('./_fixtures/sub/helper');
console.log(require.main === module, module.children.length > 0, module.loaded);
setTimeout(() => console.log('loaded later', module.loaded), 1);
