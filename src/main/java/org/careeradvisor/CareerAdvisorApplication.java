package org.careeradvisor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the career advisor service (the offline evaluation and benchmark commands are in the tools jar: see the
 * README).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// @SpringBootApplication's scan, less the management context configurations: Spring Boot loads those into whichever
// context serves actuator (the management port's child context when there is one), so a scan must not add them here.
@ComponentScan(
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ManagementContextConfiguration.class)
        })
@ConfigurationPropertiesScan
@EnableScheduling
public class CareerAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareerAdvisorApplication.class, args);
    }
}
