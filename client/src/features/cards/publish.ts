// Publishing a card: the same confirmation and mutation from the application page and the card editor.
import Taro from '@tarojs/taro';
import { PublishCardDocument } from '@cards/schema';
import { mutate } from '../../graphql/mutate';
import type { MessageKey } from '../../i18n';
import { ACCENT } from '../../utils/color';

type T = (key: MessageKey) => string;

/** Asks "publish this card?"; true when staff confirm. */
export async function confirmPublish(t: T): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title: t('cardEdit.publishTitle'),
    content: t('cardEdit.publishConfirm'),
    confirmColor: ACCENT,
    cancelText: t('common.cancel'),
  });
  return confirm;
}

export function publishCard(id: string, t: T) {
  return mutate(PublishCardDocument, { id }, (d) => d.publishCard, t('common.networkError'));
}

export const cardEditorUrl = (applicationId: string) => `/pages/staff/card/index?applicationId=${encodeURIComponent(applicationId)}`;
export const cardDetailUrl = (slug: string) => `/pages/cards/detail/index?slug=${encodeURIComponent(slug)}`;
