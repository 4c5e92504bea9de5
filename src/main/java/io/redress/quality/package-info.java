/**
 * Service quality of the after-sales team: a deterministic sample of each agent's rulings re-reviewed by another
 * (senior) agent, and per-agent measures: agreement rate, first-response and ruling times, complaints about the
 * platform's handling of the cases an agent held. See docs/quality.md.
 */
package io.redress.quality;
