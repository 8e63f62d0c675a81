console.log('tla file', typeof module, await Promise.resolve(1));
