/** Order snapshots pushed by the marketplace: lines, frozen discount shares, payments and fulfilment. */
package io.redress.orders;
