import { startTestNode, type TestNode } from '@landsea/testing';
import { NODE_DEFINITION } from '../../apps/node/src/node.definition.js';

/** A whole province node (all four contexts) on this Jest worker's database. */
export function startNode(env?: Record<string, string>): Promise<TestNode> {
  return startTestNode({ module: NODE_DEFINITION.module, schema: NODE_DEFINITION, env });
}
