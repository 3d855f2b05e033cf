import { runNode } from '@landsea/platform';
import { NODE_DEFINITION } from './node.definition.js';

await runNode(NODE_DEFINITION);
