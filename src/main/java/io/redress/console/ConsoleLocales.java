package io.redress.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The console's languages: zh-CN by default, en on request. The choice (from {@code ?lang=}) is kept in a
 * cookie; any other language falls back to zh-CN, so every page has its messages. API clients choose with
 * Accept-Language instead, and get English when they send none.
 */
class ConsoleLocales extends CookieLocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    ConsoleLocales() {
        super("redress-lang");
        setDefaultLocale(CHINESE);
        setCookieMaxAge(Duration.ofDays(365));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return api(request) ? apiLocale(request) : supported(super.resolveLocale(request));
    }

    // DispatcherServlet asks for the whole locale context, not only the locale.
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        if (api(request)) {
            return new SimpleLocaleContext(apiLocale(request));
        }
        LocaleContext context = super.resolveLocaleContext(request);
        Locale locale = context.getLocale();
        return new SimpleLocaleContext(locale == null ? CHINESE : supported(locale));
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static Locale apiLocale(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        return accepted == null || accepted.isBlank() ? Locale.ENGLISH : supported(request.getLocale());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }
}
