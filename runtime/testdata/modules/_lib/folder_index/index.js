module.exports = 'folder index';
