/** Types for petrovich 0.2 (Russian name declension), which ships none. */
declare module 'petrovich' {
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  interface Person {
    gender?: 'male' | 'female' | 'androgynous';
    first?: string;
    middle?: string;
    last?: string;
  }
  function petrovich<T extends Person>(person: T, gcase: Case): T;
  export default petrovich;
}
