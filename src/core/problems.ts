/** Import problems as data: the codec lives in src/shared/problems.ts (the protocol carries problems too); the core keeps this name. */
export * from '../shared/problems';
