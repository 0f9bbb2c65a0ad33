import { runEntry } from './runEntry';
import { runTrain } from './runTrain';

runEntry('train', runTrain);
