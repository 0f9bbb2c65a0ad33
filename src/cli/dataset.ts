import { runDataset } from './runDataset';
import { runEntry } from './runEntry';

runEntry('dataset', runDataset);
