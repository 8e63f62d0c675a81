// The smallest execa script, timed as a whole process by bench/run.sh:
// execa's import and one command.
import { execa } from 'execa';
await execa('true');
