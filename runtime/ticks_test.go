package runtime_test

import "testing"

// process.nextTick passes the arguments as given (an undefined one
// counts), runs ticks queued by ticks in the same drain, goes on after a
// tick that throws, and checks its callback as node does.
func TestNextTickArgumentsAndThrows(t *testing.T) {
	out, stderr, code, err := run(t, `
		const log = [];
		process.on('uncaughtException', (e) => log.push('uncaught ' + e.message));
		process.on('exit', () => console.log(log.join('\n')));
		console.log(process.nextTick.name, process.nextTick.length);
		try { process.nextTick(5); } catch (e) { console.log(e.code, e.message); }
		process.nextTick(function () { log.push('none ' + arguments.length); });
		process.nextTick(function () { log.push('undefined ' + arguments.length); }, undefined);
		process.nextTick((a, b, c, d, e) => log.push('five ' + [a, b, c, d, e].join()), 1, 2, 3, 4, 5);
		process.nextTick(() => { process.nextTick(() => log.push('nested')); throw new Error('boom'); });
		process.nextTick(() => log.push('after throw'));
		Promise.resolve().then(() => log.push('job'));`)
	if err != nil || code != 0 {
		t.Fatalf("code %d err %v stderr %s", code, err, stderr)
	}
	want := "nextTick 1\nERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (5)\n" +
		"none 0\nundefined 1\nfive 1,2,3,4,5\nuncaught boom\nafter throw\nnested\njob\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
