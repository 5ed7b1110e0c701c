// How much a user may send: shared by the service that enforces it, the API's documentation and
// the tests that must stay under it (plain values, so a browser test can import them).

/** Per user, across channels and nodes: this many messages in a window… */
export const MESSAGE_RATE_LIMIT = 30;
/** …of this many milliseconds. */
export const MESSAGE_RATE_WINDOW_MS = 10_000;
