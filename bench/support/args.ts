// `--name value` flags for the bench scripts, with defaults.
export function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

export const numberFlag = (name: string, fallback: number) => Number(flag(name, String(fallback)));
