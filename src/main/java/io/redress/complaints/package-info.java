/**
 * Complaints (投诉): a buyer about a seller's after-sales service, either party about the platform's handling of a
 * case; an SLA on the business-day clock, escalation to a senior agent on a breach, a fault finding as the outcome,
 * and malicious complaints recorded against the complainant. See docs/complaints.md.
 */
package io.redress.complaints;
