// stderr: report frames
// An error made by calling Error as a function: the caret points at the
// throw.
console.log('start');
  throw Error('plain call');
