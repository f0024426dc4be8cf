// One Open Graph renderer thread (started by ./_pool.ts from this file's text, as an eval'd
// worker: the build bundles the routes, so no worker file would exist at a path of its own).
// It receives card element trees, laid out by src/lib/og/card.ts on the main thread, and answers
// with the SVG (satori, with the card's backdrop put under it) or the PNG (that SVG rasterised by
// resvg). Packages, fonts and the backdrop come in workerData.
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');

const satori = require(workerData.satori).default;
const { Resvg } = require(workerData.resvg);
const { width, height, fonts, backdrop } = workerData;

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(type)));
  return [head, data, crc];
}

/**
 * Encodes resvg's RGBA pixels as a PNG with zlib: resvg's own encoder took longer than the drawing.
 * Rows go unfiltered, a copy each: on a card's flat colours deflate does as well without filters.
 * Level 3 writes files about as large as resvg's (52 to 56 KB) in a quarter of its time; level 6
 * saves a third of the bytes for three times the CPU, and a card is fetched by a few crawlers but
 * drawn thousands of times.
 * resvg's pixels are premultiplied; a card is opaque (its backdrop fills it), so they are plain RGBA.
 */
function encodePng(rgba, w, h) {
  const row = w * 4;
  const raw = Buffer.alloc((row + 1) * h); // each row starts with its filter type, 0: none
  for (let y = 0; y < h; y++) raw.set(rgba.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, standard filters, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ...pngChunk('IHDR', header),
    ...pngChunk('IDAT', zlib.deflateSync(raw, { level: 3 })),
    ...pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function draw(tree, format) {
  const drawn = await satori(tree, { width, height, fonts });
  const open = drawn.indexOf('>') + 1;
  const svg = drawn.slice(0, open) + backdrop + drawn.slice(open);
  if (format === 'svg') return svg;
  // satori draws text as paths, so resvg needs no fonts: loading the system's took 4 ms a card.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

// One card at a time: the pool sends the next one when this answer arrives.
parentPort.on('message', ({ tree, format }) => {
  draw(tree, format).then(
    (result) => parentPort.postMessage({ result }),
    (error) => parentPort.postMessage({ error: String(error?.stack ?? error) }),
  );
});
