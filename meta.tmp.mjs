import { build } from 'esbuild';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, write: false, metafile: true, format: 'iife', jsx: 'automatic', jsxImportSource: 'preact', alias: {}, logLevel: 'silent', external: ['wxt/*'], plugins: [{ name: 'css', setup(b) { b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({ path: a.path, namespace: 'css' })); b.onLoad({ filter: /.*/, namespace: 'css' }, () => ({ contents: 'export default ""', loader: 'js' })); } }], platform: 'browser', tsconfig: 'tsconfig.json'});
const ins = Object.entries(r.metafile.outputs)[0][1].inputs;
const rows = Object.entries(ins).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
let tot = 0; for (const [b] of rows) tot += b;
console.log('total', tot);
for (const [b, k] of rows.slice(0, 45)) console.log(String(b).padStart(7), k);
