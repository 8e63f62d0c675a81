'use strict';
// node:module. require('module') is the Module class itself, carrying
// createRequire, isBuiltin, builtinModules and the internals packages
// reach for. The loader's own require does not go through Module._load,
// Module._resolveFilename or Module._extensions: replacing them changes
// what these functions do when called, not how require() resolves.

const native = internalBinding('module');
const path = require('path');
const errors = require('internal/errors');

const builtinModules = native.builtinModules;
const builtinSet = new Set(builtinModules);

function isBuiltin(moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (moduleName.startsWith('node:')) return builtinSet.has(moduleName.slice(5));
  return builtinSet.has(moduleName);
}

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function isURL(v) {
  return v != null && Boolean(v.href) && Boolean(v.protocol) && v.auth === undefined && v.path === undefined;
}

function createRequire(filename) {
  let filepath;
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = require('url').fileURLToPath(filename);
    } catch (e) {
      throw errors.invalidArgValue('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw errors.invalidArgValue('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return native.createRequire(filepath);
}

// requireFrom is a require function that resolves as parent's would; with
// no parent, relative to the working directory.
function requireFrom(parent) {
  if (parent != null && typeof parent.filename === 'string') return native.createRequire(parent.filename);
  return native.createRequire(native.cwd() + '/');
}

const parents = new WeakMap();

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  parents.set(this, parent);
  if (parent != null && Array.isArray(parent.children) && !parent.children.includes(this)) {
    parent.children.push(this);
  }
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

// As in node, constructor is an accessor, so inspect shows a module as a
// plain object.
Object.defineProperty(Module.prototype, 'constructor', {
  configurable: false,
  enumerable: false,
  get() { return Module; },
});

Object.defineProperty(Module.prototype, 'parent', {
  configurable: true,
  enumerable: false,
  get() { return parents.get(this); },
  set(v) { parents.set(this, v); },
});

Module.prototype.require = function require(id) {
  errors.validateString(id, 'id');
  if (id === '') throw errors.invalidArgValue('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  return native.compile(this, content, filename);
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  Module._extensions[findExtension(filename)](this, filename);
  this.loaded = true;
};

// findExtension is the longest registered extension of filename's base
// name (".test.js" before ".js"), or ".js".
function findExtension(filename) {
  const name = path.basename(filename);
  let i = 0;
  while ((i = name.indexOf('.', i + 1)) !== -1) {
    const ext = name.slice(i);
    if (Object.prototype.hasOwnProperty.call(Module._extensions, ext)) return ext;
  }
  return '.js';
}

function stripBOM(s) {
  return s.charCodeAt(0) === 0xFEFF ? s.slice(1) : s;
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function (module, filename) {
  module._compile(require('fs').readFileSync(filename, 'utf8'), filename);
};
Module._extensions['.json'] = function (module, filename) {
  const content = require('fs').readFileSync(filename, 'utf8');
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function () {
  throw errors.makeNodeError(Error, 'ERR_DLOPEN_DISABLED', 'Cannot load native addon because loading addons is disabled.');
};

Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function wrap(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

Module._load = function _load(request, parent, isMain) {
  return requireFrom(parent)(request);
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltin(request)) return request;
  const relative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  if (!relative && !path.isAbsolute(request) && parent != null && !Array.isArray(parent.paths) &&
      (options == null || options.paths === undefined)) {
    // A parent without lookup paths finds no node_modules.
    let msg = "Cannot find module '" + request + "'";
    const stack = typeof parent.filename === 'string' ? [parent.filename] : [];
    if (stack.length) msg += '\nRequire stack:\n- ' + stack.join('\n- ');
    const e = errors.makeNodeError(Error, 'MODULE_NOT_FOUND', msg);
    e.requireStack = stack;
    throw e;
  }
  return requireFrom(parent).resolve(request, options);
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  const paths = [];
  let dir = from;
  while (dir !== '/') {
    if (path.basename(dir) !== 'node_modules') paths.push(dir + '/node_modules');
    dir = path.dirname(dir);
  }
  paths.push('/node_modules');
  return paths;
};

Module._cache = native.createRequire(native.cwd() + '/').cache;
Module.createRequire = createRequire;
Module.isBuiltin = isBuiltin;
Module.builtinModules = builtinModules;
// Core modules' ES namespaces read module.exports live here, so there is
// nothing to copy.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.Module = Module;

module.exports = Module;
