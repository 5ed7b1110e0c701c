export const SEARCH_CLIENT = Symbol('SEARCH_CLIENT');
export const SEARCH_CONNECTION = Symbol('SEARCH_CONNECTION');
