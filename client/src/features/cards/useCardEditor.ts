// The staff card editor: loads a card (by id, or an application's), keeps the draft of every field,
// saves it (with the version it started from), publishes, takes it offline with a reason, and reads the
// card's version history.
import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import {
  CardEditorDocument,
  CardVersionsDocument,
  StaffCardDocument,
  UnpublishCardDocument,
  UpdateCardDocument,
  UploadCardImageDocument,
  type CardEditFieldsFragment,
} from '@cards/schema';
import { pickOneFile, uploadWith } from '../staff/upload';
import { CARD_LIMITS, STAFF_LIMITS } from '@cards/schema/rules';
import { useQuery } from '../../graphql/useQuery';
import { mutate } from '../../graphql/mutate';
import { useI18n } from '../../i18n';
import { EMPTY_ROW, cardInputOf, draftErrors, draftOf, type CardDraft, type ListField } from './cardDraft';
import { confirmPublish, publishCard } from './publish';

export interface EditorTarget {
  cardId?: string;
  applicationId?: string;
}

/** Opened from an application, the editor goes back to it once the publish toast has been seen. */
const BACK_AFTER_PUBLISH_MS = 800;

type Busy = 'save' | 'publish' | 'unpublish' | 'LOGO' | 'COVER' | null;

const CARD_IMAGE_MAX_BYTES = STAFF_LIMITS.cardImage.maxBytes;

