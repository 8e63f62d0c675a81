//go:build ignore

// gen bundles the pinned npm packages into the files jsproc embeds, with
// esbuild, lowering what goja does not run and leaving Node's core modules
// (buffer, events, string_decoder) to jsproc's own.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

type bundle struct {
	minify  bool   // minify whitespace and syntax: the bundle compiles faster
	entry   string // contents of the entry module
	out     string // path from the repository root
	license string // license file under node_modules
}

var bundles = []bundle{
	{
		// The library only builds (unused) primordials from Atomics, WeakRef
		// and FinalizationRegistry, so stand-ins serve while it loads: the
		// runtime's own, made on first use, are not made for it, and the
		// globals' descriptors are put back as they were.
		entry: "const stand = { Atomics: {}, WeakRef: class WeakRef {}, FinalizationRegistry: class FinalizationRegistry {} };\n" +
			"const saved = Object.keys(stand).map((k) => [k, Object.getOwnPropertyDescriptor(globalThis, k)]);\n" +
			"for (const k of Object.keys(stand)) Object.defineProperty(globalThis, k, { value: stand[k], writable: true, configurable: true });\n" +
			"try { module.exports = require('node-inspect-extracted'); }\n" +
			"finally { for (const [k, d] of saved) { if (d) Object.defineProperty(globalThis, k, d); else delete globalThis[k]; } }\n" +
			// Node 20 colours a whole RegExp red rather than token by token.
			"module.exports.inspect.styles.regexp = 'red';",
		out:     "runtime/js/inspect.js",
		minify:  true,
		license: "node_modules/node-inspect-extracted/LICENSE",
	},
	{
		entry:   "module.exports = require('readable-stream/lib/stream.js');",
		out:     "bindings/stream/js/readable_stream.js",
		license: "node_modules/readable-stream/LICENSE",
	},
	{
		// The WHATWG streams reference implementation's algorithms, as the
		// polyfill packages them: queueing, backpressure, tee, pipeTo and
		// BYOB reads are the spec's own steps. Node's argument checks and
		// error codes are layered on by webStreamsPatches and
		// bindings/web/js/hooks.js.
		entry:   "module.exports = require('web-streams-polyfill');",
		out:     "bindings/web/js/web_streams.js",
		minify:  true,
		license: "node_modules/web-streams-polyfill/LICENSE",
	},
}

// webStreamsPrelude is put before web-streams-polyfill's dist/ponyfill.js:
// every TypeError and RangeError it makes goes through Node's table of
// codes and messages, the constructors check their arguments as Node's
// do, and closing or erroring a stream is reported (the hooks are in
// bindings/web/js/hooks.js).
const webStreamsPrelude = "const __node = require('internal/webstreams_hooks'), { TypeError, RangeError } = __node;\n"

