const EventEmitter = require('events');
const e = new EventEmitter();
try { e.emit('error', new Error('boom')); } catch (err) { console.log('caught', err.message, err.code); }
try { e.emit('error', 'str'); } catch (err) { console.log('caught', err.message, err.code, err.context); }
try { e.emit('error', { a: 1 }); } catch (err) { console.log('caught', err.message, err.code); }
try { e.emit('error'); } catch (err) { console.log('caught', err.message, err.code); }
try { e.emit('error', 42); } catch (err) { console.log(err.name, err.message, err.code, err instanceof Error); }
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
try { e.emit('error', new Error('m')); } catch (err) { console.log('caught after monitor', err.message); }
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('h')));
try { e.on('x', 'notfn'); } catch (err) { console.log(err.name, err.code, err.message); }
try { e.on('x', null); } catch (err) { console.log(err.code, err.message); }
try { e.removeListener('x', 5); } catch (err) { console.log(err.code, err.message); }
try { e.setMaxListeners(-1); } catch (err) { console.log(err.name, err.code, err.message); }
try { e.setMaxListeners('a'); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.defaultMaxListeners = -2; } catch (err) { console.log(err.code, err.message); }
try { new EventEmitter({ captureRejections: 1 }); } catch (err) { console.log(err.code, err.message); }
// error thrown by a listener propagates out of emit
const f = new EventEmitter();
f.on('x', () => { throw new Error('inside'); });
try { f.emit('x'); } catch (err) { console.log('propagated', err.message); }
// uncaught error emit
const g = new EventEmitter();
process.on('exit', (c) => console.log('exit', c));
g.emit('error', new Error('final'));
console.log('not reached');
