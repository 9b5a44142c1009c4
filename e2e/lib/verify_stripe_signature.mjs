// Checks a webhook payload and its Stripe-Signature header with Stripe's official library
// (npm `stripe`, stripe.webhooks.constructEvent), so Garita's local Stripe double cannot drift
// from the real signing scheme. Run by the Rust test
// `payments::the_doubles_signatures_verify_with_stripes_official_library`:
//   node e2e/lib/verify_stripe_signature.mjs <payload-file> <header> <secret> [tolerance-seconds]
// (the tests sign at their own frozen clock's time, so they pass a tolerance that covers it).
// Prints "ok <event id>" and exits 0 if the library accepts the signature, prints the library's
// error and exits 1 if it refuses it.
import { readFileSync } from 'node:fs';
import Stripe from 'stripe';

const [payloadFile, header, secret, tolerance] = process.argv.slice(2);
if (!payloadFile || !header || !secret) {
  console.error('usage: verify_stripe_signature.mjs <payload-file> <header> <secret>');
  process.exit(2);
}
const payload = readFileSync(payloadFile);
const stripe = new Stripe('sk_test_unused');
try {
  // Stripe's default tolerance is 300 seconds.
  const event = stripe.webhooks.constructEvent(payload, header, secret, tolerance ? Number(tolerance) : undefined);
  console.log(`ok ${event.id}`);
} catch (e) {
  console.log(`refused: ${e.message}`);
  process.exit(1);
}
