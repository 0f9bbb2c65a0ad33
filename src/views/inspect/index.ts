export { InspectView } from './InspectView';
export { isTypingTarget } from './isTypingTarget';
