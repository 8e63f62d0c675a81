
// vm.Module, vm.SourceTextModule and vm.SyntheticModule, under
// --experimental-vm-modules. The binding compiles a module's source; the
// records here link module graphs (the linker names each dependency),
// check the names they import, make the namespaces and evaluate graphs
// depth first, as the module records of the language do.

const { makeNodeError } = require('internal/errors');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kRecord = Symbol('kRecord');
const kLink = Symbol('kLink');
const kNoError = Symbol('kNoError');

const notModule = () => makeError(Error, 'ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module');
const statusError = (msg) => makeError(Error, 'ERR_VM_MODULE_STATUS', 'Module status ' + msg);

function makeError(Ctor, code, message, cause) {
  const e = makeNodeError(Ctor, code, message);
  if (cause !== undefined) {
    Object.defineProperty(e, 'cause', { value: cause, writable: true, enumerable: false, configurable: true });
  }
  return e;
}

let warned = false;
let globalModuleId = 0;
const perContextModuleId = new WeakMap();

// A namespace object: the module's exports, in code point order, each read
// through its getter (a binding not yet initialized throws a
// ReferenceError); sealed once made, as a module namespace exotic object.
function makeNamespace(names, getterOf) {
  const target = Object.create(null);
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const slot = { value: undefined, writable: true, enumerable: true, configurable: false };
  for (const k of sorted) Object.defineProperty(target, k, slot);
  Object.defineProperty(target, Symbol.toStringTag, { value: 'Module' });
  Object.preventExtensions(target);
  const has = new Set(sorted);
  const read = (k) => {
    try {
      return getterOf(k)();
    } catch (e) {
      // A binding of another context in its temporal dead zone: the
      // ReferenceError is this context's, as util.inspect expects.
      if (e !== null && typeof e === 'object' && e.name === 'ReferenceError' && !(e instanceof ReferenceError)) {
        throw new ReferenceError(e.message);
      }
      throw e;
    }
  };
  const ns = new Proxy(target, {
    get(t, k) {
      if (k === Symbol.toStringTag) return 'Module';
      return typeof k === 'string' && has.has(k) ? read(k) : undefined;
    },
    set() { return false; },
    defineProperty() { return false; },
    deleteProperty(t, k) { return !has.has(k) && k !== Symbol.toStringTag; },
    has(t, k) { return has.has(k) || k === Symbol.toStringTag; },
    ownKeys() { return [...sorted, Symbol.toStringTag]; },
    getOwnPropertyDescriptor(t, k) {
      if (k === Symbol.toStringTag) return { value: 'Module', writable: false, enumerable: false, configurable: false };
      if (typeof k !== 'string' || !has.has(k)) return undefined;
      return { value: read(k), writable: true, enumerable: true, configurable: false };
    },
    setPrototypeOf(t, p) { return p === null; },
    preventExtensions() { return true; },
    isExtensible() { return false; },
  });
  native.markNamespace(ns);
  return ns;
}

// A record is a module's state in the graph: status is one of unlinked,
// linking, linked, evaluating, evaluated, errored.
class Record {
  constructor(module, context) {
    this.module = module;
    this.context = context;
    this.status = 'unlinked';
    this.error = undefined;
    this.namespace = undefined;
    this.deps = new Map(); // specifier -> Record
    this.promise = undefined; // of an evaluation still running
    this.done = undefined; // the promise evaluate() awaits
  }

  // exportNames returns the names the module exports, following
  // export * through the graph (set guards cycles).
  exportNames(set = new Set()) {
    if (set.has(this)) return [];
    set.add(this);
    if (this.synthetic) return [...this.synthetic.names];
    const names = [...this.handle.exports];
    for (const spec of this.handle.stars) {
      const dep = this.deps.get(spec);
      if (!dep) continue;
      for (const n of dep.exportNames(set)) {
        if (n !== 'default' && !names.includes(n)) names.push(n);
      }
    }
    return names;
  }

  // resolve returns the getter of an exported name, or undefined.
  resolve(name, set = new Set()) {
    if (set.has(this)) return undefined;
    set.add(this);
    if (this.synthetic) {
      return this.synthetic.names.includes(name) ? () => this.synthetic.values.get(name) : undefined;
    }
    if (this.handle.exports.includes(name)) {
      if (!this.handle.lexical.includes(name)) return () => this.getters[name]();
      return () => {
        // Declared with var by the compiled code: uninitialized until
        // the body runs.
        if (!this.started) throw new ReferenceError(`Cannot access '${name}' before initialization`);
        return this.getters[name]();
      };
    }
    if (name === 'default') return undefined;
    for (const spec of this.handle.stars) {
      const dep = this.deps.get(spec);
      const g = dep && dep.resolve(name, set);
      if (g) return g;
    }
    return undefined;
  }
}

