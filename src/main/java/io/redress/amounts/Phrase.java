package io.redress.amounts;

import java.util.List;
import java.util.Locale;

/** The words of every explanation step and refusal, in English and Simplified Chinese; {n} are arguments. */
public enum Phrase {
    PAID_SHARE("paid for {0} of {1} after discounts", "{1}件中{0}件的实付金额（已扣优惠）"),
    ALREADY_REFUNDED("earlier refunds of this item already paid out part of it", "该商品此前的退款已退还部分金额"),
    IN_FLIGHT("an open after-sale case already holds part of this item", "进行中的售后已占用该商品的部分金额"),
    // {0} is the discount's id (for machines); people read it as what it is: 满{1}减{2}, amounts in yuan
    THRESHOLD_LOST("kept items no longer reach the ¥{1} spend of the ¥{2}-off-¥{1} discount; they are charged "
            + "without it", "保留的商品不再满足满{1}减{2}的优惠门槛，按未享优惠的价格结算（多退少补）"),
    THRESHOLD_RESTORED("the ¥{2}-off-¥{1} discount held back on an earlier refund comes back with these items",
            "此前因未满足满{1}减{2}门槛扣回的优惠随本次退回的商品退还"),
    GIFT_NOT_RETURNED("gift {0} not sent back: {1} × {2} deducted at its declared value",
            "赠品{0}未退回：按标示价值扣除 {1} × {2}"),
    NOT_BELOW_ZERO("a refund never goes below zero; the buyer is not charged",
            "退款金额不低于零，不向买家追缴"),
    EXCHANGE("an exchange sends a replacement; no money is refunded", "换货将寄出新商品，不退款"),
    SHIPPING_UNSHIPPED("shipping refunded with the last item: nothing had shipped",
            "订单未发货，运费随最后一件商品退还"),
    SHIPPING_SELLER_FAULT("shipping refunded with the last item: the seller is at fault",
            "商家责任，运费随最后一件商品退还"),
    SHIPPING_WITH_LAST_ITEM("shipping is refunded only with the last item of the order",
            "运费仅随订单最后一件商品退还"),
    SHIPPING_BUYER_BEARS("outbound shipping stays with the buyer on this return",
            "此类退货的发货运费由买家承担，不退还"),

    NOT_SHIPPED_REFUND_ONLY("This item has not shipped yet, so only a refund (no return) can be requested.",
            "商品尚未发货，只能申请仅退款。"),
    NOT_DELIVERED_YET("This item has not been delivered yet. Ask for a refund because it was not received, "
            + "or return it after it arrives.", "商品尚未签收。可以以未收到货申请仅退款，或签收后再申请退货。"),
    NOT_RECEIVED_REFUND_ONLY("Goods that were not received cannot be sent back; choose refund only.",
            "未收到的商品无法寄回，请选择仅退款。"),
    VIRTUAL_NOT_RETURNABLE("Virtual goods cannot be sent back; choose refund only.",
            "虚拟商品无法寄回，请选择仅退款。"),
    VIRTUAL_NO_REASON("Virtual goods are not covered by the seven-day no-reason return.",
            "虚拟商品不适用七天无理由退货。"),
    NO_REASON_NEEDS_RETURN("A no-reason refund of delivered goods needs the goods sent back; choose return and refund.",
            "七天无理由退款需要寄回商品，请选择退货退款。"),
    NO_REASON_WINDOW_CLOSED("The seven-day no-reason return period for this item ended at {0}.",
            "该商品的七天无理由退货期已于{0}结束。"),
    CATEGORY_NO_REASON_EXCLUDED("Goods of this category cannot be returned without a reason.",
            "该类目商品不适用七天无理由退货。"),
    EXCLUDED_CUSTOM_MADE("Custom-made goods cannot be returned without a reason.",
            "定作商品不适用七天无理由退货。"),
    EXCLUDED_PERISHABLE("Fresh and perishable goods cannot be returned without a reason.",
            "鲜活易腐商品不适用七天无理由退货。"),
    EXCLUDED_DIGITAL_UNSEALED("Downloaded or unsealed digital goods cannot be returned without a reason.",
            "在线下载或已拆封的数字化商品不适用七天无理由退货。"),
    EXCLUDED_PERIODICAL("Delivered newspapers and periodicals cannot be returned without a reason.",
            "已交付的报纸、期刊不适用七天无理由退货。"),
    EXCLUDED_CONFIRMED_BY_BUYER("You confirmed at purchase that this item is excluded from no-reason returns.",
            "购买时您已确认该商品不适用七天无理由退货。"),
    GIFT_GOES_WITH_ITEM("A free gift is refunded together with the item it came with, not on its own.",
            "赠品随主商品一起处理，不能单独退款。");

    private final String english;
    private final String chinese;

    Phrase(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** Fen as yuan the way a buyer reads a 满减 rule: 20000 as "200", 19950 as "199.50". */
    static String yuan(long fen) {
        String whole = Long.toString(fen / 100);
        long cents = Math.abs(fen % 100);
        return cents == 0 ? whole : whole + "." + (cents < 10 ? "0" : "") + cents;
    }

    /** The text in Chinese for a Chinese locale, else in English, with {n} replaced by the arguments. */
    public String text(Locale locale, List<String> args) {
        String text = locale != null && "zh".equals(locale.getLanguage()) ? chinese : english;
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }
}
