import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Meilisearch } from 'meilisearch';
import { createMeiliClient, pingMeilisearch, type SearchConnection } from './meili-client';
import { MeiliSearcher } from './meili-searcher';
import { CallSearch } from './call-search.service';
import { OrganisationSearch } from './organisation-search.service';
import { SEARCH_CLIENT, SEARCH_CONNECTION } from './search.tokens';

/** What the rest of the platform may know about search health, without the client itself. */
export class SearchHealth {
  constructor(private readonly client: Meilisearch) {}
  ping(timeoutMs: number): Promise<void> {
    return pingMeilisearch(this.client, timeoutMs);
  }
}

@Global()
@Module({})
export class SearchModule {
  static forRoot(conn: SearchConnection): DynamicModule {
    const client = createMeiliClient(conn);
    return {
      module: SearchModule,
      providers: [
        { provide: SEARCH_CLIENT, useValue: client },
        { provide: SEARCH_CONNECTION, useValue: conn },
        { provide: MeiliSearcher, useValue: new MeiliSearcher(conn) },
        { provide: SearchHealth, useValue: new SearchHealth(client) },
        OrganisationSearch,
        CallSearch,
      ],
      exports: [SearchHealth, OrganisationSearch, CallSearch],
    };
  }
}
