/** Completed years of age on a day, from ISO dates (the birthday itself counts as turned). */
export function ageOn(birthDate: string, today: string): number | null {
  const birth = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  const now = /^(\d{4})-(\d{2})-(\d{2})/.exec(today);
  if (!birth || !now) return null;
  const years = Number(now[1]) - Number(birth[1]);
  const beforeBirthday = `${now[2]}-${now[3]}` < `${birth[2]}-${birth[3]}`;
  return beforeBirthday ? years - 1 : years;
}

