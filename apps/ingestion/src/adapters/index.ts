export * from './datasets';
export * from './dynamo';
