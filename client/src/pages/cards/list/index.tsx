import CardListScreen from './screen';

/** A filtered list of cards (search, theme, shared link); the whole catalogue is the 名片 tab. */
export default function CardListPage() {
  return <CardListScreen />;
}
