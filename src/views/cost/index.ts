export { CostView } from './CostView';
