package io.redress.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @PreAuthorize} before Spring MVC reads and validates the request body.
 * Method security alone decides only when the method is called, after binding, so a role that may never act
 * got 400 for a body that does not validate, and learned the endpoint's rules, where the API promises 403.
 * The roles are still checked again by method security at the call; this only moves the first answer earlier.
 * Expressions about the method's arguments are left to the call, when the arguments exist.
 */
@Configuration(proxyBeanMethods = false)
class RolesBeforeBody implements WebMvcConfigurer, HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();
    private final Map<Handler, Boolean> namingArguments = new ConcurrentHashMap<>();

    RolesBeforeBody(ObjectProvider<MethodSecurityExpressionHandler> expressions) {
        expressions.ifAvailable(roles::setExpressionHandler);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && !namesArguments(method)) {
            Object[] unbound = new Object[method.getMethodParameters().length];
            AuthorizationResult result = roles.authorize(SecurityContextHolder.getContext()::getAuthentication,
                    new SimpleMethodInvocation(method.getBean(), method.getMethod(), unbound));
            if (result != null && !result.isGranted()) {
                throw new AuthorizationDeniedException("Access Denied", result);
            }
        }
        return true;
    }

    /**
     * Whether the method's rule names its arguments (#orderId): an expression about the arguments can only be decided
     * at the call, when they are bound. A method's annotations do not change while the application runs, so they are
     * looked up once per method instead of on every request.
     */
    private boolean namesArguments(HandlerMethod method) {
        return namingArguments.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()),
                handler -> namesArguments(handler.method(), handler.beanType()));
    }

    /** A controller method as the bean it is called on: a class's rule applies to the methods it inherits. */
    private record Handler(Class<?> beanType, Method method) {
    }

    private static boolean namesArguments(Method method, Class<?> beanType) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(beanType, PreAuthorize.class);
        }
        return rule != null && rule.value().contains("#");
    }
}
