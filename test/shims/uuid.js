// CommonJS stand-in for the ESM-only uuid that office-addin-manifest pulls in (jest on Node 20 cannot require ES modules).
const { randomUUID } = require("node:crypto");
module.exports = { v4: () => randomUUID() };
