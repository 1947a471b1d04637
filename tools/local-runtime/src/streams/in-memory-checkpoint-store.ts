import type { CheckpointStore } from './checkpoint-store';

/**
 * Checkpoints that live as long as the process: a restart starts again from the starting position.
 * @example
 * const checkpoints = new InMemoryCheckpointStore();
 */
export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, string>();

  async get(mappingName: string, shardId: string): Promise<string | undefined> {
    return this.positions.get(`${mappingName}\u0000${shardId}`);
  }

  async set(mappingName: string, shardId: string, sequenceNumber: string): Promise<void> {
    this.positions.set(`${mappingName}\u0000${shardId}`, sequenceNumber);
  }
}
