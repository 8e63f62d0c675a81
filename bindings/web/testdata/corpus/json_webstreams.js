// JSON shows web streams, controllers and strategies as Node does.
let c;
const rs = new ReadableStream({ start(x) { c = x; } });
const ts = new TransformStream();
console.log(JSON.stringify({ rs, ws: new WritableStream(), ts, reader: new ReadableStream().getReader(), c, q: new CountQueuingStrategy({ highWaterMark: 1 }) }));
console.log(JSON.stringify(new Blob(['x'])), JSON.stringify(new TextEncoderStream()));
