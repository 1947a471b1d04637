export { WARM_UP_KEY, warmUpStreamTables } from './warm-up-stream-tables';
