import { beforeEach, describe, expect, it } from 'vitest';
import { taroStub } from '../../test/taro-stub';
import {
  LANG_STORAGE_KEY,
  regionKindLabel,
  cardText,
  getLang,
  landmarkKindLabel,
  localized,
  paragraphs,
  setLang,
  subscribeLang,
  themeLabel,
  tierLabel,
  tierShortLabel,
  toggleLang,
  translate,
} from '.';
import { en, zh } from './messages';
import { resetLangForTests } from './store';

beforeEach(() => {
  resetLangForTests();
});

describe('messages', () => {
  it('has an English string for every Chinese key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, value] of Object.entries(en)) {
      if (key === 'home.unitCards') continue;
      expect(value, key).not.toBe('');
    }
  });

  it('fills placeholders', () => {
    expect(translate('zh', 'list.total', { n: 42 })).toBe('共 42 张名片');
    expect(translate('en', 'list.total', { n: 42 })).toBe('42 cards');
  });
});

describe('language switch', () => {
  it('defaults to Chinese and persists a switch to English', () => {
    expect(getLang()).toBe('zh');
    const heard: string[] = [];
    subscribeLang((l) => heard.push(l));
    setLang('en');
    expect(getLang()).toBe('en');
    expect(taroStub.storage.get(LANG_STORAGE_KEY)).toBe('en');
    expect(heard).toEqual(['en']);
    expect(toggleLang()).toBe('zh');
    expect(taroStub.storage.get(LANG_STORAGE_KEY)).toBe('zh');
  });

  it('reads the stored language on start', () => {
    taroStub.storage.set(LANG_STORAGE_KEY, 'en');
    expect(getLang()).toBe('en');
  });

  it('ignores garbage in storage', () => {
    taroStub.storage.set(LANG_STORAGE_KEY, 'fr');
    expect(getLang()).toBe('zh');
  });
});

describe('bilingual content', () => {
  const card = {
    title: '中国电谷',
    titleEn: 'China Electric Valley',
    concept: '风光氢储输，一谷聚新能',
    conceptEn: '   ',
    story: '第一段。\n\n第二段。',
    storyEn: null,
  };

  it('uses English fields in English, each falling back to Chinese on its own', () => {
    expect(cardText(card, 'en')).toEqual({
      title: 'China Electric Valley',
      concept: '风光氢储输，一谷聚新能', // blank English → Chinese
      story: '第一段。\n\n第二段。', // missing English → Chinese
    });
  });

  it('uses Chinese fields in Chinese even when English exists', () => {
    expect(cardText(card, 'zh').title).toBe('中国电谷');
  });

  it('falls back for key-figure labels', () => {
    expect(localized('en', '电子信息产业集群', 'Electronics cluster')).toBe('Electronics cluster');
    expect(localized('en', '电子信息产业集群', null)).toBe('电子信息产业集群');
    expect(localized('zh', '电子信息产业集群', 'Electronics cluster')).toBe('电子信息产业集群');
  });

  it('labels enums in both languages and passes unknown values through', () => {
    expect(tierLabel('MAIN', 'zh')).toBe('主名片');
    expect(tierLabel('FEATURED', 'en')).toBe('Featured Card');
    expect(tierShortLabel('FEATURED', 'en')).toBe('Featured');
    expect(tierShortLabel('MAIN', 'zh')).toBe('主名片');
    expect(themeLabel('UPGRADE_RENEWAL', 'zh')).toBe('升级更新');
    expect(landmarkKindLabel('MUSEUM', 'zh')).toBe('工业博物馆');
    expect(landmarkKindLabel('NEW_KIND', 'zh')).toBe('NEW_KIND');
  });

  it('splits a story into paragraphs on blank lines only', () => {
    expect(paragraphs('一\n续\n\n二\r\n  \r\n三\n\n\n')).toEqual(['一\n续', '二', '三']);
    expect(paragraphs(null)).toEqual([]);
  });
});

describe('regionKindLabel', () => {
  const kind = (level: string, name: string, code = '000000', lang: 'zh' | 'en' = 'zh') => regionKindLabel({ level, name, code }, lang);

  it('says what each place is, not the level category', () => {
    expect(kind('SUB_PROVINCIAL_CITY', '长沙市', '430100')).toBe('省会');
    expect(kind('SUB_PROVINCIAL_CITY', '深圳市', '440300')).toBe('副省级市');
    expect(kind('PREFECTURE_CITY', '湘西土家族苗族自治州')).toBe('自治州');
    expect(kind('PREFECTURE_CITY', '株洲市')).toBe('地级市');
    expect(kind('PREFECTURE_CITY', '阿里地区')).toBe('地区');
    expect(kind('COUNTY', '芙蓉区')).toBe('市辖区');
    expect(kind('COUNTY', '宁乡市')).toBe('县级市');
    expect(kind('COUNTY', '城步苗族自治县')).toBe('自治县');
    expect(kind('COUNTY', '达尔罕茂明安联合旗')).toBe('旗');
    expect(kind('INDUSTRIAL_ZONE', '长沙经开区')).toBe('产业集聚区');
  });

  it('in English', () => {
    expect(kind('SUB_PROVINCIAL_CITY', '长沙市', '430100', 'en')).toBe('Provincial capital');
    expect(kind('COUNTY', '宁乡市', '430182', 'en')).toBe('County-level city');
  });
});
