// stdin: from fd zero\n
const fs = require('fs');
console.log(JSON.stringify(fs.readFileSync(0, 'utf8')));
