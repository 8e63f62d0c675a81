// Node's own globals: which are enumerable, their order, and what stays a
// getter and setter after a read and an assignment (process, Buffer,
// performance) and what becomes a plain value.
console.log(Object.keys(globalThis).join(','));
const own = Object.getOwnPropertyNames(globalThis);
const order = ['process', 'global', 'Buffer', 'clearImmediate', 'setImmediate', 'URL', 'DOMException',
  'TextEncoder', 'ReadableStream', 'clearInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob',
  'MessageChannel', 'Blob', 'PerformanceObserver', 'performance', 'fetch', 'Response', 'crypto', 'SubtleCrypto'];
const at = order.map((n) => own.indexOf(n));
console.log('present', at.every((i) => i >= 0), 'ordered', at.every((i, k) => k === 0 || at[k - 1] < i));
const kind = (n) => {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  return [d.enumerable ? 'E' : '-', d.configurable ? 'C' : '-',
    'value' in d ? 'value' + (d.writable ? ' writable' : '') : 'get' + (d.set ? '/set' : '')].join(' ');
};
for (const n of ['process', 'global', 'Buffer', 'performance', 'crypto', 'queueMicrotask']) console.log(n, kind(n));
const pd = Object.getOwnPropertyDescriptor(globalThis, 'process');
console.log(pd.get.name, pd.set.name, Object.getOwnPropertyDescriptor(globalThis, 'crypto').get.name);
void Buffer; void performance; void atob; void TextEncoder; void DOMException; void setTimeout;
for (const n of ['Buffer', 'performance', 'atob', 'TextEncoder', 'DOMException', 'setTimeout']) console.log('read', n, kind(n));
const realProcess = process;
globalThis.process = 5;
console.log('assigned process', kind('process'), globalThis.process);
globalThis.process = realProcess;
globalThis.performance = 3;
console.log('assigned performance', kind('performance'), globalThis.performance);
globalThis.TextDecoder = 4;
console.log('assigned TextDecoder', kind('TextDecoder'), TextDecoder);
console.log(Object.keys(globalThis).includes('process'), setTimeout === require('timers').setTimeout);
