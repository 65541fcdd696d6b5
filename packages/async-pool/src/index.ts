export { mapBounded } from './map-bounded';
