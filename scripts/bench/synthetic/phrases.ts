// The word stock of the synthetic corpus: places, agencies, topics and the set phrases that 纪实
// prose about 文明单位创建 is built from. Kept apart from the sentence builder so either can grow
// without touching the other.

/** First characters of invented county and district names. */
export const PLACE_HEADS = ['青', '云', '松', '安', '临', '清', '永', '长', '丰', '明', '东', '西', '南', '北', '新', '宁', '平', '兴', '和', '广', '嘉', '龙', '凤', '桐', '柳', '梅'] as const;

/** Second characters of invented place names. */
export const PLACE_TAILS = ['阳', '溪', '川', '江', '山', '林', '河', '湖', '泉', '城', '原', '州', '宁', '丰', '安', '岗', '水', '石'] as const;

/** The kind of place, with its level word. */
export const PLACE_KINDS = ['区', '县', '市'] as const;

/** Units a civilisation office assesses: the Chinese name and a short ASCII slug part. */
export const AGENCIES = [
  ['政府办公室', 'office'],
  ['财政局', 'finance'],
  ['教育局', 'education'],
  ['卫生健康局', 'health'],
  ['人民医院', 'hospital'],
  ['税务局', 'tax'],
  ['公安分局', 'police'],
  ['人民法院', 'court'],
  ['人民检察院', 'procuratorate'],
  ['住房和城乡建设局', 'housing'],
  ['交通运输局', 'transport'],
  ['市场监督管理局', 'market'],
  ['供电公司', 'power'],
  ['自来水公司', 'water'],
  ['图书馆', 'library'],
  ['第一中学', 'school'],
  ['农业农村局', 'agriculture'],
  ['民政局', 'civil'],
  ['统计局', 'statistics'],
  ['档案馆', 'archives'],
  ['文化馆', 'culture'],
  ['人力资源和社会保障局', 'hr'],
  ['信访局', 'petition'],
  ['广播电视台', 'broadcast'],
] as const;

/** Goals a unit sets itself, each written as a four-character phrase. */
export const GOALS = ['政治坚定', '业务精干', '作风优良', '廉洁高效', '服务优质', '管理规范', '环境优美', '团结和谐', '务实创新', '群众满意', '制度健全', '形象良好'] as const;

/** Themes of the work, used in headings, sentences and award titles. */
export const TOPICS = [
  '法治建设',
  '信息化建设',
  '调查研究',
  '党风廉政建设',
  '综合治理',
  '安全生产',
  '志愿服务',
  '学习型机关建设',
  '政务公开',
  '便民服务',
  '档案管理',
  '计划生育',
  '平安创建',
  '信访稳定',
  '文化建设',
  '精准扶贫',
  '环境整治',
  '节能减排',
  '绩效考核',
  '干部培训',
  '民主评议',
  '应急管理',
  '诚信建设',
  '法制宣传教育',
] as const;

/** Who does something, as the subject of a sentence. */
export const ACTORS = ['单位党组', '领导班子', '全体干部职工', '各科室', '机关党支部', '工会', '团支部', '创建工作领导小组', '办公室', '志愿服务队', '党员干部', '青年职工'] as const;

/** What they do, as a verb phrase that takes a topic. */
export const ACTIONS = ['始终围绕', '扎实推进', '认真落实', '全面加强', '深入开展', '着力抓好', '不断完善', '积极探索', '切实做好', '大力推行', '持续深化'] as const;

/** How the action is done: means and measures. */
export const MEASURES = [
  '建立健全了工作责任制，做到分工明确、责任到人',
  '制定了年度工作计划和考核细则，定期检查、通报讲评',
  '组织开展了专题学习和业务培训，每月集中学习不少于两次',
  '设立了意见箱和监督电话，主动接受群众监督',
  '把创建任务分解到各科室，纳入年度目标考核',
  '开展了“走基层、访民情、解民忧”活动，深入村组和企业调查研究',
  '编印了工作简报和信息专刊，及时报送工作信息',
  '完善了首问负责、限时办结和责任追究等制度',
  '组建了志愿服务队，定期到社区开展结对帮扶',
  '开展了读书演讲、知识竞赛和文体活动，丰富干部职工业余生活',
  '推行了政务公开和办事公开，办事程序和收费标准一律上墙',
  '落实了安全生产和消防责任，消除了一批安全隐患',
  '加大了硬件投入，改善了办公条件和服务环境',
  '开展了法律进机关、进社区活动，普及法律知识',
  '建立了领导干部联系基层制度，每人每年撰写调研报告',
] as const;

/** What came of it: results and recognition. */
export const RESULTS = [
  '工作效率明显提高，群众满意度逐年上升',
  '干部职工的精神面貌焕然一新，凝聚力和战斗力不断增强',
  '各项工作走在了全区前列，多次受到上级表彰',
  '全年未发生一起违法违纪案件和安全责任事故',
  '服务质量和办事效率得到了社会各界的广泛好评',
  '创建成果得到巩固和提升，形成了人人参与创建的良好氛围',
  '一批调研成果被领导批示采纳，转化为推动工作的具体措施',
  '信息报送数量和质量均居全区前列',
  '单位的知名度和美誉度显著提升',
  '为全区经济社会发展作出了积极贡献',
] as const;

/** Connecting phrases that open a sentence. */
export const OPENERS = ['近年来，', '一直以来，', '在创建工作中，', '与此同时，', '为此，', '在此基础上，', '按照上级要求，', '结合工作实际，', '', '', ''] as const;

/** Ordinals for the “一是……二是……” enumerations and article titles. */
export const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Second halves of article titles: what the article is about. */
export const TITLE_TAILS = ['突出创新意识', '夯实工作基础', '提升服务水平', '树立良好形象', '增强队伍活力', '规范内部管理', '营造和谐氛围', '推动工作落实', '筑牢思想防线', '彰显文明风采'] as const;

/** Verbs that start an article title (“一是强化……”). */
export const TITLE_VERBS = ['强化', '健全', '创新', '深化', '狠抓', '规范', '打造', '提升', '加强', '推进'] as const;

/** Fragments of award titles, before the kind of honour. */
export const AWARD_SUBJECTS = ['文明单位', '先进基层党组织', '法治建设工作', '信息工作', '调研工作', '综合治理工作', '安全生产工作', '平安创建工作', '档案管理工作', '政务公开工作', '志愿服务工作', '计划生育工作', '精准扶贫工作', '绩效考核', '信访工作', '消防工作', '学习型党组织建设', '党风廉政建设', '统计工作', '文化建设工作'] as const;

/** The kind of honour that ends an award title. */
export const AWARD_KINDS = ['先进单位', '先进集体', '目标考核一等奖', '优秀单位', '示范单位', '红旗单位', '先进单位（集体）'] as const;

/** How a level is written in the synthetic front matter: canonical names and the aliases editors use. */
export const LEVEL_SPELLINGS = ['国家级', '省级', '市级', '区县级', '乡镇级', '单位内部', '省部级', '县级', '市', '区级', '全国', '内部'] as const;

/** Bodies that issue awards, by the level they usually issue at. */
export const ISSUERS = ['市委、市政府', '省委办公厅', '区委、区政府', '市文明委', '省司法厅', '市委组织部', '县总工会', '市档案局'] as const;
