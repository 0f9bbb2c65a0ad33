import { convnetEngine } from '../peers/convnet';
import { tfjsCpuEngine } from '../peers/tfjsCpu';
import { backpropLabEngine } from './backpropLab';
import type { EngineAdapter } from './engineAdapter';

/** Ours first: the table's ratios divide its figures by each peer's. */
export const ENGINES: readonly EngineAdapter[] = [backpropLabEngine, convnetEngine, tfjsCpuEngine];
