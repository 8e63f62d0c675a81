const dc = require('diagnostics_channel');
const c = dc.channel('err');
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
c.subscribe(() => { throw new Error('first'); });
c.subscribe((m) => console.log('second still runs', m));
c.publish('msg');
console.log('after publish');
process.nextTick(() => console.log('tick'));
