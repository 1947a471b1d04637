export { findFreePort, isPortFree } from './find-free-port';
