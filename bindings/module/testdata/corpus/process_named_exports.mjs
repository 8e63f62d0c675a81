// node:process named exports include the methods and properties scripts use.
import * as ns from 'node:process';
import { kill, umask, hrtime, platform, pid, cpuUsage, memoryUsage, resourceUsage, emitWarning, getBuiltinModule } from 'process';
console.log(typeof kill, typeof umask, typeof hrtime.bigint, platform === process.platform, pid === process.pid);
console.log(typeof cpuUsage, typeof memoryUsage.rss, typeof resourceUsage, typeof emitWarning, typeof getBuiltinModule);
for (const k of ['argv', 'env', 'exit', 'nextTick', 'cwd', 'chdir', 'version', 'versions', 'arch', 'release', 'config', 'features', 'umask', 'uptime', 'hrtime', 'kill', 'allowedNodeEnvironmentFlags', 'setUncaughtExceptionCaptureCallback']) {
  console.log(k, k in ns);
}
console.log(ns.default === process);
