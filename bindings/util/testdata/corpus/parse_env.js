// util.parseEnv with node 20's dotenv rules: quotes, multi-line values,
// "export ", comments, and the parser's lenient corners (only spaces are
// trimmed, a line without "=" ends the parse). Keys come back sorted.
'use strict';
const { parseEnv } = require('util');

const cases = [
  "A=1\nB=2",
  "export A=1\nexport  B = 2 ",
  "A=\"multi\nline\"\nB=x",
  "A='multi\nline'\nB=x",
  "A=`multi\nline`\nB=x",
  "A=\"esc\\nape\"\nB='esc\\nape'\nC=esc\\nape",
  "A=\"unterminated\nB=2",
  "A='unterminated\nB=2",
  "A=1 # c\nB=\"x\" junk\nC='y'#z",
  "#A=1\n  # comment\n=noval\nNOEQ\nC=3",
  "A=1\r\nB=2\r\n",
  "A = spaced value  \nB=\t tab",
  "A=1\nA=2",
  "A=\"a\"b\"\nB=x",
  "A=  \"quoted after space\"  ",
  " export A=1",
  "exportA=1",
  "A.B-C=1\n1X=2\nX Y=3",
  "A=\"x # y\"\nB=x#y\nC=x #y",
  "A=''\nB=\"\"\nC=``\nD=",
  "A=\"he said \\\"hi\\\"\"",
  "A=\"line1\\nline2\"\nB=\"a\\tb\"",
  "A=\"x\ny\"z\nB=1",
  "K=\"v\"   # c",
  "A=${B}\nB=$A",
  "A=\nB",
  "A=1\n\n\n   \nB=2",
  "A=\"a\r\nb\"",
  "\"A\"=1",
  "A='a\"b'c'",
  "C='y'#z",
  "C='y' junk\nD=1",
  "C='y'\nD=1",
  "C=`y` junk",
  "#A=1",
  "# c\n#A=1",
  "\tA\t=\t1\t\nB=2",
  "A=x\t#c",
  "  \n  A=1",
  "A=\"x\"\n#c\nB=2",
  "A='x'\n\nB=2",
  "A=\"x\"y\n\nB=2",
  "A=x\n#c",
  "=x\nB=1",
  " = x\nB=1",
  "A=\"\\\\n\"",
  "A=\"a\\nb\\nc\"",
  "A=`a\\nb`",
  "A=\"a\"",
  "A='a",
  "A='a\nB='b'",
  "A=\n",
  "A= \nB=1",
  "A=\t\nB=1",
  "export A",
  "export =1",
  "export  =1",
  "A=1\n\nexport\tB=2",
  "A=\"a\"\r\n",
  "A=b\rc",
  "A=#x",
  "A= #x\nB=1",
  "\n\nA=1",
  "#\n#\nA=1",
  "A=\"x\"  ",
  "A=\"x",
  "A=`x",
  "A='x",
  "A=\"x\n",
  "A=x'y'",
  "A=1\n   #c\nB=2",
  'NAME=web\nPORT = 8080 # the port\nURL="http://x/?a=1#frag"\nEMPTY=\n',
  'export PATH_EXTRA=/opt/bin\nMSG="first\nsecond"\nRAW=\'keep\\nas is\'\nTICK=`it\'s "quoted"`',
];
for (const c of cases) console.log(JSON.stringify(c), '=>', JSON.stringify(parseEnv(c)));
console.log(Object.keys(parseEnv('Z=1\nA=2\nM=3\na=4\n_=5\n0=6')));
console.log(Object.getPrototypeOf(parseEnv('A=1')) === Object.prototype, parseEnv('').constructor.name);
console.log(parseEnv.name, parseEnv.length);
for (const bad of [undefined, 1, null, Buffer.from('A=1'), {}]) {
  try {
    parseEnv(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
