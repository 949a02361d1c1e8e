import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { Notifier } from './notifier';

describe('links in messages', () => {
  it('start with PUBLIC_BASE_URL, by default the printed address http://localhost:<PORT>', () => {
    expect(loadConfig({}).publicBaseUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    const configured = loadConfig({ PUBLIC_BASE_URL: 'https://yici.example.gov.cn/' });
    expect(new Notifier(undefined, configured.publicBaseUrl).link('/t/ABCD2345')).toBe(
      'https://yici.example.gov.cn/t/ABCD2345',
    );
  });

  it('refuses a base URL a phone cannot open', () => {
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'yici.example.gov.cn' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'ftp://yici.example.gov.cn' })).toThrow(/PUBLIC_BASE_URL/);
  });
});
