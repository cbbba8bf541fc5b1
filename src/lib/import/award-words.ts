// The words award names are made of: 先进集体, 文明单位, 示范校, 青年文明号, 巾帼文明岗… Both the
// award list's finder (award-run.ts) and the reader of one award line (award-item.ts) ask for them.
export const AWARD_WORDS =
  /先进|文明|示范|模范|标兵|优秀|优胜|称号|奖|号|岗|集体|单位|先锋|之星|明星|最美|十佳|百强|红旗|达标|合格|星级|特色|品牌|基地|窗口|标杆|卫生|平安|巾帼|一级|满意/;
