// Tiny argument parser: `--name value`, `--name=value`, `--flag`, and positionals.
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | undefined>;
  flags: Set<string>;
}

export function parseArgs(argv: string[], spec: { values: string[]; flags?: string[] }): ParsedArgs {
  const out: ParsedArgs = { positional: [], options: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--')) {
      out.positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (spec.values.includes(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new Error(`--${name} needs a value`);
      out.options[name] = v;
    } else if (spec.flags?.includes(name)) out.flags.add(name);
    else throw new Error(`unknown option --${name}`);
  }
  return out;
}
