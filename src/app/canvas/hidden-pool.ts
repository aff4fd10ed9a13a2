/**
 * Which elements are kept on the canvas hidden (display: none) rather than removed, oldest
 * hidden first. Showing a hidden element again is a class toggle, far cheaper in Cytoscape
 * than building it anew; the pool is bounded so a long session does not grow the canvas
 * without limit. Pure bookkeeping: the elements controller applies what it answers.
 */
export class HiddenPool {
  /** Insertion order is hiding order: the first key is the longest hidden. */
  private readonly hidden = new Set<string>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.hidden.size;
  }

  has(id: string): boolean {
    return this.hidden.has(id);
  }

  /** Records ids as just hidden; an id hidden again counts from now. */
  hide(ids: Iterable<string>): void {
    for (const id of ids) {
      this.hidden.delete(id);
      this.hidden.add(id);
    }
  }

  /** Takes an id out of the pool; true when it was hidden there. */
  show(id: string): boolean {
    return this.hidden.delete(id);
  }

  /** Forgets ids that left the canvas another way (an edge removed with its node). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.hidden.delete(id);
  }

  /** The longest-hidden ids beyond the limit, taken out of the pool: the caller removes them. */
  evict(): string[] {
    const out: string[] = [];
    for (const id of this.hidden) {
      if (this.hidden.size - out.length <= this.limit) break;
      out.push(id);
    }
    for (const id of out) this.hidden.delete(id);
    return out;
  }

  clear(): void {
    this.hidden.clear();
  }
}
