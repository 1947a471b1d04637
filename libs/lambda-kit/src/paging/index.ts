export { PAGE_LIMITS } from './page-limits';
export { type PageRequest, pageQuery, pageQueryShape } from './page-query';
