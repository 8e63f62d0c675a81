module.exports = {
  pkg: require('pkg'),
  feature: require('pkg/feature/x'),
  scoped: require('@scope/sp'),
  resolved: require.resolve('pkg').split('_nm')[1],
  paths: module.paths.slice(0, 3).map(p => p.split('modules')[1]),
};