// webStreamsPatches are (old, new) pairs applied to dist/ponyfill.js; each
// must match, so that an upgrade that breaks one fails.
var webStreamsPatches = []string{
	// TransferArrayBuffer moves the bytes and detaches the buffer, as
	// node's does, without the copy structuredClone would make.
	"let de=e=>(de=\"function\"==typeof e.transfer?e=>e.transfer():\"function\"==typeof structuredClone?e=>structuredClone(e,{transfer:[e]}):e=>e,de(e))", "let de=e=>__node.transfer(e)",
	"class ReadableStream{constructor(e={},t={}){", "class ReadableStream{constructor(e={},t={}){__node.checkReadableStream(e,t);",
	"class WritableStream{constructor(e={},t={}){", "class WritableStream{constructor(e={},t={}){__node.checkWritableStream(e,t);",
	"class TransformStream{constructor(e={},t={},r={}){", "class TransformStream{constructor(e={},t={},r={}){__node.checkTransformStream(e,t,r);",
	"class ByteLengthQueuingStrategy{constructor(e){", "class ByteLengthQueuingStrategy{constructor(e){__node.checkStrategyInit(e);",
	"class CountQueuingStrategy{constructor(e){", "class CountQueuingStrategy{constructor(e){__node.checkStrategyInit(e);",
	"class ReadableStreamDefaultReader{constructor(e){", "class ReadableStreamDefaultReader{constructor(e){__node.checkReader(e,ReadableStream);",
	"class ReadableStreamBYOBReader{constructor(e){", "class ReadableStreamBYOBReader{constructor(e){__node.checkReader(e,ReadableStream,!0);",
	"class WritableStreamDefaultWriter{constructor(e){", "class WritableStreamDefaultWriter{constructor(e){__node.checkWriter(e,WritableStream);",
	"getReader(e=void 0){if(!$r(this))throw Nr(\"getReader\");", "getReader(e=void 0){if(!$r(this))throw Nr(\"getReader\");__node.checkReaderOptions(e);",
	"static from(e){", "static from(e){__node.checkIterable(e);",
	"pipeThrough(e,t={}){if(!$r(this))throw Nr(\"pipeThrough\");", "pipeThrough(e,t={}){if(!$r(this))throw Nr(\"pipeThrough\");__node.checkPipeThrough(e,ReadableStream,WritableStream);",
	"pipeTo(e,t={}){if(!$r(this))return f(Nr(\"pipeTo\"));", "pipeTo(e,t={}){if(!$r(this))return f(Nr(\"pipeTo\"));try{__node.checkPipeTo(e,t,WritableStream)}catch(err){return f(err)}",
	"values(e=void 0){if(!$r(this))throw Nr(\"values\");", "values(e=void 0){if(!$r(this))throw Nr(\"values\");__node.checkOptions(e);",
	// Node names the offending value in these errors.
	"if(!ArrayBuffer.isView(e))return f(new TypeError(\"view must be an array buffer view\"));", "if(!ArrayBuffer.isView(e))return f(__node.notView(\"view\",e));",
	"!ArrayBuffer.isView(e))throw new TypeError(\"chunk must be an array buffer view\");", "!ArrayBuffer.isView(e))throw __node.notView(\"buffer\",e);",
	"throw new RangeError(\"Size must be a finite, non-NaN, non-negative number.\")", "throw __node.badArgValue(\"size\",r)",
	"throw new RangeError(\"bytesWritten out of range\")", "throw __node.badArgValue(\"bytesWritten\",t)",
	// A stream that closes or errors settles the promise Node's stream
	// utilities (finished, isReadable, ...) wait on.
	"function xr(e){e._state=\"closed\";", "function xr(e){e._state=\"closed\",__node.settle(e);",
	"function Qr(e,t){e._state=\"errored\",e._storedError=t;", "function Qr(e,t){e._state=\"errored\",e._storedError=t,__node.settle(e,!0,t);",
	"e._pendingAbortRequest=void 0)),e._state=\"closed\";", "e._pendingAbortRequest=void 0)),e._state=\"closed\",__node.settle(e);",
	"function At(e){e._state=\"errored\",", "function At(e){e._state=\"errored\",__node.settle(e,!0,e._storedError),",
	// Node's async iterator results put done first once it is done.
	"_nextSteps(){if(this._isFinished)return Promise.resolve({value:void 0,done:!0});", "_nextSteps(){if(this._isFinished)return Promise.resolve({done:!0,value:void 0});",
	"_returnSteps(e){if(this._isFinished)return Promise.resolve({value:e,done:!0});", "_returnSteps(e){if(this._isFinished)return Promise.resolve({done:!0,value:e});",
	"return O(t),p(r,()=>({value:e,done:!0}))}return O(t),d({value:e,done:!0})}", "return O(t),p(r,()=>({done:!0,value:e}))}return O(t),d({done:!0,value:e})}",
	"_closeSteps(){const e=this._iterator;e._ongoingPromise=void 0,e._isFinished=!0,O(e._reader),this._resolvePromise({value:void 0,done:!0})}", "_closeSteps(){const e=this._iterator;e._ongoingPromise=void 0,e._isFinished=!0,O(e._reader),this._resolvePromise({done:!0,value:void 0})}",
}

