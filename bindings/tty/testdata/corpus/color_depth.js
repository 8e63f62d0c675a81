// getColorDepth and hasColors decide from the environment they are given.
const { WriteStream } = require('tty');
const proto = WriteStream.prototype;

const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'XTERM' },
  { TERM: 'screen-256color' }, { TERM: 'linux' }, { TERM: 'vt100' }, { TERM: 'mosh' }, { TERM: 'st' },
  { TERM: 'rxvt-unicode-24bit' }, { TERM: 'con132x43' }, { TERM: 'unknown' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit', TERM: 'dumb' }, { COLORTERM: 'yes' },
  { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' }, { CI: 'true', CI_NAME: 'codeship' },
  { CI: '1', GITLAB_CI: '' }, { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' }, { TEAMCITY_VERSION: '10.0' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '2.9' }, { TERM_PROGRAM: 'Apple_Terminal' },
  { TERM_PROGRAM: 'HyperTerm' }, { TERM_PROGRAM: 'MacTerm' },
  { FORCE_COLOR: '' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: 'true' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' },
  { FORCE_COLOR: '0' }, { FORCE_COLOR: 'false' }, { FORCE_COLOR: '4' }, { NO_COLOR: '', TERM: 'xterm' },
  { NODE_DISABLE_COLORS: '1', TERM: 'xterm-256color' },
];
for (const env of envs) {
  console.log(JSON.stringify(env), proto.getColorDepth(env), proto.hasColors(env), proto.hasColors(256, env), proto.hasColors(2 ** 24, env));
}
console.log(typeof proto.getColorDepth(), typeof proto.hasColors());
for (const args of [[1], ['x'], [2.5], [-1, {}], [Infinity]]) {
  try {
    console.log(proto.hasColors(...args));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
