// Fails early, with a fix, when npm scripts run on a Node.js older than Astro 7 needs.
// The repo brings Node 24 as the devDependency `node`; `npm ci` installs it into
// node_modules/.bin, and npm puts that first on PATH for every `npm run`.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Mitra needs Node.js >= 22.12 but this is ${process.version}.\n` +
      'Run `npm ci` (without --ignore-scripts) so the bundled Node 24 is installed, or install Node 22.12+ yourself.',
  );
  process.exit(1);
}
if (process.argv.includes('--print')) console.log(`Node ${process.version}`);
