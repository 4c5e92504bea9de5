package io.redress.aftersale;

/** Where the ordered goods were when the buyer applied; it picks the seller's answer timer. */
public enum GoodsStage {
    UNSHIPPED, IN_TRANSIT, RECEIVED
}
