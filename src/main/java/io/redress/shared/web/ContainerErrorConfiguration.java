package io.redress.shared.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Problems also for the errors the servlet container answers itself: its error page and its last-resort report. */
@Configuration(proxyBeanMethods = false)
class ContainerErrorConfiguration {

    @Bean
    FilterRegistrationBean<ProblemErrorPageFilter> problemErrorPageFilter() {
        var registration = new FilterRegistrationBean<>(new ProblemErrorPageFilter());
        // the container's forwards to its error page, and clients asking for that page directly
        registration.setDispatcherTypes(DispatcherType.ERROR, DispatcherType.REQUEST);
        registration.addUrlPatterns("/error");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EmptyErrorProblems> emptyErrorProblems() {
        var registration = new FilterRegistrationBean<>(new EmptyErrorProblems());
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    TomcatProblemReports tomcatProblemReports() {
        return new TomcatProblemReports();
    }

    /** Runs after Spring Boot's own customizer, which installs the plain report valve this one replaces. */
    static final class TomcatProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof Host host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                    if (host instanceof StandardHost standard) {
                        standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    }
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
