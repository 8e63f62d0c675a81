'use strict';

// node's vm module. The binding compiles scripts and runs them in the
// main context or in a context of their own (another engine instance
// whose global object forwards to the contextified object).

const {
  invalidArgType, invalidArgValue,
  validateString, validateObject, validateBoolean, validateInteger,
} = require('internal/errors');
const native = internalBinding('vm');

const kHandle = Symbol('kHandle');
const kSource = Symbol('kSource');
const kParsingContext = Symbol('script parsing context');

function validateInt32(value, name) {
  validateInteger(value, name, -2147483648, 2147483647);
}

function validateUint32(value, name, positive) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

function validateOneOf(value, name, allowed) {
  if (!allowed.includes(value)) {
    const shown = allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw invalidArgValue(name, value, 'must be one of: ' + shown);
  }
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw invalidArgType('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function runOptions(options = {}) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) timeout = -1;
  else validateUint32(timeout, 'options.timeout', true);
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors };
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
      throw invalidArgType('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const importer = importerFor(importModuleDynamically);
    const handle = native.compile(code, filename, lineOffset, columnOffset,
      parsingContext === undefined ? null : parsingContext, importer);
    Object.defineProperty(this, kHandle, { value: handle });
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'function') {
      throw invalidArgType('options.importModuleDynamically', 'function', importModuleDynamically);
    }
    registerImporter(importer, importModuleDynamically, this);
    if (cachedData !== undefined) {
      this.cachedDataRejected = !native.checkCache(code, cachedData);
    }
    if (produceCachedData) {
      this.cachedDataProduced = true;
      this.cachedData = Buffer.from(native.makeCache(code));
    }
    this.sourceMapURL = handle.sourceMapURL;
    Object.defineProperty(this, kSource, { value: code });
  }

  runInThisContext(options) {
    const { timeout, displayErrors } = runOptions(options);
    return run(this[kHandle], null, timeout, displayErrors);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors } = runOptions(options);
    return run(this[kHandle], contextifiedObject, timeout, displayErrors);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    return Buffer.from(native.makeCache(this[kSource]));
  }
}

function run(handle, context, timeout, displayErrors) {
  return handle.run(context, timeout, displayErrors);
}

function contextOptions(options) {
  if (!options) return {};
  const out = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (out.name !== undefined) validateString(out.name, 'options.contextName');
  if (out.origin !== undefined) validateString(out.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    out.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) validateString(options.microtaskMode, 'options.microtaskMode');
  return out;
}

function isContext(object) {
  validateObject(object, 'object', true);
  return native.isContext(object);
}

let contextIndex = 1;

function createContext(contextObject = {}, options = {}) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const { name = `VM Context ${contextIndex++}`, origin, codeGeneration, microtaskMode } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined) {
    validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  }
  native.makeContext(contextObject, name, strings);
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') options = { filename: options };
  options = { ...options, [kParsingContext]: contextifiedObject };
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, contextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    if (!Array.isArray(params)) throw invalidArgType('params', 'Array', params);
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw invalidArgType('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null || !isContext(parsingContext)) {
      throw invalidArgType('options.parsingContext', 'Context', parsingContext);
    }
  }
  if (!Array.isArray(contextExtensions)) {
    throw invalidArgType('options.contextExtensions', 'Array', contextExtensions);
  }
  contextExtensions.forEach((extension, i) => {
    if (extension !== null) validateObject(extension, `options.contextExtensions[${i}]`, true);
  });
  const importer = importerFor(importModuleDynamically);
  const fn = native.compileFunction(code, filename, lineOffset, columnOffset,
    parsingContext === undefined ? null : parsingContext, contextExtensions, params || [],
    importer);
  registerImporter(importer, importModuleDynamically, fn);
  if (produceCachedData) {
    fn.cachedDataProduced = true;
    fn.cachedData = Buffer.from(native.makeCache(code));
  }
  if (cachedData !== undefined) fn.cachedDataRejected = !native.checkCache(code, cachedData);
  return fn;
}

// measureMemory estimates the heap in use. Node resolves the default
// (lazy) measurement at the next full collection, which a short script
// never sees; an eager one resolves at once.
function measureMemory(options = {}) {
  process.emitWarning('vm.measureMemory is an experimental feature and might change at any time', 'ExperimentalWarning');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  if (execution === 'default') return new Promise(() => {});
  const used = native.heapUsed();
  const estimate = { jsMemoryEstimate: used, jsMemoryRange: [used, native.heapSys()] };
  const result = { total: estimate };
  if (mode === 'detailed') {
    result.current = estimate;
    result.other = [];
  }
  return Promise.resolve(result);
}

const constants = Object.freeze(Object.setPrototypeOf({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}, null));

const vmExports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

// module.js follows, and ends the module with its exports.
