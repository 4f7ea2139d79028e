package org.careeradvisor;

import org.careeradvisor.benchmark.BenchmarkCommand;
import org.careeradvisor.benchmark.LoadTestCommand;
import org.careeradvisor.benchmark.TelegramLoadCommand;
import org.careeradvisor.evaluation.AnswersCommand;
import org.careeradvisor.evaluation.IntentsCommand;
import org.careeradvisor.evaluation.EvaluationCommand;
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

import java.util.Arrays;

/**
 * Starts the career advisor service, or one of its offline commands ({@code evaluate}, {@code benchmark}, {@code loadtest},
 * {@code telegramload}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// @SpringBootApplication's scan, less the management context configurations: Spring Boot loads those into whichever
// context serves actuator (the management port's child context when there is one), so a scan must not add them here.
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = ManagementContextConfiguration.class)})
@ConfigurationPropertiesScan
@EnableScheduling
public class CareerAdvisorApplication {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "evaluate" -> System.exit(EvaluationCommand.run(rest));
            case "answers" -> System.exit(AnswersCommand.run(rest));
            case "intents" -> System.exit(IntentsCommand.run(rest));
            case "benchmark" -> System.exit(BenchmarkCommand.run(rest));
            case "scale" -> System.exit(org.careeradvisor.benchmark.ScaleCommand.run(rest));
            case "loadtest" -> System.exit(LoadTestCommand.run(rest));
            case "telegramload" -> System.exit(TelegramLoadCommand.run(rest));
            default -> SpringApplication.run(CareerAdvisorApplication.class, args);
        }
    }
}
