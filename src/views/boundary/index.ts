export { BoundaryView } from './BoundaryView';