// engineGlobals are the global classes and namespaces ECMAScript itself
// defines (V8's, for node), as a JS array literal: the names node's inspect
// sees before the host adds its own globals. SharedArrayBuffer is not one:
// node's bootstrap takes it off the global and puts it back after inspect
// has looked, so showHidden shows its prototype's accessors.
const engineGlobals = `["AggregateError","Array","ArrayBuffer","Atomics","BigInt","BigInt64Array","BigUint64Array",` +
	`"Boolean","DataView","Date","Error","EvalError","FinalizationRegistry","Float32Array","Float64Array","Function",` +
	`"Int16Array","Int32Array","Int8Array","Intl","JSON","Map","Math","Number","Object","Promise","Proxy","RangeError",` +
	`"ReferenceError","Reflect","RegExp","Set","String","Symbol","SyntaxError","TypeError",` +
	`"URIError","Uint16Array","Uint32Array","Uint8Array","Uint8ClampedArray","WeakMap","WeakRef","WeakSet","WebAssembly"]`

// readableStreamPatches are (old, new) pairs applied, per file under
// readable-stream/lib, to the library's sources; each must match, so that
// an upgrade that breaks one fails. They bring the library to the
// behaviour of Node 20's own stream module where the two differ.
var readableStreamPatches = map[string][]string{
	"ours/errors.js": {
		// Values in messages are shown by node's own util.inspect.
		"const { format, inspect } = require('./util/inspect')",
		"const { format, inspect } = require('util')",
		// Node's errors read "Error [CODE]: message" at the head of their
		// stack too, not the class's name.
		"      super(getMessage(code, message, args))\n",
		"      super(getMessage(code, message, args))\n" +
			"      this.code = code\n" +
			"      if (typeof this.stack === 'string') {\n" +
			"        const nl = this.stack.indexOf('\\n')\n" +
			"        Object.defineProperty(this, 'stack', { value: `${Base.name} [${code}]: ${this.message}` + (nl < 0 ? '' : this.stack.slice(nl)), writable: true, enumerable: false, configurable: true })\n" +
			"      }\n",
	},
	"internal/streams/legacy.js": {
		// A stream's eventNames lists only events with listeners, though its
		// constructor creates slots for the common ones.
		"ObjectSetPrototypeOf(Stream, EE)\n",
		"ObjectSetPrototypeOf(Stream, EE)\n" +
			"Stream.prototype.eventNames = function eventNames() {\n" +
			"  const names = []\n" +
			"  for (const key of Reflect.ownKeys(this._events)) {\n" +
			"    const l = this._events[key]\n" +
			"    if (typeof l === 'function' || (ArrayIsArray(l) && l.length > 0)) names.push(key)\n" +
			"  }\n" +
			"  return names\n" +
			"}\n",
	},
	"internal/streams/readable.js": {
		"    ERR_STREAM_UNSHIFT_AFTER_END_EVENT\n  },",
		"    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,\n    ERR_UNKNOWN_ENCODING\n  },",
		"  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'\n",
		"  const defaultEncoding = options ? options.defaultEncoding : undefined\n" +
			"  if (defaultEncoding != null && !Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding)\n" +
			"  this.defaultEncoding = defaultEncoding || 'utf8'\n",
		"  const isDuplex = this instanceof require('./duplex')\n  this._readableState",
		"  const isDuplex = this instanceof require('./duplex')\n" +
			"  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) this._events = { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined }\n" +
			"  this._readableState",
		// Any ArrayBufferView is a chunk, as in Node.
		"    } else if (Stream._isUint8Array(chunk)) {\n      chunk = Stream._uint8ArrayToBuffer(chunk)\n      encoding = ''\n    } else if (chunk != null) {\n      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk)",
		"    } else if (Stream._isArrayBufferView(chunk)) {\n      chunk = Stream._uint8ArrayToBuffer(chunk)\n      encoding = ''\n    } else if (chunk != null) {\n      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk)",
	},
	"internal/streams/writable.js": {
		// jsproc's own modules that build a stream's state from a template
		// (http2) bind a state's write callback as the constructor does.
		"Writable.WritableState = WritableState\n",
		"Writable.WritableState = WritableState\n" +
			"WritableState[Symbol.for('jsproc.stream.onwrite')] = onwrite\n",
		"  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8'\n",
		"  const defaultEncoding = options ? options.defaultEncoding : undefined\n" +
			"  if (defaultEncoding != null && !Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding)\n" +
			"  this.defaultEncoding = defaultEncoding || 'utf8'\n",
		"  this._writableState = new WritableState(options, this, isDuplex)\n",
		"  if (!isDuplex && (this._events === undefined || this._events === Object.getPrototypeOf(this)._events)) this._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined }\n" +
			"  this._writableState = new WritableState(options, this, isDuplex)\n",
		// In object mode the encoding passes through as given (null when a
		// callback takes its place); otherwise it defaults and is checked.
		"  if (typeof encoding === 'function') {\n    cb = encoding\n    encoding = state.defaultEncoding\n  } else {\n    if (!encoding) encoding = state.defaultEncoding\n    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)\n    if (typeof cb !== 'function') cb = nop\n  }\n",
		"  if (typeof encoding === 'function') {\n    cb = encoding\n    encoding = null\n  } else if (typeof cb !== 'function') cb = nop\n" +
			"  if (!state.objectMode) {\n    if (!encoding) encoding = state.defaultEncoding\n    else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding)\n  }\n",
		"    } else if (Stream._isUint8Array(chunk)) {\n      chunk = Stream._uint8ArrayToBuffer(chunk)\n      encoding = 'buffer'\n    } else {\n      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk)",
		"    } else if (Stream._isArrayBufferView(chunk)) {\n      chunk = Stream._uint8ArrayToBuffer(chunk)\n      encoding = 'buffer'\n    } else {\n      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk)",
		// Callbacks of writes and of end() get null when all went well.
		"    state.pendingcb--\n    cb()\n",
		"    state.pendingcb--\n    cb(null)\n",
		"    if (err || state.finished) {\n      process.nextTick(cb, err)\n",
		"    if (err || state.errored || state.finished) {\n      process.nextTick(cb, err || state.errored || null)\n",
		// Whether a write may go on is known once a synchronous _write has
		// called back, and a stream that is ending finishes a tick after its
		// last write's callback.
		"  // stream._write resets state.length\n  const ret = state.length < state.highWaterMark\n  // We must ensure that previous needDrain will not be reset to false.\n  if (!ret) state.needDrain = true\n",
		"",
		"  // Return false if errored or destroyed in order to break\n  // any synchronous while(stream.write(data)) loops.\n  return ret && !state.errored && !state.destroyed",
		"  const ret = state.length < state.highWaterMark || state.length === 0\n  if (!ret) state.needDrain = true\n  return ret && !state.errored && !state.destroyed",
		// A synchronous write whose callback is nop needs no tick of its
		// own unless it drains the stream.
		"      if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {\n        state.afterWriteTickInfo.count++\n      } else {\n",
		"      const needTick = (state.needDrain && state.length === 0) || state.destroyed || cb !== nop\n" +
			"      if (cb === nop) {\n" +
			"        if (!state.afterWritePending && needTick) {\n" +
			"          state.afterWritePending = true\n" +
			"          process.nextTick(afterWrite, stream, state, 1, cb)\n" +
			"        } else {\n" +
			"          state.pendingcb--\n" +
			"          if (state.ending) finishMaybe(stream, state, true)\n" +
			"        }\n" +
			"      } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {\n        state.afterWriteTickInfo.count++\n      } else {\n" +
			"        state.afterWritePending = true\n",
		"function afterWrite(stream, state, count, cb) {\n",
		"function afterWrite(stream, state, count, cb) {\n  state.afterWritePending = false\n",
		"  if (state.destroyed) {\n    errorBuffer(state)\n  }\n  finishMaybe(stream, state)\n}",
		"  if (state.destroyed) {\n    errorBuffer(state)\n  }\n  if (state.ending) finishMaybe(stream, state, true)\n}",
		"    onfinishCallbacks[i]()\n",
		"    onfinishCallbacks[i](null)\n",
		"err !== null && err !== undefined ? err : ERR_MULTIPLE_CALLBACK())",
		"err !== null && err !== undefined ? err : new ERR_MULTIPLE_CALLBACK())",
	},
	"internal/streams/destroy.js": {
		// A stream is told it is constructed in the same tick as its state
		// says so: writes made in between would overtake buffered ones.
		"    } else {\n      process.nextTick(emitConstructNT, stream)\n    }\n",
		"    } else {\n      stream.emit(kConstruct)\n    }\n",
	},
	"internal/streams/transform.js": {
		// After this.push(null) the write completes a tick later, so that
		// the end of the readable side is seen first.
		"      this.push(val)\n    }\n    if (\n",
		"      this.push(val)\n    }\n    if (rState.ended) {\n      process.nextTick(callback)\n    } else if (\n",
	},
	"internal/streams/duplex.js": {
		"  if (!(this instanceof Duplex)) return new Duplex(options)\n",
		"  if (!(this instanceof Duplex)) return new Duplex(options)\n" +
			"  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) this._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined, data: undefined, end: undefined, readable: undefined }\n",
	},
}

