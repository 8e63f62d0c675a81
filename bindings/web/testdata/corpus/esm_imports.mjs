// ES module imports of the web pieces from buffer, events, stream/web and stream/consumers.
import { Blob, File, resolveObjectURL } from 'buffer';
import buffer from 'node:buffer';
import { on, getEventListeners, addAbortListener, once } from 'node:events';
import { Readable } from 'node:stream';
import * as web from 'node:stream/web';
import consumers from 'stream/consumers';
console.log(Blob === globalThis.Blob, File === globalThis.File, typeof resolveObjectURL, buffer.Blob === Blob);
console.log(typeof on, typeof getEventListeners, typeof addAbortListener, typeof once);
console.log(Object.keys(web).filter((k) => !k.endsWith('ompressionStream')).length, typeof web.ReadableStream, typeof consumers.text);
console.log(await consumers.text(Readable.toWeb(Readable.from(['esm']))));
