module.exports = { name: 'util' };
