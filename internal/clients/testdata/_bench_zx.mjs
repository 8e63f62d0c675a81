// The smallest zx script, timed as a whole process by bench/run.sh: zx's
// import and one command.
import { $ } from 'zx';
await $`true`;
