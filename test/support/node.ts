import { startTestNode, type TestNode, type TestNodeOptions } from '@landsea/testing';
import { NODE_DEFINITION } from '../../apps/node/src/node.definition.js';

/** A whole province node (all four contexts), by default on this Jest worker's database. */
export function startNode(env?: Record<string, string>, options: Pick<TestNodeOptions, 'database' | 'listen'> = {}): Promise<TestNode> {
  return startTestNode({ module: NODE_DEFINITION.module, schema: NODE_DEFINITION, env, ...options });
}
