module.exports = 'self.cjs';
