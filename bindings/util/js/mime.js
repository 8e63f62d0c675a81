'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized by the
// WHATWG MIME Sniffing standard, with Node's API and error messages.
const errors = require('internal/errors');

// Characters outside these sets make a type, subtype or parameter name
// (HTTP token code points) or a parameter value (HTTP quoted-string code
// points) invalid; search() gives the offending index.
const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const LEADING_WHITESPACE = /[^\r\n\t ]|$/;
const TRAILING_WHITESPACE = /[\r\n\t ]*$/;

function syntaxError(production, str, invalidIndex) {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return errors.makeNodeError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid${at}`);
}

// ASCII-only lower-casing: the standard leaves other letters alone.
const toASCIILower = (s) => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));

// parseTypeAndSubtype reads "type/subtype" from the start of str and
// returns them with the position where the parameters start.
function parseTypeAndSubtype(str) {
  let position = str.search(LEADING_WHITESPACE);
  const typeEnd = str.indexOf('/', position);
  const rawType = typeEnd === -1 ? str.slice(position) : str.slice(position, typeEnd);
  const invalidType = rawType.search(NOT_TOKEN);
  if (rawType === '' || invalidType !== -1 || typeEnd === -1) throw syntaxError('type', str, invalidType);
  position = typeEnd + 1;
  const subtypeEnd = str.indexOf(';', position);
  const rawSubtype = subtypeEnd === -1 ? str.slice(position) : str.slice(position, subtypeEnd);
  position += rawSubtype.length;
  if (subtypeEnd !== -1) position += 1;
  const subtype = rawSubtype.slice(0, rawSubtype.search(TRAILING_WHITESPACE));
  const invalidSubtype = subtype.search(NOT_TOKEN);
  if (subtype === '' || invalidSubtype !== -1) throw syntaxError('subtype', str, invalidSubtype);
  return [toASCIILower(rawType), toASCIILower(subtype), position];
}

// collectQuoted reads the quoted string that starts at str[position] (a
// '"'), undoing backslash escapes; it returns the value and the position
// after the closing quote (or the end).
function collectQuoted(str, position) {
  let value = '';
  position++;
  while (position < str.length) {
    const c = str[position];
    if (c === '"') return [value, position + 1];
    if (c === '\\') {
      position++;
      if (position >= str.length) {
        value += '\\';
        break;
      }
      value += str[position];
    } else {
      value += c;
    }
    position++;
  }
  return [value, position];
}

// parseParameters adds to data the parameters of str from position on: the
// first of each name wins, and invalid ones are dropped, as the standard
// says.
function parseParameters(str, position, data) {
  const len = str.length;
  while (position < len) {
    while (position < len && '\r\n\t '.includes(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < len && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = toASCIILower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < len) {
      if (str[position] === ';') {
        position++;
        continue;
      }
      position++;
    }
    if (position >= len) break;
    let value;
    if (str[position] === '"') {
      [value, position] = collectQuoted(str, position);
      while (position < len && str[position] !== ';') position++;
    } else {
      let valueEnd = str.indexOf(';', position);
      if (valueEnd === -1) valueEnd = len;
      value = str.slice(position, valueEnd);
      value = value.slice(0, value.search(TRAILING_WHITESPACE));
      position = valueEnd;
      if (value === '') {
        position++;
        continue;
      }
    }
    if (name !== '' && name.search(NOT_TOKEN) === -1 && value.search(NOT_QUOTED_STRING) === -1 && !data.has(name)) {
      data.set(name, value);
    }
    position++;
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidName = name.search(NOT_TOKEN);
    if (name.length === 0 || invalidName !== -1) throw syntaxError('parameter name', name, invalidName);
    const invalidValue = value.search(NOT_QUOTED_STRING);
    if (invalidValue !== -1) throw syntaxError('parameter value', value, invalidValue);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data;
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      let encoded = value;
      if (value.length === 0 || value.search(NOT_TOKEN) !== -1) {
        encoded = `"${value.replace(/["\\]/g, '\\$&')}"`;
      }
      out += `${out === '' ? '' : ';'}${name}=${encoded}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // parseInto fills params from str at position; MIMEType uses it while
  // parsing.
  static parseInto(params, str, position) {
    parseParameters(str, position, params.#data);
  }
}
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true,
});
const parseInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseTypeAndSubtype(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#params = new MIMEParams();
    parseInto(this.#params, string, position);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    const invalid = v.search(NOT_TOKEN);
    if (v.length === 0 || invalid !== -1) throw syntaxError('type', v, invalid);
    this.#type = toASCIILower(v);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    const invalid = v.search(NOT_TOKEN);
    if (v.length === 0 || invalid !== -1) throw syntaxError('subtype', v, invalid);
    this.#subtype = toASCIILower(v);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = `${this.#params}`;
    return `${this.#type}/${this.#subtype}${params === '' ? '' : `;${params}`}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
