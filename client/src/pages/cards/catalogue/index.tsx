// The 名片 tab: the whole catalogue. Same screen as pages/cards/list, which stays the page for a filtered
// list (a search, a theme from the home page, a shared link): WeChat's switchTab takes no query, so a
// filtered list cannot be the tab page itself.
export { default } from '../list/index';
