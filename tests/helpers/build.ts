import { execFileSync } from 'node:child_process';

/**
 * Builds the site the way `npm run build` does (Astro, then Pagefind's index, then the service
 * worker) into another folder, so dist/ stays as the tests found it. `env` decides the address
 * (SITE_URL, LOCAL_BUILD) and the base (BASE_PATH). Throws with the steps' output when one fails.
 */
export function buildSite(outDir: string, env: NodeJS.ProcessEnv): void {
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { env, stdio: 'pipe', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  run('npx', ['astro', 'build', '--outDir', outDir]);
  run('npx', ['pagefind', '--site', outDir, '--quiet']);
  run('node', ['scripts/service-worker.ts', outDir]);
}

/** The environment without the variables that set the site's address. */
export function withoutAddress(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { SITE_URL: _, LOCAL_BUILD: __, ...rest } = env;
  return rest;
}
