package org.zhsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The error vocabulary is well formed, keeps the CLI's exit-code contract and is documented in the README. */
class ErrorCodeTest {
    private static final Pattern WIRE_NAME = Pattern.compile("[a-z]+(_[a-z]+)*");

    @Test
    void everyCodeHasAUniqueWireNameAnErrorStatusAndAnExitCode() {
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(c.code())
                    .as(c.name())
                    .matches(WIRE_NAME)
                    .isEqualTo(c.name().toLowerCase(Locale.ROOT)); // the constant says what the client sees
            assertThat(c.status()).as(c.name()).isBetween(400, 599);
            assertThat(c.exitCode()).as(c.name()).isIn(1, 2);
        }
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void onlyQueryParameterAndConfigurationErrorsAreUsageErrors() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(c -> c.exitCode() == 2))
                .containsExactlyInAnyOrder(
                        ErrorCode.INVALID_QUERY, ErrorCode.INVALID_PARAMETER, ErrorCode.INVALID_CONFIG);
    }

    @Test
    void theExceptionReportsItsCodesWireName() {
        ZhsearchException e = new InvalidQueryException("unbalanced quotes");
        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_QUERY);
        assertThat(e.code()).isEqualTo("invalid_query");
        assertThat(new InvalidRequestException("x").code()).isEqualTo("invalid_parameter");
        assertThat(new NotFoundException("x").code()).isEqualTo("not_found");
    }

    /**
     * README's errors paragraph lists every code after its status ({@code 409 `reindex_running`, `conflict`; …}) and
     * no code that does not exist.
     */
    @Test
    void theReadmeDocumentsEveryCodeWithItsStatus() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("**Errors**");
        String paragraph = readme.substring(start, readme.indexOf("\n\n", start));
        Map<String, Integer> documented = new HashMap<>();
        Matcher m = Pattern.compile("\\b([45]\\d\\d)\\b|`([^`]+)`").matcher(paragraph);
        Integer status = null;
        while (m.find()) {
            if (m.group(1) != null) {
                status = Integer.valueOf(m.group(1));
            } else if (WIRE_NAME.matcher(m.group(2)).matches()) {
                documented.put(m.group(2), status);
            }
        }
        Map<String, Integer> codes =
                Arrays.stream(ErrorCode.values()).collect(Collectors.toMap(ErrorCode::code, ErrorCode::status));
        assertThat(documented).containsExactlyInAnyOrderEntriesOf(codes);
    }

    @Test
    void theReadmeNamesTheUsageErrorsWithTheExitCodes() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("Exit codes: **0**");
        String exitCodes = readme.substring(start, readme.indexOf("\n\n", start));
        Arrays.stream(ErrorCode.values())
                .filter(c -> c.exitCode() == 2)
                .forEach(c -> assertThat(exitCodes).contains("`" + c.code() + "`"));
    }
}
