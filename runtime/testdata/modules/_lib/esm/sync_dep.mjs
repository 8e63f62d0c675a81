console.log('sync_dep evaluated');
export const value = 'sync';
