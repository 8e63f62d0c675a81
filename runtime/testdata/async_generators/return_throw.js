// next/return/throw on lowered async generator objects, and their state
// afterwards; the methods on an object that is not a generator reject.
async function* counter() {
  try {
    const got = yield 1;
    console.log('got', got);
    yield 2;
    yield 3;
  } catch (e) {
    console.log('inside caught', e);
    yield 'recovered';
  } finally {
    console.log('cleanup');
  }
}
const show = (label, r) => console.log(label, JSON.stringify(r));
(async () => {
  let g = counter();
  show('next', await g.next());
  show('next(x)', await g.next('x'));
  show('return', await g.return('early'));
  show('after return', await g.next());

  g = counter();
  show('next', await g.next());
  show('throw', await g.throw('oops'));
  show('next', await g.next());
  show('done', await g.next());

  g = counter();
  try {
    await g.throw(new Error('before start'));
  } catch (e) {
    console.log('rejected', e.message);
  }
  show('after throw', await g.next());

  g = counter();
  show('return before start', await g.return('r'));

  const { next, return: ret, throw: thr } = Object.getPrototypeOf(counter).prototype;
  for (const [name, fn] of [['next', next], ['return', ret], ['throw', thr]]) {
    for (const receiver of [{}, 1, undefined]) {
      try {
        await fn.call(receiver);
        console.log(name, 'resolved?');
      } catch (e) {
        console.log(name, e.constructor.name, e.message);
      }
    }
  }
})();
