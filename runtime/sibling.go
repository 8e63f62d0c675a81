package runtime

// Options returns a copy of the options the runtime was created with (its
// slices and maps copied too), so that a binding can start a sibling
// Runtime (a worker thread) with the same modules, set-up functions,
// standard streams and policy values, and change what differs. Safe from
// any goroutine.
func (r *Runtime) Options() Options {
	o := r.opts
	o.Args = append([]string(nil), o.Args...)
	o.Env = append([]string(nil), o.Env...)
	o.ExecArgv = append([]string(nil), o.ExecArgv...)
	o.Modules = append([]Module(nil), o.Modules...)
	o.Setup = append([]func(*Runtime) error(nil), o.Setup...)
	o.Preload = append([]string(nil), o.Preload...)
	if o.Globals != nil {
		g := make(map[string]any, len(o.Globals))
		for k, v := range o.Globals {
			g[k] = v
		}
		o.Globals = g
	}
	if o.Values != nil {
		v := make(map[any]any, len(o.Values))
		for k, x := range o.Values {
			v[k] = x
		}
		o.Values = v
	}
	return o
}
