package io.redress.simulation.internal;

import io.redress.aftersale.CaseReason;
import io.redress.aftersale.CaseType;
import io.redress.aftersale.GoodsStage;
import java.time.Instant;

/** What a buyer will ask for, when, and whether the claim is founded (what an agent would find). */
record Intent(GoodsStage stage, CaseType type, CaseReason reason, Instant at, boolean founded) {
}