// inspectPatches are (old, new) pairs applied to node-inspect-extracted's
// dist/inspect.js; each must match, so that an upgrade that breaks one fails.
var inspectPatches = []string{
	// Only the primordials the library names are built, rather than one for
	// every method of every builtin: building them all cost about half of
	// the time console.log first spends loading inspect.
	"683(t){const e={__proto__:null},", "683(t){const e=LAZY_PRIMORDIALS,",
	"function y(t,e,i){for(const l of o(t)){const o=f(l),s=r(t,l);if(\"get\"in s)p(e,i,o,s);else{const r=`${i}${o}`;n(e,r,{__proto__:null,...s}),u.includes(r)&&n(e,`${r}Apply`,{__proto__:null,value:a(s.value,t)})}}}",
	"function y(t,e,i){e.__lazySource(\"static\",t,i)}",
	"function g(t,e,i){for(const l of o(t)){const o=f(l),s=r(t,l);if(\"get\"in s)p(e,i,o,s);else{const{value:t}=s;\"function\"==typeof t&&(s.value=c(t));const r=`${i}${o}`;n(e,r,{__proto__:null,...s}),u.includes(r)&&n(e,`${r}Apply`,{__proto__:null,value:a(t)})}}}",
	"function g(t,e,i){e.__lazySource(\"proto\",t,i)}",
	"x(e,null),S(e),t.exports=e}", "t.exports=e}",
	"const{ArrayPrototypeForEach:h,ArrayPrototypePushApply:d,", "e.__materialize();const{ArrayPrototypeForEach:h,ArrayPrototypePushApply:d,",
	"Reflect.getPrototypeOf(Reflect.getPrototypeOf(async function*(){}).prototype)", "Object.create(null)",
	"Reflect.getPrototypeOf(async function*(){})", "Reflect.getPrototypeOf(function*(){})",
	// Lowered async generator functions are plain functions to goja; the
	// host knows which they are.
	`isAsyncFunction:t=>"function"==typeof t&&a.toString.call(t).startsWith("async"),`,
	`isAsyncFunction:t=>"function"==typeof t&&(a.toString.call(t).startsWith("async")||internalBinding("inspect").isAsyncGeneratorFunction(t)),`,
	`isGeneratorFunction:t=>"function"==typeof t&&a.toString.call(t).match(/^(async\s+)?function *\*/)`,
	`isGeneratorFunction:t=>"function"==typeof t&&(null!==a.toString.call(t).match(/^(async\s+)?function *\*/)||internalBinding("inspect").isAsyncGeneratorFunction(t))`,
	// Promise state and proxy internals come from the host (the
	// library's stand-ins report every promise pending).
	`getPromiseDetails:()=>[g,void 0],getProxyDetails:y.getProxyDetails,`,
	`getPromiseDetails:t=>{const d=internalBinding("inspect").promiseDetails(t);return void 0===d||0===d[0]?[g,void 0]:[2===d[0]?h:1,d[1]]},getProxyDetails:(t,e=!0)=>internalBinding("inspect").proxyDetails(t,e),`,
	// Node 20 shows the extra keys of ArrayBuffer and DataView as plain
	// "key: value", and a typed array's (with showHidden) as "[key]: value",
	// never styled.
	"return t.indentationLvl-=2,`${t.stylize(`[${r}]`,\"string\")}: ${i}`}",
	"return t.indentationLvl-=2,ArrayBuffer.isView(e)&&!(e instanceof DataView)?`[${r}]: ${i}`:`${r}: ${i}`}",
	// Node takes the names of the built-in classes (whose toString util.format's
	// %s does not trust) before it adds its own globals: only the engine's
	// own globals count, never the host's (Buffer, URL, Blob...).
	"const An=new Mt(f(yt(ve),t=>null!==It(/^[A-Z][a-zA-Z0-9]+$/,t)))",
	"const An=new Mt(f(yt(ve),t=>null!==It(/^[A-Z][a-zA-Z0-9]+$/,t)&&" + engineGlobals + ".includes(t)))",
	// Node 20 writes -0 as "0" when numericSeparator is set, and separates
	// the digits of a fraction even when it has an exponent ("1.5e-_7").
	"function ur(t,e,n){if(dt(e,-0))return t(\"-0\",\"number\");if(!n)return t(`${e}`,\"number\");",
	"function ur(t,e,n){if(!n)return dt(e,-0)?t(\"-0\",\"number\"):t(`${e}`,\"number\");",
	"if(rt(e)||Yt(r,\"e\"))return t(r,\"number\");const o=qt(r,\".\")",
	"if(rt(e))return t(r,\"number\");const o=qt(r,\".\")",
	"return n+`{ [byteLength]: ${ur(t.stylize,e.byteLength,!1)} }`",
	"return n+`{ byteLength: ${ur(t.stylize,e.byteLength,!1)} }`",
	// Node 20 prints a proxy as its target, without a "Proxy(...)" wrapper.
	"for(let n=0;n<s;n++)e=`${t.stylize(\"Proxy(\",\"special\")}${e}${t.stylize(\")\",\"special\")}`;return e",
	"return e",
	"if(0!==s)for(let e=0;e<s;e++)u=`${t.stylize(\"Proxy(\",\"special\")}${u}${t.stylize(\")\",\"special\")}`;return u",
	"return u",
	// Node 20 brackets symbol keys, and shows non-enumerable keys bracketed
	// without quotes.
	"if(\"symbol\"==typeof r){const e=jt(On,ae(r),Un);s=t.stylize(e,\"symbol\")}else s=null!==It(Ln,r)?\"__proto__\"===r?\"['__proto__']\":t.stylize(r,\"name\"):t.stylize(Gn(r),\"string\");return!1===i.enumerable&&(s=`[${s}]`),`${s}:${a}${c}`",
	"if(\"symbol\"==typeof r){const e=jt(On,ae(r),Un);s=`[${t.stylize(e,\"symbol\")}]`}else s=\"__proto__\"===r?\"['__proto__']\":!1===i.enumerable?`[${jt(On,r,Un)}]`:null!==It(Ln,r)?t.stylize(r,\"name\"):t.stylize(Gn(r),\"string\");return`${s}:${a}${c}`",
	// goja writes stack frames as "\tat f (file:1:2(pc))"; show Node's
	// layout, without the host's own frames (runtime.NodeStack).
	`if("string"==typeof n)return n;`,
	`if("string"==typeof n)return internalBinding("inspect").nodeStack(n);`,
}

