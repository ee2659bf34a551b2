// Lists of the sample catalogue's cards that several writers' evaluation sets expect whole (every main card, every card in
// Guangdong, Zhejiang, Shandong, Fujian or Hunan, a 2025 theme's cards, the biomedicine and ceramics cards, each batch's main
// cards, 2024's featured cards), kept once: facts of cards-data.ts, not anything a writer chose.
export const MAIN_CARDS = [
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
];

export const GUANGDONG_CARDS = [
  'dongguan-manufacturing-aesthetics',
  'huangpu-bay-area-innovation',
  'yangjiang-knife-capital',
  'zhongshan-lighting-capital',
  'guangzhou-smart-manufacturing',
  'foshan-ceramics-and-appliances',
];

/** The cards of the 2025 theme 创新消费 (innovative consumption). */
export const INNOVATIVE_CONSUMPTION_CARDS = [
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
];

/** The cards of the 2025 theme 科创热点 (science and innovation hot spots). */
export const TECH_HOTSPOT_CARDS = [
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
];

/** The main cards published in 2024. */
export const MAIN_CARDS_2024 = [
  'baoding-electric-valley',
  'chengdu-tianfu-smart-making',
  'ningbo-port-city-making',
  'luoyang-agricultural-machinery',
  'changsha-construction-machinery',
  'qingdao-city-of-brands',
  'shenyang-equipment-base',
];

/** Every card in Zhejiang. */
export const ZHEJIANG_CARDS = [
  'hangzhou-digital-city',
  'qiantang-china-medicine-port',
  'ningbo-port-city-making',
  'wenzhou-private-manufacturing',
  'yiwu-world-supermarket',
];

/** The cards whose industries include 生物医药 (biomedicine). */
export const BIOMEDICINE_CARDS = [
  'qiantang-china-medicine-port',
  'huangpu-bay-area-innovation',
  'guangzhou-smart-manufacturing',
  'suzhou-gusu-innovation',
  'wuhan-optics-valley',
  'kunming-spring-city-flowers',
  'haikou-free-port-consumption',
];

/** The cards of the 2025 theme 升级更新 (upgrade and renewal). */
export const UPGRADE_RENEWAL_CARDS = [
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
];

/** The featured cards of 2024's batch. */
export const FEATURED_CARDS_2024 = [
  'binzhou-high-end-aluminium',
  'chenzhou-nonferrous-metals',
  'huangpu-bay-area-innovation',
  'dehua-porcelain-capital',
  'zherong-knives-and-scissors',
  'kunshan-county-manufacturing',
  'quanzhou-maritime-silk-manufacturing',
  'weifang-power-and-kites',
  'zhuzhou-rail-transit-equipment',
  'changchun-motor-city',
  'harbin-power-equipment',
  'baotou-rare-earth-capital',
  'ganzhou-tungsten-rare-earth',
  'tangshan-cradle-of-modern-industry',
  'jinjiang-sportswear',
];

/** The cards whose industries include ceramics. */
export const CERAMICS_CARDS = [
  'dehua-porcelain-capital',
  'jingdezhen-millennium-porcelain',
  'foshan-ceramics-and-appliances',
  'tangshan-cradle-of-modern-industry',
];

/** Every card in Shandong. */
export const SHANDONG_CARDS = ['binzhou-high-end-aluminium', 'linyi-trade-logistics', 'weifang-power-and-kites', 'qingdao-city-of-brands'];

/** The main cards of 2025's batch. */
export const MAIN_CARDS_2025 = [
  'dongguan-manufacturing-aesthetics',
  'hangzhou-digital-city',
  'guangzhou-smart-manufacturing',
  'suzhou-gusu-innovation',
  'hefei-chips-screens-cars',
  'xian-hard-tech-city',
  'wuhan-optics-valley',
  'chongqing-mountain-city-motors',
];

/** Every card in Fujian. */
export const FUJIAN_CARDS = ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'];

/** Every card in Hunan. */
export const HUNAN_CARDS = ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'];
