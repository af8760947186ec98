// Years as a label names them, short or long: "R3", "令和5年度", "H30", "2024年度", a range "R3～R5".
// a year: an era's initial or name and its number ("R3", "令和5年度", "H30"), or a Western year; 元 for one
const YEAR_TOKEN = /(令和|平成|[RHＲＨ])?[\s\u3000]?((?:19|20|１９|２０)[0-9０-９]{2}|[0-9０-９]{1,2}|元)(?![0-9０-９])[\s\u3000]?(?:年度?)?/gu;
const RANGE_MARK = /^[\s\u3000]*[～〜~－\-―ー][\s\u3000]*$/u;
const ERA_BASE: Record<string, number> = { 令和: 2018, R: 2018, Ｒ: 2018, 平成: 1988, H: 1988, Ｈ: 1988 };

const digit = (s: string): number => (s === '元' ? 1 : Number(s.replace(/[０-９]/gu, (c) => String(c.charCodeAt(0) - 0xff10))));

/** The fiscal years a note's subject names: "R3～R5" → 2021, 2022, 2023; "R6" → 2024. Empty where a year has no era. */
export function yearsOf(subject: string): number[] {
  const out: number[] = [];
  let era: string | undefined;
  let prevYear: number | null = null;
  let prevEnd = 0;
  for (const m of subject.matchAll(YEAR_TOKEN)) {
    const n = digit(m[2]);
    if (m[1]) era = m[1];
    const y = n >= 1900 ? n : era ? ERA_BASE[era] + n : null;
    if (y === null) return [];
    const start = m.index!;
    if (prevYear !== null && RANGE_MARK.test(subject.slice(prevEnd, start)) && y > prevYear && y - prevYear <= 20) {
      for (let k = prevYear + 1; k < y; k++) out.push(k);
    }
    out.push(y);
    prevYear = y;
    prevEnd = start + m[0].length;
  }
  return out;
}

