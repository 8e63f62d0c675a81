exports.alpha = 1;
exports.beta = function beta() { return 'beta'; };
module.exports.gamma = [1, 2, 3];
