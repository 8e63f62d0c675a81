// env: FORCE_COLOR=1
// FORCE_COLOR colours console output on a pipe, as under node.
console.log({ a: 1, s: 'str' }, [true, null, undefined]);
console.error('to stderr', 42);
console.log('%o', { nested: { x: 1 } });
