#!/usr/bin/env node
// Serves the built pane (dist/) on localhost for use in a plain browser: open
// http://localhost:3001/ and pick a plan workbook. Nothing is uploaded: the page
// reads and writes the workbook in the browser.
"use strict";
const http = require("node:http");
const path = require("node:path");
const handler = require("serve-handler");

const root = path.resolve(__dirname, "..", "dist");

function startServer(port = 0) {
  const server = http.createServer((req, res) =>
    handler(req, res, { public: root, cleanUrls: false })
  );
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

module.exports = { startServer };

if (require.main === module) {
  const port = Number(process.env.PORT || 3001);
  startServer(port).then(
    () => console.log(`Plan Scorecard page: http://localhost:${port}/  (Ctrl+C to stop)`),
    (e) => {
      console.error(
        `serve: ${e.code === "EADDRINUSE" ? `port ${port} is in use; set PORT=another` : e.message}`
      );
      process.exit(1);
    }
  );
}
