/** Grammatical forms the templates need, by language. English has one form for every case. */

/** Russian and Ukrainian cases used by the templates. */
export type Case = 'nom' | 'gen' | 'acc' | 'ins' | 'loc';

export type Forms = Record<Case, string>;

export interface Trilingual {
  ru: Forms;
  uk: Forms;
  en: string;
}

/** "a|b|c|d|e" → forms in the order nom, gen, acc, ins, loc. */
export function forms(spec: string): Forms {
  const parts = spec.split('|');
  if (parts.length !== 5) throw new Error(`forms "${spec}" need five cases`);
  const [nom, gen, acc, ins, loc] = parts as [string, string, string, string, string];
  return { nom, gen, acc, ins, loc };
}

/** The same word in every case (indeclinable: "Баку", "ГУАМ", "Шевченко"). */
export function fixed(word: string): Forms {
  return { nom: word, gen: word, acc: word, ins: word, loc: word };
}

/** Appends a fixed tail to every form: "министр" + " иностранных дел". */
export function withTail(head: Forms, tail: string): Forms {
  return {
    nom: head.nom + tail,
    gen: head.gen + tail,
    acc: head.acc + tail,
    ins: head.ins + tail,
    loc: head.loc + tail,
  };
}

/** Puts a fixed head before every form: "компании " + «Velmora». */
export function join(first: Forms, second: Forms, separator = ' '): Forms {
  return {
    nom: first.nom + separator + second.nom,
    gen: first.gen + separator + second.gen,
    acc: first.acc + separator + second.acc,
    ins: first.ins + separator + second.ins,
    loc: first.loc + separator + second.loc,
  };
}

/** First letter upper case (sentence starts). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
