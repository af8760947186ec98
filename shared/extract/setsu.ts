// The 節 (object of expenditure) of a local budget: a numbered list every municipality shares (地方自治法施行規則,
// 歳出予算の節), before and after its 2020 revision. In a 予算説明書 row "… 10 需用費 61,022" the 10 is the 節's
// number, not a figure.

const NAMES = [
  '報酬', '給料', '職員手当等', '共済費', '災害補償費', '恩給及び退職年金', '賃金', '報償費', '旅費', '交際費', '需用費',
  '役務費', '委託料', '使用料及び賃借料', '工事請負費', '原材料費', '公有財産購入費', '備品購入費', '負担金補助及び交付金',
  '負担金、補助及び交付金', '扶助費', '貸付金', '補償補塡及び賠償金', '補償、補塡及び賠償金', '補償補てん及び賠償金',
  '補償、補てん及び賠償金', '償還金利子及び割引料', '償還金、利子及び割引料', '投資及び出資金', '積立金', '寄附金', '公課費',
  '繰出金', '予備費',
];

// (the name's head is enough: a column may cut "負担金補助" short, or break it over lines)
const SETSU_HEAD = new RegExp(`^[\\s\\u3000]*(?:${[...new Set(NAMES.map((n) => n.slice(0, 3)))].join('|')})`, 'u');

/** Does `after` (the text right after a short number) open with a 節's name, so that the number is the 節's? */
export function opensWithSetsuName(after: string): boolean {
  return SETSU_HEAD.test(after);
}

/** A number of a 節: one or two digits, unsigned, unbracketed. */
export function setsuNumberLike(num: string): boolean {
  return /^[0-9０-９]{1,2}$/u.test(num);
}
