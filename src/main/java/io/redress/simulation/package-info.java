/**
 * The policy what-if simulator: plays a seeded synthetic marketplace through the engine itself (the transition
 * table, the amount engine, deadlines, payouts, the ledger) on a simulated clock in an isolated embedded database,
 * once under each of two policy versions, and compares what happened (docs/simulation.md).
 */
package io.redress.simulation;
