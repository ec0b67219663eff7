// CSV -> discrete quarters -> filing YoY -> CSV with nodejs-polars, as kpi4j's `kpi panel --op yoy` does it:
// year-to-date flows differenced within the fiscal year (Q1 as reported, a later quarter minus the one
// before, missing where either is), then each quarter against the same quarter a year earlier,
// (v - b) / |b|, missing for a zero or missing base; stocks compared as they are.
//
//   node polars_job.js FACTS.csv OUT.csv [sort|join]
//
// The rows are sorted by series and quarter, so the quarter before is the row before (a "sorted shift")
// when that row is the same series and quarter t - 1 (the key check); the base a year earlier is among
// the four rows before: the first of them that is the same series at t - 4. ("join" looks both up by a
// hash join on the key and t - 1 / t - 4 instead.) Prints the seconds spent in-process on stderr.
const pl = require("nodejs-polars");

const [input, output, variant = "sort"] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node polars_job.js FACTS.csv OUT.csv [sort|join]");
  process.exit(2);
}
const t0 = process.hrtime.bigint();
let df = pl.readCSV(input, {
  dtypes: { entity: pl.Utf8, metric: pl.Utf8, segment: pl.Utf8, period: pl.Utf8, basis: pl.Utf8, value: pl.Float64,
    unit: pl.Utf8 },
});
const year = pl.col("period").str.slice(0, 4).cast(pl.Int32);
const quarter = pl.col("period").str.slice(5, 1).cast(pl.Int32);
df = df.withColumns(pl.col("segment").fillNull(""), year.mul(4).add(quarter).sub(1).alias("t"));
const t = pl.col("t");
const ytdLater = pl.col("basis").eq(pl.lit("ytd")).and(t.modulo(4).neq(0));

let out;
if (variant === "join") {
  const keys = ["entity", "metric", "segment"];
  const prev = df.select(...keys, t.add(1).alias("t"), pl.col("value").alias("prev"));
  let d = df.join(prev, { on: [...keys, "t"], how: "left" })
    .withColumns(pl.when(ytdLater).then(pl.col("value").sub(pl.col("prev"))).otherwise(pl.col("value")).alias("v"));
  const base = d.select(...keys, t.add(4).alias("t"), pl.col("v").alias("b"));
  out = d.join(base, { on: [...keys, "t"], how: "inner" });
} else {
  df = df.sort(["entity", "metric", "segment", "t"]);
  const same = (k) => pl.col("entity").eq(pl.col("entity").shift(k)).and(pl.col("metric").eq(pl.col("metric").shift(k)))
    .and(pl.col("segment").eq(pl.col("segment").shift(k)));
  const v = pl.col("value");
  let d = df.withColumns(pl.when(ytdLater).then(pl.when(same(1).and(t.shift(1).eq(t.sub(1)))).then(v.sub(v.shift(1)))
    .otherwise(pl.lit(null))).otherwise(v).alias("v"));
  const at = (k) => same(k).and(t.shift(k).eq(t.sub(4)));
  const dv = pl.col("v");
  out = d.withColumns(pl.when(at(4)).then(dv.shift(4)).when(at(3)).then(dv.shift(3)).when(at(2)).then(dv.shift(2))
    .when(at(1)).then(dv.shift(1)).otherwise(pl.lit(null)).alias("b"));
}
const b = pl.col("b");
out = out.withColumns(pl.when(b.abs().gt(0)).then(pl.col("v").sub(b).div(b.abs())).otherwise(pl.lit(null)).alias("yoy"))
  .filter(pl.col("yoy").isNotNull())
  .select("entity", "metric", "segment", "period", pl.col("yoy").alias("value"), pl.lit("ratio").alias("unit"));
out.writeCSV(output);
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.error(`polars ${variant}: ${out.height} rows in ${secs.toFixed(3)} s in-process`);
