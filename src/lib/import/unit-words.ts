// Places a unit's name starts with: 黄州区, 临江市, 青龙镇… The words after them name the unit itself.
const PLACE = /^.*?(?:省|自治区|市(?![场民政容])|自治州|州|地区|盟|区(?![域])|县|旗|镇|乡|街道)(?=.{2,})/;
// How a text refers to its own unit without naming it: 全局, 我院, 本校, 所里, 该中心…
const SELF_REFERENCE = /(?:[全我本该][局院校所村馆站队司行厂处科室委会社]|[局院校所村馆站队]里|我们|本单位|我单位|该单位)/;
// What a unit calls itself as the subject of a sentence: 学校…, 医院…, 中心… (a headline may hold
// these words elsewhere: 志愿服务进社区).
const INSTITUTION_SUBJECT =
  /^(?:学校|医院|法院|检察院|公司|企业|村委会|村两委|派出所|图书馆|博物馆|文化馆|大队|支队|中队|收费站|银行|支行|机关|单位|协会)/;

/**
 * The words by which a dossier's text names its own unit: the full name, the name without its
 * place (`临江市水务局` → `水务局`) and the last two characters of that (`务局` is not a word,
 * so only names of three or more characters give one: `人民医院` → `医院`). Sentences that name
 * the unit tell what it did; headlines rarely do.
 */
export function unitWords(unit: string | undefined): string[] {
  if (!unit) return [];
  const own = unit.replace(PLACE, '');
  const words = new Set([unit, own]);
  if ([...own].length >= 4) words.add([...own].slice(-2).join(''));
  return [...words].filter((w) => [...w].length >= 2);
}

/** Whether a sentence names the unit (by {@link unitWords}), refers to it as 我们, 全局, 所里…, or opens with the kind of body it is (学校…). */
export function namesUnit(sentence: string, words: readonly string[]): boolean {
  return SELF_REFERENCE.test(sentence) || INSTITUTION_SUBJECT.test(sentence) || words.some((w) => sentence.includes(w));
}
