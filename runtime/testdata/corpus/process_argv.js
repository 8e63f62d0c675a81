// args: one two --three=3
console.log(process.argv.slice(2));
console.log(require('path').basename(process.argv[1]));
