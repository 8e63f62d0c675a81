// Mentions of import and export that are not module syntax.
const text = 'import x from "y"; export default 1';
exports.import = { export: text.length };
exports.kind = typeof module;
