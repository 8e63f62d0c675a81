module.exports = 'folder main';
