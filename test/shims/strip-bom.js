// CommonJS stand-in for the ESM-only strip-bom that office-addin-manifest pulls in:
// jest on Node 20 cannot require ES modules. Same behaviour: drop a leading byte-order mark.
module.exports = (text) =>
  typeof text === "string" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
module.exports.default = module.exports;
