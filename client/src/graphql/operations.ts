/** The typed operations the client uses, generated in the workspace package `@cards/schema`. */
export {
  HomeCardsDocument,
  CardListDocument,
  CardDetailDocument,
  ProvincesDocument,
  BatchYearsDocument,
  UnreadCountDocument,
  FilmFeedDocument,
  FilmPlayerDocument,
  FilmJobDocument,
  LikeFilmDocument,
  UnlikeFilmDocument,
  RecordFilmViewDocument,
  RegisterDeviceDocument,
  RecordFilmProgressDocument,
  PublishFilmDocument,
} from '@cards/schema';
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
  FilmSummaryFragment,
  FilmFeedQuery,
  FilmPlayerQuery,
} from '@cards/schema';

/** The detail page's card (non-null). */
export type CardDetail = NonNullable<import('@cards/schema').CardDetailQuery['card']>;
