export * from './region';
export * from './user';
export * from './body';
export * from './feedback';
export * from './meeting';
export * from './record';
