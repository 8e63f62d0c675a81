// Errors made after an await, in a timer, a tick or a promise job: the
// stack names the function the error was made in.
const own = (stack) => stack.split('\n').filter((l) => !/\(node:|at node:/.test(l)).join('\n');
const top = (stack) => own(stack).split('\n').slice(0, 2).join('\n');

async function afterAwait() {
  await null;
  throw new Error('after await');
}
afterAwait().catch((e) => console.log('await:', own(e.stack)));

function inTimer() { return new RangeError('in timer'); }
setTimeout(() => console.log('timer:', top(inTimer().stack)), 1);

function inTick() { return new TypeError('in tick'); }
process.nextTick(() => console.log('tick:', top(inTick().stack)));

function inJob() { return new Error('in job'); }
Promise.resolve().then(() => console.log('job:', top(inJob().stack)));

function inImmediate() { return new Error('in immediate'); }
setImmediate(() => console.log('immediate:', top(inImmediate().stack)));
