#!/usr/bin/env bash
# Installs what a fresh machine lacks, then runs every test: vet, staticcheck, the race
# detector on runtime/ and bindings/, and the differential corpora (which
# run each script under node too), real npm packages included.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="/usr/local/go/bin:$PATH"
# node is the oracle; npm installs the pinned client packages (internal/clients).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
  fi
fi
unset NODE_EXTRA_CA_CERTS NODE_OPTIONS
go vet ./...
# staticcheck, pinned; the module proxy serves it.
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...
go test -count=1 -race ./runtime/... ./bindings/...
go test -count=1 $(go list ./... | grep -v -e /runtime -e /bindings/)
# The same corpora under --permission with every grant: the checks change nothing a script sees.
JSPROC_TEST_PERMISSION=1 go test -count=1 -run Corpus ./bindings/fs ./bindings/childprocess ./runtime
