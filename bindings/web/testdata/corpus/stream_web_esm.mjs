// stream/web and stream/consumers from ES modules.
import { ReadableStream, TransformStream } from 'stream/web';
import { text } from 'node:stream/consumers';
const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } });
console.log(await text(ReadableStream.from(['esm ', 'ok']).pipeThrough(upper)));
console.log(ReadableStream === globalThis.ReadableStream);
