package org.zhsearch.cli;

import java.io.PrintWriter;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** How the CLI reports errors: one line (plus a hint), exit 2 for usage errors and 1 for failures. */
final class ErrorHandlers {
    static final int USAGE = 2;
    static final int FAILURE = 1;

    private ErrorHandlers() {
    }

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
     * Failures while running a command. Query, parameter and configuration errors are the user's to fix: exit 2.
     * Everything else exits 1. A stack trace only with {@code --verbose}.
     */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            boolean verbose = isVerbose(parseResult);
            int code;
            if (ex instanceof InvalidQueryException || ex instanceof InvalidRequestException
                    || ex instanceof ConfigException) {
                err.println("error: " + ex.getMessage());
                if (ex instanceof InvalidRequestException) {
                    err.println(tryHelp(cmd));
                }
                code = USAGE;
            } else if (ex instanceof ZhsearchException) {
                err.println("error: " + ex.getMessage());
                code = FAILURE;
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
