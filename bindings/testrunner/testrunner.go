// Package testrunner provides node:test, Node's test runner, as node 20
// runs a file that uses it directly: test/it, describe/suite, hooks,
// subtests, skip/todo/only, timeouts, concurrency, t.plan, mocks (functions,
// methods, accessors and timers), and node's report on stdout (TAP, or the
// spec reporter's on a terminal) with process.exitCode 1 when a test fails.
// The module is
// reachable only as "node:test", as in node; require('test') still loads a
// package of that name. The --test mode of the node CLI (finding and
// running test files in child processes) is not provided.
package testrunner

import (
	_ "embed"

	"github.com/jsproc/jsproc/runtime"
)

var (
	//go:embed js/test.js
	testSource string
	//go:embed js/runner.js
	runnerSource string
	//go:embed js/tap.js
	tapSource string
	//go:embed js/mock.js
	mockSource string
	//go:embed js/location.js
	locationSource string
	//go:embed js/mock_timers.js
	mockTimersSource string
	//go:embed js/spec.js
	specSource string
	//go:embed js/context.js
	contextSource string
	//go:embed js/failure.js
	failureSource string
)

var modules = []runtime.Module{
	runtime.JSModule("test", testSource, nil),
	runtime.JSModule("internal/test_runner/runner", runnerSource, nil),
	runtime.JSModule("internal/test_runner/tap", tapSource, nil),
	runtime.JSModule("internal/test_runner/mock", mockSource, nil),
	runtime.JSModule("internal/test_runner/location", locationSource, nil),
	runtime.JSModule("internal/test_runner/mock_timers", mockTimersSource, nil),
	runtime.JSModule("internal/test_runner/spec", specSource, nil),
	runtime.JSModule("internal/test_runner/context", contextSource, nil),
	runtime.JSModule("internal/test_runner/failure", failureSource, nil),
}

// Modules returns node:test and the internal modules it is built from.
func Modules() []runtime.Module { return modules }
