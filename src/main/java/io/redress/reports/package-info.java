/**
 * Reports (报表): cycle times (request to money, request to close), how cases end (without an agent, intervention
 * rate), breaches of timers and of the agents' SLA per day, refund rates per shop and money refunded per day by
 * payment instrument, as JSON, CSV and the console's charts. Read-only over the other modules' tables. See
 * docs/reports.md.
 */
package io.redress.reports;
