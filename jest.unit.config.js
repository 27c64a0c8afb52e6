/**
 * `npm run test:unit`: the core and both adapters (the .xlsx package, and Office.js through the mock)
 * through jest, with no build: about 50 s of CPU, so about half a minute on two idle cores. Left to
 * `npm test`: tests that run the built command line (lib/) or read the production build (dist/),
 * drive a browser (test/e2e), open files in LibreOffice, read the Office adapter's largest sheets
 * (excel-reading), or exercise the shells (the pane's components, the ribbon commands).
 * @type {import('jest').Config}
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  // Both cores: the default leaves one idle for jest's parent, which does little here.
  maxWorkers: "100%",
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    "<rootDir>/test/e2e/",
    // LibreOffice
    "/libreoffice(-prepare)?\\.test\\.ts$",
    // the built CLI (bin/plan-scorecard.js runs lib/) and the docs made with it
    "/(bad-inputs|cli|cli-prepare|no-data-loss|review-pack|rollup|scorecard-sheets|summarize|docs)\\.test\\.ts$",
    // dist/ from the production build
    "/manifest\\.test\\.ts$",
    // the Office adapter on sheets of 50,000 cells and more, failing every batch in turn: over a
    // minute on its own
    "/excel-reading\\.test\\.ts$",
    // the shells: the task pane in jsdom, the ribbon commands
    "/taskpane[^/]*\\.test\\.tsx?$",
    "/commands(-notice)?\\.test\\.ts$",
  ],
};
