// H5 only: Taro renders every pressable view as a custom element with a role but no tab stop. Give
// each such control a place in the tab order and let Enter / Space press it, and let the scrolling
// regions (the page, horizontal strips) take focus so a keyboard can scroll them. One observer for
// the whole app, so pages keep writing `role="button"` and nothing else.
const PRESSABLE = '[role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="radio"], [role="option"]';
const SCROLLING = '.taro_page, taro-scroll-view-core, [data-scroll-region]';

function makeFocusable(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(`${PRESSABLE}, ${SCROLLING}`)) {
    if (!el.hasAttribute('tabindex') && el.getAttribute('aria-disabled') !== 'true') el.setAttribute('tabindex', '0');
  }
}

export function enableKeyboardAccess(doc: Document = document): void {
  makeFocusable(doc);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') {
        const el = r.target as HTMLElement;
        if (el.matches(PRESSABLE) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
      }
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as HTMLElement;
        if (el.matches(`${PRESSABLE}, ${SCROLLING}`) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
        makeFocusable(el);
      }
    }
  }).observe(doc.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['role'] });
  doc.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const el = event.target as HTMLElement | null;
    if (!el?.matches?.(PRESSABLE) || el.matches('input, textarea')) return;
    event.preventDefault();
    el.click();
  });
}
