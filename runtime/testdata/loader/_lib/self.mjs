export default 'self.mjs';
