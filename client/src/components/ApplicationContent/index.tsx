import { Text, View } from '@tarojs/components';
import type { ApplicationFieldsFragment } from '@cards/schema';
import { fieldLabel, localized, regionLevelLabel, useI18n } from '../../i18n';
import { openFile } from '../../features/applications/files';
import { formatSize } from '../../utils/format';
import { useTestHook } from '../../utils/pageActive';
import './index.scss';

function KV({ k, v }: { k: string; v: string }) {
  const { t } = useI18n();
  return (
    <View className="ui-kv">
      <Text className="ui-kv__k">{k}</Text>
      <Text className={`ui-kv__v ${v ? '' : 'is-empty'}`}>{v || t('appl.none')}</Text>
    </View>
  );
}

/** The registration form as submitted: every field, and the attachments with open/download links. */
export default function ApplicationContent({ app }: { app: ApplicationFieldsFragment }) {
  const { t, lang } = useI18n();
  const hook = useTestHook();
  const sep = lang === 'zh' ? '、' : ', ';
  const region = app.region ? `${localized(lang, app.region.fullName, app.region.fullNameEn)}（${regionLevelLabel(app.region.level, lang)}）` : '';
  return (
    <View className="app-content">
      <KV k={fieldLabel('regionCode', lang)} v={region} />
      <KV k={fieldLabel('leadUnit', lang)} v={app.leadUnit} />
      <KV k={fieldLabel('leadingIndustries', lang)} v={app.leadingIndustries.join(sep)} />
      <KV k={fieldLabel('featuredIndustries', lang)} v={app.featuredIndustries.join(sep)} />
      <KV k={fieldLabel('intro', lang)} v={app.intro} />
      <KV k={fieldLabel('contactName', lang)} v={[app.contactName, app.contactTitle].filter(Boolean).join(' · ')} />
      <KV k={fieldLabel('phone', lang)} v={app.phone} />
      <View className="ui-kv">
        <Text className="ui-kv__k">{t('appl.attachments')}</Text>
        <View className="ui-kv__v">
          {app.attachments.length === 0 ? <Text className="app-content__none">{t('appl.noAttachments')}</Text> : null}
          {app.attachments.map((a) => (
            <View
              key={a.id}
              className={`app-content__file ${hook('attachment-link')}`}
              data-name={a.fileName}
              data-url={a.url}
              role="link"
              onClick={() => void openFile(a.url, a.fileName, a.contentType)}
            >
              <Text className="app-content__file-name">{a.fileName}</Text>
              <Text className="app-content__file-size">{formatSize(a.size)}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
