// The ApiClient the stores use. main.tsx installs the real one; tests install a fake.
import type { ApiClient } from '../../shared/api';

let client: ApiClient | null = null;

export function setApiClient(c: ApiClient): void {
  client = c;
}

export function api(): ApiClient {
  if (!client) throw new Error('API client not installed');
  return client;
}
