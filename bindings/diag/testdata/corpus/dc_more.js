const dc = require('diagnostics_channel');
// subscribe by name before anything holds the channel
const early = (m) => console.log('early', m);
dc.subscribe('late-channel', early);
console.log(dc.hasSubscribers('late-channel'));
dc.channel('late-channel').publish('hello');
// a subscriber that unsubscribes itself while publishing
const c = dc.channel('self-removing');
const a = (m) => { console.log('a', m); c.unsubscribe(a); };
const b = (m) => console.log('b', m);
const z = (m) => console.log('z', m);
c.subscribe(a); c.subscribe(b); c.subscribe(z);
c.publish(1);
c.publish(2);
// inactive channels
const idle = dc.channel('idle');
console.log(idle.hasSubscribers, idle.unsubscribe(b), idle.unbindStore({}), idle.publish('x'), idle.runStores(1, (x, y) => x + y, null, 2, 3));
console.log(Object.getPrototypeOf(c) === dc.Channel.prototype, c instanceof dc.Channel, {} instanceof dc.Channel);
try { console.log(null instanceof dc.Channel); } catch (e) { console.log(e.name); }
c.unsubscribe(b); c.unsubscribe(z);
console.log(Object.getPrototypeOf(c) === dc.Channel.prototype, c.hasSubscribers);
const tc = dc.tracingChannel('t2');
const hs = { start() {}, end: undefined };
tc.subscribe(hs);
console.log(tc.start.hasSubscribers, tc.end.hasSubscribers, tc.unsubscribe(hs), tc.unsubscribe(hs));
const viaObject = dc.tracingChannel({ start: tc.start, end: tc.end, asyncStart: tc.asyncStart, asyncEnd: tc.asyncEnd, error: tc.error });
console.log(viaObject.start === tc.start, dc.tracingChannel('t2').start === tc.start);
