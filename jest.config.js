/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testTimeout: 30000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/test/shims/strip-bom.js",
    "^uuid$": "<rootDir>/test/shims/uuid.js",
  },
  setupFiles: ["<rootDir>/test/setup/jsdom.js"],
  testPathIgnorePatterns: ["/node_modules/", "/lib/", "/dist/"],
};
