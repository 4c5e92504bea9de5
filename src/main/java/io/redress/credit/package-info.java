/**
 * Trust (信用): credit inputs recorded from rulings, complaints, case events and the marketplace's signals, kept three
 * years and counted over a trailing window; the standing of each buyer and shop with its reasons; the penalty ladder
 * with due process (appeal, four-eyes review, revocation by a record); the privileges Redress enforces. See
 * docs/credit.md.
 */
package io.redress.credit;
