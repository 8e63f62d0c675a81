//go:build race

package dgram_test

// raceEnabled scales down the long tests under the race detector.
const raceEnabled = true
