export const kind = 'detected';
export default 42;
