module.exports = () => require('./does-not-exist');
