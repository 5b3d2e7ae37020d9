#!/usr/bin/env node
// Reads COUNT records from TOPIC (from the beginning), decodes each value through the schema registry, and prints
// one JSON object per line: {"key", "partition", "offset", "schemaId", "value"}. Exits non-zero on any failure.
//   node consume.js --brokers 127.0.0.1:9092 --registry http://127.0.0.1:8081/apis/ccompat/v7 --topic deals.v1 --count 1
'use strict';
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');

function args() {
  const out = { timeoutMs: 60000 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    out[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  for (const required of ['brokers', 'registry', 'topic', 'count']) {
    if (!out[required]) {
      console.error(`missing --${required}`);
      process.exit(2);
    }
  }
  return out;
}

async function main() {
  const opts = args();
  const want = Number(opts.count);
  const kafka = new Kafka({ clientId: 'claimstream-interop', brokers: opts.brokers.split(','), logLevel: logLevel.ERROR });
  const registry = new SchemaRegistry({ host: opts.registry });
  const consumer = kafka.consumer({ groupId: `claimstream-interop-${process.pid}-${Date.now()}`, readUncommitted: false });
  await consumer.connect();
  await consumer.subscribe({ topic: opts.topic, fromBeginning: true });
  let seen = 0;
  const timer = setTimeout(async () => {
    console.error(`timed out after ${opts.timeoutMs} ms with ${seen}/${want} records`);
    await consumer.disconnect();
    process.exit(3);
  }, Number(opts.timeoutMs));
  await new Promise((resolve, reject) => {
    consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (seen >= want) return;
        try {
          const schemaId = message.value.readInt32BE(1);
          const value = await registry.decode(message.value);
          seen += 1;
          process.stdout.write(JSON.stringify({
            key: message.key ? message.key.toString('utf8') : null,
            partition, offset: message.offset, schemaId, value,
          }, (k, v) => (typeof v === 'bigint' ? v.toString() : v)) + '\n');
          if (seen >= want) resolve();
        } catch (e) {
          reject(e);
        }
      },
    }).catch(reject);
  });
  clearTimeout(timer);
  await consumer.disconnect();
}

main().catch((e) => {
  console.error(`interop consumer failed: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