// instantiate links the graph under rec: checks its imports and makes its
// namespaces. A failure leaves the modules it reached unlinked.
function instantiate(rec) {
  const reached = [];
  const visit = (r) => {
    if (r.status !== 'unlinked' && r.status !== 'linking') return;
    if (reached.includes(r)) return;
    reached.push(r);
    if (r.synthetic) return;
    for (const [spec, name] of r.handle.imports) {
      const dep = r.deps.get(spec);
      if (dep && !dep.exportNames().includes(name)) {
        throw new SyntaxError(`The requested module '${spec}' does not provide an export named '${name}'`);
      }
    }
    for (const dep of r.deps.values()) visit(dep);
  };
  visit(rec);
  for (const r of reached) {
    r.namespace = makeNamespace(r.exportNames(), (k) => r.resolve(k) || (() => undefined));
    if (r.synthetic) continue;
    let meta;
    if (r.handle.usesMeta) {
      meta = Object.create(null);
      const init = r.options.initializeImportMeta;
      if (init !== undefined) init(meta, r.module);
    }
    const dep = (spec) => {
      const d = r.deps.get(spec);
      return d ? d.namespace : undefined;
    };
    const imp = r.handle.usesImport ? (spec, options) => dynamicImport(r, spec, options) : undefined;
    r.handle.instantiate(dep, meta, imp, (getters) => { r.getters = getters; });
  }
  for (const r of reached) r.status = 'linked';
}

