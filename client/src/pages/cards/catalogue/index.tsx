// The 名片 tab: the whole catalogue. pages/cards/list stays the page for a filtered list (a search, a theme
// from the home page, a shared link): WeChat's switchTab takes no query, so a filtered list cannot be the tab.
import CardListScreen from '../list/screen';

export default function CardCataloguePage() {
  return <CardListScreen />;
}
