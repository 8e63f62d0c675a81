'use strict';
// More fixed keys for the corpus (generated once by node).
module.exports = {
  x1: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIJi0eaftrOQCmJ1wqDRrwZ6gKpb4XXQqej412JTqFcZ0\n-----END PRIVATE KEY-----\n",
  x2: "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIEBwRj/ss6/TsiL7D8sFVuSdaCt4AzoFpOkite5ou6h5\n-----END PRIVATE KEY-----\n",
  ec521: "-----BEGIN PRIVATE KEY-----\nMIHuAgEAMBAGByqGSM49AgEGBSuBBAAjBIHWMIHTAgEBBEIBYDZ68z91K/iruvMJ\nW75lPxqhtPYIPOna90qCZzPDaJSzWo/UBjUVGUQJBT5ImZaipnthYn4ep+bMPPHS\n27CJS/+hgYkDgYYABAHpUoaFObwIoMvBLiOUx2JAB1Jj08OuhdmvdEPqhwiW0z67\nOxe1TmxyTzyD546dq4a8vzHuNgRLEckqSjTvkZUCogEcsKA8VC9NrR5glMZ+k8tQ\n8UOcNvxqwsvqv7Mv4HD0Em8Eo2/ReAEF71C3FCE51t92Yj8p0rxnYD1Pd8gGOJy+\nCg==\n-----END PRIVATE KEY-----\n",
};
