// The DuckDB peer of `npm run bench -- evaluate`: read both CSVs, join on id, accuracy and count
// in SQL. Prints {"accuracy": …, "n": …} as JSON.
//   node scripts/peer_duckdb.mjs LABELS.csv PREDICTIONS.csv
import { DuckDBInstance } from '@duckdb/node-api';

const [labels, predictions] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const quote = (p) => `'${p.replaceAll("'", "''")}'`;
const reader = await conn.runAndReadAll(
  `SELECT avg(CASE WHEN l.label = p.prediction THEN 1.0 ELSE 0.0 END) AS accuracy, count(*) AS n
   FROM read_csv(${quote(labels)}) l JOIN read_csv(${quote(predictions)}) p ON l.id = p.id`,
);
const [accuracy, n] = reader.getRows()[0];
console.log(JSON.stringify({ accuracy: Number(accuracy), n: Number(n) }));
