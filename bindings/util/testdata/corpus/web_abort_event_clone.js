const ac = new AbortController();
console.log(ac.signal.aborted, ac.signal.reason, ac.signal, ac);
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, e.constructor.name, e.target === ac.signal, e.isTrusted));
ac.signal.onabort = () => console.log('onabort');
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code, ac.signal.reason instanceof DOMException, ac.signal.reason instanceof Error);
ac.abort('again');
const ac2 = new AbortController(); ac2.abort('why'); console.log(ac2.signal.reason);
try { ac2.signal.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const s = AbortSignal.abort(); console.log(s.aborted, s.reason.name);
const t = AbortSignal.timeout(10); t.addEventListener('abort', () => console.log('timeout', t.reason.name, t.reason.message, t.reason.code)); setTimeout(() => console.log('timeout fired first:', t.aborted), 200);
const any = AbortSignal.any([new AbortController().signal, s]); console.log('any', any.aborted, any.reason === s.reason);
const et = new EventTarget();
const h = (e) => console.log('handler', e.type, e.defaultPrevented, e.cancelable);
et.addEventListener('x', h); et.addEventListener('x', h); et.addEventListener('x', { handleEvent(e) { console.log('object listener', this !== et); } }, { once: true });
const ev = new Event('x', { cancelable: true });
console.log(et.dispatchEvent(ev), et.dispatchEvent(new Event('x')));
et.addEventListener('y', (e) => e.preventDefault()); console.log(et.dispatchEvent(new Event('y', { cancelable: true })));
try { et.dispatchEvent({ type: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
try { new Event(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(require('util').inspect(new Event('z')).replace(/timeStamp: [0-9.]+/, 'timeStamp: T'), ev.eventPhase, Event.NONE, Event.AT_TARGET);
console.log(structuredClone({ a: [1, { b: new Date(0) }], m: new Map([[1, new Set([2])]]), r: /x/g, u: undefined }));
const cyc = { n: 1 }; cyc.self = cyc; const cc = structuredClone(cyc); console.log(cc.self === cc, cc !== cyc);
try { structuredClone(() => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { structuredClone({ s: Symbol() }); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(structuredClone(new Error('boom')).message, structuredClone(new Uint8Array([1, 2])), structuredClone(Object(1)));
class K { constructor() { this.v = 1; } } console.log(structuredClone(new K()));
const d = new DOMException('msg', 'NotFoundError'); console.log(d.name, d.code, d.message, String(d), Object.prototype.toString.call(d), DOMException.NOT_FOUND_ERR);
console.log(btoa('hello'), atob('aGVsbG8='));
try { atob('***'); } catch (e) { console.log(e.name, e.message); }
