// Minimal runtime validation for API arguments. Every host validates with these before a
// call reaches the store, so a hostile renderer or local page cannot pass odd shapes through.

export class ValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValidationError';
  }
}

export interface Schema<T> {
  parse(value: unknown, path?: string): T;
}

const fail = (path: string, what: string): never => {
  throw new ValidationError(`${path || 'argument'}: ${what}`);
};

export function str(opts: { min?: number; max: number; pattern?: RegExp }): Schema<string> {
  return {
    parse(v, path = '') {
      if (typeof v !== 'string') return fail(path, 'expected a string');
      if (v.length < (opts.min ?? 0)) return fail(path, `must have at least ${opts.min} characters`);
      if (v.length > opts.max) return fail(path, `must have at most ${opts.max} characters`);
      if (opts.pattern && !opts.pattern.test(v)) return fail(path, 'has an invalid format');
      return v;
    },
  };
}

export function int(opts: { min: number; max: number }): Schema<number> {
  return {
    parse(v, path = '') {
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) return fail(path, 'expected an integer');
      if (v < opts.min || v > opts.max) return fail(path, `must be between ${opts.min} and ${opts.max}`);
      return v;
    },
  };
}

export function num(opts: { min: number; max: number }): Schema<number> {
  return {
    parse(v, path = '') {
      if (typeof v !== 'number' || !Number.isFinite(v)) return fail(path, 'expected a number');
      if (v < opts.min || v > opts.max) return fail(path, `must be between ${opts.min} and ${opts.max}`);
      return v;
    },
  };
}

export function bool(): Schema<boolean> {
  return { parse: (v, path = '') => (typeof v === 'boolean' ? v : fail(path, 'expected true or false')) };
}

export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return {
    parse(v, path = '') {
      if (typeof v !== 'string' || !values.includes(v)) return fail(path, `must be one of ${values.join(', ')}`);
      return v as T[number];
    },
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return { parse: (v, path = '') => (v === null ? null : inner.parse(v, path)) };
}

export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return { parse: (v, path = '') => (v === undefined ? undefined : inner.parse(v, path)) };
}

export function arr<T>(inner: Schema<T>, opts: { max: number }): Schema<T[]> {
  return {
    parse(v, path = '') {
      if (!Array.isArray(v)) return fail(path, 'expected a list');
      if (v.length > opts.max) return fail(path, `must have at most ${opts.max} entries`);
      return v.map((x, i) => inner.parse(x, `${path}[${i}]`));
    },
  };
}

type Shape = Record<string, Schema<unknown>>;
export type Infer<S> = S extends Schema<infer T> ? T : never;
type ObjOf<S extends Shape> = { [K in keyof S as undefined extends Infer<S[K]> ? never : K]: Infer<S[K]> } & {
  [K in keyof S as undefined extends Infer<S[K]> ? K : never]?: Infer<S[K]>;
};

/** A plain object with exactly these keys: unknown keys are refused, not ignored. */
export function obj<S extends Shape>(shape: S): Schema<ObjOf<S>> {
  return {
    parse(v, path = '') {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return fail(path, 'expected a plain object');
      for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k)) fail(path ? `${path}.${k}` : k, 'is not allowed');
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(shape)) {
        const parsed = s.parse((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
        if (parsed !== undefined) out[k] = parsed;
      }
      return out as ObjOf<S>;
    },
  };
}
