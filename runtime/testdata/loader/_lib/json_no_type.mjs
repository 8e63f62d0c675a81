import data from './good.json'; console.log('must not run', data);
