// The yo office template's lint config (office-addin-lint picks this file up), for a React + TypeScript add-in.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The plugin's recommended block names .ts but not .tsx: the pane's components get the same rules.
const recommended = officeAddins.configs.recommended.find(
  (c) => c.rules?.["office-addins/no-context-sync-in-loop"]
);

export default [
  // Built or installed: lint what we write, not what tools wrote.
  { ignores: ["dist/", "lib/", "out/", "coverage/", "test-output/", "assets/"] },
  ...officeAddins.configs.react,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.tsx"],
    plugins: recommended.plugins,
    languageOptions: { ...recommended.languageOptions, parser: tsParser },
    rules: recommended.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // TypeScript checks names itself (Office, Excel, DOM and Node globals come from tsconfig's types).
      "no-undef": "off",
      // `{ dropped, ...kept }` is how a field is left out of a copy; `_arg` keeps a mock's signature.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The bin, scripts, benchmarks and config files in JavaScript are CommonJS run by Node.
    files: ["{bin,scripts,bench}/**/*.js", "*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        exports: "writable",
        __dirname: "readonly",
        __filename: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        global: "readonly",
      },
    },
  },
  {
    // Jest's shims and setup are CommonJS run by Node inside jsdom.
    files: ["test/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", window: "readonly" },
    },
  },
  {
    // Tests read exceljs workbooks (`ws.getRow(…).getCell(…).value`), whose names the Office.js
    // rules take for proxies; the Office.js code they exercise is in src/ and linted there.
    files: ["test/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
