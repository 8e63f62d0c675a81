// Static imports of "#" specifiers use the import conditions.
import util from '#util';
import cond from '#cond';
import nested from '#nested';
import dep from '#dep';
console.log(util, cond, nested, dep);
