/**
 * The platform's side of a dispute: acceptance, the evidence phase, mediation, the ruling and its execution,
 * appeals to a second reviewer, suspension, and the agents' queue. See docs/intervention.md.
 */
package io.redress.intervention;
