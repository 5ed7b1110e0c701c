import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Test files share a worker's document (vite.config.mts: isolate false), so whatever a test
// rendered is unmounted after it, in every file, whether or not the file asks.
afterEach(cleanup);
