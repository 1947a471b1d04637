export { ZOD_MESSAGES } from './english-messages';
