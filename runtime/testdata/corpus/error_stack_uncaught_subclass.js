// stderr: report frames
// An uncaught error of a subclass: node's report shows its stack from where
// it was made, below the constructor.
class ConfigError extends Error {
  constructor(key) {
    super(`missing ${key}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}
function load() { throw new ConfigError('port'); }
function start() { load(); }
start();
