// process.umask: read, set with numbers and octal strings, node's errors.
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
const orig = process.umask();
t(() => process.umask(0o22));
t(() => process.umask('077'));
t(() => process.umask().toString(8));
t(() => process.umask(undefined).toString(8));
t(() => process.umask('8'));
t(() => process.umask('0o22'));
t(() => process.umask(''));
t(() => process.umask('-1'));
t(() => process.umask('777777777777'));
t(() => process.umask(-1));
t(() => process.umask(1.5));
t(() => process.umask(2 ** 32));
t(() => process.umask(NaN));
t(() => process.umask(null));
t(() => process.umask({}));
t(() => process.umask(true));
t(() => process.umask(orig) === 0o77);
