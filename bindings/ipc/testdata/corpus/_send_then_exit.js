'use strict';
process.send({ last: 'words' }, (err) => {
  process.exitCode = err ? 9 : 4;
  process.disconnect();
});
