package org.jmatu.planner.datasets;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the application's data source, so that JPA, Flyway and plain JDBC all work in the current data set. */
@Configuration(proxyBeanMethods = false)
class DataSetRoutingConfiguration {

    @Bean
    static BeanPostProcessor schemaRouting() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof SchemaRoutingDataSource)
                        ? new SchemaRoutingDataSource(dataSource) : bean;
            }
        };
    }
}
