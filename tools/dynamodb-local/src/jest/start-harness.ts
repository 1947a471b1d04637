import { createDocumentClient, createDynamoDbClient, dynamoDbConfigFromEnv, ensureTables, tableSpecs } from '@aircraftops/tables';

import { type DynamoDbLocal, LOCAL_CREDENTIALS, startDynamoDbLocal } from '../launcher';
import { warmUpStreamTables } from '../tables';
import { useExternalEmulator } from './external-emulator';
import { keepHarnessHandle, stopHarness } from './harness-handle';
import { HARNESS_TABLE_NAMES, type HarnessEnv, writeHarnessState } from './harness-state';

/**
 * Jest global setup: one DynamoDB Local for the whole run, the three tables created from their specs and
 * every stream table written once (see warmUpStreamTables). Reuses the caller's emulator when
 * AIRCRAFTOPS_DYNAMODB_ENDPOINT is set (see useExternalEmulator).
 * @returns the emulator it started, or undefined when reusing an external one.
 * @example
 * module.exports = () => startHarness(); // src/jest/global-setup.js
 */
export const startHarness = async (): Promise<DynamoDbLocal | undefined> => {
  if (useExternalEmulator()) return undefined;
  const ddb = await startDynamoDbLocal();
  keepHarnessHandle(ddb);
  try {
    const harnessEnv: HarnessEnv = {
      AIRCRAFTOPS_DYNAMODB_ENDPOINT: ddb.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      ...HARNESS_TABLE_NAMES,
    };
    // Workers are forked after the global setup and inherit these.
    Object.assign(process.env, harnessEnv);
    writeHarnessState(harnessEnv);
    const config = dynamoDbConfigFromEnv();
    const client = createDynamoDbClient(config);
    const documentClient = createDocumentClient(config);
    try {
      await ensureTables(client, config);
      await warmUpStreamTables(documentClient, config, tableSpecs);
    } finally {
      documentClient.destroy();
      client.destroy();
    }
    return ddb;
  } catch (error) {
    await stopHarness();
    throw error;
  }
};
