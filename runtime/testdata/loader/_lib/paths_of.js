module.exports = module.paths;
