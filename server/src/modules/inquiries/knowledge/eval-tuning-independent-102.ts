// Independent tuning set 102: written 2026-12-05 by a writer who never saw the bot or its other evaluation sets, from the FAQ, the sample catalogue and PRODUCT.md only. It stresses elderly citizens and their families on a phone — long, rambling, kindly questions that mix daily life (pensions, health, weather, buses, tickets, local products, old factories, scams, phone trouble) with genuine questions about the programme, its films, sharing, signing in and their home towns' cards.
import type { EvalCase } from './types';

export const independentTuningSet102: EvalCase[] = [
  // ───────────────────────────── unsure: life questions mixed with the programme ─────────────────────────────
  {
    question: '我今年七十三了，退休前在洛阳一拖干了一辈子，刚才看到洛阳的名片心里挺高兴。想顺便问问，我们这些老职工的养老金今年能涨多少啊？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '閨女給我裝了這個小程序，我想順便問問，我在外地看病，醫保怎麼報銷？在這上面能辦嗎？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我血压一直偏高，看到昆明那张名片里说云南白药，我能不能每天吃点云南白药降降血压？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '明天跟老伴去景德镇玩两天，那边天气咋样啊，要不要带伞，穿几件衣服合适？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '请问从景德镇火车站到陶溪川坐几路公交车，我们老两口不会打车',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '洛阳那个东方红农耕博物馆门票多少钱？我们七十岁以上的老人是不是免票？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '想给老伴买一套德化的白瓷茶具当生日礼物，哪家店是正宗的？能不能在你们这上面直接下单买？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '遵义那张名片里有茅台，我想买两瓶过年招待亲戚，去哪买才不会买到假酒？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '湄潭的茶叶好喝不？多少钱一斤？我喝了几十年绿茶想换换口味',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我年轻时在沈阳铁西的机床厂上班，看到沈阳名片想起来了，那个老厂子现在还在吗，是不是拆了？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们几个株洲的老工友想组团回老厂看看，你们能不能帮忙联系一下厂里接待？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '老伴走了，我一个人住，想去长沙住养老院，哪家条件好收费又合理？你帮我推荐推荐',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '今天有个人打电话给我，说我们老家评上产业名片了，让我先交三千块钱“名片认证费”才给发证书，这是不是骗子啊？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我手机微信突然没声音了，孙子发的语音视频都听不见，这个怎么弄好',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你给评评理，景德镇的瓷器好还是德化的瓷器好？我跟老头子为这个争了一晚上',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我孙子今年高考，看了西安和哈尔滨的名片，你说他报哈工大好还是西工大好？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '宜宾那张名片上说宁德时代在那建了厂，我想让外孙去那上班，他们现在招不招人，工资多少？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '下个月去兰州看闺女，兰州牛肉面哪家最正宗？名片上说到牛肉面我就馋了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '螺蛳粉那么臭，我们老年人肠胃不好，吃了会不会拉肚子？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '潍坊风筝节今年几号开幕？我想带老伴去放放风筝，年轻时候在潍坊住过',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '哈尔滨冬天零下二三十度，我这老寒腿过去过年受得了吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '手机老提示内存不足，我是不是该把这个小程序删了？删了以后照片会不会也没了？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我家老头子非说五粮液比茅台好喝，你说说到底谁说得对',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '重庆工业博物馆坐轻轨几号线能到？下车以后还要走远吗，我膝盖不好',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '德化的白瓷碗能不能放微波炉里热饭？会不会有铅啊',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '阳江的菜刀多少钱一把？网上卖的十八子是不是正品，我想给儿媳妇买一把',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '昆明斗南的鲜花寄到北京能活几天？我想给老伴订一束结婚五十周年用',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我年轻时候在包钢炼钢，现在查出尘肺病，这个工伤还能不能认定，找哪个部门？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我的退休证搬家的时候弄丢了，去哪里补办？要带什么材料',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '听说八十岁以上有高龄补贴，每个月给钱，怎么申请啊，在你们这能办吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '小同志你多大了，家是哪里的，结婚没有？跟我聊聊天嘛',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你们这个中心的办公楼在北京哪条街？我下个礼拜去北京看病，想顺路进去坐坐',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '外孙在义乌做小生意，义乌小商品城批发袜子哪个区最便宜？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '老伴腿脚不好想买个电动轮椅，哪个地方产的轮椅质量好，你们名片里有推荐的牌子吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '听楼下老李说茅台的股票还要涨，我能不能拿点存款买一些？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '东莞现在的电子厂还要不要五十多岁的人？我闲不住想去打打工',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我以前是株洲硬质合金厂的职工，厂里分的集资房房产证到现在都没办下来，该找谁',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '柳州工业博物馆去之前要不要在网上预约？我不会弄预约',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你说说，我们老家唐山啥时候能发展得跟苏州一样好？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我是1958年进的长春一汽，想把我这辈子造汽车的经历写成回忆录，你们能帮我登到这个小程序上吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '這個小程序的字太小了，我老花眼看不清，能不能把字調大一點？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '字我看着费劲，能不能让手机把名片上的故事念给我听',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '能不能把我们老家那张名片打印出来给我寄一张，我想裱起来挂在客厅',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '孙女在拼多多上给我买了个景德镇的瓷瓶才三十块，这到底是不是景德镇产的',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '郴州的东江湖好玩不，适不适合我们七十来岁的老人去，要爬山吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '家里还留着老厂的工牌、劳模奖状，想捐给工业博物馆，应该找哪个部门联系',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我的微信号被盗了，有人用我的微信跟亲戚借钱，怎么办啊急死了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '国家对老工业基地退休的老职工有没有什么特殊照顾政策？我们这些人当年可是吃了不少苦',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '合肥科大讯飞是不是出了那种翻译机，我们说方言它能听懂不？想给老伴买一个',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '去海口免税店买东西，我们老年人有没有额度限制？买金镯子划算吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '电视购物里有个保健品说是工信部产业名片推荐产品，一盒一千多，能买吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '有人加我微信说认识上面的人，能帮我们村评上产业名片，收两万块包过，靠不靠谱',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '一个人在家怪闷的，你给我讲个笑话呗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我的退休金是农行卡发的，能不能绑到这个小程序上，以后在这上面看到账没有',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我每个月就30个G流量，天天看这些纪录片够不够用？会不会多扣钱',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我年轻时在景德镇的国营瓷厂上班，厂子后来改成陶溪川了，我当年的工龄档案还能查到吗？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '开滦国家矿山公园能不能下井参观？有没有年龄限制，我七十五了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '唐山地震纪念馆在哪个位置？我想去看看，当年我家就在那边',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '这个小程序里有没有老乡群，想认识几个同样退休的洛阳老乡聊聊天',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '这几年钢铁厂效益咋样？我儿子在唐钢上班，会不会下岗啊，我天天担心',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '德化有没有让老年人学做陶瓷的体验班？我退休了想学点手艺',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我腰不好，坐大巴去遵义怕受不了，有没有直飞遵义的航班？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '帮我算算，我是1971年出生的女工，延迟退休以后到底哪年能退？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我医保卡里的钱能不能给孙子买药用？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我想给工信部部长写封信，反映我们老厂退休工人的待遇问题，信寄到哪个地址？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我老家大庆的油田现在还出不出油，听说快采完了是真的吗',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '你个人对“温州模式”怎么看，是好是坏？我们那时候可是争论得厉害',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '能不能把这个纪录片下载到我手机里，坐火车没网的时候也能看',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '视频看到一半就卡住不动了，是不是我家wifi不行，要不要换个路由器',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '柘荣的剪刀在哪个网店能买到正品？我剪了几十年布料就认好剪刀',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '给我推荐几个适合老年人旅游的工业城市吧，不要太累的那种',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '手机上显示扣了我十块钱，是不是看你们这个名片扣的？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'wo xiang mai jingdezhen de ci wan, yi tao duoshao qian a',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: 'My grandma wants to buy a genuine Jingdezhen porcelain tea set online. Which shop can she trust?',
    expect: { unsure: true },
    style: 'english',
  },
  {
    question: 'Is it safe for my 80-year-old father to visit the Kailuan mine park in Tangshan? He has a heart condition.',
    expect: { unsure: true },
    style: 'english',
  },
  {
    question: 'My dad retired from a factory in Shenyang. Is there any pension top-up for retired industrial workers there?',
    expect: { unsure: true },
    style: 'english',
  },
  {
    question: '老年人能不能给这个产业名片计划当志愿者？我退休前是厂里宣传科的，写写画画还行',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '评上产业名片的城市，退休工资会不会比别的地方高一点？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们那的老供销社仓库空了好多年，我想自己出钱把它租下来开个小茶馆，手续怎么办',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '看了株洲的名片，想问问电力机车和高铁有啥区别，孙子问我我也说不上来',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '稀土到底是啥土？为啥那么值钱？包头那张名片我看了半天没看懂',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '儿子说在这上面可以领鸡蛋，每天签到送礼品，在哪领啊？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们老年大学想组织去佛山南风古灶参观，能不能找你们帮忙安排讲解？',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '哪张名片做得最好看？你最喜欢哪个城市的',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我存了二十万，银行让我买理财，说是投产业名片城市的项目，稳不稳当',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '我们村里有个老砖窑，能不能申请文物保护？去哪儿申报',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '中国有几个“瓷都”？到底哪个才是真正的第一瓷都',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '景德鎮的瓷器是不是越老越值錢？我家有個爺爺傳下來的瓷盤，能幫我估個價嗎',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '太原手撕钢那么薄，能不能拿来做菜刀？我们家菜刀钝了',
    expect: { unsure: true },
    style: 'off-topic',
  },
  {
    question: '当年一五计划建了哪些厂？我父亲就是那时候支援包头去的，想多了解了解',
    expect: { unsure: true },
    style: 'off-topic',
  },

  // ───────────────────────────── controls: FAQ in the same voice ─────────────────────────────
  {
    question: '孙子给我手机上装了这个，说是什么产业名片打造计划，我这老脑筋也搞不懂，这到底是个啥计划呀？',
    expect: { faq: 'what-is-programme' },
    style: 'colloquial',
  },
  {
    question: '這個區域產業名片打造計劃是做甚麼的，麻煩講給我這個老太婆聽聽',
    expect: { faq: 'what-is-programme' },
    style: 'traditional',
  },
  {
    question: '产业明片打早计划是干啥的我听孙女说了半天没听明白',
    expect: { faq: 'what-is-programme' },
    style: 'typo',
  },
  {
    question: '名片名片的，是不是评上了能领一张卡片拿在手里？我还以为跟银行卡似的',
    expect: { faq: 'what-is-industry-card' },
    style: 'colloquial',
  },
  {
    question: '这个是国家哪个单位办的？我得问清楚，别是骗人的东西',
    expect: { faq: 'who-runs' },
    style: 'plain',
  },
  {
    question: '電視上說的「3分鐘愛上中國產業名片」是個電視劇還是啥節目？',
    expect: { faq: 'films-what' },
    style: 'traditional',
  },
  {
    question: '我老伴说有个三分种爱上产业名片，是干嘛的，谁搞的',
    expect: { faq: 'films-what' },
    style: 'typo',
  },
  {
    question: '电视上播过那种讲城市工厂的三分钟小片子，我想在手机上再看一遍，从哪里点进去？',
    expect: { faq: 'films-where' },
    style: 'colloquial',
  },
  {
    question: '我耳朵背，看你们那个纪录片的时候能不能打开字幕？',
    expect: { faq: 'films-where' },
    style: 'plain',
  },
  {
    question: '纪录片看到一半去厨房做饭了，回来还能接着刚才那里看吗，还是得从头看',
    expect: { faq: 'films-where' },
    style: 'colloquial',
  },
  {
    question: '纪录篇看的时候能不能放慢一点，说话太快我跟不上',
    expect: { faq: 'films-where' },
    style: 'typo',
  },
  {
    question: '那个纪录片一集多长时间？太长了我坐不住',
    expect: { faq: 'films-length' },
    style: 'colloquial',
  },
  {
    question: '我想把我们老家这张名片发给在外地上大学的孙女看看，咋转发给她？',
    expect: { faq: 'share' },
    style: 'colloquial',
  },
  {
    question: '看完那个讲洛阳拖拉机的片子挺感动的，想转到我们老工友微信群里，怎么弄',
    expect: { faq: 'share' },
    style: 'colloquial',
  },
  {
    question: '怎么分想给我外孙，我按了半天没找着',
    expect: { faq: 'share' },
    style: 'typo',
  },
  {
    question: 'zenme ba mingpian fenxiang gei sunzi',
    expect: { faq: 'share' },
    style: 'pinyin',
  },
  {
    question: 'How do I send this card to my grandchildren on WeChat? My mum keeps asking me.',
    expect: { faq: 'share' },
    style: 'english',
  },
  {
    question: '上回我儿子帮我登进去了，这回我又忘了咋登录，你一步一步教教我',
    expect: { faq: 'sign-in' },
    style: 'colloquial',
  },
  {
    question: '登陆要不要先注册个账号？我怕弄不明白',
    expect: { faq: 'sign-in' },
    style: 'typo',
  },
  {
    question: '我一个退休老太太，又不是当官的，也能用这个东西吗？能在上面干点啥',
    expect: { faq: 'who-can-use' },
    style: 'colloquial',
  },
  {
    question: '外孙女在美国长大，中文认不全，这个有没有英文的，她能看懂吗？',
    expect: { faq: 'english-version' },
    style: 'plain',
  },
  {
    question: 'My mother lives abroad and reads English better than Chinese. Can she read the cards and watch the films in English?',
    expect: { faq: 'english-version' },
    style: 'english',
  },
  {
    question: '名片上写着“示例”两个字，这是啥意思？是不是假的，我们老家是不是根本没评上',
    expect: { faq: 'sample-data' },
    style: 'colloquial',
  },
  {
    question: '我想看看别的省的名片，在哪里翻？能不能按省份一个一个找',
    expect: { faq: 'browse-cards' },
    style: 'plain',
  },
  {
    question: '我有些意见想跟你们工业文化发展中心说说，怎么联系你们？',
    expect: { faq: 'contact-centre' },
    style: 'plain',
  },
  {
    question: '晚上我睡不着想问点事，你们人工几点下班，半夜有没有人回我',
    expect: { faq: 'human-agent' },
    style: 'colloquial',
  },
  {
    question: '每年啥时候公布新一批名片？我等着看我们老家能不能上',
    expect: { faq: 'release-timing' },
    style: 'plain',
  },
  {
    question: '2024年在泉州开的那个发布会是怎么回事，新闻里说的“30+50”是啥意思',
    expect: { faq: 'release-2024' },
    style: 'plain',
  },
  {
    question: '去年冬天东莞开的那个产业名片大会，我在电视上看了一眼，是谁办的，讲的什么主题？',
    expect: { faq: 'conference-2025' },
    style: 'colloquial',
  },
  {
    question: '中央台那个“中国产业地理盛典”是个什么节目？我老伴说挺好看的',
    expect: { faq: 'geography-gala' },
    style: 'plain',
  },
  {
    question: '最早2022年跟你们签约的那一批都有哪些地方？听说有我们保定',
    expect: { faq: 'pilot-regions-2022' },
    style: 'plain',
  },
  {
    question: '国家一共打算弄多少张这种名片？要弄到哪年才弄完',
    expect: { faq: 'target-2025' },
    style: 'plain',
  },
  {
    question: '主名片和特色名片，哪个档次高一点？我们老家是特色名片，是不是差一等',
    expect: { faq: 'tier-difference' },
    style: 'colloquial',
  },
  {
    question: '啥样的才能算主名片，有什么讲究没有',
    expect: { faq: 'tier-main' },
    style: 'colloquial',
  },
  {
    question: '特色名片是个什么意思呀，是说有地方特色吗',
    expect: { faq: 'tier-featured' },
    style: 'plain',
  },
  {
    question: '名片上写的科创热点、创新消费、升级更新，这些新词儿是啥意思，是三类名片吗',
    expect: { faq: 'themes-2025' },
    style: 'colloquial',
  },
  {
    question: '2025年评上的全部名单哪里能看到？我想从头到尾看一遍',
    expect: { faq: 'list-2025' },
    style: 'plain',
  },
  {
    question: '我爱看书，听说出了一本讲产业名片的新书，叫啥名字？',
    expect: { faq: 'new-book' },
    style: 'plain',
  },
  {
    question: '我儿子在德化开了个小瓷器厂，他一个私人老板能不能自己申请这个名片？',
    expect: { faq: 'enterprise-apply' },
    style: 'colloquial',
  },
  {
    question: '我们是个山区小县城，县里头能不能也报一个名片？不是非得大城市吧',
    expect: { faq: 'county-eligible' },
    style: 'colloquial',
  },
  {
    question: '我们县的老酒厂可有故事了，能不能也给我们拍一个三分钟的纪录片？',
    expect: { faq: 'films-our-city' },
    style: 'colloquial',
  },
  {
    question: '我们那个老纺织厂空了十几年，要是厂房改成工业博物馆，能不能算进你们这个计划里头？',
    expect: { faq: 'landmarks-clusters' },
    style: 'colloquial',
  },
  {
    question: '搞这个产业名片，对我们地方上到底有啥好处？',
    expect: { faq: 'programme-purposes' },
    style: 'plain',
  },
  {
    question: '孙子说现在有啥数字藏品，你们这个名片也出那玩意儿吗',
    expect: { faq: 'digital-collectibles' },
    style: 'colloquial',
  },
  {
    question: '我们街道有人说区里报这个产业名片要花一大笔钱，报名参加真要交费吗？',
    expect: { faq: 'fees' },
    style: 'plain',
  },
  {
    question: '是不是上面规定每个城市都得参加这个？还是自己愿意才报',
    expect: { faq: 'principles' },
    style: 'plain',
  },
  {
    question: '都是哪些地方可以报名参加这个名片评选的？',
    expect: { faq: 'who-may-apply' },
    style: 'plain',
  },
  {
    question: '我在网上看到2022年那份文件，上面印着联系电话和邮箱，现在打过去还管用吗',
    expect: { faq: 'letter-contacts' },
    style: 'plain',
  },
  {
    question: '这些名片都是怎么评出来的？按啥打分的',
    expect: { faq: 'evaluation-system' },
    style: 'colloquial',
  },
  {
    question: '评上名片了是不是一辈子都算数？以后会不会给拿掉',
    expect: { faq: 'value-assessment' },
    style: 'colloquial',
  },
  {
    question: '我们市要是报上去了，是不是就一定能选上？',
    expect: { faq: 'selection-criteria' },
    style: 'plain',
  },
  {
    question: '我侄子在县里工信局上班，我想帮他问问，参加这个计划大概分哪几步？',
    expect: { faq: 'how-to-participate' },
    style: 'plain',
  },
  {
    question: '國家為什麼要搞這個產業名片，是根據哪個文件來的？',
    expect: { faq: 'policy-basis' },
    style: 'traditional',
  },
  {
    question: 'chanye mingpian shi shenme yisi, shi zhen de kapian ma',
    expect: { faq: 'what-is-industry-card' },
    style: 'pinyin',
  },
  {
    question: 'My father saw something on TV called "Fall in love with China\'s industry cards in 3 minutes". What is that?',
    expect: { faq: 'films-what' },
    style: 'english',
  },
  {
    question: '我们镇上有个开发区，园区也能报这个名片吗？还是只有城市才行',
    expect: { faq: 'zone-eligible' },
    style: 'colloquial',
  },
  {
    question: '我们省里能不能整个省一起报一个名片？',
    expect: { faq: 'province-eligible' },
    style: 'plain',
  },
  {
    question: '评上了国家给不给补贴，给我们县里拨点钱不？',
    expect: { faq: 'funding' },
    style: 'colloquial',
  },
  {
    question: '你们中心平时怎么宣传这些名片？电视上会不会多放放',
    expect: { faq: 'promotion' },
    style: 'colloquial',
  },

  // ───────────────────────────── controls: catalogue, home towns and provinces ─────────────────────────────
  {
    question: '我在洛阳一拖开了三十年东方红拖拉机，听说洛阳也上了名片，给我找出来看看',
    expect: { cards: ['luoyang-agricultural-machinery'] },
    style: 'region',
  },
  {
    question: '我老家是江西景德镇的，出来几十年了，我们景德镇有没有名片啊？',
    expect: { cards: ['jingdezhen-millennium-porcelain'] },
    style: 'region',
  },
  {
    question: '福建德化有没有名片？我外婆家就在德化，小时候天天看烧瓷',
    expect: { cards: ['dehua-porcelain-capital'] },
    style: 'region',
  },
  {
    question: '唐山的名片是哪个？我是老唐山人，开滦矿上退下来的',
    expect: { cards: ['tangshan-cradle-of-modern-industry'] },
    style: 'region',
  },
  {
    question: '我1960年进的长春一汽，想看看长春的产业名片，麻烦帮我找一下',
    expect: { cards: ['changchun-motor-city'] },
    style: 'region',
  },
  {
    question: '沈陽鐵西是我的老家，沈陽有甚麼產業名片？',
    expect: { cards: ['shenyang-equipment-base'] },
    style: 'traditional',
  },
  {
    question: '哈尔滨有名片吗？我父亲是哈尔滨锅炉厂的老师傅',
    expect: { cards: ['harbin-power-equipment'] },
    style: 'region',
  },
  {
    question: '我们包头的名片在哪，我在包钢干了一辈子',
    expect: { cards: ['baotou-rare-earth-capital'] },
    style: 'region',
  },
  {
    question: '株洲有没有，我是株洲电力机车厂退休的',
    expect: { cards: ['zhuzhou-rail-transit-equipment'] },
    style: 'region',
  },
  {
    question: '兰州那张名片叫啥？闺女在兰州石化上班，想给她转过去',
    expect: { cards: ['lanzhou-yellow-river-petrochemicals'] },
    style: 'region',
  },
  {
    question: '柳州的名片里有没有我们柳工？帮我打开柳州那张看看',
    expect: { cards: ['liuzhou-industrial-landscape'] },
    style: 'region',
  },
  {
    question: 'wo laojia shi guizhou zunyi de, zunyi you mei you chanye mingpian',
    expect: { cards: ['zunyi-sauce-aroma-baijiu'] },
    style: 'pinyin',
  },
  {
    question: '潍坊那张名片给我瞅瞅，我年轻时在潍柴干过',
    expect: { cards: ['weifang-power-and-kites'] },
    style: 'region',
  },
  {
    question: '无锡有产业名片吗，我年轻时在无锡纺织厂挡车',
    expect: { cards: ['wuxi-iot-city'] },
    style: 'region',
  },
  {
    question: '我们湖南老家有哪些名片？我是郴州人，老伴是长沙的',
    expect: { cards: ['chenzhou-nonferrous-metals', 'zhuzhou-rail-transit-equipment', 'changsha-construction-machinery'] },
    style: 'region',
  },
  {
    question: '福建省的名片都给我列一下，我们一家都是福建出来的',
    expect: {
      cards: ['dehua-porcelain-capital', 'zherong-knives-and-scissors', 'quanzhou-maritime-silk-manufacturing', 'jinjiang-sportswear'],
    },
    style: 'region',
  },
  {
    question: '泉州底下的都有哪些名片？',
    expect: { cards: ['quanzhou-maritime-silk-manufacturing', 'dehua-porcelain-capital', 'jinjiang-sportswear'] },
    style: 'region',
  },
  {
    question: '江西有幾張名片，都叫甚麼名字，給我看看',
    expect: { cards: ['jingdezhen-millennium-porcelain', 'ganzhou-tungsten-rare-earth'] },
    style: 'traditional',
  },
  {
    question: '河北的名片有哪些？我是河北人，在外头住了四十年',
    expect: { cards: ['baoding-electric-valley', 'tangshan-cradle-of-modern-industry'] },
    style: 'region',
  },
  {
    question: '内蒙古有没有产业名片，我们草原上也有工厂的',
    expect: { cards: ['baotou-rare-earth-capital', 'ordos-zero-carbon-energy'] },
    style: 'region',
  },
  {
    question: '杭州的名片有哪些？孙子在杭州工作，我想了解了解他待的地方',
    expect: { cards: ['hangzhou-digital-city', 'qiantang-china-medicine-port'] },
    style: 'region',
  },
  {
    question: '广州有啥名片，我在黄埔住了大半辈子',
    expect: { cards: ['guangzhou-smart-manufacturing', 'huangpu-bay-area-innovation'] },
    style: 'region',
  },
  {
    question: '苏州那边有几张名片？都是啥',
    expect: { cards: ['suzhou-gusu-innovation', 'kunshan-county-manufacturing'] },
    style: 'region',
  },
  {
    question: '东北三省有哪些名片？我们老工业基地应该不少吧',
    expect: { cards: ['shenyang-equipment-base', 'changchun-motor-city', 'harbin-power-equipment'] },
    style: 'region',
  },
  {
    question: '做瓷器陶瓷的地方都有哪些名片？我这辈子就喜欢收藏点瓷器',
    expect: {
      cards: ['dehua-porcelain-capital', 'jingdezhen-millennium-porcelain', 'foshan-ceramics-and-appliances', 'tangshan-cradle-of-modern-industry'],
    },
    style: 'industry',
  },
  {
    question: '有没有酿白酒的名片？我老头子就好这一口',
    expect: { cards: ['zunyi-sauce-aroma-baijiu', 'yibin-baijiu-and-batteries'] },
    style: 'industry',
  },
  {
    question: '产茶叶的地方有名片吗？',
    expect: { cards: ['zunyi-sauce-aroma-baijiu'] },
    style: 'industry',
  },
  {
    question: '稀土方面的名片都有哪几张',
    expect: { cards: ['baotou-rare-earth-capital', 'ganzhou-tungsten-rare-earth'] },
    style: 'industry',
  },
  {
    question: '做菜刀剪子的名片有哪些，我以前是剪刀厂的',
    expect: { cards: ['zherong-knives-and-scissors', 'yangjiang-knife-capital'] },
    style: 'industry',
  },
  {
    question: '跟纺织有关的名片有哪些？我在纺织厂干了三十多年',
    expect: {
      cards: ['binzhou-high-end-aluminium', 'wuxi-iot-city', 'jinjiang-sportswear', 'quanzhou-maritime-silk-manufacturing'],
    },
    style: 'industry',
  },
  {
    question: '北京有没有产业名片？我住北京，找半天没找着',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '上海有名片吗，我们上海老早也是工业城市呀',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '青海西宁有没有名片？',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '我孙子的玩具都是汕头澄海产的，汕头有没有名片？',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '石家庄有名片吗？我们省会总该有一张吧',
    expect: { cards: [] },
    style: 'region',
  },
  {
    question: '“中国电谷”是哪个地方的名片？电视上听了一耳朵',
    expect: { cards: ['baoding-electric-valley'] },
    style: 'region',
  },
  {
    question: '“手撕钢”那张名片是哪个城市的？给我打开看看',
    expect: { cards: ['taiyuan-steel-and-heavy-machinery'] },
    style: 'industry',
  },
  {
    question: '创新消费那一类的名片都有哪些？全部给我列出来',
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
    question: '主名片都是哪几个城市？一个个给我念念',
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
    question: 'My grandfather worked at the tractor factory in Luoyang for decades. Does Luoyang have an industry card?',
    expect: { cards: ['luoyang-agricultural-machinery'] },
    style: 'english',
  },
  {
    question: '重庆有名片没有嘛？我是重庆长安厂退休的',
    expect: { cards: ['chongqing-mountain-city-motors'] },
    style: 'region',
  },

  // ───────────────────────────── controls: counts ─────────────────────────────
  {
    question: '你们这里头现在一共有多少张名片？我想一张一张慢慢看',
    expect: { count: 50 },
    style: 'count',
  },
  {
    question: '我们湖南一共有几张名片啊',
    expect: { count: 3 },
    style: 'count',
  },
  {
    question: 'How many industry cards does Guangdong province have? My parents are from there.',
    expect: { count: 6 },
    style: 'english',
  },
  {
    question: '山东有几张名片？我们山东人多，应该不少吧',
    expect: { count: 4 },
    style: 'count',
  },
  {
    question: '浙江省一共几张名片',
    expect: { count: 5 },
    style: 'count',
  },
  {
    question: '泉州市底下一共有几张名片，连县里的一起算',
    expect: { count: 3 },
    style: 'count',
  },
  {
    question: '现在主名片一共有几张？',
    expect: { count: 15 },
    style: 'count',
  },
  {
    question: '特色名片现在有多少张了',
    expect: { count: 35 },
    style: 'count',
  },
  {
    question: '2024年那一批的名片有多少张？',
    expect: { count: 22 },
    style: 'count',
  },
  {
    question: '2025年的名片一共多少个呀',
    expect: { count: 28 },
    style: 'count',
  },
  {
    question: '科创热点的名片有几张',
    expect: { count: 10 },
    style: 'count',
  },
  {
    question: '升級更新那一類的名片一共幾張？',
    expect: { count: 14 },
    style: 'traditional',
  },

  // ───────────────────────────── controls: own application ─────────────────────────────
  {
    question: '我退休以后返聘在县工信局帮忙，我们局上个月在这上面交的那份登记表，现在到哪一步了？',
    expect: { status: true },
    style: 'status',
  },
  {
    question: '我是园区管委会的老同志，我们园区报上去的申请一直没消息，麻烦帮我查查我们的进度',
    expect: { status: true },
    style: 'status',
  },

  // ───────────────────────────── controls: asking for a person ─────────────────────────────
  {
    question: '转人攻',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我眼神不好打字太慢了，你能不能找个真人工作人员跟我说？',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '我不跟机器说话，你给我叫个活人来',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '视频老是放不出来，我要投诉，叫你们负责的人来跟我说',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '麻煩幫我轉給人工客服，謝謝你',
    expect: { handoff: true },
    style: 'traditional',
  },
  {
    question: 'zhuan rengong, wo yao gen gongzuo renyuan shuohua',
    expect: { handoff: true },
    style: 'pinyin',
  },
  {
    question: 'Please let me talk to a real person. My dad is confused by the bot and I am helping him.',
    expect: { handoff: true },
    style: 'english',
  },
  {
    question: '我儿子让我直接找你们工作人员，麻烦给我接一下人工吧',
    expect: { handoff: true },
    style: 'handoff',
  },
  {
    question: '机器人说不清楚，能不能让你们工作人员亲自给我回个话',
    expect: { handoff: true },
    style: 'handoff',
  },
];
