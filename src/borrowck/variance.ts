// ADT variance moved to types/ (typeck's leak check needs it too); borrowck's imports stay.
export * from '../types/variance.js';
