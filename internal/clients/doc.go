// Package clients tests jsproc against real npm packages that process
// scripts use (zx, execa, chalk, commander, yargs, esbuild's API, fs-extra,
// globby, simple-git, concurrently).
//
// The packages are pinned in testdata/package.json and package-lock.json
// (written with --omit-lockfile-registry-resolved, so the lock file names
// no registry host) and installed with npm into testdata/node_modules, which
// is ignored by git, when the tests run. No third-party code is committed.
// Each script in testdata runs under node and under jsproc, as the other
// corpora do; a script whose package jsproc cannot run yet carries a
// "// pending:" header naming what it waits for.
package clients
