/**
 * The layers of src/, lowest first: a folder may import its own files and the folders of lower layers, never a
 * folder of its own layer or of a higher one. `npm run check:layers` (part of `npm test`) fails on any such import
 * and on any import cycle, so the direction of data in the README stays true.
 */
const LAYERS = [
  ['content'],
  ['state'],
  // What this device is at an event (its name, kiosk settings, last pre-flight) and the status a console reads.
  ['device'],
  ['world'],
  ['motion', 'xrkit'],
  ['exhibits', 'captions', 'tour', 'display', 'exhibitList', 'offline', 'presence'],
  ['desktop', 'xr', 'overlay'],
  // Running an event: the kiosk reset and attract loop (over every store they reset), the pre-flight page.
  ['kiosk', 'preflight'],
  ['diagnostics'],
  ['app'],
]
/** Separate apps beside the visitor app, each with what it may use of the shared layers. */
const APPS = {
  studio: ['content', 'state', 'world'],
  server: ['content'],
}

const all = [...LAYERS.flat(), ...Object.keys(APPS)]
const allowedFor = new Map()
LAYERS.forEach((layer, rank) => {
  const below = LAYERS.slice(0, rank).flat()
  for (const folder of layer) allowedFor.set(folder, below)
})
for (const [app, uses] of Object.entries(APPS)) allowedFor.set(app, uses)

const layerRules = all.map((folder) => {
  const forbidden = all.filter((other) => other !== folder && !allowedFor.get(folder).includes(other))
  return {
    name: `layer-${folder}`,
    comment: `src/${folder} may import only ${allowedFor.get(folder).join(', ') || 'nothing outside itself'}`,
    severity: 'error',
    // Tests may reach up: a test of the default exhibition checks that its texts fit the panels that show them.
    from: { path: `^src/${folder}/`, pathNot: '\\.test\\.tsx?$' },
    to: { path: `^src/(${forbidden.join('|')})/` },
  }
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle, between files or folders, hides which way data flows.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'main-imports-app',
      comment: 'The entry point only starts the app.',
      severity: 'error',
      from: { path: '^src/main\\.tsx$' },
      to: { path: '^src/(?!app/|content/noEval\\.ts$|overlay/styles\\.css$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}
