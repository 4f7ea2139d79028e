package org.careeradvisor.tools;

import java.util.Arrays;
import org.careeradvisor.benchmark.BenchmarkCommand;
import org.careeradvisor.benchmark.LoadTestCommand;
import org.careeradvisor.benchmark.ScaleCommand;
import org.careeradvisor.benchmark.TelegramLoadCommand;
import org.careeradvisor.evaluation.AnswersCommand;
import org.careeradvisor.evaluation.EvaluationCommand;
import org.careeradvisor.evaluation.IntentsCommand;

/**
 * The offline commands that measure the service ({@code answers}, {@code intents}, {@code evaluate}, {@code benchmark},
 * {@code scale}, {@code loadtest}, {@code telegramload}), run from the tools jar against the application jar's classes.
 */
public final class Tools {

    private Tools() {}

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        int status = switch (command) {
            case "evaluate" -> EvaluationCommand.run(rest);
            case "answers" -> AnswersCommand.run(rest);
            case "intents" -> IntentsCommand.run(rest);
            case "benchmark" -> BenchmarkCommand.run(rest);
            case "scale" -> ScaleCommand.run(rest);
            case "loadtest" -> LoadTestCommand.run(rest);
            case "telegramload" -> TelegramLoadCommand.run(rest);
            default -> {
                System.err.println("Usage: java -jar target/career-advisor-tools.jar answers | intents | evaluate"
                        + " | benchmark | scale | loadtest | telegramload [options] (see the README)");
                yield 2;
            }
        };
        System.exit(status);
    }
}
