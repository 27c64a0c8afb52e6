"use strict";
/**
 * The unified manifest for Microsoft 365 (dist/manifest.json), converted from the built
 * dist/manifest.xml by Microsoft's office-addin-manifest-converter, offline. The XML manifest
 * stays the one to sideload (older Office needs it); this one is for Microsoft 365 admin deployment.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { convert } = require("office-addin-manifest-converter/lib/main");

const DIST = path.resolve(__dirname, "../dist");
// The unified manifest allows 80 characters; the converter cuts the XML description and marks it <TRUNCATED>.
const SHORT_DESCRIPTION = "Validate plans kept in Excel, score them and write summary sheets.";

async function main() {
  const xml = path.join(DIST, "manifest.xml");
  if (!fs.existsSync(xml)) throw new Error(`${xml} is missing: run the webpack build first`);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  try {
    // The converter logs its errors instead of throwing them: a missing manifest.json is the failure.
    await convert(xml, out, false, null, null, false);
    const file = path.join(out, "manifest.json");
    if (!fs.existsSync(file))
      throw new Error(`office-addin-manifest-converter wrote no manifest.json from ${xml}`);
    const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
    manifest.description.short = SHORT_DESCRIPTION;
    fs.writeFileSync(path.join(DIST, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`build:manifest: ${err.message}`);
  process.exit(1);
});
