// ids, platform facts and the static process properties scripts read.
const os = require('os');
console.log(process.getuid() === os.userInfo().uid, process.getgid() === os.userInfo().gid);
console.log(typeof process.geteuid(), typeof process.getegid());
console.log(Array.isArray(process.getgroups()), process.getgroups().includes(process.getegid()));
console.log(typeof process.ppid, process.ppid > 0, process.ppid !== process.pid);
console.log(process.arch === os.arch(), process.platform === os.platform());
console.log(process.release.name, process.release.lts, Object.keys(process.release));
console.log(process.release.sourceUrl.endsWith(process.version + '.tar.gz'));
console.log(process.release.headersUrl.endsWith(process.version + '-headers.tar.gz'));
console.log(typeof process.config, typeof process.config.variables);
console.log(typeof process.features, typeof process.features.inspector);
console.log(typeof process.title);