export function useCardEditor(target: EditorTarget) {
  const { t } = useI18n();
  const byCard = !!target.cardId;
  const cardQuery = useQuery(StaffCardDocument, { id: target.cardId ?? '' }, { pause: !byCard, requestPolicy: 'network-only' });
  const appQuery = useQuery(CardEditorDocument, { applicationId: target.applicationId ?? '' }, { pause: byCard, requestPolicy: 'network-only' });
  const query = byCard ? cardQuery : appQuery;
  const loaded: CardEditFieldsFragment | null = byCard
    ? ((cardQuery.data?.node as CardEditFieldsFragment | null | undefined) ?? null)
    : (appQuery.data?.application?.card ?? null);
  const [card, setCard] = useState<CardEditFieldsFragment | null>(null);
  const [draft, setDraft] = useState<CardDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const versions = useQuery(CardVersionsDocument, { cardId: card?.id ?? '' }, { pause: !card, requestPolicy: 'network-only' });

  useEffect(() => {
    if (loaded) {
      setCard(loaded);
      setDraft(draftOf(loaded));
    }
  }, [loaded]);

  /** Changes fields of the draft and clears their errors (and those of their rows). */
  const set = (patch: Partial<CardDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setErrors((e) => {
      const cleared = { ...e };
      for (const k of Object.keys(patch)) for (const f of Object.keys(cleared)) if (f === k || f.startsWith(`${k}.`)) delete cleared[f];
      return cleared;
    });
  };

  const rowsOf = <F extends ListField>(field: F): CardDraft[F] => (draft ? draft[field] : ([] as unknown as CardDraft[F]));
  const setRow = <F extends ListField>(field: F, index: number, patch: Partial<CardDraft[F][number]>) =>
    set({ [field]: rowsOf(field).map((row, i) => (i === index ? { ...row, ...patch } : row)) } as Partial<CardDraft>);
  const addRow = (field: ListField) => set({ [field]: [...rowsOf(field), { ...EMPTY_ROW[field] }] } as Partial<CardDraft>);
  const removeRow = (field: ListField, index: number) => set({ [field]: rowsOf(field).filter((_, i) => i !== index) } as Partial<CardDraft>);

  const applied = (next: CardEditFieldsFragment) => {
    setCard(next);
    versions.refetch();
  };

  const save = async (): Promise<boolean> => {
    if (!card || !draft) return false;
    const local = draftErrors(draft);
    if (Object.keys(local).length) {
      setErrors(local);
      return false;
    }
    setMessage(null);
    const input = { id: card.id, expectedVersion: card.version, ...cardInputOf(draft) };
    const res = await mutate(UpdateCardDocument, { input }, (d) => d.updateCard, t('common.networkError'));
    if (!res.ok) {
      setErrors(res.error.fieldErrors);
      if (!Object.keys(res.error.fieldErrors).length) setMessage(res.error.kind === 'conflict' ? t('cardEdit.conflict') : res.error.message);
      return false;
    }
    applied(res.value as CardEditFieldsFragment);
    return true;
  };

  const onSave = async () => {
    if (busy) return;
    setBusy('save');
    const ok = await save();
    setBusy(null);
    if (ok) Taro.showToast({ title: t('cardEdit.saved'), icon: 'success', duration: 1200 });
  };

  /** Confirms, saves what was typed, then publishes. */
  const onPublish = async () => {
    if (busy || !card) return;
    if (!(await confirmPublish(t))) return;
    setBusy('publish');
    if (!(await save())) return setBusy(null);
    const res = await publishCard(card.id, t);
    setBusy(null);
    if (!res.ok) return setMessage(res.error.message);
    applied(res.value as CardEditFieldsFragment);
    Taro.showToast({ title: t('cardEdit.published'), icon: 'success', duration: 1500 });
    if (!byCard) setTimeout(() => Taro.navigateBack().catch(() => undefined), BACK_AFTER_PUBLISH_MS);
  };

  /** Takes the card offline; the public then reads the reason. */
  const onUnpublish = async (reason: string): Promise<boolean> => {
    if (busy || !card) return false;
    const text = reason.trim();
    if (text.length < CARD_LIMITS.unpublishReason.min) {
      setErrors((e) => ({ ...e, reason: t('cardEdit.unpublishNeedReason') }));
      return false;
    }
    setBusy('unpublish');
    const res = await mutate(UnpublishCardDocument, { id: card.id, reason: text }, (d) => d.unpublishCard, t('common.networkError'));
    setBusy(null);
    if (!res.ok) {
      setErrors((e) => ({ ...e, ...res.error.fieldErrors }));
      setMessage(res.error.message);
      return false;
    }
    applied(res.value as CardEditFieldsFragment);
    Taro.showToast({ title: t('cardEdit.unpublished'), icon: 'success', duration: 1500 });
    return true;
  };

  /** Picks an image (PNG, JPEG, WebP) and stores it as the card's logo or cover (an edit of its own). */
  const uploadImage = async (kind: 'LOGO' | 'COVER') => {
    if (busy || !card) return;
    const file = await pickOneFile(['png', 'jpg', 'jpeg', 'webp'], '.png,.jpg,.jpeg,.webp,image/png,image/jpeg,image/webp');
    if (!file) return;
    const field = kind === 'LOGO' ? 'logoUrl' : 'coverUrl';
    if (file.size > CARD_IMAGE_MAX_BYTES) return setErrors((e) => ({ ...e, [field]: t('cardEdit.imageTooLarge') }));
    setBusy(kind);
    type Stored = Pick<CardEditFieldsFragment, 'id' | 'version' | 'logoUrl' | 'coverUrl'>;
    const res = await uploadWith<Stored>(UploadCardImageDocument, 'uploadCardImage', { cardId: card.id, kind, expectedVersion: card.version }, file);
    setBusy(null);
    if (!res.ok) return setErrors((e) => ({ ...e, [field]: res.error.fieldErrors.file ?? res.error.message }));
    const stored = res.value;
    setCard((c) => (c ? { ...c, version: stored.version, logoUrl: stored.logoUrl, coverUrl: stored.coverUrl } : c));
    setDraft((d) => (d ? { ...d, [field]: (kind === 'LOGO' ? stored.logoUrl : stored.coverUrl) ?? '' } : d));
    setErrors((e) => {
      const { [field]: _, ...rest } = e;
      return rest;
    });
    versions.refetch();
    Taro.showToast({ title: t('cardEdit.imageDone'), icon: 'success', duration: 1200 });
  };

  return {
    uploadImage,
    query,
    card,
    draft,
    errors,
    message,
    busy,
    published: card?.status === 'PUBLISHED',
    versions: versions.data?.cardVersions ?? [],
    set,
    setRow,
    addRow,
    removeRow,
    onSave,
    onPublish,
    onUnpublish,
  };
}