// shims maps package imports to jsproc's globals and core modules.
var shims = map[string]string{
	"process/":         "module.exports = process;",
	"abort-controller": "module.exports = { AbortController: globalThis.AbortController, AbortSignal: globalThis.AbortSignal, default: globalThis.AbortController };",
	"string_decoder/":  "module.exports = require('string_decoder');",
}

var external = []string{"buffer", "events", "string_decoder", "util", "internal/webstreams_hooks"}

// primordialRoots are the builtins the library derives primordials from.
var primordialRoots = []string{"Atomics", "JSON", "Math", "Proxy", "Reflect", "AggregateError", "Array",
	"BigInt", "Boolean", "DataView", "Date", "Error", "EvalError", "Float32Array", "Float64Array", "Function",
	"Int16Array", "Int32Array", "Int8Array", "Map", "Number", "Object", "RangeError", "ReferenceError",
	"RegExp", "Set", "String", "Symbol", "SyntaxError", "TypeError", "URIError", "Uint16Array", "Uint32Array",
	"Uint8Array", "Uint8ClampedArray", "WeakMap", "WeakSet", "Promise", "TypedArray", "AsyncFunction",
	"AsyncGeneratorFunction", "AsyncIterator", "GeneratorFunction", "BigInt64Array", "BigUint64Array"}

