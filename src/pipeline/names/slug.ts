/** Node-id slugs from English labels: "Côte d'Ivoire" → "cote-d-ivoire", "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev". */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
