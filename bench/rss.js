// Loaded with `node --require` into a measured process: writes its peak memory (bytes) where BENCH_RSS_FILE says.
"use strict";
process.on("exit", () => {
  if (process.env.BENCH_RSS_FILE)
    require("node:fs").writeFileSync(
      process.env.BENCH_RSS_FILE,
      String(process.resourceUsage().maxRSS * 1024)
    );
});
