// Owns rendering a search snippet: the index marks hits with the control characters STX and ETX
// (never present in real text), shown here as <mark>.
import type { ReactNode } from 'react';

const OPEN = '\u0002';
const CLOSE = '\u0003';

export function markHits(snippet: string): ReactNode[] {
  const out: ReactNode[] = [];
  let rest = snippet;
  let i = 0;
  while (rest.length > 0) {
    const open = rest.indexOf(OPEN);
    const close = open === -1 ? -1 : rest.indexOf(CLOSE, open + 1);
    if (open === -1 || close === -1) {
      out.push(rest);
      break;
    }
    if (open > 0) out.push(rest.slice(0, open));
    out.push(<mark key={i++}>{rest.slice(open + 1, close)}</mark>);
    rest = rest.slice(close + 1);
  }
  return out;
}
