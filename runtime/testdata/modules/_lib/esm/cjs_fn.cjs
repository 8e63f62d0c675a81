module.exports = function greet(n) { return 'hi ' + n; };
module.exports.extra = 'x';
