package dev.interleave.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Presenter type takes the same share of any screen as 25 px of a 1920x1080 one, within bounds; zoom on top. */
class PresentationTest {
    private static Presentation presenting() {
        Presentation p = new Presentation();
        p.presenterProperty().set(true);
        return p;
    }

    @Test
    void onA1080pScreenPresenterTypeIs25Pixels() {
        Presentation p = presenting();
        p.fitPresenterTo(1920, 1080);
        assertThat(p.fontSize()).isEqualTo(25.0);
    }

    @Test
    void aProjectorAt720pGetsTwoThirdsOfThePixelsForTheSameShareOfTheWall() {
        Presentation p = presenting();
        p.fitPresenterTo(1280, 720);
        assertThat(p.fontSize()).isCloseTo(25.0 * 2 / 3, within(1e-9));
        p.setZoom(1.5);
        assertThat(p.fontSize()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void theNarrowerSideDecidesAndTheScaleStaysWithinBounds() {
        Presentation p = presenting();
        p.fitPresenterTo(1280, 1024); // 5:4: the width is the tighter side
        assertThat(p.fontSize()).isCloseTo(25.0 * 1280 / 1920, within(1e-9));
        p.fitPresenterTo(800, 600);
        assertThat(p.fontSize()).isCloseTo(25.0 * Presentation.MIN_SCREEN_SCALE, within(1e-9));
        p.fitPresenterTo(7680, 4320);
        assertThat(p.fontSize()).isCloseTo(25.0 * Presentation.MAX_SCREEN_SCALE, within(1e-9));
    }

    @Test
    void outsidePresenterModeTheScreenDoesNotChangeTheType() {
        Presentation p = new Presentation();
        p.fitPresenterTo(1280, 720);
        assertThat(p.fontSize()).isEqualTo(Presentation.NORMAL_FONT);
    }
}
