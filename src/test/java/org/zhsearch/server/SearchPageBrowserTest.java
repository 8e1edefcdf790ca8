package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredField.Use;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Paragraph;
import org.zhsearch.corpus.ArticleParser;

/**
 * The search page in a real browser: Debian's chromium driven through /usr/bin/chromedriver (no driver download).
 * Fails, never skips, when chromium is missing: install {@code chromium chromium-driver}.
 */
class SearchPageBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;

    static TestServer server;
    /** Declared fields the page lists: a facetable keyword and a sortable number, with their labels. */
    static final DeclaredFields DECLARED = new DeclaredFields(
            List.of(
                    new DeclaredField(
                            "author", FieldType.KEYWORD, EnumSet.of(Use.FILTER, Use.FACET, Use.SHOW), "作者", 1),
                    new DeclaredField("priority", FieldType.NUMBER, EnumSet.of(Use.FILTER, Use.SORT), "优先级", 1)),
            false);

    static ChromeDriverService service;
    static ChromeDriver driver;
    static WebDriverWait wait;
    /** Held so the level sticks: Selenium warns that it has no DevTools bindings for this chromium, unused here. */
    static final java.util.logging.Logger CDP_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(CHROMIUM)
                .as("chromium is required for this test: apt-get install -y chromium chromium-driver")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("chromedriver is required: apt-get install -y chromium-driver")
                .isExecutable();
        CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
        server = TestServer.start(dir, null, List.of(), java.util.function.UnaryOperator.identity(), DECLARED);
        server.zh.put(ArticleParser.parseText("xss/attack.txt", """
                发布时间:2024-11-20 08:00:00 来源: sp20241120
                网页安全测试段落<script>window.__xss = 1</script>和<img src=x onerror="window.__xss = 2">都应原样显示。
                """));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
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

    @BeforeEach
    void desktopWidth() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private String base() {
        return "http://127.0.0.1:" + server.server.port();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private List<WebElement> waitForHits() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#hits li.hit")));
        return driver.findElements(By.cssSelector("#hits li.hit"));
    }

    @Test
    void typingAQueryAndPressingEnterShowsHighlightedResultsAndOpensTheArticle() {
        driver.get(base() + "/");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("量子计算");
        box.sendKeys(Keys.ENTER);

        List<WebElement> hits = waitForHits();
        assertThat(hits).isNotEmpty();
        assertThat(driver.getCurrentUrl()).contains("q=%E9%87%8F%E5%AD%90%E8%AE%A1%E7%AE%97");
        WebElement first = hits.get(0);
        assertThat(first.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertThat(first.findElement(By.cssSelector(".snippet mark")).getText()).isEqualTo("量子计算");
        assertThat(first.findElement(By.cssSelector(".meta")).getText()).contains("2024-11-25", "sp20241125");
        assertThat(driver.findElement(By.id("summary")).getText()).startsWith("共 ");

        String paragraph = first.findElement(By.cssSelector(".hit-title")).getDomAttribute("data-paragraph");
        String snippet = first.findElement(By.cssSelector(".snippet")).getText();
        first.findElement(By.cssSelector(".hit-title")).click();

        WebElement hit =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("人工智能赋能千行百业");
        assertThat(hit.getDomAttribute("id")).isEqualTo("p-" + paragraph);
        assertThat(hit.getText()).isEqualTo(snippet);
        assertThat(hit.findElements(By.cssSelector("mark")))
                .extracting(WebElement::getText)
                .contains("量子计算");
        assertThat(driver.findElements(By.cssSelector("#paragraphs li.para"))).hasSize(7);
        assertThat(driver.getCurrentUrl()).contains("article=").contains("p=" + paragraph);
        Boolean inView = (Boolean) js(
                "const r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight;",
                hit);
        assertThat(inView).isTrue();

        driver.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
        assertThat(driver.findElement(By.id("article")).isDisplayed()).isFalse();
        assertThat(waitForHits()).hasSameSizeAs(hits);
    }

    @Test
    void theUrlCarriesTheStateSoAReloadShowsTheSamePage() {
        driver.get(base() + "/?q=" + TestServer.enc("人工智能") + "&group=article");
        List<WebElement> hits = waitForHits();
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).findElement(By.cssSelector(".meta")).getText()).contains("3 段匹配");
        assertThat(driver.findElement(By.id("group")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("人工智能");
    }

    @Test
    void paginationMovesThroughPagesAndBackRestoresThePreviousOne() {
        for (int i = 1; i <= 12; i++) {
            server.zh.put(ArticleParser.parseText(
                    "paging/p" + i + ".txt",
                    "发布时间:2024-01-" + String.format("%02d", i) + " 来源: paging\n第" + i + "篇关于翻页测试的文章。"));
        }
        driver.get(base() + "/?q=" + TestServer.enc("翻页测试"));
        assertThat(waitForHits()).hasSize(10);
        assertThat(driver.findElement(By.id("page-info")).getText()).isEqualTo("第 1 / 2 页");
        js("window.scrollTo(0, document.body.scrollHeight);");
        driver.findElement(By.id("next")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-info"), "第 2 / 2 页"));
        assertThat(((Number) js("return window.scrollY;")).intValue()).isZero();
        assertThat(driver.findElements(By.cssSelector("#hits li.hit"))).hasSize(2);
        assertThat(driver.getCurrentUrl()).contains("page=2");
        driver.navigate().back();
        wait.until(ExpectedConditions.textToBe(By.id("page-info"), "第 1 / 2 页"));
        assertThat(driver.findElements(By.cssSelector("#hits li.hit"))).hasSize(10);
    }

    @Test
    void filtersBySourceAndDateRange() {
        driver.get(base() + "/?q=" + TestServer.enc("人工智能") + "&source=sp20231027");
        List<WebElement> hits = waitForHits();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).getText()).contains("sp20231027");
        driver.get(base() + "/?q=" + TestServer.enc("人工智能") + "&from=2024-01-01&to=2024-12-31");
        assertThat(waitForHits())
                .hasSize(3)
                .allSatisfy(h -> assertThat(h.getText()).contains("2024-11-25"));
    }

    @Test
    void documentTextIsShownAsTextNeverRunAsMarkup() {
        driver.get(base() + "/?q=" + TestServer.enc("网页安全测试"));
        WebElement hit = waitForHits().get(0);
        WebElement snippet = hit.findElement(By.cssSelector(".snippet"));
        assertThat(snippet.getText()).contains("<script>window.__xss = 1</script>", "<img src=x onerror=");
        assertThat(snippet.findElements(By.cssSelector("script, img"))).isEmpty();
        hit.findElement(By.cssSelector(".hit-title")).click();
        WebElement para =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        assertThat(para.getText()).contains("<img src=x onerror=");
        assertThat(driver.findElements(By.cssSelector("#article script, #article img")))
                .isEmpty();
        assertThat(js("return window.__xss === undefined;")).isEqualTo(true);
    }

    @Test
    void inputMethodCompositionNeitherSuggestsNorSearchesUntilItEnds() throws InterruptedException {
        driver.get(base() + "/");
        js("""
                const q = document.getElementById('q');
                q.focus();
                q.dispatchEvent(new CompositionEvent('compositionstart', {data: ''}));
                q.value = 'ren';
                q.dispatchEvent(new InputEvent('input', {data: 'ren', isComposing: true}));
                q.value = '人工';
                q.dispatchEvent(new InputEvent('input', {data: '人工', isComposing: true}));
                """);
        Thread.sleep(600);
        assertThat(apiRequests()) // only the declared fields, which the page loads once at start
                .allMatch(u -> u.endsWith("/api/fields"));
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();

        js("document.getElementById('q').dispatchEvent(new CompositionEvent('compositionend', {data: '人工'}));");
        waitForHits();
        assertThat(driver.getCurrentUrl()).contains("q=%E4%BA%BA%E5%B7%A5");
        wait.until(d -> apiRequests().stream().anyMatch(u -> u.contains("/api/suggest")));
        assertThat(apiRequests()).noneMatch(u -> u.contains("ren"));
    }

    @Test
    void suggestionsAppearWhileTypingAndPickingOneSearchesIt() {
        driver.get(base() + "/");
        driver.findElement(By.id("q")).sendKeys("人工");
        WebElement option =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li.suggestion")));
        String text = option.getText();
        assertThat(text).startsWith("人工");
        option.click();
        waitForHits();
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo(text);
    }

    @Test
    void aPhoneWidthPageHasNoHorizontalScrollingAndShowsTheHitParagraph() {
        driver.manage().window().setSize(new Dimension(375, 812));
        driver.get(base() + "/?q=" + TestServer.enc("人工智能"));
        waitForHits();
        assertThat((Long) js("return document.documentElement.scrollWidth - window.innerWidth;"))
                .isLessThanOrEqualTo(0L);
        driver.findElements(By.cssSelector("#hits .hit-title")).get(2).click();
        WebElement hit =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        assertThat((Long) js("return document.documentElement.scrollWidth - window.innerWidth;"))
                .isLessThanOrEqualTo(0L);
        assertThat((Boolean) js(
                        "const r = arguments[0].getBoundingClientRect();"
                                + "return r.top >= 0 && r.bottom <= window.innerHeight;",
                        hit))
                .isTrue();
    }

    @Test
    void anErrorFromTheApiIsShownToTheUserInChinese() {
        driver.get(base() + "/?q=" + TestServer.enc("人工智能") + "&from=2024-13-45");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).startsWith("检索参数有误");
        assertThat(error.getDomProperty("title")).contains("from");
    }

    @Test
    void strayQuerySyntaxIsSearchedAsWordsUnderANotice() { // no longer an error (forgiven syntax)
        driver.get(base() + "/?q=" + TestServer.enc("\"人工智能"));
        waitForHits();
        WebElement notice = driver.findElement(By.id("notice"));
        assertThat(notice.getText()).startsWith("查询中有未配对的引号").contains("人工智能");
        assertThat(notice.getDomProperty("title")).contains("quote");
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a/../b.txt", "../x.txt", "a//b.txt", "./a.txt", "a/."})
    void anArticleIdWithADotDotOrEmptySegmentInTheUrlIsNeverRequested(String id) {
        driver.get(base() + "/?article=" + TestServer.enc(id));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).startsWith("链接中的文章编号无效");
        assertThat(driver.findElement(By.id("article")).isDisplayed()).isFalse();
        assertThat(apiRequests()).noneMatch(u -> u.contains("/api/articles"));
    }

    @Test
    void aQuestionWithoutExactMatchesShowsRelatedResultsUnderAClearNote() {
        driver.get(base() + "/?q=" + TestServer.enc("怎样发展人工智能"));
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("related-note")));
        assertThat(note.getText()).startsWith("没有找到“怎样发展人工智能”的完全匹配，以下是包含“发展 人工智能”的结果");
        assertThat(driver.findElements(By.cssSelector("#hits li.hit"))).isEmpty();
        List<WebElement> related = driver.findElements(By.cssSelector("#related-hits li.hit"));
        assertThat(related).isNotEmpty();
        WebElement first = related.getFirst();
        assertThat(first.findElements(By.cssSelector(".snippet mark")))
                .extracting(WebElement::getText)
                .contains("发展", "人工智能");
        assertThat(first.findElement(By.cssSelector(".meta .match-label")).getText())
                .as("a related hit says so, with the words it contains")
                .isEqualTo("相关：含 发展 人工智能");

        first.findElement(By.cssSelector(".hit-title")).click();
        WebElement hit =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        assertThat(hit.findElements(By.cssSelector("mark")))
                .extracting(WebElement::getText)
                .contains("发展", "人工智能");
    }

    // ---- what a newcomer tripped on (issue 28) ---------------------------------------------------------------

    @Test
    void aPinyinHitSaysWhichLettersFoundWhichCharactersAndAnExactHitSaysNothing() {
        driver.get(base() + "/?q=shuyuan");
        List<WebElement> hits = waitForHits();
        assertThat(hits)
                .allSatisfy(h -> assertThat(h.findElement(By.cssSelector(".meta .match-label"))
                                .getText())
                        .isEqualTo("拼音 shuyuan → 书院"));
        driver.get(base() + "/?q=" + TestServer.enc("shuyuan 宋代")); // the Chinese word is no pinyin finding
        assertThat(waitForHits())
                .singleElement()
                .satisfies(h -> assertThat(h.findElement(By.cssSelector(".meta .match-label"))
                                .getText())
                        .isEqualTo("拼音 shuyuan → 书院"));
        driver.get(base() + "/?q=" + TestServer.enc("书院"));
        assertThat(waitForHits())
                .allSatisfy(h -> assertThat(h.findElements(By.cssSelector(".match-label")))
                        .isEmpty());
        // a traditional form finds the simplified text (an exact match to the API); the page names the variant
        driver.get(base() + "/?q=" + TestServer.enc("書院"));
        assertThat(waitForHits())
                .allSatisfy(h -> assertThat(h.findElement(By.cssSelector(".meta .match-label"))
                                .getText())
                        .isEqualTo("异体/同义：书院"));
    }

    @Test
    void backFromAnArticleRestoresTheListsScrollAndFocusesTheHitOpened() {
        for (int i = 1; i <= 10; i++) {
            server.zh.put(ArticleParser.parseText(
                    "back/b" + i + ".txt",
                    "发布时间:2024-02-" + String.format("%02d", i) + " 来源: back\n第" + i + "篇关于返回位置的文章。"));
        }
        driver.manage().window().setSize(new Dimension(1280, 600));
        driver.get(base() + "/?q=" + TestServer.enc("返回位置"));
        List<WebElement> hits = waitForHits();
        assertThat(hits).hasSize(10);
        WebElement link = hits.get(8).findElement(By.cssSelector(".hit-title"));
        js("arguments[0].scrollIntoView({block: 'center'});", link);
        long scrolled = ((Number) js("return window.scrollY;")).longValue();
        assertThat(scrolled).as("the list is scrolled").isGreaterThan(200L);
        String href = link.getDomAttribute("href");

        link.sendKeys(Keys.ENTER); // opened from the keyboard: the focus moves into the article
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        wait.until(d -> "article-title".equals(js("return document.activeElement.id;")));

        driver.findElement(By.id("back")).click();
        wait.until(d -> Boolean.TRUE.equals(js("return !document.getElementById('results').hidden;")));
        wait.until(d -> ((Number) js("return window.scrollY;")).longValue() == scrolled);
        assertThat(js("return document.activeElement.getAttribute('href');")).isEqualTo(href);
        assertThat(driver.getCurrentUrl()).doesNotContain("article=");

        driver.navigate().forward(); // and the browser's back button does the same
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        driver.navigate().back();
        wait.until(d -> Boolean.TRUE.equals(js("return !document.getElementById('results').hidden;")));
        wait.until(d -> ((Number) js("return window.scrollY;")).longValue() == scrolled);
        assertThat(js("return document.activeElement.getAttribute('href');")).isEqualTo(href);
    }

    @Test
    void theArticleViewNumbersParagraphsAsHitsDoHeadingsIncluded() {
        driver.get(base() + "/?q=" + TestServer.enc("量子比特"));
        WebElement link = waitForHits().get(0).findElement(By.cssSelector(".hit-title"));
        String paragraph = link.getDomAttribute("data-paragraph");
        assertThat(link.findElement(By.xpath("../..")).getText()).contains("第 " + paragraph + " 段");
        link.click();
        WebElement hit =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        assertThat(hit.getDomProperty("value")).isEqualTo(paragraph);
        assertThat(driver.findElements(By.cssSelector("#paragraphs li.heading")))
                .isNotEmpty();
        // every paragraph, headings included, shows its number n: 1, 2, 3 … as hits count them
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) js("return [...document.querySelectorAll('#paragraphs li.para')].map(li =>"
                + " getComputedStyle(li).display + ' ' + getComputedStyle(li).listStyleType + ' ' + li.value"
                + " + ' ' + li.id);");
        assertThat(shown)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, shown.size())
                        .mapToObj(n -> "list-item decimal " + n + " p-" + n)
                        .toArray(String[]::new));
    }

    @Test
    void onAPhoneTheFacetsFoldBehindAButtonBelowTheCount() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base() + "/?q=" + TestServer.enc("人工智能"));
        WebElement firstHit = waitForHits().get(0);
        WebElement toggle = driver.findElement(By.id("facets-toggle"));
        WebElement panel = driver.findElement(By.id("facets"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getText()).isEqualTo("筛选");
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(panel.isDisplayed()).as("folded").isFalse();
        int summaryBottom = driver.findElement(By.id("summary")).getRect().getY()
                + driver.findElement(By.id("summary")).getRect().getHeight();
        assertThat(toggle.getLocation().getY()).isGreaterThanOrEqualTo(summaryBottom);
        assertThat(firstHit.getLocation().getY())
                .isGreaterThan(toggle.getLocation().getY());

        toggle.click();
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(panel.getLocation().getY())
                .isGreaterThan(toggle.getLocation().getY());
        assertThat(firstHit.getLocation().getY())
                .isGreaterThan(panel.getLocation().getY());
        assertThat((Long) js("return document.documentElement.scrollWidth - window.innerWidth;"))
                .isLessThanOrEqualTo(0L);
        toggle.click();
        assertThat(panel.isDisplayed()).isFalse();

        driver.manage().window().setSize(new Dimension(1280, 900)); // wide: no button, the panel beside the hits
        wait.until(d -> panel.isDisplayed());
        assertThat(toggle.isDisplayed()).isFalse();
    }

    @Test
    void aSearchWithoutResultsOffersWhatToTryAsLinksThatDoIt() {
        driver.get(base() + "/?q=" + TestServer.enc("量子计算 火星") + "&mode=exact&source=sp20241125");
        WebElement tips = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("zero-tips")));
        assertThat(driver.findElements(By.cssSelector("#hits li.hit, #related-hits li.hit")))
                .isEmpty();
        assertThat(driver.findElement(By.id("summary")).getText()).startsWith("没有找到");
        assertThat(tips.findElements(By.cssSelector("a.tip-link")))
                .extracting(WebElement::getText)
                .containsExactly("不限完全匹配，再搜一次", "去掉筛选条件再搜", "去掉“量子计算”", "去掉“火星”");
        assertThat(tips.getText()).contains("拼音");

        tips.findElement(By.linkText("去掉“火星”")).click();
        wait.until(d -> !driver.findElements(By.cssSelector("#hits li.hit")).isEmpty());
        assertThat(driver.getCurrentUrl())
                .contains("q=" + TestServer.enc("量子计算"))
                .contains("mode=exact")
                .contains("source=sp20241125");
        assertThat(driver.findElement(By.id("zero-tips")).isDisplayed()).isFalse();

        driver.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("不限完全匹配，再搜一次")))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("mode=exact"));
        wait.until(d ->
                !driver.findElements(By.cssSelector("#related-hits li.hit")).isEmpty());
        assertThat(driver.findElement(By.id("zero-tips")).isDisplayed()).isFalse();

        driver.get(base() + "/?q=" + TestServer.enc("火星基地"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("zero-tips")));
        assertThat(driver.findElements(By.cssSelector("#zero-tips a.tip-link")))
                .as("one word, no filters, related mode: only advice")
                .isEmpty();
        assertThat(driver.findElement(By.id("zero-tips")).getText()).contains("少用几个字", "拼音");
    }

    @Test
    void datesAtMidnightAreShownWithoutATime() {
        server.zh.put(
                ArticleParser.parseText("dates/midnight.txt", "发布时间:2024-03-05 00:00:00 来源: dates\n午夜发布的日期测试文章。"));
        server.zh.put(ArticleParser.parseText("dates/morning.txt", "发布时间:2024-03-06 08:30:00 来源: dates\n早晨发布的日期测试文章。"));
        driver.get(base() + "/?q=" + TestServer.enc("日期测试"));
        List<String> metas = waitForHits().stream()
                .map(h -> h.findElement(By.cssSelector(".meta")).getText())
                .toList();
        assertThat(metas).anySatisfy(m -> assertThat(m).contains("2024-03-05").doesNotContain("00:00"));
        assertThat(metas).anySatisfy(m -> assertThat(m).contains("2024-03-06 08:30"));
    }

    @Test
    void theSourcePageIsShownOnHitsAndBesideEachParagraphOfTheArticleThatHasOne() {
        server.zh.put(new Article(
                "pages/annual.pdf",
                "页码展示年报",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(
                        new Paragraph(1, "页码展示", "页码展示", Paragraph.HEADING, 1),
                        new Paragraph(2, "页码展示", "第二页上的页码展示测试段落。", Paragraph.BODY, 2),
                        new Paragraph(3, "页码展示", "没有页码的页码展示测试段落。", Paragraph.BODY, null))));
        driver.get(base() + "/?q=" + TestServer.enc("页码展示测试"));
        java.util.Map<String, List<String>> metaByParagraph = new java.util.HashMap<>();
        for (WebElement hit : waitForHits()) {
            metaByParagraph.put(
                    hit.findElement(By.cssSelector(".hit-title")).getDomAttribute("data-paragraph"),
                    hit.findElements(By.cssSelector(".meta span")).stream()
                            .map(WebElement::getText)
                            .toList());
        }
        assertThat(metaByParagraph.get("2")).containsSubsequence("第 2 段", "第 2 页");
        assertThat(metaByParagraph.get("3")).contains("第 3 段").noneMatch(part -> part.matches("第 \\d+ 页"));

        driver.get(base() + "/?q=" + TestServer.enc("页码展示测试") + "&article=pages/annual.pdf&p=2");
        WebElement hit =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paragraphs li.hit")));
        assertThat(hit.findElements(By.cssSelector("mark"))).isNotEmpty();
        assertThat(hit.findElement(By.cssSelector(".source-page")).getText()).isEqualTo("第 2 页");
        assertThat(driver.findElements(By.cssSelector("#paragraphs li.para")))
                .extracting(li -> li.findElements(By.cssSelector(".source-page")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly(List.of("第 1 页"), List.of("第 2 页"), List.of());
    }

    // ---- suggestions dropdown and sort (issue 15) ------------------------------------------------------------

    private List<String> suggestionTexts() {
        return driver.findElements(By.cssSelector("#suggestions li[role=option]")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** What {@code /api/suggest} answers for {@code prefix}, less the prefix itself (the page leaves that out). */
    private List<String> apiSuggestions(String prefix) {
        var body = server.json(server.get("/api/suggest?q=" + TestServer.enc(prefix) + "&limit=8"));
        List<String> out = new java.util.ArrayList<>();
        body.get("suggestions").forEach(n -> {
            if (!n.asText().equals(prefix)) {
                out.add(n.asText());
            }
        });
        return out;
    }

    private WebElement openSuggestions(String prefix) {
        driver.get(base() + "/");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys(prefix);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#suggestions li[role=option]")));
        return box;
    }

    @Test
    void suggestionsAreAnAccessibleComboboxThatTheArrowKeysMoveThroughAndEscapeCloses() {
        List<String> expected = apiSuggestions("人工");
        assertThat(expected).as("the test index suggests completions of 人工").hasSizeGreaterThanOrEqualTo(2);
        WebElement box = openSuggestions("人工");
        WebElement list = driver.findElement(By.id("suggestions"));
        assertThat(suggestionTexts()).isEqualTo(expected);
        assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(box.getDomAttribute("aria-controls")).isEqualTo("suggestions");
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(box.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(list.getDomAttribute("role")).isEqualTo("listbox");
        List<WebElement> options = driver.findElements(By.cssSelector("#suggestions li[role=option]"));
        assertThat(options)
                .allSatisfy(o -> assertThat(o.getDomAttribute("aria-selected")).isEqualTo("false"));

        box.sendKeys(Keys.ARROW_DOWN);
        assertActiveOption(box, 0);
        box.sendKeys(Keys.ARROW_DOWN);
        assertActiveOption(box, 1);
        box.sendKeys(Keys.ARROW_UP);
        assertActiveOption(box, 0);
        box.sendKeys(Keys.ARROW_UP); // wraps around to the last option
        assertActiveOption(box, options.size() - 1);
        box.sendKeys(Keys.ARROW_DOWN); // and back to the first
        assertActiveOption(box, 0);

        box.sendKeys(Keys.ESCAPE);
        assertThat(list.isDisplayed()).isFalse();
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(box.getDomProperty("value"))
                .as("Escape closes the list, it does not clear the box")
                .isEqualTo("人工");
        assertThat(driver.findElement(By.id("results")).isDisplayed()).isFalse();

        box.sendKeys(Keys.ARROW_DOWN); // reopens the list
        wait.until(ExpectedConditions.visibilityOf(list));
        assertThat(suggestionTexts()).isEqualTo(expected);
        box.sendKeys(Keys.TAB);
        assertThat(list.isDisplayed()).isFalse();
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
    }

    private void assertActiveOption(WebElement box, int index) {
        List<WebElement> options = driver.findElements(By.cssSelector("#suggestions li[role=option]"));
        for (int i = 0; i < options.size(); i++) {
            assertThat(options.get(i).getDomAttribute("aria-selected"))
                    .as("option %d selected", i)
                    .isEqualTo(String.valueOf(i == index));
        }
        assertThat(box.getDomAttribute("aria-activedescendant"))
                .isEqualTo(options.get(index).getDomAttribute("id"));
        assertThat(options.get(index).getDomAttribute("class")).contains("active");
    }

    @Test
    void arrowDownAndEnterRunAnExactSearchForTheSuggestion() {
        String prefix = "人工";
        String first = apiSuggestions(prefix).getFirst();
        assertThat(first).doesNotContainPattern("\\s");
        WebElement box = openSuggestions(prefix);
        js("performance.clearResourceTimings();");
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);

        List<WebElement> hits = waitForHits();
        assertThat(driver.getCurrentUrl()).contains("mode=exact").contains("q=" + TestServer.enc(first));
        assertThat(box.getDomProperty("value")).isEqualTo(first);
        assertThat(driver.findElement(By.id("suggestions")).isDisplayed()).isFalse();
        assertThat(apiRequests())
                .filteredOn(u -> u.contains("/api/search"))
                .singleElement()
                .satisfies(u -> assertThat(u).contains("mode=exact", "q=" + TestServer.enc(first)));
        var exact = server.json(server.get(TestServer.search(first, "mode=exact")));
        assertThat(hits).hasSize(exact.get("total").asInt());
        assertThat(hits)
                .allSatisfy(h -> assertThat(
                                h.findElement(By.cssSelector(".snippet")).getText())
                        .contains(first));
        assertThat(driver.findElement(By.id("summary")).getText()).contains("仅完全匹配");
        assertThat(driver.findElements(By.cssSelector("#related-hits li.hit"))).isEmpty();

        // a sort change keeps the exact search; a new query typed and entered is an ordinary one again
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("-date");
        wait.until(ExpectedConditions.urlContains("sort=-date"));
        assertThat(driver.getCurrentUrl()).contains("mode=exact");
        box.clear();
        box.sendKeys("量子计算", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=" + TestServer.enc("量子计算")));
        assertThat(driver.getCurrentUrl()).doesNotContain("mode=").contains("sort=-date");
    }

    @Test
    void clickingASuggestionWithSpacesSearchesItAsAQuotedPhrase() {
        server.zh.put(ArticleParser.parseText(
                "suggest/space.txt", "发布时间:2024-05-05 来源: suggest\n星空观测 夜间开放\n天文馆的星空观测 夜间开放活动每周六举行。"));
        List<String> expected = apiSuggestions("星空观测");
        assertThat(expected).contains("星空观测 夜间开放");
        openSuggestions("星空观测");
        WebElement option = driver.findElements(By.cssSelector("#suggestions li[role=option]")).stream()
                .filter(o -> o.getText().equals("星空观测 夜间开放"))
                .findFirst()
                .orElseThrow();
        option.click();
        waitForHits();
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("\"星空观测 夜间开放\"");
        assertThat(driver.getCurrentUrl())
                .contains("mode=exact")
                .contains("q=" + TestServer.enc("\"星空观测 夜间开放\"").replace("%20", "+")); // URLSearchParams
        assertThat(driver.findElements(By.cssSelector("#hits li.hit"))).isNotEmpty();
    }

    @Test
    void latinInputAsksForSuggestionsToo() {
        driver.get(base() + "/");
        js("performance.clearResourceTimings();");
        driver.findElement(By.id("q")).sendKeys("ren");
        wait.until(d -> apiRequests().stream().anyMatch(u -> u.contains("/api/suggest?q=ren&")));
    }

    @Test
    void aLateAnswerForAnEarlierPrefixDoesNotReplaceTheSuggestionsShown() throws InterruptedException {
        List<String> expected = apiSuggestions("人工");
        assertThat(apiSuggestions("人"))
                .as("the two prefixes have different suggestions")
                .isNotEqualTo(expected);
        driver.get(base() + "/");
        // the answer for the first prefix typed (人) is held back for 3 s
        js("""
                const realFetch = window.fetch;
                window.__suggestAsked = [];
                window.__lateAnswered = false;
                window.fetch = (url, options) => {
                  const u = String(url).replace(location.origin, ''); // the page asks with absolute URLs
                  if (u.startsWith('/api/suggest?')) window.__suggestAsked.push(u);
                  if (!u.startsWith('/api/suggest?q=%E4%BA%BA&')) return realFetch(url, options);
                  return new Promise(r => setTimeout(r, 3000)).then(() => realFetch(url, options))
                      .then(response => { setTimeout(() => { window.__lateAnswered = true; }, 50); return response; });
                };
                """);
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("人");
        wait.until(d -> ((Number) js("return window.__suggestAsked.length;")).intValue() == 1);
        box.sendKeys("工");
        wait.until(d -> suggestionTexts().equals(expected));
        assertThat(js("return window.__lateAnswered;"))
                .as("人 is still on its way")
                .isEqualTo(false);
        wait.until(d -> Boolean.TRUE.equals(js("return window.__lateAnswered;")));
        Thread.sleep(200);
        assertThat(suggestionTexts()).isEqualTo(expected);
        assertThat(driver.findElement(By.id("suggestions")).isDisplayed()).isTrue();
    }

    @Test
    void theSortSelectorOrdersHitsByDateBothWaysAndKeepsItInTheUrl() {
        String[] dates = {"2022-05-01", "2024-01-15", "2021-12-31", "2023-07-07", "2020-02-02"};
        for (int i = 0; i < dates.length; i++) {
            server.zh.put(ArticleParser.parseText(
                    "sorting/s" + i + ".txt",
                    "发布时间:" + dates[i] + " 来源: sorting\n" + "排序检验".repeat(i % 3 + 1) + "，第" + i + "篇。"));
        }
        List<String> ascending = java.util.Arrays.stream(dates).sorted().toList();
        List<String> descending = ascending.reversed();
        driver.get(base() + "/?q=" + TestServer.enc("排序检验"));
        waitForHits();
        List<String> byRelevance = shownDates();
        assertThat(byRelevance)
                .as("relevance order is not date order on this fixture")
                .hasSize(dates.length)
                .isNotEqualTo(ascending)
                .isNotEqualTo(descending);
        WebElement sort = driver.findElement(By.id("sort"));
        assertThat(sort.getDomProperty("value")).isEqualTo("relevance");

        new org.openqa.selenium.support.ui.Select(sort).selectByValue("date");
        wait.until(ExpectedConditions.urlContains("sort=date"));
        wait.until(d -> shownDates().equals(ascending));
        assertThat(apiRequests()).anyMatch(u -> u.contains("/api/search") && u.contains("sort=date"));

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("-date");
        wait.until(ExpectedConditions.urlContains("sort=-date"));
        wait.until(d -> shownDates().equals(descending));

        driver.navigate().refresh(); // the URL carries the sort
        wait.until(d -> shownDates().equals(descending));
        assertThat(driver.findElement(By.id("sort")).getDomProperty("value")).isEqualTo("-date");
        driver.navigate().back(); // and history goes back to the oldest-first page
        wait.until(d -> shownDates().equals(ascending));
        assertThat(driver.getCurrentUrl()).contains("sort=date").doesNotContain("sort=-date");
        assertThat(driver.findElement(By.id("sort")).getDomProperty("value")).isEqualTo("date");
        driver.navigate().back();
        wait.until(d -> shownDates().equals(byRelevance));
        assertThat(driver.findElement(By.id("sort")).getDomProperty("value")).isEqualTo("relevance");
    }

    /** The date at the start of each shown hit's meta line. */
    @SuppressWarnings("unchecked")
    private List<String> shownDates() {
        return (List<String>) js("return [...document.querySelectorAll('#hits li.hit .meta span:first-child')]"
                + ".map(e => e.textContent);");
    }

    @Test
    void facetValuesBesideTheResultsAreFiltersAndShowHostileValuesAsText() {
        String hostile = "<img src=x onerror=\"window.__xss = 3\">";
        server.zh.put(new Article(
                "facets/hostile.txt",
                "分面一",
                "2022-02-02T08:00:00",
                hostile,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "分面测试的第一段。"), new Paragraph(2, null, "分面测试的第二段。"))));
        server.zh.put(new Article(
                "facets/other.txt",
                "分面二",
                "2023-03-03T08:00:00",
                "sp20230303",
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "分面测试的另一篇。"))));
        driver.get(base() + "/?q=" + TestServer.enc("分面测试"));
        waitForHits();
        WebElement panel = driver.findElement(By.id("facets"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getLocation().getX())
                .as("beside the results at desktop width")
                .isGreaterThan(driver.findElement(By.id("hits")).getLocation().getX() + 300);
        assertThat(facetValues()).contains(hostile + "=2", "sp20230303=1", "2022=2", "2023=1");
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);

        panel.findElements(By.cssSelector("a.facet-value")).stream()
                .filter(a -> a.getText().startsWith("2023"))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(d -> d.getCurrentUrl().contains("from=2023-01-01")
                && d.getCurrentUrl().contains("to=2023-12-31"));
        wait.until(d -> driver.findElement(By.id("summary")).getText().startsWith("共 1 "));
        assertThat(driver.findElement(By.id("from")).getDomProperty("value")).isEqualTo("2023-01-01");

        driver.findElement(By.cssSelector("#facets a.facet-value.active")).click(); // the active year clears it
        wait.until(d -> !d.getCurrentUrl().contains("from="));
        wait.until(d -> driver.findElement(By.id("summary")).getText().startsWith("共 3 "));
        driver.findElements(By.cssSelector("#facets a.facet-value")).stream()
                .filter(a -> a.getText().startsWith("sp20230303"))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(d -> d.getCurrentUrl().contains("source=sp20230303"));
        wait.until(d -> driver.findElement(By.id("summary")).getText().startsWith("共 1 "));
    }

    @Test
    void declaredFieldsAreFacetsAndSortOrdersWithTheirLabels() {
        String[][] docs = {{"d/1", "张三", "1"}, {"d/2", "张三", "3"}, {"d/3", "李四", "2"}};
        for (String[] d : docs) {
            server.zh.put(new Article(
                    d[0],
                    "声明" + d[0],
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new Paragraph(1, null, "自定义字段测试" + d[0] + "。")),
                    java.util.Map.of("author", d[1], "priority", Integer.parseInt(d[2]))));
        }
        driver.get(base() + "/?q=" + TestServer.enc("自定义字段测试"));
        waitForHits();
        assertThat(driver.findElements(By.cssSelector("#facets h2.facet-name")).stream()
                        .map(WebElement::getText))
                .contains("作者");
        assertThat(facetValues()).contains("张三=2", "李四=1");
        assertThat(driver.findElements(By.cssSelector("#hits li.hit .meta span.field")).stream()
                        .map(WebElement::getText))
                .as("shown fields under their labels")
                .contains("作者：张三", "作者：李四");
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort")))
                        .getOptions().stream().map(WebElement::getText))
                .contains("优先级：从小到大", "优先级：从大到小");

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("-priority");
        wait.until(d -> d.getCurrentUrl().contains("sort=-priority"));
        wait.until(d -> articleIds().equals(List.of("d/2", "d/3", "d/1")));

        driver.findElements(By.cssSelector("#facets a.facet-value")).stream()
                .filter(a -> a.getText().startsWith("李四"))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(d -> d.getCurrentUrl().contains("f.author="));
        wait.until(d -> driver.findElement(By.id("summary")).getText().startsWith("共 1 "));
        assertThat(articleIds()).containsExactly("d/3");
        driver.navigate().refresh(); // the filter and the order live in the URL
        wait.until(d -> articleIds().equals(List.of("d/3")));
        assertThat(driver.findElement(By.id("sort")).getDomProperty("value")).isEqualTo("-priority");
    }

    @SuppressWarnings("unchecked")
    private List<String> articleIds() {
        return (List<String>) js(
                "return [...document.querySelectorAll('#hits li.hit a.hit-title')]" + ".map(a => a.dataset.article);");
    }

    /** The facet panel's links as {@code value=count}. */
    private List<String> facetValues() {
        return driver.findElements(By.cssSelector("#facets a.facet-value")).stream()
                .map(a -> a.findElement(By.cssSelector(".facet-label")).getText() + "="
                        + a.findElement(By.cssSelector(".facet-count")).getText())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> apiRequests() {
        return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/api/'));");
    }
}
