'use strict';
// How many colours a terminal shows, decided from the environment the way
// Node decides it (and chalk's supports-color before it): FORCE_COLOR first,
// then NO_COLOR/NODE_DISABLE_COLORS/TERM=dumb, tmux, CI services, then
// TERM_PROGRAM, COLORTERM and TERM.
const { validateInteger } = require('internal/errors');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// Terminals named by TERM, and what they show; patterns give 16 colours.
const knownTerms = {
  eterm: COLORS_16, cons25: COLORS_16, console: COLORS_16, cygwin: COLORS_16,
  dtterm: COLORS_16, gnome: COLORS_16, hurd: COLORS_16, jfbterm: COLORS_16,
  konsole: COLORS_16, kterm: COLORS_16, mlterm: COLORS_16, mosh: COLORS_16m,
  putty: COLORS_16, st: COLORS_16, 'rxvt-unicode-24bit': COLORS_16m, terminator: COLORS_16m,
};
const termPatterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];
const colorfulCI = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

let warned = false;
function warnIgnoredDisable(env) {
  if (warned) return;
  const names = [];
  if (env.NODE_DISABLE_COLORS !== undefined) names.push('NODE_DISABLE_COLORS');
  if (env.NO_COLOR !== undefined) names.push('NO_COLOR');
  if (names.length === 0) return;
  warned = true;
  process.emitWarning(`The '${names.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
}

function forcedDepth(env) {
  const v = env.FORCE_COLOR;
  if (v === '' || v === '1' || v === 'true') {
    warnIgnoredDisable(env);
    return COLORS_16;
  }
  if (v === '2') {
    warnIgnoredDisable(env);
    return COLORS_256;
  }
  if (v === '3') {
    warnIgnoredDisable(env);
    return COLORS_16m;
  }
  return COLORS_2;
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) return forcedDepth(env);
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    return colorfulCI.some((name) => name in env) || env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (knownTerms[term]) return knownTerms[term];
    if (termPatterns.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
