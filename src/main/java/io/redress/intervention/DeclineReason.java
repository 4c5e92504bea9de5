package io.redress.intervention;

import java.util.Locale;

/**
 * Why the platform does not accept a dispute, with the message the requester reads in Chinese or English.
 */
public enum DeclineReason {
    FILED_LATE("投诉已超过规定期限，平台不予受理。", "The dispute was filed after the deadline."),
    GOODS_DIFFER_FROM_TRADE("订单中的商品与实际交易的商品不一致，平台不予受理。",
            "The goods in the order differ from what was actually traded."),
    REGRET_AFTER_COMPLETED_REFUND("退款已经双方同意并完成，事后反悔不予受理。",
            "The refund was agreed and completed; regretting it afterwards is not a dispute the platform takes."),
    FAKE_TRADE_OR_CASH_OUT("虚假交易或信用卡、花呗套现，平台不予受理。",
            "Fake trades and credit-card or Huabei cash-outs are not accepted."),
    SELLER_WANTS_GOODS_BACK("退款完成后卖家要求退回商品，平台不予受理。",
            "After a refund the seller wants the goods back; the platform does not take this dispute."),
    BEYOND_PLATFORM_RULES("超出平台规则的损失或法定赔偿请求，请通过司法途径解决。",
            "Claims for losses or statutory damages beyond the platform's rules belong in court.");

    private final String chinese;
    private final String english;

    DeclineReason(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** The message in Chinese for a zh locale, else in English. */
    public String message(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
    }
}
