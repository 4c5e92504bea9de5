package io.redress.credit;

import io.redress.shared.ResourceNotFound;
import java.util.Locale;

/** Whose credit: a buyer (by buyer id) or a shop (by shop id). */
public record Party(Type type, String id) {

    public enum Type { BUYER, SHOP }

    public Party {
        if (type == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a party is a type and an id");
        }
    }

    public static Party buyer(String buyerId) {
        return new Party(Type.BUYER, buyerId);
    }

    public static Party shop(String shopId) {
        return new Party(Type.SHOP, shopId);
    }

    /** The party of a path {@code /parties/{buyer|shop}/{id}}; any other segment is a resource that does not exist. */
    public static Party ofPath(String type, String id) {
        if ("buyer".equals(type)) {
            return buyer(id);
        }
        if ("shop".equals(type)) {
            return shop(id);
        }
        throw new ResourceNotFound("party type", type);
    }

    /** {@code buyer:buyer-1} or {@code shop:shop-1}, as the {@code party} query parameter takes it. */
    public static Party parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            throw new io.redress.shared.InvalidRequest("party", "must be buyer:<buyerId> or shop:<shopId>");
        }
        String type = text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!type.equals("buyer") && !type.equals("shop")) {
            throw new io.redress.shared.InvalidRequest("party", "must be buyer:<buyerId> or shop:<shopId>");
        }
        return ofPath(type, text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
