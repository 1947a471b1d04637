import type { AircraftUpdated, DetailOf } from '@aircraftops/event-contracts';
import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/**
 * Stores the aircraft's state unless a newer (or the same) version is already stored: one conditional write
 * makes the effect exactly-once under redelivery and order-safe under late arrival.
 * @example
 * await saveIfNewer(AircraftUpdated.parse(event.detail));
 */
export const saveIfNewer = async ({ metadata, data }: DetailOf<typeof AircraftUpdated>): Promise<void> => {
  try {
    await db.send(
      new PutCommand({
        TableName: process.env['FLEET_TABLE'],
        Item: { nNumber: metadata.entity.id, version: metadata.entity.version, statusCode: data.statusCode, lastEventId: metadata.eventId },
        // A redelivery (same eventId, same version) or an older event arriving late changes nothing.
        ConditionExpression: 'attribute_not_exists(version) OR version < :version',
        ExpressionAttributeValues: { ':version': metadata.entity.version },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
};
