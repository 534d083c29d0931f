package org.jmatu.planner.security;

import org.apache.catalina.core.StandardHost;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What the web server itself does about hostile requests: oversized headers get a problem detail (431 from
 * {@link RequestHeaderLimit}, or 400 from {@link ProblemErrorReportValve} beyond Tomcat's limit) rather than
 * Tomcat's HTML page, and the session cookie is SameSite=Lax (Tomcat already makes it HttpOnly), so that other
 * sites' requests do not carry it.
 */
@Configuration
class HttpHardening {

    /** Tomcat's limit, above {@link RequestHeaderLimit}'s, so that the filter is what answers an oversized header. */
    static final int TOMCAT_MAX_HEADER_BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<RequestHeaderLimit> requestHeaderLimit() {
        FilterRegistrationBean<RequestHeaderLimit> registration = new FilterRegistrationBean<>(new RequestHeaderLimit());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    CookieSameSiteSupplier sessionCookieSameSite() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatHardening() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    http.setMaxHttpRequestHeaderSize(TOMCAT_MAX_HEADER_BYTES);
                }
            });
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        };
    }
}
