package io.redress.identity.internal;

import io.redress.identity.Role;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains: the API (stateless bearer tokens, problem answers) and the console (form login,
 * session, CSRF). Method security is on, so controllers state their roles with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({AuthProperties.class, SignInProperties.class})
class SecurityConfiguration {

    static final String[] API_PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BearerAuthentication bearer, SecurityProblems problems) throws Exception {
        return http.securityMatcher(API_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // the PSP authenticates its callbacks with an HMAC signature, checked by the controller
                        .requestMatchers(HttpMethod.POST, "/api/v1/psp/callbacks").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // the scraper's long-lived key (role METRICS) reads the metrics and nothing else
                        .requestMatchers("/actuator/prometheus").hasAnyRole("ADMIN", "METRICS")
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().access(SecurityConfiguration::authenticatedButNotTheScraper))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens are not sent by browsers on their own, so there is no request to forge
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /** Any authenticated caller except the metrics scraper, whose key opens /actuator/prometheus only. */
    private static AuthorizationDecision authenticatedButNotTheScraper(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        boolean allowed = caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)
                && caller.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals(Role.METRICS.authority()));
        return new AuthorizationDecision(allowed);
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, ConsoleLogin login, Users users, ClientAddresses addresses)
            throws Exception {
        return http
                .addFilterAfter(new DisabledUserSignOut(users), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // the console's own manager, without the global one as parent: a refused sign-in is checked and
                // counted once, not a second time by the parent
                .authenticationManager(new ProviderManager(login))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .authenticationDetailsSource(request -> new SignInClient(addresses.of(request)))
                        .failureHandler(ConsoleLogin.failures()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }

    /**
     * Spring Security's own observations off: they time every filter of the chain before and after the request,
     * each authentication and each authorization (about five timers and as many long-task timers per API call,
     * measured in docs/performance.md), and no dashboard or alert reads them. {@code http_server_requests_seconds} still
     * times every request, a refused one (401, 403) included, by status.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
