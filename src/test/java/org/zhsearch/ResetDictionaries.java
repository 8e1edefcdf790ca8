package org.zhsearch;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Dictionaries are per process (see {@link ZhSearch#useDictionaries(java.nio.file.Path, java.nio.file.Path)}), and
 * every CLI run loads the ones next to its config file. Registered for all tests (junit-platform.properties turns on
 * extension auto-detection), this starts every test class with none, so no class sees another's dictionaries.
 */
public final class ResetDictionaries implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        ZhSearch.useDictionaries(null, null);
    }
}
