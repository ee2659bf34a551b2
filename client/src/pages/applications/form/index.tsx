import { newClientKey } from '../../../utils/clientKey';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidHide, useRouter, useUnload } from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { APPLICATION_LIMITS, type ApplicationField } from '@cards/schema/rules';
import {
  ApplicationDetailDocument,
  MyApplicationsDocument,
  OpenCampaignDocument,
  RecordSubscribeGrantDocument,
  RemoveApplicationAttachmentDocument,
  SaveApplicationDraftDocument,
  SubmitApplicationDocument,
  type ApplicationFieldsFragment,
  type AttachmentFieldsFragment,
  type OpenCampaignQuery,
} from '@cards/schema';
import TopBar from '../../../components/TopBar';
import FormField from '../../../components/FormField';
import TagInput from '../../../components/TagInput';
import RegionPicker from '../../../components/RegionPicker';
import CharCounter from '../../../components/CharCounter';
import BindPhoneButton from '../../../components/BindPhoneButton';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { fieldLabel, useI18n, useNavigationTitle } from '../../../i18n';
import { getClient } from '../../../graphql/client';
import { mutate, type Failure } from '../../../graphql/mutate';
import { goSignIn, useToken, useViewer } from '../../../features/auth/useSession';
import {
  INTRO_MAX,
  draftInput,
  emptyForm,
  errorMap,
  formFromApplication,
  isBlankInput,
  sameInput,
  toInput,
  type FormInput,
  type FormState,
} from '../../../features/applications/form';
import { createAutosave, type SaveStatus } from '../../../features/applications/autosave';
import { chooseAttachments, uploadAttachment } from '../../../features/applications/upload';
import { openFile } from '../../../features/applications/files';
import { EDITABLE } from '../../../features/applications/status';
import { formatDate, formatSize, formatTime } from '../../../utils/format';
import { PageActiveContext, usePageActiveState, useTestHook } from '../../../utils/pageActive';
import './index.scss';
import { routeParam } from '../../../utils/routeParam';
import PrivacyPopup from '../../../components/PrivacyPopup';

const L = APPLICATION_LIMITS;

type Campaign = NonNullable<OpenCampaignQuery['openCampaign']>;
type Phase = 'loading' | 'ready' | 'error' | 'noCampaign' | 'notEditable' | 'signedOut';

/** Asks for the subscribe message (weapp, when a template is configured) and reports what was accepted. */
async function askForSubscription(): Promise<void> {
  if (!IS_WEAPP || !WECHAT_SUBSCRIBE_TEMPLATE_ID) return;
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: [WECHAT_SUBSCRIBE_TEMPLATE_ID], entityIds: [] })) as unknown as Record<string, string>;
    const accepted = [WECHAT_SUBSCRIBE_TEMPLATE_ID].filter((id) => res[id] === 'accept');
    if (accepted.length) await getClient().mutation(RecordSubscribeGrantDocument, { templateIds: accepted }).toPromise();
  } catch {
    // Refused or unsupported: the in-app notifications still tell the official.
  }
}

function SaveIndicator({ status, held, savedAt }: { status: SaveStatus; held: number; savedAt: Date | null }) {
  const { t } = useI18n();
  const hook = useTestHook();
  let text = t('form.saveIdle');
  if (status === 'pending' || status === 'saving') text = t('form.saving');
  else if (status === 'error') text = t('form.saveFailed');
  else if (status === 'saved') text = held ? t('form.saveInvalid', { n: held }) : savedAt ? t('form.savedAt', { time: formatTime(savedAt) }) : t('form.saved');
  return (
    <View className={`save-indicator save-indicator--${status} ${held && status === 'saved' ? 'is-partial' : ''} ${hook('save-state')}`} data-status={status}>
      <View className="save-indicator__dot" />
      <Text className="save-indicator__text">{text}</Text>
    </View>
  );
}

