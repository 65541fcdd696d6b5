export { closeServer, listen } from './http-server';
