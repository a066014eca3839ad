/** Roughly how wide a character of the bars' 12 px type is, in px: generous, so a shortened name fits bold too. */
const CHAR_PX = 7;

/**
 * An area's name shortened to fit `width` px of the ranked bars, at a word where it can be, with
 * an ellipsis saying it was shortened ("Brownhills, Pelsall, Rushall…"); the whole name is in the
 * bar's tooltip, the map's tooltip and the table. SVG text does not wrap, and a name cut by the
 * edge ("…Rushall an") reads as another name.
 */
export function shortName(name: string, width: number): string {
  const fits = Math.max(4, Math.floor(width / CHAR_PX));
  if (name.length <= fits) return name;
  const room = name.slice(0, fits - 1);
  const atWord = room.replace(/[\s,;–-]+\S*$/, '');
  return `${(atWord.length >= fits / 2 ? atWord : room).replace(/[\s,;–-]+$/, '')}…`;
}
