// 机器人未解决: what the bot answered unsure or was marked wrong on, grouped by similar wording.
// One step turns a group into other phrasings of a FAQ entry, or into a new entry; the bot uses it
// at once and the group leaves the list.
import { useState } from 'react';
import { Picker, Textarea, View } from '@tarojs/components';
import { INPUT_LIMITS } from '@cards/schema/rules';
import { BotMissesDocument, FaqsDocument, TeachBotDocument, type BotMissesQuery } from '@cards/schema';
import StaffPage from '../../../components/StaffPage';
import { Empty, ErrorState, Loading } from '../../../components/StatusView';
import { useI18n, useNavigationTitle } from '../../../i18n';
import { useQuery } from '../../../graphql/useQuery';
import { mutate } from '../../../graphql/mutate';
import { formatDateTime } from '../../../utils/format';
import { useRefetchOnShow } from '../../../utils/useRefetchOnShow';
import './index.scss';

type Group = BotMissesQuery['botMisses'][number];

function MissGroup({ group, faqs, onDone }: { group: Group; faqs: { id: string; question: string }[]; onDone: () => void }) {
  const { t } = useI18n();
  const [faqId, setFaqId] = useState<string | null>(group.closestFaq?.id ?? null);
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = faqs.find((f) => f.id === faqId) ?? group.closestFaq ?? null;

  const teach = async (input: { faqId?: string; answer?: string }) => {
    setBusy(true);
    setError('');
    const res = await mutate(TeachBotDocument, { input: { messageIds: group.messageIds, ...input } }, (d) => d.teachBot, t('common.networkError'));
    setBusy(false);
    if (!res.ok) {
      setError(res.error.fieldErrors.answer ?? res.error.message);
      return;
    }
    onDone();
  };

  return (
    <View className="bot-miss ui-panel" role="article" aria-label={group.question}>
      <View className="bot-miss__question">{group.question}</View>
      <View className="bot-miss__counts">
        {t('botMisses.counts', { n: group.count, wrong: group.markedWrong, unsure: group.unsure })} · {formatDateTime(group.lastAskedAt)}
      </View>
      {group.questions.length > 1 ? (
        <View className="bot-miss__wordings">
          {group.questions.map((q) => (
            <View key={q} className="bot-miss__wording">
              {q}
            </View>
          ))}
        </View>
      ) : null}
      {group.reasons.length ? <View className="bot-miss__reasons">{t('botMisses.reasons', { reasons: group.reasons.join('；') })}</View> : null}

      <View className="bot-miss__extend">
        <Picker mode="selector" range={faqs.map((f) => f.question)} onChange={(e) => setFaqId(faqs[Number(e.detail.value)]?.id ?? null)}>
          <View className="bot-miss__pick" role="button" aria-label={t('botMisses.pickFaq')}>
            {chosen ? chosen.question : t('botMisses.pickFaq')}
          </View>
        </Picker>
        <View
          className={`bot-miss__action ${!chosen || busy ? 'is-disabled' : ''}`}
          role="button"
          aria-disabled={!chosen || busy}
          onClick={() => chosen && !busy && void teach({ faqId: chosen.id })}
        >
          {t('botMisses.addPhrasing')}
        </View>
      </View>

      <View className="bot-miss__new">
        <Textarea
          className="bot-miss__answer"
          aria-label={t('botMisses.newAnswer')}
          placeholder={t('botMisses.newAnswer')}
          maxlength={INPUT_LIMITS.text}
          value={answer}
          onInput={(e) => setAnswer(e.detail.value)}
        />
        <View
          className={`bot-miss__action ${!answer.trim() || busy ? 'is-disabled' : ''}`}
          role="button"
          aria-disabled={!answer.trim() || busy}
          onClick={() => answer.trim() && !busy && void teach({ answer: answer.trim() })}
        >
          {t('botMisses.createFaq')}
        </View>
      </View>
      {error ? (
        <View className="bot-miss__error" role="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}

function Misses() {
  const { t } = useI18n();
  const misses = useQuery(BotMissesDocument, {}, { requestPolicy: 'network-only' });
  const faqs = useQuery(FaqsDocument, {});
  useRefetchOnShow(misses.refetch);
  if (misses.fetching && !misses.data) return <Loading />;
  if (misses.error && !misses.data) return <ErrorState message={misses.error.message} onRetry={misses.refetch} />;
  const groups = misses.data?.botMisses ?? [];
  const faqList = (faqs.data?.faqs ?? []).filter((f) => f.published).map((f) => ({ id: f.id, question: f.question }));
  return (
    <View className="page-body">
      <View className="bot-misses__intro">{t('botMisses.intro')}</View>
      {groups.length ? groups.map((g) => <MissGroup key={g.id} group={g} faqs={faqList} onDone={misses.refetch} />) : <Empty title={t('botMisses.empty')} />}
    </View>
  );
}

export default function BotMissesPage() {
  const { t } = useI18n();
  useNavigationTitle('botMisses.title');
  return (
    <StaffPage title={t('botMisses.title')} redirect="/pages/staff/bot-misses/index">
      <Misses />
    </StaffPage>
  );
}
