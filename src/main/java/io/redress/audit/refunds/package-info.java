/**
 * The third-party refund audit: runs that recompute refunds from their inputs, and the scopes that limit what an
 * outside auditor may see, which the reports respect too. See docs/audit.md.
 */
@org.springframework.modulith.NamedInterface("refunds")
package io.redress.audit.refunds;
