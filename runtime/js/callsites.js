'use strict';
// V8's CallSite objects and the `stack` property Error.captureStackTrace
// defines, compiled on the first call of either (the prelude takes the
// frames). A site is [functionName, file, line, column] as Go's callSites
// gives it. The CallSite objects tell what the engine's frames do: name
// and position, no receiver (getThis, getFunction and getMethodName give
// nothing, and only a module's own code has a type name, "Object").

const topLevel = 'Object.<anonymous>';

class CallSite {
  #name;
  #file;
  #line;
  #column;
  constructor(site) {
    this.#name = site[0];
    this.#file = site[1];
    this.#line = site[2];
    this.#column = site[3];
  }
  getThis() { return undefined; }
  getTypeName() { return this.#name === topLevel ? 'Object' : null; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#name === topLevel || this.#name === '' ? null : this.#name; }
  getMethodName() { return null; }
  getFileName() { return this.#file; }
  getLineNumber() { return this.#line; }
  getColumnNumber() { return this.#column; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.#file; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  isToplevel() { return this.#name !== topLevel; }
  isEval() { return false; }
  isNative() { return false; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  getPromiseIndex() { return null; }
  toString() {
    const loc = `${this.#file}:${this.#line}:${this.#column}`;
    return this.#name === '' ? loc : `${this.#name} (${loc})`;
  }
}

// prepareStack is what Error.prepareStackTrace makes of error's sites.
function prepareStack(error, sites) {
  return Error.prepareStackTrace(error, sites.map((site) => new CallSite(site)));
}

// defineStack gives targetObject the `stack` of sites: as V8, the frames
// are taken when captureStackTrace is called and the stack is made when
// first read, the header from the name and message then, through
// Error.prepareStackTrace if it is a function then.
function defineStack(targetObject, sites) {
  const define = (target, value) => Object.defineProperty(target, 'stack', {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  Object.defineProperty(targetObject, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      let stack;
      if (typeof Error.prepareStackTrace === 'function') {
        stack = Error.prepareStackTrace(targetObject, sites.map((site) => new CallSite(site)));
      } else {
        try {
          stack = Error.prototype.toString.call(targetObject);
        } catch (e) {
          stack = 'Error';
        }
        for (const site of sites) stack += '\n    at ' + new CallSite(site);
      }
      define(targetObject, stack);
      return stack;
    },
    set(value) {
      define(this, value);
    },
  });
}

module.exports = { prepareStack, defineStack };
