// Builds the task pane and ribbon commands into dist/, as Microsoft's Office add-in templates do.
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.ADDIN_URL || "https://localhost:3000/"; // set ADDIN_URL to where dist/ is hosted

/** HTTPS for the dev server from office-addin-dev-certs' certificates, when they are installed. */
function httpsOptions() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["localhost.key", "localhost.crt", "ca.crt"].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return { type: "http" };
  const [key, cert, ca] = files.map((f) => fs.readFileSync(f));
  return { type: "https", options: { key, cert, ca } };
}

module.exports = (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        chunks: "async",
        // Libraries the pane loads on demand, under names the bundle report can show: those the .xlsx
        // adapter reads with; zod, for the core's schemas (the first script does without the core: a
        // plan is read only once a file is opened, or in Excel with the Excel host); and the Fluent UI
        // pieces only a later panel uses, named after the panels that load them.
        cacheGroups: {
          xlsxLibraries: {
            test: /[\\/]node_modules[\\/](jszip|saxes|xmlchars|@xmldom)[\\/]/,
            name: "xlsx-libraries",
            chunks: "async",
          },
          zod: {
            test: /[\\/]node_modules[\\/]zod[\\/]/,
            name: "zod",
            chunks: "async",
            priority: 1,
          },
          defaultVendors: {
            test: /[\\/]node_modules[\\/]/,
            priority: -10,
            reuseExistingChunk: true,
            name: (module, chunks) =>
              `libraries-${chunks
                .map((c) => c.name)
                .sort()
                .join("-")}`,
          },
        },
      },
    },
    plugins: [
      // One page, two builds: the add-in's pane (with office.js) and the stand-alone page (no network at all).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: true },
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: false },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/commands/notice.html", to: "notice.html" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) =>
              dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions(),
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
