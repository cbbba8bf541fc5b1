// Toneless pinyin for the characters dossier headlines are commonly made of, grouped by syllable.
// File names only need to be short and readable, so a character missing here is simply left out
// of the name; the name falls back to `article` when nothing is left.
const SYLLABLES: Readonly<Record<string, string>> = {
  a: '阿', ai: '爱艾碍蔼', an: '安案按岸暗', ang: '昂', ao: '奥',
  ba: '八把巴', bai: '百白摆', ban: '办班版半伴', bang: '帮榜邦', bao: '保报宝包抱',
  bei: '北备被倍悲', ben: '本奔', bi: '必比笔毕闭', bian: '变便编边', biao: '标表',
  bie: '别', bin: '宾滨', bing: '并兵病', bo: '博播', bu: '不部步布捕补',
  cai: '才材财采彩', can: '参餐残', cao: '操草', ce: '策测册', ceng: '层', cha: '查察差',
  chan: '产', chang: '长常场畅倡唱', chao: '超朝', che: '车彻', chen: '陈沉晨', cheng: '成城程承诚称乘',
  chi: '持池迟', chong: '冲充', chu: '出处初除础楚厨', chuan: '传船', chuang: '创窗',
  chun: '春纯', ci: '次此词慈', cong: '从聪', cu: '促', cui: '翠', cun: '村存', cuo: '措',
  da: '大打达答', dai: '代带待', dan: '单担淡', dang: '党当档', dao: '导到道',
  de: '得德的', deng: '等登', di: '地第底低迪', dian: '点电典店', diao: '调', ding: '定订',
  dong: '动东懂', du: '督度读独', duan: '段断短锻', dui: '对队', duo: '多',
  e: '额', er: '二儿而', fa: '发法', fan: '范反繁', fang: '方放防访芳房', fei: '费飞非',
  fen: '分份奋', feng: '风丰峰奉', fu: '服福复富扶副辅付妇', gai: '改概', gan: '干感赶',
  gang: '港岗纲', gao: '高告', ge: '个各格革歌', gong: '工公共功供', gou: '构够',
  gu: '固古顾故鼓', guan: '管关观官馆', guang: '广光', gui: '规归贵', guo: '国过果',
  hai: '海', han: '汉含', hang: '航夯', hao: '好号', he: '和合河核', hong: '红宏',
  hou: '后厚', hu: '护湖互户沪', hua: '化华话划花画', huan: '环欢', huang: '黄皇',
  hui: '会惠汇回辉', huo: '活火获或', ji: '机基级积集记纪济技绩急计击激既几己', jia: '加家价佳',
  jian: '建检简见监坚践健件俭', jiang: '讲江将奖', jiao: '教交较', jie: '结节解街接洁届',
  jin: '进金近紧尽锦', jing: '精经敬境景竞净', jiu: '就究九', ju: '局举据聚居', jue: '决觉',
  jun: '军均', kai: '开', kan: '看刊', kao: '考', ke: '科可课克', kong: '空控', kou: '口',
  kuai: '快', kuan: '宽', la: '拉', lai: '来', lan: '蓝览', lao: '老劳', le: '乐了',
  li: '力理立利礼例历李励里', lian: '廉联连练炼', liang: '良两亮量', liao: '料疗', lin: '林临邻',
  ling: '领灵', liu: '流留六', long: '龙', lu: '路录绿', lv: '律旅', lun: '论', luo: '落络',
  ma: '马', man: '满', mao: '貌', mei: '美每', men: '门们', meng: '梦', mi: '密',
  mian: '面免', min: '民敏', ming: '明名命', mo: '模', mu: '目木睦', nan: '南难', nei: '内',
  neng: '能', nian: '年念', nong: '农', pai: '排', pei: '培配', peng: '朋', pi: '批',
  pin: '品贫', ping: '平评', qi: '其起企期齐气七', qian: '前千', qiang: '强墙', qin: '勤亲琴',
  qing: '清情青轻', qiu: '求', qu: '区取', quan: '全权', qun: '群', ran: '然', ren: '人任认',
  ri: '日', rong: '荣融容', ru: '入', shan: '善山', shang: '上商', she: '社设舍', shen: '深身',
  sheng: '生省升声胜', shi: '是事市实施时识师示势试室士十食', shou: '收首手', shu: '书术树属数',
  shuang: '双霜', shui: '水', si: '思四', song: '送', su: '素速宿', suo: '所', ta: '他它',
  tai: '台态', tan: '谈探', te: '特', ti: '提体', tian: '天田', tiao: '条', tong: '通同统童',
  tou: '投', tu: '突图', tuan: '团', tui: '推', wai: '外', wan: '完万晚', wang: '网望往',
  wei: '为维卫委位伟微慰', wen: '文温稳问', wo: '我', wu: '务物五午伍舞', xi: '系息习细夕',
  xia: '下', xian: '先献县现鲜', xiang: '项乡想向香巷', xiao: '效小校孝笑', xie: '协谐写', xin: '信新心辛馨',
  xing: '行形型兴星幸', xiu: '修绣', xu: '需续', xuan: '宣选', xue: '学雪血', xun: '训',
  yan: '研严言颜', yang: '阳扬样养', yao: '要药', ye: '业', yi: '一以意义议依益医仪', yin: '引',
  ying: '应营影', yong: '用勇', you: '优有友', yu: '于与育域誉雨', yuan: '员源院愿园',
  yue: '月阅约', yun: '运云', zai: '在栽', zao: '造', ze: '责则', zeng: '增赠', zhan: '展站战',
  zhang: '章掌', zhao: '照', zhe: '者', zhen: '真镇诊', zheng: '政正整争证', zhi: '职制治质知指智支志植',
  zhong: '中重众忠', zhou: '州', zhu: '主住助筑', zhua: '抓', zhuan: '专转', zhuang: '状',
  zhui: '追', zhun: '准', zhuo: '捉', zi: '自资紫', zong: '总综', zou: '走', zu: '组足',
  ting: '庭厅亭听', zui: '最', zun: '尊', zuo: '作做座',
};

const PINYIN = new Map<string, string>();
for (const [syllable, chars] of Object.entries(SYLLABLES)) {
  for (const ch of chars) if (!PINYIN.has(ch)) PINYIN.set(ch, syllable);
}

// Words whose characters read differently from their usual reading (调 in 协调, 行 in 行业).
const WORDS: Readonly<Record<string, string>> = {
  协调: 'xietiao',
  调整: 'tiaozheng',
  调节: 'tiaojie',
  行业: 'hangye',
  银行: 'yinhang',
  重新: 'chongxin',
  长期: 'changqi',
  成长: 'chengzhang',
};

/** The pinyin of a run of characters, unknown characters left out: `职能` → `zhineng`. */
export function pinyinWord(chars: string): string {
  const word = WORDS[chars];
  if (word) return word;
  return [...chars].map((ch) => (/[a-z0-9]/i.test(ch) ? ch.toLowerCase() : (PINYIN.get(ch) ?? ''))).join('');
}
