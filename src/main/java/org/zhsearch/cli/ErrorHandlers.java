package org.zhsearch.cli;

import java.io.PrintWriter;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** How the CLI reports errors: one line (plus a hint), exit 2 for usage errors and 1 for failures. */
final class ErrorHandlers {
    static final int USAGE = 2;
    static final int FAILURE = 1;

    private ErrorHandlers() {}

    /** Bad options or arguments: {@code error: …} and {@code Try 'zhsearch <cmd> --help' …}; exit 2. */
    static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("error: " + ex.getMessage());
            UnmatchedArgumentException.printSuggestions(ex, err);
            err.println(tryHelp(cmd));
            err.flush();
            return USAGE;
        }
    }

    /**
     * Failures while running a command: a {@link ZhsearchException} exits with its {@link ErrorCode#exitCode()} (2 for
     * query, parameter and configuration errors, the user's to fix), anything else with 1. A stack trace only with
     * {@code --verbose}.
     */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            boolean verbose = isVerbose(parseResult);
            int code;
            if (ex instanceof ZhsearchException z) {
                err.println("error: " + ex.getMessage());
                if (z.errorCode() == ErrorCode.INVALID_PARAMETER) {
                    err.println(tryHelp(cmd));
                }
                code = z.errorCode().exitCode();
            } else {
                err.println("error: " + describe(ex) + (verbose ? "" : " (run again with --verbose for details)"));
                code = FAILURE;
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        }

        private static String describe(Throwable ex) {
            String message = ex.getMessage();
            String type = ex.getClass().getSimpleName();
            return message == null || message.isBlank() ? type : type + ": " + message;
        }
    }

    static String tryHelp(CommandLine cmd) {
        return "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.";
    }

    static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            if (pr.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
