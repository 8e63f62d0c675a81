export const something = 1; export default 'plain';