function Attachments({
  items,
  canAdd,
  busy,
  onAdd,
  onRemove,
}: {
  items: AttachmentFieldsFragment[];
  canAdd: boolean;
  busy: boolean;
  onAdd: () => void;
  onRemove: (a: AttachmentFieldsFragment) => void;
}) {
  const { t } = useI18n();
  const hook = useTestHook();
  return (
    <View className="attachments">
      {items.map((a) => (
        <View key={a.id} className={`attachments__item ${hook('attachment-item')}`} data-name={a.fileName}>
          <View className={`attachments__icon attachments__icon--${a.contentType === 'application/pdf' ? 'pdf' : 'img'}`}>
            <Text>{a.contentType === 'application/pdf' ? 'PDF' : 'IMG'}</Text>
          </View>
          <View className="attachments__main" role="link" onClick={() => openFile(a.url, a.fileName, a.contentType)}>
            <Text className="attachments__name">{a.fileName}</Text>
            <Text className="attachments__size">{formatSize(a.size)}</Text>
          </View>
          <Text className="attachments__remove" onClick={() => onRemove(a)}>
            {t('common.remove')}
          </Text>
        </View>
      ))}
      {items.length < L.attachment.maxCount ? (
        <View className={`attachments__add ${canAdd ? '' : 'is-disabled'} ${hook('attach-button')}`} role="button" onClick={onAdd}>
          <Text className="attachments__plus">+</Text>
          <Text>{busy ? t('form.attachUploading') : t('form.attachAdd')}</Text>
        </View>
      ) : null}
    </View>
  );
}

