// env: JSPROC_TEST_VAR=hello
console.log(process.env.JSPROC_TEST_VAR);
process.env.NUM = 42;
console.log(typeof process.env.NUM, process.env.NUM);
process.env.BOOL = true;
console.log(process.env.BOOL);
process.env.UNDEF = undefined;
console.log(process.env.UNDEF, typeof process.env.UNDEF);
delete process.env.NUM;
console.log(process.env.NUM, 'NUM' in process.env);
console.log('JSPROC_TEST_VAR' in process.env, Object.keys(process.env).includes('BOOL'));
console.log(process.env.DEFINITELY_NOT_SET_12345);
