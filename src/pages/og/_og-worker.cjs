// One Open Graph renderer thread (started by ./_pool.ts from this file's text, as an eval'd
// worker: the build bundles the routes, so no worker file would exist at a path of its own).
// It receives card element trees, laid out by src/lib/og/card.ts on the main thread, and answers
// with the SVG (satori) or the PNG (satori, then resvg). Packages and fonts come in workerData.
const { parentPort, workerData } = require('node:worker_threads');

const satori = require(workerData.satori).default;
const { Resvg } = require(workerData.resvg);
const { width, height, fonts } = workerData;

async function draw(tree, format) {
  const svg = await satori(tree, { width, height, fonts });
  if (format === 'svg') return svg;
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

// One card at a time: the pool sends the next one when this answer arrives.
parentPort.on('message', ({ tree, format }) => {
  draw(tree, format).then(
    // Copied rather than transferred: resvg's buffer lives outside the JavaScript heap.
    (result) => parentPort.postMessage({ result }),
    (error) => parentPort.postMessage({ error: String(error?.stack ?? error) }),
  );
});
