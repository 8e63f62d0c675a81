// Lowered async generator declarations keep their hoisting: they are
// callable, and already async generator functions, before their line.
const AGF = Object.getPrototypeOf(async function* () {});
console.log('top before:', typeof early, Object.getPrototypeOf(early) === AGF);
early().next().then((r) => console.log('early yields', r.value));

function outer() {
  console.log('in function before:', Object.getPrototypeOf(nested) === AGF, nested.name);
  return nested;
  async function* nested() { yield 'nested'; }
}
outer()().next().then((r) => console.log('nested yields', r.value));

{
  console.log('block before:', Object.getPrototypeOf(inBlock) === AGF);
  async function* inBlock() {}
}

switch (1) {
  case 1:
    console.log('case before:', Object.getPrototypeOf(inCase) === AGF);
    async function* inCase() {}
}

async function* early() { yield 'early'; }

// The same declaration evaluated twice gives two functions, each with its
// own prototype.
function make() { async function* made() {} return made; }
const a = make(), b = make();
console.log('distinct:', a !== b, a.prototype !== b.prototype, Object.getPrototypeOf(a()) === a.prototype);

// A parameter named like the function does not confuse the generator's
// prototype.
async function* self(self) { yield self; }
self(5).next().then((r) => console.log('shadowed', r.value, Object.getPrototypeOf(self(1)) !== null));
