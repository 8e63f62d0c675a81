export const x = 1;
throw new Error('module init failed');
