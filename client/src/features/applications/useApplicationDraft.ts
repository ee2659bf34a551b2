// The official's application form: load (resume the editable one, or the one asked for), edit with
// autosave, attachments, and submit. Idempotency keys make retries safe: one for creating the draft,
// one per submitted version.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useDidHide, useUnload } from '@tarojs/taro';
import { APPLICATION_LIMITS, type ApplicationField } from '@cards/schema/rules';
import {
  ApplicationDetailDocument,
  MyApplicationsDocument,
  OpenCampaignDocument,
  RecordSubscribeGrantDocument,
  RegionAvailabilityDocument,
  RemoveApplicationAttachmentDocument,
  SaveApplicationDraftDocument,
  SubmitApplicationDocument,
  type ApplicationFieldsFragment,
  type AttachmentFieldsFragment,
  type OpenCampaignQuery,
} from '@cards/schema';
import { useI18n } from '../../i18n';
import { getClient } from '../../graphql/client';
import { mutate, type Failure } from '../../graphql/mutate';
import { newClientKey } from '../../utils/clientKey';
import { draftInput, emptyForm, errorMap, formFromApplication, isBlankInput, prefillFrom, sameInput, toInput, type FormInput, type FormState } from './form';
import { createAutosave, type SaveStatus } from './autosave';
import { chooseAttachments, uploadAttachment } from './upload';
import { EDITABLE } from './status';

const L = APPLICATION_LIMITS;

export type Campaign = NonNullable<OpenCampaignQuery['openCampaign']>;
export type Phase = 'loading' | 'ready' | 'error' | 'noCampaign' | 'notEditable' | 'signedOut';

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

const scrollToFirstError = () => Taro.pageScrollTo({ selector: '.form-field.has-error', duration: 200, offsetTop: -120 } as never).catch(() => undefined);

/** `idParam`: the application asked for (else the editable one, else a new one); `token`: signed in. */
export function useApplicationDraft(idParam: string, token: string | null) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>(token ? 'loading' : 'signedOut');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [campaign, setCampaign] = useState<Campaign | ApplicationFieldsFragment['campaign'] | null>(null);
  const [app, setApp] = useState<ApplicationFieldsFragment | null>(null);
  const [form, setForm] = useState<FormState>(emptyForm);
  const [attachments, setAttachments] = useState<AttachmentFieldsFragment[]>([]);
  const [touched, setTouched] = useState<Set<ApplicationField>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<ApplicationField, string>>>({});
  const [submitTried, setSubmitTried] = useState(false);
  // "请修正标出的 N 处内容" after a refused submit: counted from the errors still shown, so it goes with them.
  const [fixSummary, setFixSummary] = useState(false);
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
      // A second application starts from the first one's unit and contact (never its region).
      const previous = mine?.data?.myApplications[0];
      if (open && previous) {
        const prev = await client.query(ApplicationDetailDocument, { id: previous.id }, { requestPolicy: 'network-only' }).toPromise();
        const p = prev.data?.application;
        if (p) {
          const f = { ...emptyForm, ...prefillFrom(p) };
          formRef.current = f;
          setForm(f);
          setBanner({ tone: 'info', text: t('form.prefilled') });
        }
      }
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

  /** A region already applied for (or of a level the call does not admit) is refused as soon as it is picked. */
  const checkRegion = async (code: string) => {
    const campaignId = campaignRef.current?.id;
    if (!campaignId) return;
    const res = await getClient()
      .query(RegionAvailabilityDocument, { campaignId, regionCode: code, applicationId: appRef.current?.id ?? null }, { requestPolicy: 'network-only' })
      .toPromise();
    const answer = res.data?.regionAvailability;
    if (!answer || answer.available || formRef.current.region?.code !== code) return;
    setServerErrors((e) => ({ ...e, regionCode: tRef.current(answer.reason === 'TAKEN' ? 'form.regionTaken' : 'form.regionLevel') }));
  };

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
    if (patch.region) void checkRegion(patch.region.code);
  };
  const touch = (field: ApplicationField) => setTouched((s) => (s.has(field) ? s : new Set([...s, field])));

  const clientErrors = useMemo(() => errorMap(form, submitTried ? 'submit' : 'draft'), [form, submitTried]);
  const errorOf = (field: ApplicationField): string | null => serverErrors[field] ?? (submitTried || touched.has(field) ? (clientErrors[field] ?? null) : null);
  const shownErrors = new Set([...Object.keys(clientErrors), ...Object.entries(serverErrors).flatMap(([k, v]) => (v ? [k] : []))]).size;
  const summary = fixSummary && submitTried && shownErrors ? { tone: 'error' as const, text: t('form.fixErrors', { n: shownErrors }) } : null;

  /** Before the preview: every field valid (else the fields and the summary say what), and the draft saved. */
  const validate = (): boolean => {
    setSubmitTried(true);
    setBanner(null);
    if (!Object.keys(errorMap(formRef.current, 'submit')).length) return true;
    setFixSummary(true);
    scrollToFirstError();
    return false;
  };
  const check = async (): Promise<boolean> => {
    if (!validate()) return false;
    const saved = await autosave.flush();
    if (!saved || !appRef.current) setBanner({ tone: 'error', text: t('common.networkError') });
    return saved && !!appRef.current;
  };

  /** Submits; false when it was refused (the form shows why). */
  const submit = async (): Promise<boolean> => {
    if (submitting || !validate()) return false;
    setSubmitting(true);
    // WeChat only shows the subscribe prompt straight from a tap, so it comes before any request.
    await askForSubscription();
    const saved = await autosave.flush();
    const current = appRef.current;
    if (!saved || !current) {
      setSubmitting(false);
      setBanner({ tone: 'error', text: t('common.networkError') });
      return false;
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
        setFixSummary(true);
        scrollToFirstError();
        return false;
      }
      await onFailure(res.error);
      if (res.error.kind === 'network') setBanner({ tone: 'error', text: res.error.message });
      return false;
    }
    if (res.value.__typename !== 'Application') return false;
    autosave.cancel();
    Taro.showToast({ title: t('form.submittedToast'), icon: 'success', duration: 1500 });
    Taro.redirectTo({ url: `/pages/applications/detail/index?id=${encodeURIComponent(res.value.id)}` });
    return true;
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

  return {
    phase,
    loadError,
    load,
    campaign,
    app,
    form,
    attachments,
    serverErrors,
    banner: banner ?? summary,
    saveStatus,
    savedAt,
    held,
    submitting,
    uploading,
    returned,
    returnNote,
    update,
    touch,
    errorOf,
    check,
    submit,
    addAttachments,
    removeAttachment,
  };
}

export type ApplicationDraft = ReturnType<typeof useApplicationDraft>;
