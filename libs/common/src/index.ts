// Shared kernel: error codes, the domain exception, locales. No framework, no I/O.
export * from './error-codes';
export * from './error-messages';
export * from './locale';
