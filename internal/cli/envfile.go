package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/jsproc/jsproc/internal/dotenv"
)

// envFile is one --env-file or --env-file-if-exists option.
type envFile struct {
	path     string
	optional bool // --env-file-if-exists
}

// loadEnvFiles returns the environment a script starts with: this
// process's, plus the variables the env files set that it does not
// already have (a later file overrides an earlier one). As node, a
// missing --env-file is an error ("not found"), a missing
// --env-file-if-exists a notice on stderr, and a file that cannot be read
// (a directory) "invalid format"; on an error the command exits with 9.
// With no env files it returns nil: the runtime then reads the process
// environment itself.
func loadEnvFiles(files []envFile, stderr io.Writer) ([]string, error) {
	if len(files) == 0 {
		return nil, nil
	}
	vars := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f.path)
		switch {
		case errors.Is(err, fs.ErrNotExist) && f.optional:
			fmt.Fprintf(stderr, "%s not found. Continuing without it.\n", f.path)
			continue
		case errors.Is(err, fs.ErrNotExist):
			return nil, fmt.Errorf("%s: not found", f.path)
		case err != nil:
			return nil, fmt.Errorf("%s: invalid format", f.path)
		}
		for k, v := range dotenv.Parse(string(data)) {
			vars[k] = v
		}
	}
	env := os.Environ()
	have := make(map[string]bool, len(env))
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		have[k] = true
	}
	for _, k := range dotenv.Keys(vars) {
		if !have[k] {
			env = append(env, k+"="+vars[k])
		}
	}
	return env, nil
}
