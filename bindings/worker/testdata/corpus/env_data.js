const { Worker, isMainThread, getEnvironmentData, setEnvironmentData, parentPort } = require('worker_threads');
if (isMainThread) {
  setEnvironmentData('config', { level: 3, tags: new Set(['a']) });
  setEnvironmentData('gone', 1);
  setEnvironmentData('gone', undefined);
  console.log('main', getEnvironmentData('config'), getEnvironmentData('gone'));
  const w = new Worker(__filename);
  setEnvironmentData('late', 'after start');
  w.on('message', (m) => console.log('worker saw', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  parentPort.postMessage({ config: getEnvironmentData('config'), late: getEnvironmentData('late'), gone: getEnvironmentData('gone') });
}
