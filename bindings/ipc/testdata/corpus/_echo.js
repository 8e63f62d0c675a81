'use strict';
// Echoes every message back; with 'exit' exits with the given code.
process.on('message', (m) => {
  if (m && m.exit !== undefined) process.exit(m.exit);
  if (m && m.disconnect) return process.disconnect();
  process.send(m);
});
