export { platformApps } from './platform-apps';
