// The direction of dependency that docs/architecture.md ("Folders: one direction of dependency")
// describes, checked on every import (`npm run deps`, and in CI before the tests).
//
//   domain   imports nothing of ours, and does no I/O
//   db       knows domain (types), never what sits above it
//   services use domain and db; never http, web or cli
//   reports  a pure renderer of domain types
//   http, web  go through services, never to db; web uses only http's request kit
//   cli      the `duiding` command; its composition root (below) is the one place above services
//            that opens the database and starts the server. Nothing imports cli.
//
// Type-only imports count: a type from a higher layer couples just the same.

// dependency-cruiser 17 parses TypeScript with swc (TypeScript 7 has no JavaScript compiler API)
// but never tells swc that a .tsx file holds JSX, so the first page aborts the run. Fixed in
// dependency-cruiser 18 (sverweij/dependency-cruiser#1081), which needs Node 22; until then we
// switch swc's `tsx` on per file. dependency-cruiser reads `parseFileSync` off this very object at
// each call, so the wrapper takes effect although it loaded @swc/core first.
const swc = require('@swc/core');
if (!swc.parseFileSync.wrappedForTsx) {
  const parseFileSync = swc.parseFileSync;
  swc.parseFileSync = (file, options) => parseFileSync(file, { ...options, tsx: String(file).endsWith('.tsx') });
  swc.parseFileSync.wrappedForTsx = true;
}

// Without a TypeScript compiler API dependency-cruiser cannot read tsconfig.json, so `paths` there
// would go unresolved. We have none (imports are relative, with their .ts extension); refuse
// quietly wrong results if someone adds them.
const tsconfig = JSON.parse(require('node:fs').readFileSync(`${__dirname}/tsconfig.json`, 'utf8'));
if (tsconfig.compilerOptions?.paths) {
  throw new Error('.dependency-cruiser.cjs: tsconfig.json has "paths"; add them as enhancedResolveOptions.alias here');
}

/**
 * The CLI's composition root: the files that open the database, back it up, restore it and start
 * the HTTP server. They may reach db and http directly; every other CLI file goes through services.
 * (Tests and the benchmark are composition roots too; they are not checked against the layers.)
 */
const CLI_COMPOSITION_ROOT = '^src/cli/(main|runtime|serve|serve-maintenance|commands/restore)[.]ts$';

/** What `web` may use of `http`: what every request carries and the kit that puts it there. */
const HTTP_REQUEST_KIT = '^src/http/(request-env|kit|errors|upload)[.]ts$|^src/http/middleware/';

/** Node modules and packages that do I/O: not in domain, which is pure logic. */
const IO_MODULES = '^(node:)?(fs|net|http|https|http2|child_process|dgram|dns|tls|worker_threads|cluster|readline)(/|$)';
const IO_PACKAGES = '(^|/)node_modules/(pg|pg-pool|@electric-sql|drizzle-orm|hono|@hono|pino|pino-pretty|exceljs|pdfkit|openid-client)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one: neither can be read, tested or moved alone. Move what both need to a third module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-nothing-of-ours',
      severity: 'error',
      comment: 'domain is pure logic: it imports only domain (docs/architecture.md).',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'domain-does-no-io',
      severity: 'error',
      comment: 'domain does no I/O: no files, network, database, HTTP or logging. Services bring the data.',
      from: { path: '^src/domain/' },
      to: { path: [IO_MODULES, IO_PACKAGES] },
    },
    {
      name: 'db-below-services',
      severity: 'error',
      comment: 'db holds the schema, connection and queries; it knows domain types, never the layers above.',
      from: { path: '^src/db/' },
      to: { path: '^src/(services|http|web|cli|reports)/' },
    },
    {
      name: 'services-below-http-web-cli',
      severity: 'error',
      comment: 'services are the use cases; HTTP, pages and the command call them, not the other way round. HTTP types (RequestEnv, guard tags) live in http/.',
      from: { path: '^src/services/' },
      to: { path: '^src/(http|web|cli)/' },
    },
    {
      name: 'network-member-scopes-stay-in-network',
      severity: 'error',
      comment:
        'forEachMemberScope opens the scopes of other municipalities for a network query (docs/network.md): only the network services may, for aggregates.',
      from: { path: '^src/', pathNot: '^src/services/network/' },
      to: { path: '^src/services/network/member-scopes\\.ts$' },
    },
    {
      name: 'reports-only-render-domain',
      severity: 'error',
      comment: 'reports is a pure renderer of data types from domain (the monitor shape is domain/monitor/types.ts); services/reports.ts calls it.',
      from: { path: '^src/reports/' },
      to: { path: '^src/', pathNot: '^src/(reports|domain)/' },
    },
    {
      name: 'http-web-through-services',
      severity: 'error',
      comment: 'Routes and pages call services, which hold the transactions and queries; they never reach db themselves.',
      from: { path: '^src/(http|web)/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'web-uses-only-the-request-kit-of-http',
      severity: 'error',
      comment: 'http/app.ts mounts the pages; the pages use only what every request carries and the kit that puts it there.',
      from: { path: '^src/web/' },
      to: { path: '^src/http/', pathNot: HTTP_REQUEST_KIT },
    },
    {
      name: 'cli-through-services',
      severity: 'error',
      comment: `Commands call services. Only the composition root (${CLI_COMPOSITION_ROOT}) opens the database and starts the server.`,
      from: { path: '^src/cli/', pathNot: CLI_COMPOSITION_ROOT },
      to: { path: '^src/(db|http|web|reports)/' },
    },
    {
      name: 'cli-composition-root-not-to-pages',
      severity: 'error',
      comment: 'Even the composition root starts the HTTP app, not pages or renderers of its own.',
      from: { path: CLI_COMPOSITION_ROOT },
      to: { path: '^src/(web|reports)/' },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'cli is the top: bin/duiding.mjs runs it and scripts/build.mjs bundles it. Tests may import it.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'browser-scripts-stand-alone',
      severity: 'error',
      comment: 'The browser runs src/web/assets/*.js as they are: they can import only each other.',
      from: { path: '^src/web/assets/.+[.]js$' },
      to: { pathNot: '^src/web/assets/' },
    },
    {
      name: 'src-not-to-tests',
      severity: 'error',
      comment: 'Application code does not depend on tests, fixtures or the benchmark.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'src-not-to-dev-dependencies',
      severity: 'error',
      comment: 'What src imports must be a dependency: `npm install --omit=dev` leaves devDependencies out.',
      from: { path: '^(src|bin)/' },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'declared-packages-only',
      severity: 'error',
      comment: 'Every package imported is in package.json (not only present in node_modules by chance).',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing file.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    parser: 'swc',
    doNotFollow: { path: 'node_modules' },
    // swc cannot parse declaration files (`export const X: number;`); they hold no dependencies
    // that run. dist/ is built output.
    exclude: { path: ['^(src|bench|tests)/.+[.]d[.]ts$', '^dist/'] },
    moduleSystems: ['es6', 'cjs'],
    tsPreCompilationDeps: true,
    // node_modules may be a symbolic link (git worktrees share one); keep paths as node_modules/….
    preserveSymlinks: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      // As Node resolves at run time (so a devDependency's types do not hide its code).
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['module', 'main'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
    },
  },
};
