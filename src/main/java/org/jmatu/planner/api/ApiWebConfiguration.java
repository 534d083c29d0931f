package org.jmatu.planner.api;

import org.jmatu.planner.datasets.DataSetService;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Chooses the data set of each API call: bound after sign-in (the filter), checked before the operation. */
@Configuration
class ApiWebConfiguration implements WebMvcConfigurer {

    private final DataSetService dataSets;

    ApiWebConfiguration(DataSetService dataSets) {
        this.dataSets = dataSets;
    }

    @Bean
    FilterRegistrationBean<DataSetHeader> dataSetHeader() {
        FilterRegistrationBean<DataSetHeader> registration = new FilterRegistrationBean<>(new DataSetHeader());
        registration.addUrlPatterns("/api/*");
        // after Spring Security, so that signing in reads the accounts of the live unit whatever the header says
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new DataSetAccess(dataSets)).addPathPatterns("/api/**");
    }
}
