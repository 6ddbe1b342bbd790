package org.hrcmonitor.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows it: headless Chromium, offline, takes a screenshot, and the chart's darkest
 * block colour must be on it, which only happens when the embedded image decoded and was laid out. Skipped where no
 * Chromium is installed (WeeklyFormatsTest still checks the file's structure there).
 */
class WeeklyHtmlBrowserTest {
    /** The colour of a week with the most documents, as WeeklyChart paints it. */
    private static final int BUSIEST = 0x08306B;

    @TempDir
    Path dir;

    @Test
    void chromiumRendersTheReportWithItsChart() throws Exception {
        Path browser = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(browser != null, "no headless browser installed");
        Path html = Files.writeString(dir.resolve("weekly.html"), WeeklyHtml.of(WeeklyFormatsTest.REPORT),
                StandardCharsets.UTF_8);
        Path shot = dir.resolve("shot.png");
        Process p = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,900",
                "--screenshot=" + shot, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("browser.log").toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "browser did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("browser.log")));
        BufferedImage image = ImageIO.read(shot.toFile());
        int busiest = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == BUSIEST) {
                    busiest++;
                }
            }
        }
        assertTrue(busiest > 50, "the chart's busiest block is not on screen (" + busiest + " pixels)");
    }
}
