export default 'cond.mjs';
