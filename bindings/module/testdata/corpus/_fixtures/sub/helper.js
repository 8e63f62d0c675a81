module.exports = { from: 'helper', dir: require('path').basename(__dirname) };
