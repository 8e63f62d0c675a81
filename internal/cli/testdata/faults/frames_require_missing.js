// stderr: report frames
// An uncaught require() of a missing module: the report's frames are the
// script's own (node's loader frames aside), named and placed as node does:
// the call's column at the name called, the module's code "Object.<anonymous>".
function load(name) {
  return require(name);
}
load('./no-such-module');
