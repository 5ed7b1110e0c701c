import { contentSecurityDirectives } from './security-headers';

describe('the web app content security policy', () => {
  it('lets the page reach the realtime gateway over http and ws, and show https logos', () => {
    const directives = contentSecurityDirectives({
      publicRealtimeUrl: 'http://127.0.0.1:3001',
      publicWebUrl: 'http://127.0.0.1:3000',
    });
    expect(directives['connect-src']).toEqual(["'self'", 'http://127.0.0.1:3001', 'ws://127.0.0.1:3001']);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'https:']);
    expect(directives['upgrade-insecure-requests']).toBeNull();
  });

  it('uses wss for an https gateway and keeps upgrade-insecure-requests for an https app', () => {
    const directives = contentSecurityDirectives({
      publicRealtimeUrl: 'https://rt.syndesmos.example',
      publicWebUrl: 'https://syndesmos.example',
    });
    expect(directives['connect-src']).toEqual(["'self'", 'https://rt.syndesmos.example', 'wss://rt.syndesmos.example']);
    expect(directives['upgrade-insecure-requests']).toEqual([]);
  });
});
