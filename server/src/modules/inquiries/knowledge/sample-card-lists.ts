// Lists of the sample catalogue's cards that several writers' evaluation sets expect whole (every main card, every card in
// Guangdong), kept once: facts of cards-data.ts, not anything a writer chose.
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
