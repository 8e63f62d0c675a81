// chalk on a pipe, no FORCE_COLOR: no colour, as under node.
import chalk from 'chalk';

console.log(chalk.level);
console.log(JSON.stringify(chalk.red.bold('text')));
