// One Script runs in many contexts.
const vm = require('vm');
const script = new vm.Script('count += 1; name = kind + count;', { filename: 'counter.js' });
const contexts = [{ count: 0, kind: 'a' }, { count: 10, kind: 'b' }];
for (const c of contexts) vm.createContext(c);
for (let i = 0; i < 3; i++) for (const c of contexts) script.runInContext(c);
console.log(contexts);
const fresh = {};
new vm.Script('globalVar = typeof globalVar').runInNewContext(fresh);
console.log(fresh);
console.log(script.runInNewContext({ count: 100, kind: 'z' }));