// usedNames lists, as a JS array literal, the capitalised identifiers in src
// that start with a builtin's name: a superset of the primordials the
// library reads.
func usedNames(src string) string {
	seen := map[string]bool{}
	var names []string
	for _, m := range regexp.MustCompile(`\b[A-Z][A-Za-z0-9_]+\b`).FindAllString(src, -1) {
		root := false
		for _, p := range primordialRoots {
			if strings.HasPrefix(m, p) && len(m) > len(p) {
				root = true
			}
		}
		if root && !seen[m] {
			seen[m] = true
			names = append(names, strconv.Quote(m))
		}
	}
	sort.Strings(names)
	return "[" + strings.Join(names, ",") + "]"
}

func main() {
	root, _ := filepath.Abs("../..")
	for _, b := range bundles {
		if err := build(root, b); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

func build(root string, b bundle) error {
	shimPlugin := api.Plugin{Name: "shims", Setup: func(pb api.PluginBuild) {
		pb.OnResolve(api.OnResolveOptions{Filter: `^(process/|abort-controller|string_decoder/)$`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
			return api.OnResolveResult{Path: a.Path, Namespace: "shim"}, nil
		})
		// goja has no async generators; the primordials inspect builds only
		// copy these prototypes' properties, so plain stand-ins do.
		pb.OnLoad(api.OnLoadOptions{Filter: `node-inspect-extracted/dist/inspect\.js$`}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			data, err := os.ReadFile(a.Path)
			if err != nil {
				return api.OnLoadResult{}, err
			}
			lazy, err := os.ReadFile("lazy_primordials.js")
			if err != nil {
				return api.OnLoadResult{}, err
			}
			c := string(data)
			lazySrc := strings.Replace(strings.TrimSpace(string(lazy)), "USED_NAMES", usedNames(c), 1)
			for i := 0; i < len(inspectPatches); i += 2 {
				if !strings.Contains(c, inspectPatches[i]) {
					return api.OnLoadResult{}, fmt.Errorf("inspect patch %d no longer applies", i/2)
				}
				c = strings.Replace(c, inspectPatches[i], strings.Replace(inspectPatches[i+1], "LAZY_PRIMORDIALS", lazySrc, 1), 1)
			}
			return api.OnLoadResult{Contents: &c, Loader: api.LoaderJS}, nil
		})
		pb.OnLoad(api.OnLoadOptions{Filter: `readable-stream/lib/.*\.js$`}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			data, err := os.ReadFile(a.Path)
			if err != nil {
				return api.OnLoadResult{}, err
			}
			c := string(data)
			rel := filepath.ToSlash(a.Path)
			rel = rel[strings.LastIndex(rel, "readable-stream/lib/")+len("readable-stream/lib/"):]
			p := readableStreamPatches[rel]
			for i := 0; i < len(p); i += 2 {
				if !strings.Contains(c, p[i]) {
					return api.OnLoadResult{}, fmt.Errorf("readable-stream patch %d of %s no longer applies", i/2, rel)
				}
				c = strings.Replace(c, p[i], p[i+1], 1)
			}
			return api.OnLoadResult{Contents: &c, Loader: api.LoaderJS}, nil
		})
		pb.OnLoad(api.OnLoadOptions{Filter: `web-streams-polyfill/dist/ponyfill\.js$`}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			data, err := os.ReadFile(a.Path)
			if err != nil {
				return api.OnLoadResult{}, err
			}
			c := string(data)
			for i := 0; i < len(webStreamsPatches); i += 2 {
				if !strings.Contains(c, webStreamsPatches[i]) {
					return api.OnLoadResult{}, fmt.Errorf("web streams patch %d no longer applies", i/2)
				}
				c = strings.Replace(c, webStreamsPatches[i], webStreamsPatches[i+1], 1)
			}
			c = webStreamsPrelude + c
			return api.OnLoadResult{Contents: &c, Loader: api.LoaderJS}, nil
		})
		pb.OnLoad(api.OnLoadOptions{Filter: `.*`, Namespace: "shim"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			c := shims[a.Path]
			return api.OnLoadResult{Contents: &c, Loader: api.LoaderJS}, nil
		})
	}}
	res := api.Build(api.BuildOptions{
		Stdin:    &api.StdinOptions{Contents: b.entry, ResolveDir: ".", Sourcefile: "entry.js"},
		Bundle:   true,
		Format:   api.FormatCommonJS,
		Platform: api.PlatformNode,
		Target:   api.ES2017,
		Supported: map[string]bool{
			"arrow": true, "async-await": true, "class": true, "class-field": true,
			"class-static-field": true, "const-and-let": true, "default-argument": true,
			"destructuring": true, "exponent-operator": true, "for-of": true, "generator": true,
			"nullish-coalescing": true, "object-rest-spread": true, "optional-catch-binding": true,
			"optional-chain": true, "rest-argument": true, "template-literal": true,
			"logical-assignment": true, "async-generator": false, "for-await": false,
		},
		External:         external,
		Plugins:          []api.Plugin{shimPlugin},
		KeepNames:        !b.minify,
		MinifyWhitespace: b.minify,
		MinifySyntax:     b.minify,
		LegalComments:    api.LegalCommentsNone,
		Write:            false,
		LogLevel:         api.LogLevelWarning,
	})
	if len(res.Errors) > 0 {
		return fmt.Errorf("%s: %s", b.out, res.Errors[0].Text)
	}
	lic, err := os.ReadFile(b.license)
	if err != nil {
		return err
	}
	var sb strings.Builder
	sb.WriteString("// Code generated by internal/jsvendor/gen.go; DO NOT EDIT.\n")
	sb.WriteString("// Bundled from npm packages pinned in internal/jsvendor/package-lock.json.\n/*\n")
	sb.WriteString(strings.ReplaceAll(string(lic), "*/", "* /"))
	sb.WriteString("\n*/\n")
	sb.Write(res.OutputFiles[0].Contents)
	return os.WriteFile(filepath.Join(root, b.out), []byte(sb.String()), 0o644)
}
