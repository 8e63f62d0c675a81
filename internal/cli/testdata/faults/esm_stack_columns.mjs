// An ES module's stack positions: line and column as node counts them,
// for errors made by `new` and thrown by the engine.
const at = (e) => e.stack.split('\n')[1].match(/:(\d+:\d+)\)?/)[1];
function f() { return new Error('x'); }
console.log('in function', at(f()));
  console.log('indented', at(new Error('y')));
try { null.x; } catch (e) { console.log('engine', at(e)); }
const g = () => {
	return new Error('after a tab');
};
console.log('tab', at(g()));
const s = 'h\u00e9llo'; const e2 = new Error('after non-ascii ' + s);
console.log('non-ascii', at(e2));
