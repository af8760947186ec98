import { benchExtract } from './bench-extract';
const f = await benchExtract(Number(process.argv[2] ?? 10));
console.log(JSON.stringify(f));
