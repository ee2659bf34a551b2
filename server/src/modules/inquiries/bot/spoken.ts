// Spoken and regional forms read as the written ones the FAQ uses ("俺们县想报这个名片，中不中" →
// "我们县想申请这个名片，行吗"; not 可以吗, whose 写上可以 the typo reader would take for 协商): jieba cuts them into words no entry has (县想报, 中不中).
const SPOKEN: [RegExp, string][] = [
  [/(中不中|行不行|成不成|能不能行)(?=[，,。？?！!\s]|$)/g, '行吗'],
  // 行不, 成不 on their own, not the end of a word (进行, 银行, 完成, 形成…).
  [/(?<![进银执旅步运举发实推流可自履施试平完形组造构变达促建养赞生落现合])(行|成)不(?=[，,。？?！!\s]|$)/g, '行吗'],
  [/咋(弄|整|搞|办)/g, '怎么办'],
  // What something is for (计划是干啥的): what it is, not the everyday verb 做.
  [/是?(做|干)(什么|啥|嘛)的/g, '是什么'],
  [/(干|做)了?(点|些)?啥/g, '做什么'],
  // What it is good for (图个啥, 有啥实惠): what the FAQ calls its use.
  [/(到底)?图(个)?(啥|什么)|有(啥|什么)(用处|实惠|好处|用)/g, '有什么意义'],
  // Watching (在哪刷, 能刷到): 看.
  [/(在哪儿?|在哪里|哪里|哪儿)(能)?刷(到)?|(能)?刷到/g, '在哪看'],
  // Whether applying is enough (报了就稳了吗): whether one is sure to be chosen.
  [/(就)?稳了(吗|么|嘛)?/g, '就一定能入选吗'],
  [/凑(这个|个)?热闹/g, '参加'],
  // (…not after the deadline has passed: that is a late submission.)
  [/(?<!(过|错过|逾期|晚|迟)[\s\S]{0,30})(还收不收|还收吗)/g, '现在还能申请吗'],
  [/神马/g, '什么'],
  // English words often mistyped on a phone (dedline, aplication).
  [/\b(ded+line|deadine|deadlne|dealine)\b/g, 'deadline'],
  [/\b(aplication|applicaton|appliction|applcation)\b/g, 'application'],
  // Asking to be told what it is (求科普, 给我科普一下, 求解释, 一两句话说清楚): what it is.
  [/(求|给我|帮我)?(科普|解释)一?下?|(一两句话|简单)?说清楚(就行)?|说人话/g, '是什么'],
  // 弄, 搞, 整 with where they lead (弄出来, 搞好了, 没整明白): "do", which says nothing of what is done.
  [/(弄|搞|整)(出来|好|完|成|下来|起来)(?=了|以后|之后|后)/g, '做'],
  [/没(弄|搞|整)(明白|清楚|懂)/g, '不明白'],
  // What something is called asked as 啥叫 (啥叫主名片): what it is; 干些啥实事: what is done.
  [/(啥|什么)叫(做)?/g, '什么是'],
  [/(啥|什么|哪些)实事/g, '什么'],
  // Where the asker heard it (听人说, 听说): no part of what is asked.
  [/听(人|别人|他们|朋友)?说(过)?/g, ''],
  // …or saw it said (朋友圈里说, 群里都在传, 网上有人说): not what is asked either.
  // (Not uploading there: 抖音上传视频.)
  [/(朋友圈|微信群|(?<![集人社族])群|网上|新闻|抖音|微博)(里|上)(有人|都|也)?(在)?(说|传(?!视频|图片|照片|文件|作品|材料|附件|不|失败|成功))(的)?/g, ''],
  // Slang for a lost cause or a chance (凉凉, 还有戏吗), emphasis (真金白银), at one go (一口气), picking (挑着要).
  [/是不是就?(凉凉|凉了|没戏了?)了?|(凉凉|凉了)(了)?/g, ''],
  [/还有戏(吗|不|没)?/g, '还可以吗'],
  [/真金白银的?/g, ''],
  [/一口气/g, '同时'],
  [/挑着?(要|报|选)?/g, '选择'],
  [/(两|几)回(?=[不吗？?，,]|$)/g, '$1次'],
  // How one feels (心态崩了, 好慌), not what is asked.
  [/(心态|心情|人)(崩了|炸了)|好慌|急死了/g, ''],
  // What something is, asked as its background or its wording (啥来头, 原话是怎么表述的).
  [/(啥|什么)来头/g, '是什么'],
  [/(原话)?是?(怎么|如何)表述的?/g, '是什么'],
  // Handing the form in, said plainly (交上去, 线上交): 提交, the FAQ's word.
  [/交上去|递上去|交上来/g, '提交'],
  [/线上交/g, '线上提交'],
  [/拍(个|一个|一部)(?=[\d三])/g, '拍'],
  [/咋/g, '怎么'],
  [/搁哪儿?/g, '在哪里'],
  // Southwestern Mandarin (Sichuan, Chongqing, Guizhou): 好多 and 好久 asked are 多少 and 多久 (一户摊好多, 要等好久才有回音),
  // not the "many" of 空了好多年了; 得不得行, 要得不 are 行吗; 有没得 is 有没有.
  [/好多(?=钱|分|(张|个|家|项|人|天|年)?(嘛|啊|哦|呢|哇)?[？?]?$)/g, '多少'],
  [/(要|能|得|等|存|放|保存)好久/g, '$1多久'],
  [/有好长/g, '有多长'],
  [/得不得行|要得不|要不要得/g, '行吗'],
  [/啥子/g, '什么'],
  [/有没得/g, '有没有'],
  [/没得/g, '没有'],
  [/晓得/g, '知道'],
  // A list asked for (给我拉个单子, 列个清单), before the typo reader takes 拉个 for 哪个; cards asked as who (名片都有谁).
  [/(拉|列|开)(个|一个|一份)(单子|清单|名单)/g, '列出清单'],
  [/名片(都)?有谁/g, '名片都有哪些'],
  [/行当/g, '行业'],
  // 后头, 里头 (Northern and Southwestern): 后面, 里面.
  [/后头/g, '后面'],
  [/里头/g, '里面'],
  [/俺们/g, '我们'],
  [/俺/g, '我'],
  [/选不上/g, '没有入选'],
  [/登个录/g, '登录'],
  [/验手机号/g, '验证手机号'],
  [/没给过|(?<!过)没过(?=[，,。？?！!\s]|$)/g, '未通过'],
  // Taiwan's and Hong Kong's words, after their characters are simplified: 小程式, 数位藏品, 视讯, 资料.
  [/程式/g, '程序'],
  [/数位/g, '数字'],
  [/视讯/g, '视频'],
  [/网路/g, '网络'],
  [/软体/g, '软件'],
  [/简讯/g, '短信'],
  [/资料(?!来源)/g, '材料'], // (not the app's own label, 资料来源)
  [/介面/g, '界面'],
  [/固话/g, '座机'],
  // Cantonese, after simplification (點樣睇 → 点样睇: how to see): the written words.
  [/得唔得|得冇/g, '行吗'],
  [/可唔可以/g, '可不可以'],
  [/使唔使|驶唔驶/g, '需不需要'],
  [/有冇/g, '有没有'],
  [/系咪/g, '是不是'],
  [/点解/g, '为什么'],
  [/点样/g, '怎么'],
  [/睇/g, '看'],
  [/嘅/g, '的'],
  [/几时/g, '什么时候'],
  [/乜嘢|咩|(?<=[系做有些])乜|乜(?=[？?。!！\s]|$)/g, '什么'],
  [/系(?=咪|乜|什么|边|唔|不)/g, '是'],
  [/搵/g, '找'],
  [/嗰/g, '那'],
  [/几耐/g, '多久'],
  [/仲(?=可|有|要|未|系|是|能|收|得)/g, '还'],
  [/揀|拣(?=报|选)/g, '选'],
  [/哋/g, '们'],
  [/什么分别/g, '什么区别'], // (咩分别: what difference; 分别 alone is separately)
  [/喺/g, '在'],
  [/冇/g, '没有'],
  [/唔/g, '不'],
  [/佢/g, '他'],
  [/咗/g, '了'],
  [/啲/g, '些'],
  [/而家/g, '现在'],
  [/边度/g, '哪里'],
  [/边个/g, '谁'],
  [/几多/g, '多少'],
  [/呢个/g, '这个'],
  [/要俾钱|要畀钱/g, '要交钱'],
  [/[俾畀]/g, '给'],
  [/[㗎喎啦咧]/g, ''],
  // 报 for 申报 after a wish or an ability (想报, 能报, 再报), not in 报名, 报告, 报批, 报送…, which are words.
  [/(想|再|能|要|都|去|来|可以)报(?![名告纸社表道价销警税关到送备批账考修案废刊])/g, '$1申请'],
];

export function spokenAsWritten(text: string): string {
  return SPOKEN.reduce((t, [pattern, written]) => t.replace(pattern, written), text);
}
