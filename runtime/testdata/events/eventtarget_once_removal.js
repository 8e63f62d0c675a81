'use strict';
// A once listener leaves its EventTarget before it runs without a call of
// the public removeEventListener, which a script may have replaced.
const target = new EventTarget();
let calls = 0;
target.removeEventListener = function (type, fn) {
  calls++;
  console.log('public removeEventListener', type, typeof fn);
  return EventTarget.prototype.removeEventListener.call(this, type, fn);
};
target.addEventListener('ping', (e) => console.log('once listener', e.type), { once: true });
target.dispatchEvent(new Event('ping'));
target.dispatchEvent(new Event('ping'));
console.log('public calls', calls);

const ac = new AbortController();
let removed = 0;
ac.signal.removeEventListener = () => { removed++; };
ac.signal.addEventListener('abort', () => console.log('aborted'), { once: true });
ac.abort();
console.log('signal public removals', removed);
