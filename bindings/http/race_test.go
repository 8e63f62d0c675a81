//go:build race

package http_test

// raceEnabled scales down the long tests under the race detector, which
// runs them several times slower.
const raceEnabled = true
