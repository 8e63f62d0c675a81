globalThis.__loads = (globalThis.__loads || 0) + 1;
module.exports = { loads: globalThis.__loads };
