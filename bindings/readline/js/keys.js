'use strict';
// internal/readline/keys: the keypress decoder behind
// readline.emitKeypressEvents. A stream's decoded characters go one by one
// through a generator that recognises named keys, control and meta
// combinations and the ANSI escape sequences terminals send (xterm, rxvt,
// gnome, putty, Cygwin), and emits 'keypress' (char, key) for each. A lone
// ESC at the end of a chunk waits escapeCodeTimeout ms for the rest of its
// sequence before it counts as the escape key.

const kEscape = '\x1b';
const kKeypressDecoder = Symbol('keypressDecoder');
const kEscapeDecoder = Symbol('escapeDecoder');
const kDefaultEscapeCodeTimeout = 500;

let StringDecoder;

// charLengthAt is the number of UTF-16 units of the character at i.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// charLengthLeft is the number of UTF-16 units of the character before i.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// Names of the escape sequences, by the code the decoder extracts (the
// sequence less ESC, less the modifier), with the modifier a name implies.
const codeNames = {
  // xterm and gnome: ESC [ letter, ESC O letter.
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  OP: 'f1', OQ: 'f2', OR: 'f3', OS: 'f4',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  OA: 'up', OB: 'down', OC: 'right', OD: 'left', OE: 'clear', OF: 'end', OH: 'home',
  // xterm and rxvt: ESC [ number ~.
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
  // Bracketed paste.
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin and libuv.
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  // putty.
  '[[5~': 'pageup', '[[6~': 'pagedown',
  // Shift-Tab.
  '[Z': 'tab',
};
// rxvt sends a modifier as a different final character.
const shiftCodes = {
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
};
const ctrlCodes = {
  Oa: 'up', Ob: 'down', Oc: 'right', Od: 'left', Oe: 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';
// The tail of an ESC [ sequence: one to three digits, an optional
// ;modifier and a final ~ ^ $ (function keys), or an optional n; and a
// modifier digit before a letter (cursor keys).
const tildeForm = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/;
const letterForm = /^((\d;)?(\d))?([A-Za-z])$/;

// decodeKeys is a generator fed one character at a time (an empty string
// when an escape times out); it emits 'keypress' on stream.
function* decodeKeys(stream) {
  for (;;) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };
    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }
    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        const cmdStart = s.length - 1;
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) {
            s += (ch = yield);
            if (isDigit(ch)) s += (ch = yield);
          }
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let m;
        if ((m = tildeForm.exec(cmd)) !== null) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = letterForm.exec(cmd)) !== null) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      if (Object.prototype.hasOwnProperty.call(shiftCodes, code)) {
        key.name = shiftCodes[code];
        key.shift = true;
      } else if (Object.prototype.hasOwnProperty.call(ctrlCodes, code)) {
        key.name = ctrlCodes[code];
        key.ctrl = true;
      } else if (Object.prototype.hasOwnProperty.call(codeNames, code)) {
        key.name = codeNames[code];
        if (code === '[Z') key.shift = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // Ctrl+letter.
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC followed by anything else (or by nothing, on a timeout).
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }
    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

function startDecoder(stream) {
  const gen = decodeKeys(stream);
  gen.next();
  stream[kEscapeDecoder] = gen;
}

// emitKeypressEvents makes stream emit 'keypress' for what it reads, once
// something listens for 'keypress'. iface, a readline Interface, gives the
// escape timeout and learns whether the character now being decoded is
// the last of its chunk (tab completion runs only then).
function emitKeypressEvents(stream, iface = {}) {
  if (stream[kKeypressDecoder]) return;
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  stream[kKeypressDecoder] = new StringDecoder('utf8');
  startDecoder(stream);
  const escapeCodeTimeout = iface.escapeCodeTimeout === undefined ? kDefaultEscapeCodeTimeout : iface.escapeCodeTimeout;
  const triggerEscape = () => stream[kEscapeDecoder].next('');
  let timeout;

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[kKeypressDecoder].write(input);
      if (!string) return;
      clearTimeout(timeout);
      iface.isCompletionEnabled = false;
      let length = 0;
      for (const character of string) {
        length += character.length;
        if (length === string.length) iface.isCompletionEnabled = true;
        try {
          stream[kEscapeDecoder].next(character);
          if (length === string.length && character === kEscape) {
            timeout = setTimeout(triggerEscape, escapeCodeTimeout);
          }
        } catch (err) {
          // A 'keypress' listener threw: start over with a fresh decoder.
          startDecoder(stream);
          throw err;
        }
      }
    } else {
      // Nobody listens any more.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, charLengthAt, charLengthLeft, kDefaultEscapeCodeTimeout };
