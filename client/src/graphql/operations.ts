/** The typed operations the client uses, generated in the workspace package `@cards/schema`. */
export {
  HomeCardsDocument,
  CardListDocument,
  CardDetailDocument,
  ProvincesDocument,
  BatchYearsDocument,
  UnreadCountDocument,
} from '@cards/schema'
export type {
  CardSummaryFragment,
  CardListQuery,
  CardListQueryVariables,
  CardDetailQuery,
  HomeCardsQuery,
  ProvincesQuery,
  BatchYearsQuery,
  CardFilter,
  CardTier,
  CardTheme,
} from '@cards/schema'

/** The detail page's card (non-null). */
export type CardDetail = NonNullable<import('@cards/schema').CardDetailQuery['card']>
