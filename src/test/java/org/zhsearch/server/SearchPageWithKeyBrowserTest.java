package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhsearch.config.AuthSettings;

/**
 * The search page of a server whose reads need a key, in Debian's chromium: without a key the page itself is
 * refused; opened once with the key (HTTP Basic, here given in the URL as a user would type it into the browser's
 * dialog) it searches, suggests and opens articles, and the browser keeps the key for the session's next visits.
 */
class SearchPageWithKeyBrowserTest {
    static final String READ_KEY = "archive-reader-0123456789";

    @TempDir
    static Path dir;

    static TestServer server;
    static ChromeDriverService service;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(SearchPageBrowserTest.CHROMIUM)
                .as("chromium is required: apt-get install -y chromium " + "chromium-driver")
                .isExecutable();
        assertThat(SearchPageBrowserTest.CHROMEDRIVER)
                .as("apt-get install -y chromium-driver")
                .isExecutable();
        SearchPageBrowserTest.CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path keys = Files.writeString(dir.resolve("keys.txt"), "reader read " + READ_KEY + "\n");
        server = TestServer.start(dir, TestServer.TOKEN, List.of(), s -> s.withAuth(new AuthSettings(true, keys)));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(SearchPageBrowserTest.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(SearchPageBrowserTest.CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + server.server.port();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void thePageAsksForTheKeyOnceAndThenSearchesSuggestsAndOpensArticlesWithIt() {
        driver.get(base() + "/?q=" + TestServer.enc("量子计算"));
        assertThat(driver.findElements(By.id("q"))).as("no page without a key").isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("search-form");

        driver.get("http://reader:" + READ_KEY + "@127.0.0.1:" + server.server.port() + "/");
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        assertThat(String.valueOf(js("return location.href;"))).doesNotContain(READ_KEY);
        box.sendKeys("人工");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li[role=option]")));
        box.sendKeys(Keys.ESCAPE);
        box.clear();
        box.sendKeys("量子计算", Keys.ENTER);
        List<WebElement> hits =
                wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("#hits li.hit")));
        assertThat(hits.get(0).findElement(By.cssSelector(".snippet mark")).getText())
                .isEqualTo("量子计算");
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();

        hits.get(0).findElement(By.cssSelector(".hit-title")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("人工智能赋能千行百业");

        // the key is kept: a later visit without it in the URL is let in and searches
        driver.get(base() + "/?q=" + TestServer.enc("人工智能") + "&group=article");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#hits li.hit"), 2));
        assertThat(driver.findElement(By.id("summary")).getText()).startsWith("共 ");
    }
}
