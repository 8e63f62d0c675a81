'use strict';
// Writable.toWeb takes any stream-like object with write() and on(), as
// node does for http.ServerResponse (an OutgoingMessage, not a Writable);
// objects without them are refused.
const { Writable } = require('stream');
const EventEmitter = require('events');

class Sink extends EventEmitter {
  constructor() {
    super();
    this.writable = true;
    this.chunks = [];
  }
  write(chunk) {
    this.chunks.push(Buffer.from(chunk).toString());
    return true;
  }
  end() {
    this.writableEnded = true;
    this.writable = false;
    console.log('end called, chunks', JSON.stringify(this.chunks));
  }
}

const sink = new Sink();
const ws = Writable.toWeb(sink);
console.log('instance', ws instanceof WritableStream);
const writer = ws.getWriter();
writer.write(new TextEncoder().encode('a')).then(() => writer.write(new TextEncoder().encode('b'))).then(() => {
  console.log('written', JSON.stringify(sink.chunks));
});

for (const bad of [null, {}, { write() {} }, { on() {} }, 'x']) {
  try {
    Writable.toWeb(bad);
    console.log('accepted', bad);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
