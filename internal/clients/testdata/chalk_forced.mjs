// env: FORCE_COLOR=3
// chalk decides its colour level as under node when FORCE_COLOR is set.
import chalk, { Chalk, supportsColor } from 'chalk';

console.log(chalk.level, supportsColor && supportsColor.level);
console.log(JSON.stringify(chalk.red('red')));
console.log(JSON.stringify(chalk.bold.underline.hex('#ff8800')('mixed')));
console.log(JSON.stringify(chalk.bgBlue.white(`a ${chalk.yellow('nested')} b`)));
console.log(JSON.stringify(new Chalk({ level: 1 }).green('basic')));
console.log(JSON.stringify(new Chalk({ level: 0 }).green('plain')));