export default function ApplicationFormPage() {
  const { t, lang } = useI18n();
  const active = usePageActiveState();
  useNavigationTitle('form.title');
  const router = useRouter();
  const idParam = routeParam(router.params.id);
  const token = useToken();
  const { viewer } = useViewer();

  const [phase, setPhase] = useState<Phase>(token ? 'loading' : 'signedOut');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [campaign, setCampaign] = useState<Campaign | ApplicationFieldsFragment['campaign'] | null>(null);
  const [app, setApp] = useState<ApplicationFieldsFragment | null>(null);
  const [form, setForm] = useState<FormState>(emptyForm);
  const [attachments, setAttachments] = useState<AttachmentFieldsFragment[]>([]);
  const [touched, setTouched] = useState<Set<ApplicationField>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<ApplicationField, string>>>({});
  const [submitTried, setSubmitTried] = useState(false);
  const [banner, setBanner] = useState<{ tone: 'error' | 'info'; text: string } | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [held, setHeld] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [uploading, setUploading] = useState(false);

  // The latest values for the autosave, which runs outside React's render cycle.
  const formRef = useRef(form);
  const appRef = useRef<ApplicationFieldsFragment | null>(null);
  const campaignRef = useRef<{ id: string } | null>(null);
  const lastSaved = useRef<FormInput | null>(null);

  const adopt = useCallback((a: ApplicationFieldsFragment, resetForm: boolean) => {
    appRef.current = a;
    setApp(a);
    setAttachments(a.attachments);
    setCampaign(a.campaign);
    campaignRef.current = a.campaign;
    if (resetForm) {
      const f = formFromApplication(a);
      formRef.current = f;
      setForm(f);
      lastSaved.current = toInput(f);
    }
  }, []);

  /** Reloads the application after someone else changed it. */
  const reload = useCallback(async () => {
    const id = appRef.current?.id;
    if (!id) return;
    const res = await getClient().query(ApplicationDetailDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    const fresh = res.data?.application;
    if (fresh) adopt(fresh, true);
  }, [adopt]);

  const onFailure = useCallback(
    async (f: Failure): Promise<boolean> => {
      if (f.kind === 'validation') {
        setServerErrors((e) => ({ ...e, ...f.fieldErrors }));
        if (!Object.keys(f.fieldErrors).length) setBanner({ tone: 'error', text: f.message });
        return true;
      }
      if (f.kind === 'conflict') {
        await reload();
        setBanner({ tone: 'info', text: t('common.conflict') });
        Taro.showToast({ title: t('common.conflict'), icon: 'none', duration: 2500 });
        return true;
      }
      if (f.kind === 'network') return false;
      setBanner({ tone: 'error', text: f.message });
      return true;
    },
    [reload, t],
  );

  // Idempotency keys: one for creating the draft, one per submitted version (reused by retries).
  const draftKey = useRef<string | null>(null);
  const submitKey = useRef<{ at: string; key: string } | null>(null);
  const submitKeyFor = (id: string, version: number) => {
    const at = `${id}:${version}`;
    if (submitKey.current?.at !== at) submitKey.current = { at, key: newClientKey() };
    return submitKey.current.key;
  };

  const saveNow = useCallback(async (): Promise<boolean> => {
    const f = formRef.current;
    const current = appRef.current;
    const { input, held: heldFields } = draftInput(f, lastSaved.current);
    setHeld(heldFields.length);
    if (current && sameInput(input, lastSaved.current)) return true;
    // The first change creates the draft, but an empty form is not worth one.
    if (!current && isBlankInput(input)) return true;
    const res = await mutate(
      SaveApplicationDraftDocument,
      {
        id: current?.id ?? null,
        campaignId: current ? null : (campaignRef.current?.id ?? null),
        expectedVersion: current?.version ?? null,
        input,
        // Creating the draft: a retry after a lost response must not create a second one.
        clientKey: current ? null : (draftKey.current ??= newClientKey()),
      },
      (d) => d.saveApplicationDraft,
      t('common.networkError'),
    );
    if (res.ok) {
      if (res.value.__typename === 'Application') {
        adopt(res.value, false);
        lastSaved.current = input;
        setSavedAt(new Date());
      }
      return true;
    }
    return onFailure(res.error);
  }, [adopt, onFailure, t]);

  const autosave = useMemo(() => createAutosave({ delay: 1000, save: () => saveNowRef.current(), onStatus: setSaveStatus }), []);
  const saveNowRef = useRef(saveNow);
  saveNowRef.current = saveNow;

  // Leaving the page saves what is pending.
  useDidHide(() => void autosave.flush());
  useUnload(() => void autosave.flush());
  useEffect(() => () => void autosave.flush(), [autosave]);

  // The loader must not run again when only the language changes (that would drop unsaved edits).
  const tRef = useRef(t);
  tRef.current = t;
  const load = useCallback(async () => {
    const t = tRef.current;
    if (!token) {
      setPhase('signedOut');
      return;
    }
    setPhase('loading');
    setLoadError(null);
    const client = getClient();
    try {
      const [campaignRes, mine] = await Promise.all([
        client.query(OpenCampaignDocument, {}, { requestPolicy: 'network-only' }).toPromise(),
        idParam ? Promise.resolve(null) : client.query(MyApplicationsDocument, {}, { requestPolicy: 'network-only' }).toPromise(),
      ]);
      if (campaignRes.error) throw new Error(campaignRes.error.message);
      if (mine?.error) throw new Error(mine.error.message);
      // Resume the official's editable application (from any device), or the one asked for.
      const id = idParam || mine?.data?.myApplications.find((a) => EDITABLE.has(a.status))?.id;
      if (id) {
        const res = await client.query(ApplicationDetailDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
        if (res.error) throw new Error(res.error.message);
        const found = res.data?.application;
        if (!found) {
          setLoadError(t('appl.notFound'));
          setPhase('error');
          return;
        }
        adopt(found, true);
        if (!EDITABLE.has(found.status)) {
          setPhase('notEditable');
          return;
        }
        if (!idParam) Taro.showToast({ title: t('form.resumed'), icon: 'none', duration: 1500 });
        setPhase('ready');
        return;
      }
      const open = campaignRes.data?.openCampaign ?? null;
      setCampaign(open);
      campaignRef.current = open;
      setPhase(open ? 'ready' : 'noCampaign');
    } catch (err) {
      setLoadError((err as Error).message);
      setPhase('error');
    }
  }, [token, idParam, adopt]);

  useEffect(() => {
    void load();
  }, [load]);

  const update = (patch: Partial<FormState>, fields: ApplicationField[], touch = true) => {
    const next = { ...formRef.current, ...patch };
    formRef.current = next;
    setForm(next);
    if (touch) setTouched((s) => new Set([...s, ...fields]));
    setServerErrors((e) => {
      const copy = { ...e };
      for (const f of fields) delete copy[f];
      return copy;
    });
    autosave.schedule();
  };
  const touch = (field: ApplicationField) => setTouched((s) => (s.has(field) ? s : new Set([...s, field])));

  const clientErrors = useMemo(() => errorMap(form, submitTried ? 'submit' : 'draft'), [form, submitTried]);
  const errorOf = (field: ApplicationField): string | null => serverErrors[field] ?? (submitTried || touched.has(field) ? (clientErrors[field] ?? null) : null);

  const submit = async () => {
    if (submitting) return;
    setSubmitTried(true);
    setBanner(null);
    const errors = errorMap(formRef.current, 'submit');
    const count = Object.keys(errors).length;
    if (count) {
      setBanner({ tone: 'error', text: t('form.fixErrors', { n: count }) });
      Taro.pageScrollTo({ selector: '.form-field.has-error', duration: 200, offsetTop: -120 } as never).catch(() => undefined);
      return;
    }
    setSubmitting(true);
    // WeChat only shows the subscribe prompt straight from a tap, so it comes before any request.
    await askForSubscription();
    const saved = await autosave.flush();
    const current = appRef.current;
    if (!saved || !current) {
      setSubmitting(false);
      setBanner({ tone: 'error', text: t('common.networkError') });
      return;
    }
    const res = await mutate(
      SubmitApplicationDocument,
      { id: current.id, expectedVersion: current.version, clientKey: submitKeyFor(current.id, current.version) },
      (d) => d.submitApplication,
      t('common.networkError'),
    );
    setSubmitting(false);
    if (!res.ok) {
      if (res.error.kind === 'validation' && Object.keys(res.error.fieldErrors).length) {
        setServerErrors((e) => ({ ...e, ...res.error.fieldErrors }));
        setBanner({ tone: 'error', text: res.error.message });
        Taro.pageScrollTo({ selector: '.form-field.has-error', duration: 200, offsetTop: -120 } as never).catch(() => undefined);
        return;
      }
      await onFailure(res.error);
      if (res.error.kind === 'network') setBanner({ tone: 'error', text: res.error.message });
      return;
    }
    if (res.value.__typename !== 'Application') return;
    autosave.cancel();
    Taro.showToast({ title: t('form.submittedToast'), icon: 'success', duration: 1500 });
    Taro.redirectTo({ url: `/pages/applications/detail/index?id=${encodeURIComponent(res.value.id)}` });
  };

  const addAttachments = async () => {
    if (uploading) return;
    if (!appRef.current) await autosave.flush();
    const current = appRef.current;
    if (!current) {
      Taro.showToast({ title: t('form.attachNeedDraft'), icon: 'none', duration: 2500 });
      return;
    }
    const files = await chooseAttachments(L.attachment.maxCount - attachments.length);
    if (!files.length) return;
    setUploading(true);
    setServerErrors((e) => ({ ...e, attachments: undefined }));
    for (const file of files) {
      const res = await uploadAttachment(current.id, file);
      if (res.ok) {
        setAttachments((list) => [...list, res.value]);
      } else {
        setServerErrors((e) => ({ ...e, attachments: res.error.fieldErrors.attachments ?? res.error.message }));
        break;
      }
    }
    setUploading(false);
  };

  const removeAttachment = async (a: AttachmentFieldsFragment) => {
    const res = await mutate(RemoveApplicationAttachmentDocument, { id: a.id }, (d) => d.removeApplicationAttachment, t('common.networkError'));
    if (res.ok) setAttachments((list) => list.filter((x) => x.id !== a.id));
    else Taro.showToast({ title: res.error.message, icon: 'none' });
  };

  const returned = app?.status === 'RETURNED';
  const returnNote = returned ? [...(app?.timeline ?? [])].reverse().find((e) => e.to === 'RETURNED')?.note : null;
  const label = (f: ApplicationField) => fieldLabel(f, lang);
  const hook = (name: string) => (active ? name : '');
  const needPhone = IS_WEAPP && viewer && !viewer.hasPhone && viewer.role !== 'STAFF' && viewer.role !== 'ADMIN';

  let body: JSX.Element;
  if (phase === 'signedOut') {
    body = (
      <Empty
        title={t('common.signInFirst')}
        hint={t('me.signedOutHint')}
        actionText={t('me.signIn')}
        onAction={() => goSignIn(`/pages/applications/form/index${idParam ? `?id=${encodeURIComponent(idParam)}` : ''}`)}
      />
    );
  } else if (phase === 'loading') {
    body = <Loading />;
  } else if (phase === 'error') {
    body = <ErrorState message={loadError} onRetry={() => void load()} />;
  } else if (phase === 'noCampaign') {
    body = (
      <Empty
        title={t('form.noCampaign')}
        hint={t('form.noCampaignHint')}
        actionText={t('common.home')}
        onAction={() => Taro.reLaunch({ url: '/pages/home/index' })}
      />
    );
  } else if (phase === 'notEditable') {
    body = (
      <Empty
        title={t('form.notEditable')}
        actionText={t('form.viewApplication')}
        onAction={() => app && Taro.redirectTo({ url: `/pages/applications/detail/index?id=${encodeURIComponent(app.id)}` })}
      />
    );
  } else {
    body = (
      <View className="app-form__body">
        {returned ? (
          <View className={`app-form__returned ${hook('return-reason')}`}>
            <Text className="app-form__returned-title">{t('form.returnedTitle')}</Text>
            <Text className="app-form__returned-hint">{t('form.returnedHint')}</Text>
            {returnNote ? <Text className="app-form__returned-note">{returnNote}</Text> : null}
          </View>
        ) : null}

        {needPhone ? (
          <View className="ui-panel app-form__phone">
            <Text className="app-form__phone-text">{t('login.bindPhoneHint')}</Text>
            <BindPhoneButton onBound={() => Taro.showToast({ title: t('login.phoneVerified'), icon: 'success' })} />
          </View>
        ) : null}

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('form.sectionRegion')}</Text>
          <FormField name="regionCode" label={label('regionCode')} required error={errorOf('regionCode')}>
            <RegionPicker
              value={form.region}
              admittedLevels={campaign?.admittedLevels ?? []}
              invalid={!!errorOf('regionCode')}
              onChange={(region) => update({ region }, ['regionCode'])}
            />
          </FormField>
          <FormField name="leadUnit" label={label('leadUnit')} required error={errorOf('leadUnit')}>
            <Input
              className={`ui-input ${errorOf('leadUnit') ? 'is-invalid' : ''} ${hook('lead-unit-input')}`}
              value={form.leadUnit}
              maxlength={80}
              placeholder={t('form.leadUnitPlaceholder')}
              placeholderClass="ui-placeholder"
              onInput={(e) => update({ leadUnit: e.detail.value }, ['leadUnit'], false)}
              onBlur={() => touch('leadUnit')}
            />
          </FormField>
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('form.sectionIndustries')}</Text>
          <FormField name="leadingIndustries" label={label('leadingIndustries')} required hint={t('form.leadingHint')} error={errorOf('leadingIndustries')}>
            <TagInput
              hookName="leading"
              label={label('leadingIndustries')}
              max={L.leadingIndustries.max}
              value={form.leadingIndustries}
              invalid={!!errorOf('leadingIndustries')}
              placeholder={t('form.industryPlaceholder')}
              onChange={(list) => update({ leadingIndustries: list }, ['leadingIndustries'])}
            />
          </FormField>
          <FormField name="featuredIndustries" label={label('featuredIndustries')} hint={t('form.featuredHint')} error={errorOf('featuredIndustries')}>
            <TagInput
              hookName="featured"
              label={label('featuredIndustries')}
              max={L.featuredIndustries.max}
              value={form.featuredIndustries}
              invalid={!!errorOf('featuredIndustries')}
              placeholder={t('form.industryPlaceholder')}
              onChange={(list) => update({ featuredIndustries: list }, ['featuredIndustries'])}
            />
          </FormField>
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('form.sectionIntro')}</Text>
          <FormField
            name="intro"
            label={label('intro')}
            required
            error={errorOf('intro')}
            extra={<CharCounter text={form.intro} max={INTRO_MAX} hookName="intro-counter" />}
          >
            <Textarea
              className={`ui-textarea ${errorOf('intro') ? 'is-invalid' : ''} ${hook('intro-input')}`}
              value={form.intro}
              maxlength={INTRO_MAX * 2}
              placeholder={t('form.introPlaceholder')}
              placeholderClass="ui-placeholder"
              onInput={(e) => update({ intro: e.detail.value }, ['intro'])}
              onBlur={() => touch('intro')}
            />
          </FormField>
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('form.sectionContact')}</Text>
          <View className="app-form__pair">
            <FormField name="contactName" label={label('contactName')} required error={errorOf('contactName')}>
              <Input
                className={`ui-input ${errorOf('contactName') ? 'is-invalid' : ''} ${hook('contact-name-input')}`}
                value={form.contactName}
                maxlength={40}
                placeholder={t('form.contactNamePlaceholder')}
                placeholderClass="ui-placeholder"
                onInput={(e) => update({ contactName: e.detail.value }, ['contactName'], false)}
                onBlur={() => touch('contactName')}
              />
            </FormField>
            <FormField name="contactTitle" label={label('contactTitle')} required error={errorOf('contactTitle')}>
              <Input
                className={`ui-input ${errorOf('contactTitle') ? 'is-invalid' : ''} ${hook('contact-title-input')}`}
                value={form.contactTitle}
                maxlength={40}
                placeholder={t('form.contactTitlePlaceholder')}
                placeholderClass="ui-placeholder"
                onInput={(e) => update({ contactTitle: e.detail.value }, ['contactTitle'], false)}
                onBlur={() => touch('contactTitle')}
              />
            </FormField>
          </View>
          <FormField name="phone" label={label('phone')} required error={errorOf('phone')}>
            <Input
              className={`ui-input ${errorOf('phone') ? 'is-invalid' : ''} ${hook('phone-input')}`}
              type="text"
              value={form.phone}
              maxlength={20}
              placeholder={t('form.phonePlaceholder')}
              placeholderClass="ui-placeholder"
              onInput={(e) => update({ phone: e.detail.value }, ['phone'], false)}
              onBlur={() => touch('phone')}
            />
          </FormField>
        </View>

        <View className="ui-panel">
          <Text className="ui-panel__title">{t('form.sectionAttachments')}</Text>
          <FormField name="attachments" label={label('attachments')} hint={t('form.attachHint')} error={serverErrors.attachments}>
            <Attachments items={attachments} canAdd={!!app} busy={uploading} onAdd={() => void addAttachments()} onRemove={(a) => void removeAttachment(a)} />
          </FormField>
        </View>

        {banner ? <View className={`ui-banner ui-banner--${banner.tone} ${hook('form-message')}`}>{banner.text}</View> : null}
      </View>
    );
  }

  const ready = phase === 'ready';
  return (
    <PageActiveContext.Provider value={active}>
      <View className={`page app-form ${ready ? 'has-actionbar' : ''}`}>
        <TopBar back title={t('form.title')} />
        {ready ? (
          <View className="app-form__header">
            <View className="app-form__heading">
              <Text className="app-form__title">{t('form.heading')}</Text>
              {campaign ? (
                <Text className="app-form__campaign">
                  {campaign.title} · {t('form.closesAt', { date: formatDate(campaign.closesAt) })}
                </Text>
              ) : null}
            </View>
            <SaveIndicator status={saveStatus} held={held} savedAt={savedAt} />
          </View>
        ) : null}
        <View className="page-body">{body}</View>
        {ready ? (
          <View className="ui-actionbar">
            <View className={`ui-btn ${submitting ? 'is-disabled' : ''} ${hook('submit-application')}`} role="button" onClick={() => void submit()}>
              <Text>{submitting ? t('form.submitting') : returned ? t('form.resubmit') : t('form.submit')}</Text>
            </View>
          </View>
        ) : null}
      </View>
      <PrivacyPopup />
    </PageActiveContext.Provider>
  );
}
