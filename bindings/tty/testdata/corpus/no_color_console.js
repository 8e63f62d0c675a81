// env: FORCE_COLOR=0
// FORCE_COLOR=0 keeps console output plain.
console.log({ a: 1, s: 'str' }, [true, null, undefined]);
