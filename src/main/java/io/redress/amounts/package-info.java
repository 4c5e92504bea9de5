/**
 * The refund amount engine: what a refund of some lines of an order would pay, to which payment
 * instruments and at whose cost, and why, step by step. Pure functions of the order snapshot, the
 * request, the rules and the time; no Spring in the calculation.
 */
package io.redress.amounts;
