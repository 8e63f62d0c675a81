// fetch over https: a certificate no root vouches for is refused.
const https = require('https');
const fs = require('fs');
const path = require('path');
const key = fs.readFileSync(path.join(__dirname, '..', 'key.pem'));
const cert = fs.readFileSync(path.join(__dirname, '..', 'cert.pem'));
const server = https.createServer({ key, cert }, (req, res) => res.end('secure'));
server.listen(0, '127.0.0.1', async () => {
  try {
    await fetch(`https://127.0.0.1:${server.address().port}/`);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.message, e.cause && e.cause.code);
  }
  server.close();
});
