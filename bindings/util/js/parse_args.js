'use strict';
// util.parseArgs, following Node 20's documented behaviour: tokens, short
// option groups, inline values, strict checks, defaults, allowNegative.
const errors = require('internal/errors');

function parseError(code, msg) {
  return errors.makeNodeError(TypeError, code, msg);
}

const isOptionLikeValue = (v) => v != null && v.length > 1 && v[0] === '-';
const isLoneShortOption = (a) => a.length === 2 && a[0] === '-' && a[1] !== '-';
const isLoneLongOption = (a) => a.length > 2 && a.startsWith('--') && !a.includes('=', 3);
const isLongOptionAndValue = (a) => a.length > 2 && a.startsWith('--') && a.includes('=', 3);
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const optionType = (options, name) => (own(options, name) ? options[name].type : undefined);

function longForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (options[name].short === short) return name;
  }
  return short;
}

function isShortOptionGroup(a, options) {
  if (a.length <= 2 || a[0] !== '-' || a[1] === '-') return false;
  return optionType(options, longForShort(a[1], options)) !== 'string';
}

function isShortOptionAndValue(a, options) {
  if (a.length <= 2 || a[0] !== '-' || a[1] === '-') return false;
  return optionType(options, longForShort(a[1], options)) === 'string';
}

function validateConfig(config) {
  errors.validateObject(config, 'config');
  const args = config.args !== undefined ? config.args : process.argv.slice(2);
  const strict = config.strict !== undefined ? config.strict : true;
  const allowPositionals = config.allowPositionals !== undefined ? config.allowPositionals : !strict;
  const returnTokens = config.tokens !== undefined ? config.tokens : false;
  const allowNegative = config.allowNegative !== undefined ? config.allowNegative : false;
  const options = config.options !== undefined ? config.options : { __proto__: null };
  if (!Array.isArray(args)) throw errors.invalidArgType('args', 'Array', args);
  errors.validateBoolean(strict, 'strict');
  errors.validateBoolean(allowPositionals, 'allowPositionals');
  errors.validateBoolean(returnTokens, 'tokens');
  errors.validateBoolean(allowNegative, 'allowNegative');
  errors.validateObject(options, 'options');
  for (const name of Object.keys(options)) {
    const o = options[name];
    const base = `options.${name}`;
    errors.validateObject(o, base);
    const type = o.type;
    if (type !== 'string' && type !== 'boolean') {
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${base}.type" property must be ('string|boolean').` + errors.describeReceived(type));
    }
    if (own(o, 'short')) {
      errors.validateString(o.short, `${base}.short`);
      if (o.short.length !== 1) {
        throw errors.invalidArgValue(`${base}.short`, o.short, 'must be a single character');
      }
    }
    const multiple = own(o, 'multiple') ? o.multiple : false;
    if (own(o, 'multiple')) errors.validateBoolean(multiple, `${base}.multiple`);
    if (own(o, 'default') && o.default !== undefined) {
      const d = o.default;
      const what = `${base}.default`;
      if (multiple) {
        if (!Array.isArray(d)) throw errors.invalidArgType(what, 'Array', d);
        d.forEach((v, i) => {
          if (typeof v !== type) throw errors.invalidArgType(`${what}[${i}]`, type, v);
        });
      } else if (typeof d !== type) {
        throw errors.invalidArgType(what, type, d);
      }
    }
  }
  return { args, strict, allowPositionals, returnTokens, allowNegative, options };
}

function tokenize(args, options) {
  const tokens = [];
  let index = -1;
  let group = 0;
  const rest = args.slice();
  while (rest.length > 0) {
    const arg = rest.shift();
    const next = rest[0];
    if (group > 0) group--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const p of rest) tokens.push({ kind: 'positional', index: ++index, value: p });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionType(options, name) === 'string' && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        const name = longForShort(short, options);
        if (optionType(options, name) !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      rest.unshift(...expanded);
      group = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const name = longForShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionType(options, name) === 'string' && next != null) {
        value = rest.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(cfg, token) {
  const { options, allowPositionals, allowNegative } = cfg;
  let name = token.name;
  if (!own(options, name) && allowNegative && name.startsWith('no-') && optionType(options, name.slice(3)) === 'boolean') {
    name = name.slice(3);
  }
  if (!own(options, name)) {
    let msg = `Unknown option '${token.rawName}'`;
    if (allowPositionals) {
      msg += `. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}`;
    }
    throw parseError('ERR_PARSE_ARGS_UNKNOWN_OPTION', msg);
  }
  const short = options[name].short;
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = options[name].type;
  if (type === 'string' && typeof token.value !== 'string') {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw parseError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      `Option '${token.rawName}' argument is ambiguous.\nDid you forget to specify the option argument for '${token.rawName}'?\nTo specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(name, value, options, values, allowNegative) {
  if (name === '__proto__') return;
  let v = value === undefined ? true : value;
  if (allowNegative && value === undefined && name.startsWith('no-') && optionType(options, name.slice(3)) === 'boolean') {
    name = name.slice(3);
    v = false;
  }
  if (own(options, name) && options[name].multiple) {
    if (values[name] === undefined) values[name] = [];
    values[name].push(v);
  } else {
    values[name] = v;
  }
}

function parseArgs(config = { __proto__: null }) {
  const cfg = validateConfig(config);
  const { options, strict, allowPositionals, returnTokens, allowNegative } = cfg;
  const result = { values: { __proto__: null }, positionals: [] };
  const tokens = tokenize(cfg.args, options);
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        if (optionType(options, token.name) === 'string') checkOptionLikeValue(token);
        checkOptionUsage(cfg, token);
      }
      storeOption(token.name, token.value, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const d = options[name].default;
    if (d !== undefined && result.values[name] === undefined) result.values[name] = d;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
