import { loadContentCached } from "/work/search/lib/content/cache";
const started = performance.now();
const model = loadContentCached(["/tmp/error-guide-synthetic-100000-pt-PT"]);
console.log("articles", model.articles.length, "ms", Math.round(performance.now() - started), "rss MB", Math.round(process.memoryUsage().rss / 1e6));
