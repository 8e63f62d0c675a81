interface Shape { area(): number; name: string }
enum Color { Red, Green = 5, Blue }
const enum Dir { Up = 'UP' }
type Pair<T> = [T, T];
class Square implements Shape {
  readonly name: string = 'square';
  constructor(private side: number, public tag?: string) {}
  area(): number { return this.side ** 2; }
}
function first<T>(items: T[]): T | undefined { return items[0]; }
namespace Util { export const twice = (n: number): number => n * 2; }
const p: Pair<number> = [1, 2];
const s = new Square(3, 't');
console.log(s.area(), s.name, s.tag, Color.Green, Color[6], Dir.Up);
console.log(first<string>(['x', 'y']), p, Util.twice(21));
let maybe: string | null = null;
console.log(maybe ?? 'default', (s as any).side, <number>p[0]);
async function* ag(): AsyncGenerator<number> { yield 1; yield 2; }
(async () => { for await (const v of ag()) console.log('ag', v); })();
