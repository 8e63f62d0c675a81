// setuid and its family: names and numbers, node's checks and errors
// (only calls that change nothing are made).
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => process.setuid(process.getuid()));
t(() => process.setgid(process.getgid()));
t(() => process.seteuid(process.geteuid()));
t(() => process.setegid(process.getegid()));
t(() => process.setuid(require('os').userInfo().username));
t(() => process.setuid('no-such-user-x'));
t(() => process.setgid('no-such-group-x'));
t(() => process.seteuid('no-such-user-x'));
t(() => process.setegid('no-such-group-x'));
t(() => process.setuid({}));
t(() => process.setuid());
t(() => process.setuid(-1));
t(() => process.setuid(1.5));
t(() => process.setgid(2 ** 32));
t(() => process.setgroups(5));
t(() => process.setgroups());
t(() => process.setgroups([{}]));
t(() => process.setgroups(['no-such-group-x']));
t(() => process.setgroups([0, -1]));
t(() => process.initgroups({}, 0));
t(() => process.initgroups('root'));
t(() => process.initgroups('no-such-user-x', 'no-such-group-x'));
t(() => process.initgroups('no-such-user-x', 0));
t(() => typeof process.openStdin);
