/**
 * A count with its noun in the right number: plural(1, 'achievement') is "1 achievement",
 * plural(3, 'person', 'people') is "3 people". Irregular plurals are given, never guessed.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
