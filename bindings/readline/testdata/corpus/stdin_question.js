// stdin: Ada\n42\nextra line\n
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', (name) => {
  console.log('hello', name);
  rl.question('age? ', (age) => {
    console.log('age', Number(age) + 1);
    rl.close();
  });
});
rl.on('close', () => console.log('closed'));
