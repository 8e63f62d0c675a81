// Package nodetests runs files of node's own test suite (test/parallel in
// node's repository) under node and under jsproc, and reports, per file
// pattern, how many pass under each and which pass under node but fail
// under jsproc. Node's tests are the map of what node promises; this
// package measures how much of that map jsproc covers.
//
// Node's tests are not part of this repository. To run the harness, point
// JSPROC_NODE_TESTS at a checkout of node's test/ directory (the folder
// that holds parallel/ and fixtures/) and run the package's test verbosely:
//
//	JSPROC_NODE_TESTS=$HOME/node/test go test -v -timeout 60m ./internal/nodetests
//
// Without JSPROC_NODE_TESTS the suite is skipped (TestCommon, which checks
// the harness's own common module, always runs). Other settings:
//
//	JSPROC_NODE_TESTS_PATTERNS  comma-separated globs to run instead of the
//	                            default set (for example "test-path-*.js")
//	JSPROC_NODE_TESTS_JOBS      tests run at once (default 2)
//	JSPROC_NODE_TESTS_TIMEOUT   time limit per test run (default 30s)
//	JSPROC_NODE_TESTS_REPORT    also write the report to this file
//
// # How a test runs
//
// The selected files are copied into a scratch tree beside a copy of node's
// fixtures and beside this package's own common/ folder, a small
// replacement for node's test/common (which is large and reaches into
// node's internals): mustCall, mustCallAtLeast, mustNotCall, mustSucceed,
// expectsError, expectWarning, the platform flags, tmpdir, fixtures and the
// few helper modules the selected tests use. Node and jsproc run the same
// copy with the same common module, so both are judged by the same rules: a
// run passes when it exits 0 within the time limit; a run that prints
// "1..0 # Skipped" is counted as skipped. The flags of a file's
// "// Flags:" line are passed to both, less those that expose node's
// internals (--expose-internals, --allow-natives-syntax): a test that only
// carries one runs as any other, and one that really reaches into node's
// internals fails under node too and counts for neither.
//
// Use node's tests from the release line of the installed node where you
// can: a test written for a later release may fail under the installed
// node too, and then it counts for neither.
//
// The report is a measurement, not a gate: the suite fails only when the
// harness cannot run (no node, a broken tree), never because jsproc fails a
// node test.
package nodetests
