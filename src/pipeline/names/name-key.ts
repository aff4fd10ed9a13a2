/**
 * A name's comparison key: case, the Russian/Ukrainian alphabets, Latin look-alike letters, accents,
 * apostrophes and doubled consonants folded (see text/fold.ts). «Xикмет Гаджиев» (Latin X),
 * «Хікмет Гаджієв» and «ХИКМЕТ ГАДЖИЕВ» share one key. It does not undo case endings: use
 * resolveName (entities) to ask which node a declined name is.
 */
import { foldPhrase } from '../text/fold';

export function nameKey(surface: string, _language?: string): string {
  return foldPhrase(surface.replace(/[.,;:!?«»"“”„()]/g, ' '));
}