function dynamicImport(rec, specifier, options) {
  const callback = rec.options.importModuleDynamically;
  return Promise.resolve().then(async () => {
    if (callback === undefined) {
      throw makeError(TypeError, 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.');
    }
    return importedNamespace(await callback(`${specifier}`, rec.module, importAttributes(options)));
  });
}

// evaluateGraph evaluates rec after its dependencies, depth first. It
// returns the promise of an evaluation that waits for top-level await,
// or undefined once it ran; it throws what the evaluation threw.
function evaluateGraph(rec, timeout, stack) {
  if (rec.status === 'errored') throw rec.error;
  if (rec.status === 'evaluated') return rec.promise;
  if (rec.status === 'evaluating') return undefined;
  rec.status = 'evaluating';
  stack.push(rec);
  try {
    const waits = [];
    for (const dep of rec.deps.values()) {
      const p = evaluateGraph(dep, timeout, stack);
      if (p !== undefined) waits.push(p);
    }
    const body = () => {
      if (rec.synthetic) {
        // The callback's result, promise or not, is not waited for.
        const module = rec.module;
        rec.synthetic.steps.call({ setExport: (name, value) => module.setExport(name, value) });
        return undefined;
      }
      rec.started = true;
      return rec.handle.evaluate(timeout);
    };
    let p;
    if (waits.length > 0) {
      p = Promise.all(waits).then(body);
    } else {
      p = body();
    }
    rec.status = 'evaluated';
    if (p !== undefined) {
      rec.promise = p.then(() => { rec.promise = undefined; }, (e) => {
        rec.status = 'errored';
        rec.error = e;
        throw e;
      });
    }
    return rec.promise;
  } catch (e) {
    for (const r of stack) {
      r.status = 'errored';
      r.error = e;
    }
    throw e;
  } finally {
    stack.pop();
  }
}

// Scripts and compiled functions with an importModuleDynamically option:
// their import() calls come here by number (dynimport.go), which the
// binding maps to the script (held weakly), and this map to the option.
const importCallbacks = new WeakMap();
let lastImporter = 0;

function importerFor(callback) {
  if (callback === undefined) return 0;
  if (!native.vmModules) return -1;
  return ++lastImporter;
}

function registerImporter(importer, callback, referrer) {
  if (importer > 0 && typeof callback === 'function') {
    importCallbacks.set(referrer, callback);
    native.registerImporter(importer, referrer);
  }
}

native.setImporter((referrer, specifier, options) => {
  const callback = referrer === undefined ? undefined : importCallbacks.get(referrer);
  return Promise.resolve().then(async () => {
    if (callback === undefined) {
      throw makeError(TypeError, 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.');
    }
    return importedNamespace(await callback(`${specifier}`, referrer, importAttributes(options)));
  });
});

function importAttributes(options) {
  const attributes = Object.create(null);
  const given = options !== undefined && options !== null ? (options.with || options.assert) : undefined;
  if (given) Object.assign(attributes, given);
  return attributes;
}

// importedNamespace is what import() gives for what an
// importModuleDynamically callback returned.
function importedNamespace(m) {
  if (isNamespace(m)) return m;
  if (!m || m[kRecord] === undefined) throw notModule();
  if (m.status === 'errored') throw m.error;
  return m.namespace;
}

function isNamespace(v) {
  if (v === null || typeof v !== 'object') return false;
  return native.isNamespace(v) || (Object.getPrototypeOf(v) === null && v[Symbol.toStringTag] === 'Module');
}

class Module {
  constructor(options) {
    if (!warned) {
      warned = true;
      process.emitWarning('VM Modules is an experimental feature and might change at any time', 'ExperimentalWarning');
    }
    if (new.target === Module) {
      throw new TypeError('Module is not a constructor');
    }
    const { context } = options;
    if (context !== undefined) {
      if (typeof context !== 'object' || context === null) {
        throw invalidArgType('options.context', 'Object', context);
      }
      if (!native.isContext(context)) {
        throw invalidArgType('options.context', 'vm.Context', context);
      }
    }
    let { identifier } = options;
    if (identifier !== undefined) {
      validateString(identifier, 'options.identifier');
    } else if (context === undefined) {
      identifier = `vm:module(${globalModuleId++})`;
    } else {
      const id = perContextModuleId.get(context) || 0;
      identifier = `vm:module(${id})`;
      perContextModuleId.set(context, id + 1);
    }
    const rec = new Record(this, context);
    rec.identifier = identifier;
    rec.options = options;
    if (options.sourceText !== undefined) {
      rec.handle = native.compileModule(options.sourceText, identifier,
        context === undefined ? null : context, options.lineOffset, options.columnOffset);
      if (options.cachedData !== undefined && !native.checkCache(options.sourceText, options.cachedData)) {
        throw makeError(Error, 'ERR_VM_MODULE_CACHED_DATA_REJECTED', 'cachedData buffer was rejected');
      }
    } else {
      rec.synthetic = { names: options.syntheticExportNames, steps: options.syntheticEvaluationSteps, values: new Map() };
      for (const n of rec.synthetic.names) rec.synthetic.values.set(n, undefined);
    }
    Object.defineProperty(this, kRecord, { value: rec, writable: true, configurable: true });
  }

  get identifier() {
    return recordOf(this).identifier;
  }

  get context() {
    return recordOf(this).context;
  }

  get namespace() {
    const rec = recordOf(this);
    if (rec.namespace === undefined || rec.status === 'unlinked' || rec.status === 'linking') {
      throw statusError('must not be unlinked or linking');
    }
    return rec.namespace;
  }

  get status() {
    return recordOf(this).status;
  }

  get error() {
    const rec = recordOf(this);
    if (rec.status !== 'errored') throw statusError('must be errored');
    return rec.error;
  }

  async link(linker) {
    const rec = recordOf(this);
    if (typeof linker !== 'function') throw invalidArgType('linker', 'function', linker);
    if (this.status === 'linked') {
      throw makeError(Error, 'ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked');
    }
    if (this.status !== 'unlinked') throw statusError('must be unlinked');
    await this[kLink](linker);
    instantiate(rec);
  }

  async evaluate(options = {}) {
    const rec = recordOf(this);
    if (typeof options !== 'object' || options === null) {
      throw invalidArgType('options', 'Object', options);
    }
    let timeout = options.timeout;
    if (timeout === undefined) timeout = -1;
    else validateInteger(timeout, 'options.timeout', 1, 4294967295);
    const { breakOnSigint = false } = options;
    validateBoolean(breakOnSigint, 'options.breakOnSigint');
    const status = rec.status;
    if (status !== 'linked' && status !== 'evaluated' && status !== 'errored') {
      throw statusError('must be one of linked, evaluated, or errored');
    }
    if (rec.done === undefined) {
      try {
        rec.done = Promise.resolve(evaluateGraph(rec, timeout, []));
      } catch (e) {
        rec.done = Promise.reject(e);
      }
      rec.done.catch(() => {});
    }
    await rec.done;
  }

  [inspectCustom](depth, options) {
    recordOf(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = constructorOf(this) || Module;
    const o = Object.create({ constructor });
    o.status = this.status;
    o.identifier = this.identifier;
    o.context = this.context;
    Object.setPrototypeOf(o, Object.getPrototypeOf(this));
    Object.defineProperty(o, Symbol.toStringTag, { value: constructor.name, configurable: true });
    return require('util').inspect(o, { ...options, customInspect: false });
  }
}

function constructorOf(obj) {
  while (obj) {
    const d = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

// recordOf returns the record of m, which must be an instance of Class.
function recordOf(m, Class = Module) {
  if (!(m instanceof Class) || m[kRecord] === undefined) throw invalidArgType('this', Class.name, m);
  return m[kRecord];
}

class SourceTextModule extends Module {
  #error = kNoError;
  #linking = false;
  #specifiers;

  constructor(sourceText, options = {}) {
    validateString(sourceText, 'sourceText');
    if (typeof options !== 'object' || options === null) {
      throw invalidArgType('options', 'Object', options);
    }
    const {
      lineOffset = 0, columnOffset = 0, initializeImportMeta, importModuleDynamically,
      context, identifier, cachedData,
    } = options;
    validateInteger(lineOffset, 'options.lineOffset', -2147483648, 2147483647);
    validateInteger(columnOffset, 'options.columnOffset', -2147483648, 2147483647);
    if (initializeImportMeta !== undefined && typeof initializeImportMeta !== 'function') {
      throw invalidArgType('options.initializeImportMeta', 'function', initializeImportMeta);
    }
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'function') {
      throw invalidArgType('options.importModuleDynamically', 'function', importModuleDynamically);
    }
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw invalidArgType('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    super({
      sourceText, context, identifier, lineOffset, columnOffset, cachedData,
      initializeImportMeta, importModuleDynamically,
    });
    const rec = this[kRecord];
    this[kLink] = async (linker) => {
      this.#linking = true;
      rec.status = 'linking';
      try {
        const requests = rec.handle.requests.map(async (spec) => {
          const attributes = Object.create(null);
          const given = rec.handle.attributes[spec];
          if (given !== undefined) {
            for (const k of Object.keys(given).sort()) attributes[k] = given[k];
          }
          const m = await linker(spec, this, { attributes, assert: attributes });
          if (m === null || m === undefined || (typeof m !== 'object' && typeof m !== 'function') || m[kRecord] === undefined) {
            throw notModule();
          }
          if (m.context !== this.context) {
            throw makeError(Error, 'ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context');
          }
          if (m.status === 'errored') {
            throw makeError(Error, 'ERR_VM_MODULE_LINK_FAILURE', `request for '${spec}' resolved to an errored module`, m.error);
          }
          if (m.status === 'unlinked') await m[kLink](linker);
          rec.deps.set(spec, m[kRecord]);
        });
        await Promise.all(requests);
        // The dependencies in the order of the requests, whatever order
        // the linker answered in.
        const deps = new Map();
        for (const spec of rec.handle.requests) deps.set(spec, rec.deps.get(spec));
        rec.deps = deps;
      } catch (e) {
        this.#error = e;
        rec.status = 'errored';
        rec.error = e;
        throw e;
      } finally {
        this.#linking = false;
        if (rec.status === 'linking') rec.status = 'unlinked';
      }
    };
  }

  get dependencySpecifiers() {
    const rec = recordOf(this, SourceTextModule);
    if (this.#specifiers === undefined) this.#specifiers = [...rec.handle.requests];
    return this.#specifiers;
  }

  get status() {
    recordOf(this, SourceTextModule);
    if (this.#error !== kNoError) return 'errored';
    return super.status;
  }

  get error() {
    recordOf(this, SourceTextModule);
    if (this.#error !== kNoError) return this.#error;
    return super.error;
  }

  createCachedData() {
    const rec = recordOf(this, SourceTextModule);
    const { status } = this;
    if (status === 'evaluating' || status === 'evaluated' || status === 'errored') {
      throw makeError(Error, 'ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', 'Cached data cannot be created for a module which has been evaluated');
    }
    return Buffer.from(native.makeCache(rec.options.sourceText));
  }
}

class SyntheticModule extends Module {
  constructor(exportNames, evaluateCallback, options = {}) {
    if (!Array.isArray(exportNames) || exportNames.some((e) => typeof e !== 'string')) {
      throw invalidArgType('exportNames', 'Array of unique strings', exportNames);
    }
    exportNames.forEach((name, i) => {
      if (exportNames.indexOf(name, i + 1) !== -1) {
        throw invalidArgValue(`exportNames.${name}`, name, 'is duplicated');
      }
    });
    if (typeof evaluateCallback !== 'function') {
      throw invalidArgType('evaluateCallback', 'function', evaluateCallback);
    }
    if (typeof options !== 'object' || options === null) {
      throw invalidArgType('options', 'Object', options);
    }
    const { context, identifier } = options;
    super({
      syntheticExportNames: [...exportNames],
      syntheticEvaluationSteps: evaluateCallback,
      context,
      identifier,
    });
    this[kLink] = async () => {};
  }

  setExport(name, value) {
    const rec = recordOf(this, SyntheticModule);
    validateString(name, 'name');
    if (rec.status === 'unlinked' || rec.status === 'linking') throw statusError('must be linked');
    if (!rec.synthetic.values.has(name)) {
      throw new ReferenceError(`Export '${name}' is not defined in module`);
    }
    rec.synthetic.values.set(name, value);
  }
}

if (native.vmModules) {
  vmExports.Module = Module;
  vmExports.SourceTextModule = SourceTextModule;
  vmExports.SyntheticModule = SyntheticModule;
}
module.exports = vmExports;
