import { Client, cacheExchange, fetchExchange } from '@urql/core'
import { taroFetch } from './taroFetch'

/** H5 talks to its own origin; weapp needs an absolute URL fixed at build time (env `API_URL`). */
export function graphqlEndpoint(): string {
  if (process.env.TARO_ENV === 'h5') return '/graphql'
  return API_URL
}

export function createClient(url = graphqlEndpoint()): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetch: taroFetch as unknown as typeof fetch,
    // POST always: mini-program request URLs are length-limited and GET caching buys nothing here.
    preferGetMethod: false,
    requestPolicy: 'cache-first',
  })
}

let shared: Client | null = null

export function getClient(): Client {
  if (!shared) shared = createClient()
  return shared
}

/** Replace the shared client (tests). */
export function setClient(client: Client | null): void {
  shared = client
}
