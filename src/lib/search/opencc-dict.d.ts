// opencc-js ships its dictionaries as modules without type declarations: each is a string of
// "source target" pairs separated by "|".
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
