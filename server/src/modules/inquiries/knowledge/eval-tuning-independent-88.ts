// Independent tuning set 88: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses citizens on the public mini-program: browsing cards by home town (province, city, county, district; with and without 省/市/县/区, 繁體, pinyin, typos) and by industry, tier, theme and year, card counts, the 3-minute films and the app itself, plus about 45 off-topic questions, many of them near misses that name a catalogue region or industry but ask for shopping, travel, jobs or stock tips.
import type { EvalCase } from './types';

export const independentTuningSet88: EvalCase[] = [
  // ───────────── Home town by province (with and without 省, 繁體, pinyin, none in the catalogue) ─────────────
  {
    question: '福建的产业名片都有啥',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'zherong-knives-and-scissors', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  {
    question: '我老家广东省的，想看看广东有哪些名片',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'huangpu-bay-area-innovation',
        'yangjiang-knife-capital',
        'zhongshan-lighting-capital',
        'guangzhou-smart-manufacturing',
        'foshan-ceramics-and-appliances',
      ],
    },
    style: 'region',
  },
  {
    question: '山东有没有产业名片',
    expect: { cards: ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'] },
    style: 'region',
  },
  {
    question: '江苏省哪些地方有名片',
    expect: { cards: ['kunshan-county-manufacturing', 'suzhou-gusu-innovation', 'wuxi-iot-city'] },
    style: 'region',
  },
  {
    question: '我是湖南人，我们湖南有名片吗',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'colloquial',
  },
  {
    question: '内蒙的名片有哪些',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'colloquial',
  },
  {
    question: '江西有什么产业名片',
    expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] },
    style: 'region',
  },
  {
    question: '贵州省的名片给我看看',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'guiyang-china-data-valley'] },
    style: 'region',
  },
  {
    question: 'sichuan you chanye mingpian ma',
    expect: { cards: ['chengdu-tianfu-smart-making', 'yibin-baijiu-and-batteries'] },
    style: 'pinyin',
  },
  {
    question: '浙江省的產業名片有哪些',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'ningbo-port-city-making', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'traditional',
  },
  {
    question: '黑龙江有产业名片吗',
    expect: { cards: ['harbin-power-equipment'] },
    style: 'region',
  },
  {
    question: '云南有名片没',
    expect: { cards: ['kunming-spring-city-flowers'] },
    style: 'colloquial',
  },
  {
    question: '新疆那边有没有产业名片',
    expect: { cards: ['urumqi-silk-road-hub'] },
    style: 'region',
  },
  {
    question: '北京有产业名片吗',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '上海市有没有产业名片',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '青海省有名片吗',
    expect: { cards: [] },
    style: 'region',
  },

  // ───────────── Home town by prefecture-level city ─────────────
  {
    question: '我家乡景德镇，有没有它的名片',
    expect: { cards: ['jingdezhen-millennium-porcelain'] },
    style: 'region',
  },
  {
    question: '景得镇的产业名片',
    expect: { cards: ['jingdezhen-millennium-porcelain'] },
    style: 'typo',
  },
  {
    question: '老家泉州的，泉州有哪些产业名片',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  {
    question: '我们那保定有名片没',
    expect: { cards: ['baoding-electric-valley'] },
    style: 'colloquial',
  },
  {
    question: '洛阳的产业名片是啥',
    expect: { cards: ['luoyang-agricultural-machinery'] },
    style: 'region',
  },
  {
    question: '我们那是宜宾的，宜宾有名片吗',
    expect: { cards: ['yibin-baijiu-and-batteries'] },
    style: 'colloquial',
  },
  {
    question: '鄂尔多丝有名片吗',
    expect: { cards: ['ordos-zero-carbon-energy'] },
    style: 'typo',
  },
  {
    question: '乌鲁木其的产业名片',
    expect: { cards: ['urumqi-silk-road-hub'] },
    style: 'typo',
  },
  {
    question: '株州的名片有吗',
    expect: { cards: ['zhuzhou-rail-transit-equipment'] },
    style: 'typo',
  },
  {
    question: '赣洲有产业名片吗',
    expect: { cards: ['ganzhou-tungsten-rare-earth'] },
    style: 'typo',
  },
  {
    question: 'chenzhou de chanye mingpian',
    expect: { cards: ['chenzhou-nonferrous-metals'] },
    style: 'pinyin',
  },
  {
    question: '温州老家的，温州有啥名片',
    expect: { cards: ['wenzhou-private-manufacturing'] },
    style: 'colloquial',
  },
  {
    question: '無錫有產業名片嗎',
    expect: { cards: ['wuxi-iot-city'] },
    style: 'traditional',
  },
  {
    question: '長沙的產業名片',
    expect: { cards: ['changsha-construction-machinery'] },
    style: 'traditional',
  },
  {
    question: '瀋陽有沒有產業名片',
    expect: { cards: ['shenyang-equipment-base'] },
    style: 'traditional',
  },
  {
    question: '柳州是我老家，有柳州的吗',
    expect: { cards: ['liuzhou-industrial-landscape'] },
    style: 'colloquial',
  },
  {
    question: '兰州有名片吗，就是拉面那个兰州',
    expect: { cards: ['lanzhou-yellow-river-petrochemicals'] },
    style: 'colloquial',
  },
  {
    question: 'qingdao de chanye mingpian',
    expect: { cards: ['qingdao-city-of-brands'] },
    style: 'pinyin',
  },
  {
    question: 'yinchuan you mingpian ma',
    expect: { cards: ['yinchuan-helan-mountain-wine'] },
    style: 'pinyin',
  },
  {
    question: '我们重庆有没有产业名片哦',
    expect: { cards: ['chongqing-mountain-city-motors'] },
    style: 'colloquial',
  },
  {
    question: '东管有名片吗',
    expect: { cards: ['dongguan-manufacturing-aesthetics'] },
    style: 'typo',
  },
  {
    question: '杭州有哪些产业名片',
    expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] },
    style: 'region',
  },
  {
    question: '广州市的名片有哪些',
    expect: { cards: ['guangzhou-smart-manufacturing', 'huangpu-bay-area-innovation'] },
    style: 'region',
  },
  {
    question: '苏州有啥名片',
    expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] },
    style: 'region',
  },
  {
    question: '宁德有产业名片吗',
    expect: { cards: ['zherong-knives-and-scissors'] },
    style: 'region',
  },
  {
    question: '金华市有名片吗',
    expect: { cards: ['yiwu-world-supermarket'] },
    style: 'region',
  },
  {
    question: '武汉有名片吗',
    expect: { cards: ['wuhan-optics-valley'] },
    style: 'region',
  },
  {
    question: '阳江有没有产业名片',
    expect: { cards: ['yangjiang-knife-capital'] },
    style: 'region',
  },
  {
    question: '潍坊有名片吗',
    expect: { cards: ['weifang-power-and-kites'] },
    style: 'region',
  },
  {
    question: '佛山的产业名片给我看看',
    expect: { cards: ['foshan-ceramics-and-appliances'] },
    style: 'region',
  },
  {
    question: '西安市有产业名片没有',
    expect: { cards: ['xian-hard-tech-city'] },
    style: 'region',
  },
  {
    question: '深圳有产业名片吗',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '厦门有产业名片吗',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '呼和浩特有没有名片',
    expect: { cards: [] },
    style: 'region',
  },

  // ───────────── Home town by county / district ─────────────
  {
    question: '德化县的名片',
    expect: { cards: ['dehua-porcelain-capital'] },
    style: 'region',
  },
  {
    question: '我老家德化的，有我们那的吗',
    expect: { cards: ['dehua-porcelain-capital'] },
    style: 'colloquial',
  },
  {
    question: '柘荣县有产业名片吗',
    expect: { cards: ['zherong-knives-and-scissors'] },
    style: 'region',
  },
  {
    question: '昆山市的产业名片',
    expect: { cards: ['kunshan-county-manufacturing'] },
    style: 'region',
  },
  {
    question: '晋江有名片吗',
    expect: { cards: ['jinjiang-sportswear'] },
    style: 'region',
  },
  {
    question: '钱塘区有什么名片',
    expect: { cards: ['qiantang-china-medicine-port'] },
    style: 'region',
  },
  {
    question: '广州黄埔区有产业名片吗',
    expect: { cards: ['huangpu-bay-area-innovation'] },
    style: 'region',
  },
  {
    question: '安溪县有名片吗',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '浦东新区有产业名片吗',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: 'Do you have a card for Jingdezhen?',
    expect: { cards: ['jingdezhen-millennium-porcelain'] },
    style: 'english',
  },
  {
    question: 'Which cards are there for Guangdong province?',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'huangpu-bay-area-innovation',
        'yangjiang-knife-capital',
        'zhongshan-lighting-capital',
        'guangzhou-smart-manufacturing',
        'foshan-ceramics-and-appliances',
      ],
    },
    style: 'english',
  },
  {
    question: 'Is there a card for Beijing?',
    expect: { cards: [] },
    style: 'english',
  },
  {
    question: 'My hometown is Yiwu, is it in the catalogue?',
    expect: { cards: ['yiwu-world-supermarket'] },
    style: 'english',
  },

  // ───────────── By industry (catalogue words and everyday words) ─────────────
  {
    question: '做陶瓷的地方有哪些名片',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  {
    question: '陶瓷產業有哪些城市有名片',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'traditional',
  },
  {
    question: 'Which regions have cards for ceramics?',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'english',
  },
  {
    question: '产茶的地方有名片吗',
    expect: { cards: ['zunyi-sauce-aroma-baijiu'] },
    style: 'colloquial',
  },
  {
    question: '做鞋的有哪些名片',
    expect: { cards: ['wenzhou-private-manufacturing', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'] },
    style: 'colloquial',
  },
  {
    question: '菜刀剪刀这类的产业名片',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'colloquial',
  },
  {
    question: '白酒产业有哪些名片',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: '红酒产区有名片吗',
    expect: { cards: ['yinchuan-helan-mountain-wine'] },
    style: 'colloquial',
  },
  {
    question: '稀土產業有哪些名片',
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'traditional',
  },
  {
    question: '有做风筝的名片吗',
    expect: { cards: ['weifang-power-and-kites'] },
    style: 'industry',
  },
  {
    question: '螺蛳粉也算产业吗？有它的名片没',
    expect: { cards: ['liuzhou-industrial-landscape'] },
    style: 'colloquial',
  },
  {
    question: '种花卖花这个产业有名片吗',
    expect: { cards: ['kunming-spring-city-flowers'] },
    style: 'colloquial',
  },
  {
    question: '羊绒产业的名片',
    expect: { cards: ['ordos-zero-carbon-energy'] },
    style: 'industry',
  },
  {
    question: '小商品这个行业有名片吗',
    expect: { cards: ['yiwu-world-supermarket'] },
    style: 'industry',
  },
  {
    question: '做灯具灯饰的名片',
    expect: { cards: ['zhongshan-lighting-capital'] },
    style: 'colloquial',
  },
  {
    question: '家电产业的名片有哪些',
    expect: {
      cards: ['zhongshan-lighting-capital', 'foshan-ceramics-and-appliances', 'ningbo-port-city-making', 'qingdao-city-of-brands'],
    },
    style: 'industry',
  },
  {
    question: 'gongcheng jixie chanye mingpian',
    expect: { cards: ['changsha-construction-machinery', 'linyi-trade-logistics', 'liuzhou-industrial-landscape'] },
    style: 'pinyin',
  },
  {
    question: '生物医药方向的名片有哪些',
    expect: {
      cards: [
        'qiantang-china-medicine-port',
        'huangpu-bay-area-innovation',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'wuhan-optics-valley',
        'kunming-spring-city-flowers',
        'haikou-free-port-consumption',
      ],
    },
    style: 'industry',
  },
  {
    question: '集成电路产业的名片',
    expect: { cards: ['wuxi-iot-city', 'hefei-chips-screens-cars'] },
    style: 'industry',
  },
  {
    question: '大数据产业有名片吗',
    expect: { cards: ['guiyang-china-data-valley'] },
    style: 'industry',
  },
  {
    question: '造拖拉机、农机的地方有名片吗',
    expect: { cards: ['luoyang-agricultural-machinery'] },
    style: 'colloquial',
  },
  {
    question: '动力电池产业的名片',
    expect: { cards: ['yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: '石油化工产业有哪些名片',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'lanzhou-yellow-river-petrochemicals', 'urumqi-silk-road-hub'],
    },
    style: 'industry',
  },
  {
    question: '轨道交通装备的名片都有哪些',
    expect: { cards: ['zhuzhou-rail-transit-equipment', 'qingdao-city-of-brands', 'changchun-motor-city'] },
    style: 'industry',
  },
  {
    question: '机器人产业有名片吗',
    expect: { cards: ['shenyang-equipment-base'] },
    style: 'industry',
  },
  {
    question: '眼镜产业有名片吗',
    expect: { cards: [] },
    style: 'industry',
  },
  {
    question: '乳业、牛奶这个产业有没有名片',
    expect: { cards: [] },
    style: 'industry',
  },
  {
    question: '做乐器的产业名片有吗',
    expect: { cards: [] },
    style: 'industry',
  },

  // ───────────── By tier, theme and year ─────────────
  {
    question: '主名片都有哪些城市',
    expect: {
      cards: [
        'baoding-electric-valley',
        'dongguan-manufacturing-aesthetics',
        'hangzhou-digital-city',
        'chengdu-tianfu-smart-making',
        'ningbo-port-city-making',
        'luoyang-agricultural-machinery',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'hefei-chips-screens-cars',
        'xian-hard-tech-city',
        'changsha-construction-machinery',
        'wuhan-optics-valley',
        'qingdao-city-of-brands',
        'shenyang-equipment-base',
        'chongqing-mountain-city-motors',
      ],
    },
    style: 'plain',
  },
  {
    question: '科创热点的名片给我看看',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'hangzhou-digital-city',
        'qiantang-china-medicine-port',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'wuxi-iot-city',
        'hefei-chips-screens-cars',
        'xian-hard-tech-city',
        'wuhan-optics-valley',
        'guiyang-china-data-valley',
      ],
    },
    style: 'colloquial',
  },
  {
    question: '创新消费那一类有哪些名片',
    expect: {
      cards: [
        'zhongshan-lighting-capital',
        'wenzhou-private-manufacturing',
        'linyi-trade-logistics',
        'jingdezhen-millennium-porcelain',
        'zunyi-sauce-aroma-baijiu',
        'foshan-ceramics-and-appliances',
        'yibin-baijiu-and-batteries',
        'liuzhou-industrial-landscape',
        'kunming-spring-city-flowers',
        'yinchuan-helan-mountain-wine',
        'haikou-free-port-consumption',
        'yiwu-world-supermarket',
      ],
    },
    style: 'plain',
  },
  {
    question: '目录里升级更新主题的名片有哪些',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'yangjiang-knife-capital',
        'zhongshan-lighting-capital',
        'wenzhou-private-manufacturing',
        'jingdezhen-millennium-porcelain',
        'guangzhou-smart-manufacturing',
        'foshan-ceramics-and-appliances',
        'ordos-zero-carbon-energy',
        'yibin-baijiu-and-batteries',
        'chongqing-mountain-city-motors',
        'liuzhou-industrial-landscape',
        'lanzhou-yellow-river-petrochemicals',
        'urumqi-silk-road-hub',
        'taiyuan-steel-and-heavy-machinery',
      ],
    },
    style: 'plain',
  },
  {
    question: '升级更新里面哪些是主名片',
    expect: {
      cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing', 'chongqing-mountain-city-motors'],
    },
    style: 'plain',
  },
  {
    question: '科创热点里的特色名片有哪几个',
    expect: { cards: ['qiantang-china-medicine-port', 'wuxi-iot-city', 'guiyang-china-data-valley'] },
    style: 'plain',
  },
  {
    question: '2025年的主名片有哪些',
    expect: {
      cards: [
        'dongguan-manufacturing-aesthetics',
        'hangzhou-digital-city',
        'guangzhou-smart-manufacturing',
        'suzhou-gusu-innovation',
        'hefei-chips-screens-cars',
        'xian-hard-tech-city',
        'wuhan-optics-valley',
        'chongqing-mountain-city-motors',
      ],
    },
    style: 'plain',
  },
  {
    question: 'Show me the main cards from 2024',
    expect: {
      cards: [
        'baoding-electric-valley',
        'chengdu-tianfu-smart-making',
        'ningbo-port-city-making',
        'luoyang-agricultural-machinery',
        'changsha-construction-machinery',
        'qingdao-city-of-brands',
        'shenyang-equipment-base',
      ],
    },
    style: 'english',
  },
  {
    question: '广东有哪些主名片',
    expect: { cards: ['dongguan-manufacturing-aesthetics', 'guangzhou-smart-manufacturing'] },
    style: 'region',
  },
  {
    question: '浙江2025年的名片',
    expect: {
      cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port', 'wenzhou-private-manufacturing', 'yiwu-world-supermarket'],
    },
    style: 'region',
  },
  {
    question: '福建的特色名片',
    expect: {
      cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'zherong-knives-and-scissors', 'jinjiang-sportswear'],
    },
    style: 'region',
  },

  // ───────────── Counts from the catalogue ─────────────
  {
    question: '小程序里现在一共收录了多少张名片',
    expect: { count: 50 },
    style: 'count',
  },
  {
    question: '浙江现在有几张名片',
    expect: { count: 5 },
    style: 'count',
  },
  {
    question: '广东省一共几张名片',
    expect: { count: 6 },
    style: 'count',
  },
  {
    question: '目录里主名片现在有几张',
    expect: { count: 15 },
    style: 'count',
  },
  {
    question: '特色名片现在上了多少张',
    expect: { count: 35 },
    style: 'count',
  },
  {
    question: '应用里2025年的名片有几张',
    expect: { count: 28 },
    style: 'count',
  },
  {
    question: '2024年那批在目录里有多少张',
    expect: { count: 22 },
    style: 'count',
  },
  {
    question: '科创热点的名片有几个',
    expect: { count: 10 },
    style: 'count',
  },
  {
    question: '创新消费主题一共多少张',
    expect: { count: 12 },
    style: 'count',
  },
  {
    question: '升级更新类的有几张',
    expect: { count: 14 },
    style: 'count',
  },
  {
    question: '做陶瓷的名片有几张',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '福建有幾張名片',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '2025年的特色名片几张',
    expect: { count: 20 },
    style: 'count',
  },
  {
    question: '山东的名片有几张',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '北京有几张名片',
    expect: { count: 0 },
    style: 'count',
  },
  {
    question: 'How many cards are there in total?',
    expect: { count: 50 },
    style: 'english',
  },

  // ───────────── The 3-minute films ─────────────
  {
    question: '三分钟爱上中国产业名片是个什么节目',
    expect: { faq: 'films-what' },
    style: 'plain',
  },
  {
    question: '那个讲城市的3分钟小片子在哪里看',
    expect: { faq: 'films-where' },
    style: 'colloquial',
  },
  {
    question: '纪录片能开倍速和英文字幕吗',
    expect: { faq: 'films-where' },
    style: 'plain',
  },
  {
    question: '视频看到一半退出了，下次能接着看吗',
    expect: { faq: 'films-where' },
    style: 'colloquial',
  },
  {
    question: 'Where can I watch the 3-minute documentaries?',
    expect: { faq: 'films-where' },
    style: 'english',
  },
  {
    question: '每一集片子多长时间',
    expect: { faq: 'films-length' },
    style: 'colloquial',
  },
  {
    question: '微记录片有多长',
    expect: { faq: 'films-length' },
    style: 'typo',
  },
  {
    question: '我们县也想拍一个3分钟的片子，怎么弄',
    expect: { faq: 'films-our-city' },
    style: 'colloquial',
  },
  {
    question: '我自己拍了家乡工厂的视频，能传到你们这上面吗',
    expect: { faq: 'films-our-city' },
    style: 'colloquial',
  },
  {
    question: '怎么把纪录片转到家族群里',
    expect: { faq: 'share' },
    style: 'colloquial',
  },

  // ───────────── The app itself ─────────────
  {
    question: '名片能复制链接发给朋友吗',
    expect: { faq: 'share' },
    style: 'plain',
  },
  {
    question: '在微信里怎么登录这个小程序',
    expect: { faq: 'sign-in' },
    style: 'plain',
  },
  {
    question: '还得单独注册个账号吗',
    expect: { faq: 'sign-in' },
    style: 'colloquial',
  },
  {
    question: '我不是政府的，普通老百姓能用这个干啥',
    expect: { faq: 'who-can-use' },
    style: 'colloquial',
  },
  {
    question: '界面能切成英文吗，给外国朋友看',
    expect: { faq: 'english-version' },
    style: 'plain',
  },
  {
    question: 'Can I switch the app to English?',
    expect: { faq: 'english-version' },
    style: 'english',
  },
  {
    question: '这里面的名片是官方发布的吗，还是随便写的',
    expect: { faq: 'sample-data' },
    style: 'colloquial',
  },
  {
    question: 'Are these cards the official list?',
    expect: { faq: 'sample-data' },
    style: 'english',
  },
  {
    question: '怎么按省份找名片',
    expect: { faq: 'browse-cards' },
    style: 'plain',
  },
  {
    question: '名片能按年份和主题筛选吗',
    expect: { faq: 'browse-cards' },
    style: 'plain',
  },
  {
    question: '晚上找人工还有人回吗',
    expect: { faq: 'human-agent' },
    style: 'colloquial',
  },
  {
    question: '工业文化发展中心怎么联系啊',
    expect: { faq: 'contact-centre' },
    style: 'plain',
  },

  // ───────────── What citizens ask about the programme ─────────────
  {
    question: '听说有个产业名片打造计划，能给我介绍下吗',
    expect: { faq: 'what-is-programme' },
    style: 'colloquial',
  },
  {
    question: '产业名片是发一张实体卡吗？能领吗',
    expect: { faq: 'what-is-industry-card' },
    style: 'colloquial',
  },
  {
    question: '这个活动是哪个部门牵头搞的',
    expect: { faq: 'who-runs' },
    style: 'colloquial',
  },
  {
    question: '计划最后要打造多少张名片',
    expect: { faq: 'target-2025' },
    style: 'plain',
  },
  {
    question: '主名片跟特色名片哪个更厉害',
    expect: { faq: 'tier-difference' },
    style: 'colloquial',
  },
  {
    question: '新的名片一般每年什么时候公布',
    expect: { faq: 'release-timing' },
    style: 'plain',
  },
  {
    question: '东莞那个产业名片大会是哪天开的',
    expect: { faq: 'conference-2025' },
    style: 'colloquial',
  },
  {
    question: '2025年评上的名单去哪儿看',
    expect: { faq: 'list-2025' },
    style: 'colloquial',
  },
  {
    question: '我开了个小厂，能给我的厂申请个名片吗',
    expect: { faq: 'enterprise-apply' },
    style: 'colloquial',
  },
  {
    question: 'My company makes shoes in Jinjiang. Can we apply for a card of our own?',
    expect: { faq: 'enterprise-apply' },
    style: 'english',
  },

  // ───────────── The asker's own application ─────────────
  {
    question: '我们单位上个月交的登记表现在到哪一步了',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我提交的申请有结果了吗',
    expect: { status: true },
    style: 'status',
  },

  // ───────────── Wants a person ─────────────
  {
    question: '转人工！！',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我要跟真人说话',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '别让机器人回了，叫个工作人员来',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '你们负责人在不在，我要反映情况',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '能让客服给我回个电话吗',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '机器人答非所问，换个人来',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '請幫我轉接人工客服',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我要投诉，找你们管事的',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: 'Can I talk to a real person please?',
    expect: { handoff: true },
    style: 'handoff',
  },

  // ───────────── Off-topic near misses: a catalogue region or industry, but shopping, travel, jobs, stocks ─────────────
  {
    question: '明天泉州会下雨吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '德化白瓷茶具去哪买正品',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '义乌国际商贸城几点开门，周日开不开',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '从景德镇北站怎么去陶溪川',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '飞天茅台现在多少钱一瓶',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '宁德时代的股票现在能买吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '白酒股明天会不会涨',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我推荐几只稀土概念股',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '东莞电子厂最近招普工吗，一个月能拿多少',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '晋江鞋厂招工包吃住吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '长沙三一重工校招什么时候开始',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '潍坊风筝节今年是哪天',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '柳州螺蛳粉哪个牌子最正宗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '昆明斗南花市早上几点开市',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '青岛啤酒节门票多少钱',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '阳江十八子菜刀哪家店卖得便宜',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '哈尔滨冰雪大世界几月开园',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '佛山哪里有瓷砖批发市场',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '鄂尔多斯羊绒衫哪里买便宜',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '沈阳中国工业博物馆要提前预约吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'What is the weather like in Hangzhou this weekend?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Where can I buy Dehua porcelain online?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Is Wuliangye stock worth buying right now?',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'Are the Yiwu wholesale markets open during Spring Festival?',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────── Off-topic: daily life, other apps, other programmes ─────────────
  {
    question: '美的空调坏了，售后电话是多少',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '淘宝买的东西怎么退货',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '微信零钱被限额了咋办',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '12306候补购票一般能成功吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '医保电子凭证怎么激活',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '小孩发烧38度5要不要去医院',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '专精特新小巨人企业怎么申报',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我写一篇介绍家乡的作文，500字',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我表哥县里报上去的申请批了没有',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────── Off-topic: app and film details nobody published ─────────────
  {
    question: '纪录片一直转圈圈加载不出来，信号不好怎么办',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '微纪录片能下载到手机上没网的时候看吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '有没有长辈模式，我妈说字太小看不清',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我登录以后，我的手机号会不会被泄露给别人',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '小程序有深色模式吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '有沒有繁體中文介面',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '三分钟纪录片是哪个导演拍的',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '到现在一共上线了多少部微纪录片',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你们中心办公地址在哪，能直接上门吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '中心座机分机号是多少',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '评上主名片的城市奖励多少钱',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '把2024年那30个城市50个县的完整名单都列给我',
    expect: { unsure: true },
    style: 'off-topic',
  },
];
