'use strict';
// How the REPL evaluates code by default: as a script in the global
// scope, code using await in an async function, and syntax errors in V8's
// words with the offending line.
const native = internalBinding('repl');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

// Recoverable wraps the syntax error of code that more input may complete.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// defaultEval runs code as a script in the global scope: an object
// literal is tried in parentheses first; code that stops short of its end
// is Recoverable.
function defaultEval(code, context, file, cb) {
  let src = code;
  if (/^\s*\{/.test(src) && /\}\s*$/.test(src) && native.check('(' + src + ')') === '') src = '(' + src + ')';
  if (this.replMode === REPL_MODE_STRICT) src = "'use strict'; " + src;
  const res = native.run(src, file);
  if (res.syntax !== undefined && !res.incomplete && /\bawait\b/.test(code)) {
    if (evalAwait(code, file, this.replMode === REPL_MODE_STRICT, cb)) return;
  }
  if (res.syntax !== undefined) {
    if (res.incomplete) return cb(new Recoverable(new SyntaxError(res.syntax)));
    return cb(syntaxError(code, res, this.replMode === REPL_MODE_STRICT ? 14 : 0));
  }
  if ('error' in res) return cb(res.error);
  cb(null, res.value);
}

const asyncErrors = new WeakSet();
const declaration = /^(\s*)(?:let|const|var)\s+([A-Za-z_$][\w$]*)\s*=/gm;

// evalAwait runs code that uses await outside a function in an async
// function: as one expression whose value is awaited when it is one, else
// as statements, with the variables declared at the start of a line made
// global variables so that later lines see them. It reports false when
// the code does not compile that way either.
function evalAwait(code, file, strict, cb) {
  const use = strict ? "'use strict'; " : '';
  const body = code.trim().replace(/;$/, '');
  let src = '(async () => (' + body + '\n))()';
  if (native.check(src) !== '') {
    const names = [];
    const stmts = code.replace(declaration, (m, indent, name) => {
      names.push(name);
      return indent + name + ' =';
    });
    src = '(async () => { ' + use + stmts + '\n})()';
    const st = native.check(src);
    if (st === '') src = withCompletion(use, stmts) || src;
    if (st === 'incomplete') {
      cb(new Recoverable(new SyntaxError('Unexpected end of input')));
      return true;
    }
    if (st !== '') return false;
    if (names.length) native.run('var ' + names.join(', ') + ';', file);
  } else if (use) {
    src = '(async () => { ' + use + 'return (' + body + '\n); })()';
  }
  const res = native.run(src, file);
  if ('error' in res) {
    cb(res.error);
    return true;
  }
  Promise.resolve(res.value).then((v) => cb(null, v), (e) => {
    if (e !== null && typeof e === 'object') asyncErrors.add(e);
    cb(e);
  });
  return true;
}

// withCompletion returns the async function for statements whose last
// one is an expression, returning that expression's value (the value the
// REPL prints), or '' when the last statement is not an expression.
function withCompletion(use, stmts) {
  const body = stmts.replace(/[\s;]+$/, '');
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body[i];
    if (c !== ';' && c !== '\n' && c !== '}') continue;
    const head = body.slice(0, i + 1);
    const last = body.slice(i + 1);
    if (last.trim() === '' || /^\s*(?:let|const|var|function|class|if|for|while|do|try|switch|return|throw|import|export)\b/.test(last)) return '';
    const src = '(async () => { ' + use + head + '\nreturn (' + last + '\n);\n})()';
    if (native.check(src) === '') return src;
  }
  return '';
}

const kSourceLine = Symbol('sourceLine');

// syntaxError makes the SyntaxError node reports for code that cannot
// compile, in V8's words, with the offending line and a caret under the
// token (shift is the length of a prefix added to the first line).
function syntaxError(code, res, shift) {
  const lines = code.split('\n');
  const line = lines[res.line - 1] || lines[0];
  let col = res.column - 1 - (res.line === 1 ? shift : 0);
  if (col < 0) col = 0;
  let msg = res.syntax;
  let width = 1;
  const tok = /^Unexpected token (.+)$/.exec(msg);
  const word = /^[A-Za-z0-9_$\u0080-\uffff]+/.exec(line.slice(col));
  if (msg === 'Unexpected token ILLEGAL') {
    msg = 'Invalid or unexpected token';
    col = 0;
    width = line.length;
  } else if (msg === 'Unexpected identifier' && word) {
    msg = "Unexpected identifier '" + word[0] + "'";
    width = word[0].length;
  } else if (tok && tok[1] !== 'ILLEGAL') {
    msg = "Unexpected token '" + tok[1] + "'";
    width = tok[1].length;
  }
  const err = new SyntaxError(msg);
  err[kSourceLine] = line + '\n' + ' '.repeat(col) + '^'.repeat(Math.max(width, 1)) + '\n\n';
  return err;
}

// check returns '' for code that compiles, 'incomplete' for code more
// input may complete, else the syntax error's message.
function check(code) {
  return native.check(code);
}

module.exports = { Recoverable, defaultEval, asyncErrors, kSourceLine, check, REPL_MODE_SLOPPY, REPL_MODE_STRICT };
