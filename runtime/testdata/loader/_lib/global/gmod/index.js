module.exports = 'gmod from NODE_PATH';
