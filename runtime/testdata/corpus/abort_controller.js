const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, ac.signal.reason.name));
console.log(ac.signal.aborted);
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason instanceof Error, ac.signal.reason.name);
try { ac.signal.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
const s2 = AbortSignal.abort('why');
console.log(s2.aborted, s2.reason);
const t = AbortSignal.timeout(5);
t.addEventListener('abort', () => { console.log('timeout abort', t.reason.name); });
const any = AbortSignal.any([new AbortController().signal, t]);
any.onabort = () => console.log('any aborted', any.reason.name);
setTimeout(() => console.log('end'), 30);
