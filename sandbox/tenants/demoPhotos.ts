// Tiny generated profile photos (PNG data URLs) for a few demo people: a silhouette on a coloured
// ground.
import { deflateSync } from "node:zlib";

const SIZE = 48;

/** CRC-32 as PNG chunks need it (ISO 3309 polynomial). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

type Rgb = readonly [number, number, number];

/** A square RGB PNG: a head and shoulders in `figure` on `ground`. */
function silhouette(ground: Rgb, figure: Rgb): string {
  const rows: number[] = [];
  const centre = SIZE / 2;
  for (let y = 0; y < SIZE; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < SIZE; x += 1) {
      const head = (x - centre) ** 2 + (y - SIZE * 0.4) ** 2 < (SIZE * 0.19) ** 2;
      const shoulders =
        (x - centre) ** 2 / (SIZE * 0.36) ** 2 + (y - SIZE) ** 2 / (SIZE * 0.36) ** 2 < 1;
      rows.push(...(head || shoulders ? figure : ground));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", new Uint8Array(0)),
  ]);
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** Grounds and figures that keep good contrast with each other. */
const PALETTE: readonly (readonly [Rgb, Rgb])[] = [
  [
    [0x1f, 0x5f, 0x8b],
    [0xe8, 0xf1, 0xf8],
  ],
  [
    [0x7a, 0x2e, 0x5c],
    [0xf6, 0xe7, 0xf0],
  ],
  [
    [0x2e, 0x6b, 0x3a],
    [0xe6, 0xf4, 0xe8],
  ],
  [
    [0x8a, 0x4b, 0x08],
    [0xfb, 0xf0, 0xe1],
  ],
  [
    [0x3d, 0x3d, 0x8f],
    [0xec, 0xec, 0xfa],
  ],
  [
    [0x0f, 0x6e, 0x6e],
    [0xe2, 0xf5, 0xf5],
  ],
];

/** People who have a photo in the demo (others answer 404, as many real accounts do). */
const WITH_PHOTO = [
  "avery.chen@northfield.example",
  "maya.okafor@northfield.example",
  "priya.raman@northfield.example",
  "hannah.whitfield@northfield.example",
  "jean-francois.belanger@northfield.example",
  "renee.cote-levesque@northfield.example",
  "zoe.obrien@lakeshorehealth.example",
];

let cache: ReadonlyMap<string, string> | undefined;

/** Photo data URLs by UPN; built once, since they never change. */
export function demoPhotos(): ReadonlyMap<string, string> {
  cache ??= new Map(
    WITH_PHOTO.map((upn, index) => {
      const [ground, figure] = PALETTE[index % PALETTE.length] ??
        PALETTE[0] ?? [
          [0, 0, 0],
          [255, 255, 255],
        ];
      return [upn, silhouette(ground, figure)];
    }),
  );
  return cache;
}
